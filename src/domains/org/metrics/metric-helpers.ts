/** Small helpers shared by the org metrics. Pure, no I/O. */

/** `part / whole`, or null when there is nothing to divide by (a share of nothing is "no data", not 0). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Median of a list of numbers (mean of the two middle values for an even count); null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid]!;
  return (sorted[mid - 1]! + sorted[mid]!) / 2;
}
