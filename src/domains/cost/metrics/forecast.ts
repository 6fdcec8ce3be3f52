/**
 * Daily cost forecast to the end of a period, with weekly seasonality, and its backtest error.
 *
 * Method (seasonal indices of a classical multiplicative decomposition with period 7, on a trailing
 * window; Hyndman & Athanasopoulos, "Forecasting: Principles and Practice", 3rd ed., §3.4 "Classical
 * decomposition"):
 * - window: the last `window` days (default 28 = four whole weeks) of history;
 * - day-of-week factor f_d = (mean cost on weekday d in the window) / (mean of the seven weekday means);
 *   with fewer than 14 days of history, or a window that sums to zero, every f_d = 1;
 * - level L = mean over the last 7 days of cost_t / f_weekday(t) (days with f = 0 skipped) — the
 *   seasonally adjusted run rate;
 * - forecast for a future day t: L × f_weekday(t); the period's projected total = the exact actual cost
 *   to date + the sum of the forecasts for the remaining days.
 * Forecasts are estimates in floating point, rounded to cents; actual costs stay exact decimals.
 *
 * Backtest: rolling origin (FPP3 §5.10 "time series cross-validation"): for each of the last `origins`
 * weeks, forecast the next `horizon` days from the history before it and compare with what happened.
 * Reported as MASE — mean absolute error scaled by the in-sample MAE of the seasonal naive forecast
 * y_t = y_{t−7} (Hyndman & Koehler 2006, "Another look at measures of forecast accuracy"; < 1 beats the
 * seasonal naive forecast) — and MAPE over days with non-zero cost (in %, for readers used to it; it is
 * undefined on zero-cost days and overweights small days, hence MASE first).
 */
import { DecimalSum } from '../importers/focus-decimal.js';
import { cents, type DailyCost, dailySeries, dateOfDay, dayNumber, mean, weekday } from './daily-series.js';

export interface ForecastOptions {
  /** First day of the period (`YYYY-MM-DD`), e.g. the month's first day. */
  periodStart: string;
  /** Day after the period's last day (exclusive, like FOCUS BillingPeriodEnd). */
  periodEnd: string;
  /** The last day with complete data (default: the last day in the history). */
  asOf?: string | undefined;
  /** Trailing window in days for the weekday factors (default 28). */
  window?: number | undefined;
}

export interface PeriodForecast {
  /** Exact sum of the history's costs inside the period up to `asOf`. */
  actualToDate: string;
  forecastRemaining: number;
  projectedTotal: number;
  /** Monday-first day-of-week factors. */
  factors: number[];
  level: number;
  daily: { date: string; expected: number }[];
}

export interface WeeklyModel {
  factors: number[];
  level: number;
}

/** Fits the factors and level on a series (oldest first). */
export function fitWeekly(values: readonly number[], start: number, window = 28): WeeklyModel {
  const from = Math.max(0, values.length - window);
  const byDay: number[][] = Array.from({ length: 7 }, () => []);
  for (let i = from; i < values.length; i++) byDay[weekday(start + i)]?.push(values[i] as number);
  const means = byDay.map((xs) => mean(xs));
  const overall = mean(means.filter((_, d) => (byDay[d]?.length ?? 0) > 0));
  const seasonal = values.length >= 14 && overall !== 0;
  const factors = means.map((m, d) => (seasonal && (byDay[d]?.length ?? 0) > 0 ? m / overall : 1));
  const recent: number[] = [];
  for (let i = Math.max(0, values.length - 7); i < values.length; i++) {
    const f = factors[weekday(start + i)] as number;
    if (f !== 0) recent.push((values[i] as number) / f);
  }
  return { factors, level: mean(recent) };
}

export function predict(model: WeeklyModel, day: number): number {
  return model.level * (model.factors[weekday(day)] as number);
}

/** The forecast to the end of the period (see the header comment). */
export function forecastPeriod(history: readonly DailyCost[], opts: ForecastOptions): PeriodForecast {
  const periodStart = dayNumber(opts.periodStart);
  const periodEnd = dayNumber(opts.periodEnd);
  const asOfDay = opts.asOf ? dayNumber(opts.asOf) : undefined;
  const used = history.filter((p) => asOfDay === undefined || dayNumber(p.date) <= asOfDay);
  const series = dailySeries(used, opts.asOf);
  const lastDay = series.values.length ? series.start + series.values.length - 1 : periodStart - 1;
  const actual = new DecimalSum();
  for (const p of used) {
    const d = dayNumber(p.date);
    if (d >= periodStart && d < periodEnd) actual.add(typeof p.cost === 'number' ? String(p.cost) : p.cost);
  }
  const model = fitWeekly(series.values, series.start, opts.window);
  const daily: PeriodForecast['daily'] = [];
  for (let d = Math.max(lastDay + 1, periodStart); d < periodEnd; d++)
    daily.push({ date: dateOfDay(d), expected: cents(predict(model, d)) });
  const remaining = daily.reduce((s, x) => s + x.expected, 0);
  return {
    actualToDate: actual.toString(),
    forecastRemaining: cents(remaining),
    projectedTotal: cents(Number(actual.toString()) + remaining),
    factors: model.factors.map((f) => Math.round(f * 1e4) / 1e4),
    level: cents(model.level),
    daily,
  };
}

export interface Backtest {
  /** Null when there is too little history (fewer than 14 days before the first origin). */
  mase: number | null;
  /** Null when every tested day cost zero. */
  mape: number | null;
  /** Days compared. */
  points: number;
}

/** Rolling-origin backtest of the weekly model (see the header comment). */
export function backtestForecast(
  history: readonly DailyCost[],
  opts: { horizon?: number; origins?: number; window?: number } = {},
): Backtest {
  const horizon = opts.horizon ?? 7;
  const origins = opts.origins ?? 4;
  const { start, values } = dailySeries(history);
  const errors: number[] = [];
  const percentages: number[] = [];
  for (let k = origins; k >= 1; k--) {
    const origin = values.length - k * horizon;
    if (origin < 14) continue;
    const model = fitWeekly(values.slice(0, origin), start, opts.window);
    for (let i = origin; i < Math.min(origin + horizon, values.length); i++) {
      const actual = values[i] as number;
      const e = actual - predict(model, start + i);
      errors.push(Math.abs(e));
      if (actual !== 0) percentages.push(Math.abs(e / actual));
    }
  }
  if (!errors.length) return { mase: null, mape: null, points: 0 };
  const firstOrigin = values.length - origins * horizon;
  const insample = values.slice(0, Math.max(firstOrigin, 14));
  const naive: number[] = [];
  for (let i = 7; i < insample.length; i++)
    naive.push(Math.abs((insample[i] as number) - (insample[i - 7] as number)));
  const scale = mean(naive);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    mase: scale > 0 ? round(mean(errors) / scale) : null,
    mape: percentages.length ? round(mean(percentages) * 100) : null,
    points: errors.length,
  };
}
