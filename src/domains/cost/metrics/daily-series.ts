/** Daily cost series: UTC calendar days as `YYYY-MM-DD`, gaps filled with zero (a day without lines cost nothing). */

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface DailyCost {
  /** `YYYY-MM-DD` (UTC). */
  date: string;
  /** A plain decimal string or a number. */
  cost: string | number;
}

export function dayNumber(date: string): number {
  if (!DATE.test(date)) throw new RangeError(`"${date}" is not a YYYY-MM-DD date.`);
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t)) throw new RangeError(`"${date}" is not a valid date.`);
  return Math.round(t / DAY_MS);
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday (ISO 8601). */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Sums costs per day and fills the days between the first and the last (or `until`) with zeros. */
export function dailySeries(
  points: readonly DailyCost[],
  until?: string,
): { start: number; values: number[] } {
  if (points.length === 0) return { start: until ? dayNumber(until) : 0, values: [] };
  const byDay = new Map<number, number>();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    const d = dayNumber(p.date);
    const v = Number(p.cost);
    if (!Number.isFinite(v)) throw new RangeError(`The cost "${p.cost}" on ${p.date} is not a number.`);
    byDay.set(d, (byDay.get(d) ?? 0) + v);
    first = Math.min(first, d);
    last = Math.max(last, d);
  }
  if (until !== undefined) last = Math.max(last, dayNumber(until));
  const values = Array.from({ length: last - first + 1 }, (_, i) => byDay.get(first + i) ?? 0);
  return { start: first, values };
}

export function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Rounds money estimates to cents for display (estimates only; actuals stay exact decimals). */
export function cents(x: number): number {
  return Math.round(x * 100) / 100;
}
