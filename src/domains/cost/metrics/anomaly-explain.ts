/**
 * What explains a cost anomaly, and the expected band drawn around a unit's daily cost.
 *
 * Contributors (the same rule as `detectAnomalies` in anomaly.ts, applied to billing lines read for the
 * anomaly's day and the same weekday in the window before it): per key (ResourceId, else ServiceName),
 * expected = median of its cost on those earlier same-weekday days (a day without the key counts as
 * zero); delta = actual − expected; sorted by delta in the anomaly's direction (largest increase first
 * for a spike, largest decrease first for a drop), keys with no change left out.
 *
 * Band: for each day t with `minHistory` days before it, expected_t and spread_t from
 * `robustExpectation` over the `window` days before t; the band is expected_t ± threshold × max(spread_t,
 * 5% of |expected_t|) — a day outside it has |modified z-score| ≥ threshold.
 */
import { robustExpectation } from './anomaly.js';
import { cents, dateOfDay, dayNumber, median } from './daily-series.js';

export interface KeyedCost {
  key: string;
  cost: number;
}

export interface ExplainedContributor {
  key: string;
  actual: number;
  expected: number;
  delta: number;
}

/** Sums costs by key. */
export function byKey(lines: readonly KeyedCost[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of lines) out.set(l.key, (out.get(l.key) ?? 0) + l.cost);
  return out;
}

/** Contributors of the anomaly day against the earlier same-weekday days (see the header comment). */
export function contributors(
  day: ReadonlyMap<string, number>,
  earlier: readonly ReadonlyMap<string, number>[],
  direction: 'spike' | 'drop',
  top = 5,
): ExplainedContributor[] {
  const keys = new Set([...day.keys(), ...earlier.flatMap((m) => [...m.keys()])]);
  const out: ExplainedContributor[] = [];
  for (const key of keys) {
    const actual = day.get(key) ?? 0;
    const expected = earlier.length ? median(earlier.map((m) => m.get(key) ?? 0)) : 0;
    const delta = actual - expected;
    if (cents(delta) === 0) continue;
    out.push({ key, actual: cents(actual), expected: cents(expected), delta: cents(delta) });
  }
  out.sort((a, b) =>
    a.delta === b.delta
      ? a.key < b.key
        ? -1
        : 1
      : direction === 'spike'
        ? b.delta - a.delta
        : a.delta - b.delta,
  );
  return out.slice(0, top);
}

export interface BandPoint {
  date: string;
  actual: number;
  expected: number | null;
  lower: number | null;
  upper: number | null;
}

/** The expected band of a daily series (oldest first, `start` = its first day). */
export function expectedBand(
  start: string,
  values: readonly number[],
  opts: { window?: number; minHistory?: number; threshold?: number } = {},
): BandPoint[] {
  const window = opts.window ?? 28;
  const minHistory = opts.minHistory ?? 14;
  const threshold = opts.threshold ?? 3.5;
  const first = dayNumber(start);
  const firstNonZero = values.findIndex((v) => v !== 0);
  const value = (day: number) => values[day - first] ?? 0;
  return values.map((actual, i) => {
    const t = first + i;
    const base = firstNonZero < 0 ? i : firstNonZero;
    if (i - base < minHistory)
      return { date: dateOfDay(t), actual: cents(actual), expected: null, lower: null, upper: null };
    const windowDays: number[] = [];
    for (let d = Math.max(first + base, t - window); d < t; d++) windowDays.push(d);
    const { expected, spread } = robustExpectation(windowDays, value, t);
    const half = threshold * Math.max(spread, 0.05 * Math.abs(expected), 1e-9);
    return {
      date: dateOfDay(t),
      actual: cents(actual),
      expected: cents(expected),
      lower: cents(expected - half),
      upper: cents(expected + half),
    };
  });
}
