/**
 * Medians and percentiles of the delivery metrics.
 *
 * Definition (see docs/metrics.md, "Delivery", "Medians and percentiles"):
 * - The values are sorted ascending; n is their count. An empty list has no median (null, "no data").
 * - Quantile q (0 ≤ q ≤ 1): the position h = (n − 1) · q in the sorted list (0-based); the value is
 *   x[⌊h⌋] + (h − ⌊h⌋) · (x[⌊h⌋ + 1] − x[⌊h⌋]), a linear interpolation between the two closest ranks.
 * - The median is the quantile 0.5: the middle value for an odd count, the mean of the two middle values
 *   for an even count (the same rule as the org metrics' `median`, which this file reuses).
 *
 * Reference: Hyndman & Fan, "Sample Quantiles in Statistical Packages", The American Statistician 50(4),
 * 1996 — definition 7, the default of R's `quantile`, NumPy's `percentile` and spreadsheet
 * `PERCENTILE.INC`; Google's Four Keys computes its medians with BigQuery's `PERCENTILE_CONT`, the same
 * interpolation.
 */

import { median } from '../../org/metrics/metric-helpers.js';

export { median };

/** Quantile `q` (0–1) of `values` by linear interpolation between closest ranks; null for an empty list. */
export function quantile(values: readonly number[], q: number): number | null {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile must be between 0 and 1, got ${q}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return quantileOfSorted(sorted, q);
}

function quantileOfSorted(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const below = sorted[lo]!;
  if (lo + 1 >= sorted.length) return below;
  return below + (h - lo) * (sorted[lo + 1]! - below);
}

/** Count, median, 75th and 90th percentile of a list of durations (or any numbers). */
export interface DistributionSummary {
  count: number;
  median: number | null;
  p75: number | null;
  p90: number | null;
}

/** The summary of `values`; every figure is null for an empty list. */
export function summarize(values: readonly number[]): DistributionSummary {
  if (values.length === 0) return { count: 0, median: null, p75: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: median(sorted),
    p75: quantileOfSorted(sorted, 0.75),
    p90: quantileOfSorted(sorted, 0.9),
  };
}
