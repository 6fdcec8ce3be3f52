import type { ChartSpec } from '../../ui/chart/chart.component';
import type { Bucket } from './delivery-data';

const DAY_MS = 86_400_000;

/**
 * The first day (YYYY-MM-DD, UTC) of a trend bucket from its label: `2024-W10` (ISO week, Monday) or
 * `2024-03` (calendar month); null for a label of another shape.
 */
export function bucketStart(label: string): string | null {
  const week = /^(\d{4})-W(\d{2})$/.exec(label);
  if (week) {
    const year = Number(week[1]);
    const n = Number(week[2]);
    // 4 January is always in week 1; its week's Monday starts week 1.
    const jan4 = Date.UTC(year, 0, 4);
    const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
    return new Date(jan4 - weekday * DAY_MS + (n - 1) * 7 * DAY_MS).toISOString().slice(0, 10);
  }
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month) return `${month[1]}-${month[2]}-01`;
  return null;
}

/** A bucket on a chart axis: "4 Mar" for the week starting that Monday, "Mar 2024" for a month. */
export function bucketLabel(t: { label: string; partial?: boolean }, bucket: Bucket): string {
  const start = bucketStart(t.label);
  if (!start) return t.label;
  const d = new Date(`${start}T00:00:00Z`);
  const text =
    bucket === 'week'
      ? d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' })
      : d.toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return t.partial ? `${text}*` : text;
}

/**
 * Marks the buckets cut short by the range (the flow trend does not say): the first when it starts
 * before the range, the last when it ends after it. `range` is the API's, `to` excluded.
 */
export function markPartial<T extends { label: string }>(
  trend: readonly T[],
  range: { from: string; to: string },
  bucket: Bucket,
): (T & { partial: boolean })[] {
  const from = range.from.slice(0, 10);
  const to = range.to.slice(0, 10);
  return trend.map((t, i) => {
    const start = bucketStart(t.label);
    let partial = false;
    if (start && i === 0) partial = start < from;
    if (start && i === trend.length - 1) partial ||= nextStart(start, bucket) > to;
    return { ...t, partial };
  });
}

function nextStart(start: string, bucket: Bucket): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (bucket === 'week') d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

/** Says which buckets were cut by the range (marked * on the charts). */
export function partialNote(trend: readonly { partial?: boolean }[]): string {
  return trend.some((t) => t.partial) ? '* The first or last bucket is cut short by the range.' : '';
}

/**
 * One value per bucket as bars on the buckets' labels, so every trend chart of a page shares its axis;
 * a bucket without a value (no deployment, no merge) is a gap, not 0.
 */
export function trendBars<T extends { label: string; partial?: boolean }>(
  name: string,
  trend: readonly T[],
  bucket: Bucket,
  pick: (t: T) => number | null,
  unit: string,
): ChartSpec {
  return {
    preset: 'bar',
    categories: trend.map((t) => bucketLabel(t, bucket)),
    series: [{ name, values: trend.map(pick) }],
    unit,
  };
}
