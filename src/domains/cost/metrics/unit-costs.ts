/**
 * Unit costs: what a month of cloud spend costs per engineer, per service and per production deployment
 * (FinOps Framework, "Unit Economics" capability: spend divided by a business or engineering driver).
 *
 * Definitions (docs/metrics.md, "Unit costs"), per UTC calendar month:
 * - cost = the month's effective (amortized) cost of the scope, shared costs included;
 * - engineers = people with an engineering role (`engineer`, `tech lead`) employed on the month's last
 *   day — the headcount rule of docs/metrics.md "Headcount and attrition" (start date ≤ day ≤ end date,
 *   unknown start = already there);
 * - services = services (catalog components) with cost allocated to them in the month;
 * - deployments = successful production deployments finished in the month (the DORA deployment count);
 * - cost per X = cost ÷ X, rounded half away from zero to cents; none (null) when X is 0.
 */
import { scaledDecimal } from '../importers/focus-decimal.js';

export const ENGINEERING_ROLES: readonly string[] = ['engineer', 'tech lead'];

export interface EmployedPerson {
  role: string;
  startDate: string | null;
  endDate: string | null;
}

/** The last day of a month `YYYY-MM`. */
export function monthEnd(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const d = new Date(Date.UTC(y, m, 0));
  return d.toISOString().slice(0, 10);
}

/** Months `YYYY-MM` from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (key > last) break;
    out.push(key);
    m++;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

const day = (d: string | null) => (d === null ? null : d.slice(0, 10));

/** Engineers employed on each month's last day. */
export function engineersByMonth(people: readonly EmployedPerson[], months: readonly string[]): number[] {
  return months.map((month) => {
    const end = monthEnd(month);
    return people.filter((p) => {
      if (!ENGINEERING_ROLES.includes(p.role)) return false;
      const s = day(p.startDate);
      const e = day(p.endDate);
      return (s === null || s <= end) && (e === null || end <= e);
    }).length;
  });
}

/** `amount × mul ÷ div`, exact decimal input, rounded half away from zero to cents. */
export function mulDivCents(amount: string, mul: number, div: number): string {
  if (!Number.isInteger(mul) || !Number.isInteger(div) || div <= 0)
    throw new RangeError('integer mul, positive div');
  const { units, scale } = scaledDecimal(amount);
  // cents = units × mul × 100 / (10^scale × div), rounded half away from zero.
  const num = units * BigInt(mul) * 100n;
  const den = 10n ** BigInt(scale) * BigInt(div);
  const negative = num < 0n;
  const abs = negative ? -num : num;
  let q = abs / den;
  if ((abs % den) * 2n >= den) q += 1n;
  const digits = q.toString().padStart(3, '0');
  return `${negative && q > 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** `amount ÷ by` in cents (see `mulDivCents`); null when `by` is 0. */
export function perUnit(amount: string, by: number): string | null {
  if (!Number.isInteger(by) || by < 0) throw new RangeError(`${by} is not a count`);
  return by === 0 ? null : mulDivCents(amount, 1, by);
}

/** Relative change from `before` to `after` (null when `before` is missing or zero). */
export function relativeChange(before: string | null, after: string | null): number | null {
  if (before === null || after === null) return null;
  const b = Number(before);
  if (b === 0) return null;
  return Math.round(((Number(after) - b) / Math.abs(b)) * 1e4) / 1e4;
}
