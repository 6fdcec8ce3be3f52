/**
 * UTC calendar arithmetic for the delivery trends: ISO 8601 weeks (Monday 00:00 UTC to the next Monday,
 * week 1 being the week with the year's first Thursday) and calendar months, and the buckets of a range.
 *
 * Definition (see docs/metrics.md, "Delivery", "Trends per week or month"): the buckets of `[from, to)`
 * are the ISO weeks (or UTC calendar months) that overlap it, oldest first, each cut to the range; a
 * bucket cut short is marked `partial`. Labels are `2024-W01` (ISO week-numbering year) and `2024-01`.
 *
 * Reference: ISO 8601-1:2019, week dates (calendar week number, week-numbering year).
 */

import type { TimeRange } from './delivery-rows.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;

export type TrendBucket = 'week' | 'month';

export interface Bucket {
  /** `2024-W01` or `2024-01`. */
  label: string;
  /** Start and end of the bucket cut to the range: `[start, end)`. */
  start: number;
  end: number;
  /** True when the range cuts the week or month short. */
  partial: boolean;
}

/** Midnight UTC of the day holding `t`. */
export function utcDayStart(t: number): number {
  return Math.floor(t / DAY_MS) * DAY_MS;
}

/** Monday 00:00 UTC of the ISO week holding `t`. */
export function isoWeekStart(t: number): number {
  const day = utcDayStart(t);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return day - weekday * DAY_MS;
}

/** The ISO week of `t` as `YYYY-Www`, the year being the ISO week-numbering year. */
export function isoWeekLabel(t: number): string {
  const thursday = new Date(isoWeekStart(t) + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The first instant of the UTC calendar month holding `t`. */
export function monthStart(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** The first instant of the UTC calendar month after the one holding `t`. */
export function nextMonthStart(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

function monthLabel(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The ISO weeks or calendar months overlapping `[from, to)`, oldest first, cut to the range. */
export function buckets(range: TimeRange, bucket: TrendBucket): Bucket[] {
  const out: Bucket[] = [];
  if (!(range.from < range.to)) return out;
  let start = bucket === 'week' ? isoWeekStart(range.from) : monthStart(range.from);
  while (start < range.to) {
    const end = bucket === 'week' ? start + WEEK_MS : nextMonthStart(start);
    const cutStart = Math.max(start, range.from);
    const cutEnd = Math.min(end, range.to);
    out.push({
      label: bucket === 'week' ? isoWeekLabel(start) : monthLabel(start),
      start: cutStart,
      end: cutEnd,
      partial: cutStart !== start || cutEnd !== end,
    });
    start = end;
  }
  return out;
}

/** The starts of the ISO weeks lying entirely inside `[from, to)`, oldest first. */
export function completeIsoWeeks(range: TimeRange): number[] {
  const out: number[] = [];
  let start = isoWeekStart(range.from);
  if (start < range.from) start += WEEK_MS;
  for (; start + WEEK_MS <= range.to; start += WEEK_MS) out.push(start);
  return out;
}
