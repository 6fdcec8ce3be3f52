/**
 * The forecast band of a budget's burn-up: the cumulative cost of a period, actual to date, then the
 * weekly forecast (forecast.ts) with an 80% prediction interval.
 *
 * Interval (Hyndman & Athanasopoulos, FPP3 §5.5 "Distributional forecasts and prediction intervals"):
 * σ = root mean square of the one-to-seven-day-ahead errors of the rolling-origin backtest (the same
 * origins as `backtestForecast`); assuming independent daily errors, the cumulative forecast k days
 * ahead has standard deviation σ·√k, and the 80% band is the forecast ± 1.2816·σ·√k (never below the
 * actual cost already spent). Without a backtest (under three weeks of history) there is no band.
 */
import { cents, type DailyCost, dailySeries, dateOfDay, dayNumber } from './daily-series.js';
import { fitWeekly, type PeriodForecast, predict } from './forecast.js';

export const Z80 = 1.2816;

/** Root mean square error of the rolling-origin backtest (null without enough history). */
export function backtestSigma(
  history: readonly DailyCost[],
  opts: { horizon?: number; origins?: number; window?: number } = {},
): number | null {
  const horizon = opts.horizon ?? 7;
  const origins = opts.origins ?? 4;
  const { start, values } = dailySeries(history);
  const squares: number[] = [];
  for (let k = origins; k >= 1; k--) {
    const origin = values.length - k * horizon;
    if (origin < 14) continue;
    const model = fitWeekly(values.slice(0, origin), start, opts.window);
    for (let i = origin; i < Math.min(origin + horizon, values.length); i++)
      squares.push(((values[i] as number) - predict(model, start + i)) ** 2);
  }
  if (!squares.length) return null;
  return Math.sqrt(squares.reduce((s, x) => s + x, 0) / squares.length);
}

export interface BurnUpPoint {
  date: string;
  /** Cost of the day (actual, exact sum as a number for charts) or null after `asOf`. */
  actual: number | null;
  /** Cumulative actual cost from the period's start, null after `asOf`. */
  cumulative: number | null;
  /** Cumulative forecast (actual to date + expected days), null up to `asOf`. */
  forecast: number | null;
  lower: number | null;
  upper: number | null;
}

/** Every day of the period: actual cumulative cost to `asOf`, then the forecast and its 80% band. */
export function burnUp(
  history: readonly DailyCost[],
  forecast: PeriodForecast,
  span: { start: string; end: string },
  asOf: string,
  sigma: number | null,
): BurnUpPoint[] {
  const start = dayNumber(span.start);
  const end = dayNumber(span.end);
  const last = dayNumber(asOf);
  const byDay = new Map<number, number>();
  for (const p of history) {
    const d = dayNumber(p.date);
    if (d >= start && d < end && d <= last) byDay.set(d, (byDay.get(d) ?? 0) + Number(p.cost));
  }
  const expected = new Map(forecast.daily.map((x) => [dayNumber(x.date), x.expected]));
  const out: BurnUpPoint[] = [];
  let cumulative = 0;
  let ahead = 0;
  const spent = Number(forecast.actualToDate);
  let projected = spent;
  for (let d = start; d < end; d++) {
    if (d <= last) {
      const a = byDay.get(d) ?? 0;
      cumulative += a;
      out.push({
        date: dateOfDay(d),
        actual: cents(a),
        cumulative: cents(cumulative),
        forecast: null,
        lower: null,
        upper: null,
      });
      continue;
    }
    ahead++;
    projected += expected.get(d) ?? 0;
    const half = sigma === null ? null : Z80 * sigma * Math.sqrt(ahead);
    out.push({
      date: dateOfDay(d),
      actual: null,
      cumulative: null,
      forecast: cents(projected),
      lower: half === null ? null : cents(Math.max(spent, projected - half)),
      upper: half === null ? null : cents(projected + half),
    });
  }
  return out;
}

/** The 80% interval of the projected total (null without a backtest). */
export function projectedInterval(
  forecast: PeriodForecast,
  sigma: number | null,
): { lower: number; upper: number } | null {
  const h = forecast.daily.length;
  if (sigma === null) return null;
  const half = Z80 * sigma * Math.sqrt(h);
  const spent = Number(forecast.actualToDate);
  return {
    lower: cents(Math.max(spent, forecast.projectedTotal - half)),
    upper: cents(forecast.projectedTotal + half),
  };
}
