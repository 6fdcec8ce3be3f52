/**
 * Budget burn: which period a day falls in, how much of a budget is spent, and its status.
 *
 * Definitions (docs/metrics.md, "Budget burn"):
 * - A budget has an amount for every period of its length: a calendar month, a calendar quarter
 *   (January, April, July, October) or a calendar year, UTC days; a period is [start, end) like FOCUS
 *   BillingPeriodStart/End.
 * - Burn to date = the exact sum of the scope's daily effective cost from the period's first day to the
 *   last day with data (`asOf`); burn share = burn ÷ amount; elapsed share = days to date ÷ days in the
 *   period.
 * - Projected total = burn to date + the forecast of the remaining days (forecast.ts).
 * - Status: **over** when the burn to date already exceeds the amount; **at risk** when the projected
 *   total exceeds it; **under** otherwise. (FinOps Framework, "Budgeting" and "Forecasting" capabilities:
 *   track actual and forecast spend against the budget and act on the variance before the period ends.)
 */
import { scaledDecimal } from '../importers/focus-decimal.js';
import { dateOfDay, dayNumber } from './daily-series.js';

export type BudgetPeriod = 'month' | 'quarter' | 'year';
export type BudgetStatus = 'under' | 'at-risk' | 'over';

export interface PeriodSpan {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** The day after the last day (exclusive), `YYYY-MM-DD`. */
  end: string;
  /** `2026-11`, `2026-Q4`, `2026`. */
  label: string;
  days: number;
}

const iso = (y: number, m: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;

/** The period of the given length that contains `date`. */
export function periodOf(date: string, period: BudgetPeriod): PeriodSpan {
  const day = dayNumber(date);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  let first: number;
  let months: number;
  let label: string;
  if (period === 'month') [first, months, label] = [m, 1, date.slice(0, 7)];
  else if (period === 'quarter') {
    const q = Math.floor((m - 1) / 3);
    [first, months, label] = [q * 3 + 1, 3, `${y}-Q${q + 1}`];
  } else [first, months, label] = [1, 12, String(y)];
  const start = iso(y, first);
  const next = first + months;
  const end = next > 12 ? iso(y + 1, next - 12) : iso(y, next);
  if (day < dayNumber(start) || day >= dayNumber(end)) throw new RangeError(`${date} outside ${label}`);
  return { start, end, label, days: dayNumber(end) - dayNumber(start) };
}

/** The period before this one. */
export function previousPeriod(span: PeriodSpan, period: BudgetPeriod): PeriodSpan {
  return periodOf(dateOfDay(dayNumber(span.start) - 1), period);
}

/** Compares two plain decimal strings exactly: −1, 0 or 1. */
export function compareDecimals(a: string, b: string): number {
  const x = scaledDecimal(a);
  const y = scaledDecimal(b);
  const scale = Math.max(x.scale, y.scale);
  const xa = x.units * 10n ** BigInt(scale - x.scale);
  const yb = y.units * 10n ** BigInt(scale - y.scale);
  return xa < yb ? -1 : xa > yb ? 1 : 0;
}

/** Over when the actual cost exceeds the amount, at risk when the projection does, under otherwise. */
export function budgetStatus(actualToDate: string, projectedTotal: number, amount: string): BudgetStatus {
  if (compareDecimals(actualToDate, amount) > 0) return 'over';
  if (projectedTotal > Number(amount)) return 'at-risk';
  return 'under';
}

export interface Burn {
  /** burn ÷ amount (0–1, may exceed 1). */
  burnShare: number;
  /** Days with data in the period ÷ days in the period. */
  elapsedShare: number;
  /** projected ÷ amount. */
  projectedShare: number;
  daysElapsed: number;
}

/** Burn and elapsed shares of a budget over its period, `asOf` being the last day with data. */
export function burnShares(
  span: PeriodSpan,
  asOf: string,
  actualToDate: string,
  projectedTotal: number,
  amount: string,
): Burn {
  const elapsed = Math.min(span.days, Math.max(0, dayNumber(asOf) - dayNumber(span.start) + 1));
  const a = Number(amount);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    burnShare: round(Number(actualToDate) / a),
    elapsedShare: round(elapsed / span.days),
    projectedShare: round(projectedTotal / a),
    daysElapsed: elapsed,
  };
}
