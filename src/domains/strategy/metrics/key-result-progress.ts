/**
 * Progress of key results and goals (docs/metrics.md, "Key-result progress").
 *
 * A key result moves from its start value towards its target, upwards (`increase`) or downwards
 * (`decrease`). Progress = (current − start) ÷ (target − start), clamped to [0, 1]: 0 at the start (or
 * worse), 1 at the target (or better). The sign of the denominator carries the direction, so the same
 * formula serves both. A goal's progress is the mean of its key results' progress, key results without
 * a current value left out; null when none has one (Google re:Work's OKR guide grades the same way).
 */

export type KeyResultDirection = 'increase' | 'decrease';

export function keyResultProgress(start: number, target: number, current: number | null): number | null {
  if (current === null || !Number.isFinite(current) || start === target) return null;
  const p = (current - start) / (target - start);
  return Math.min(1, Math.max(0, p));
}

/** Whether start and target agree with the direction (`increase` needs target > start). */
export function directionAgrees(direction: KeyResultDirection, start: number, target: number): boolean {
  return direction === 'increase' ? target > start : target < start;
}

export function goalProgress(progresses: (number | null)[]): number | null {
  const known = progresses.filter((p): p is number => p !== null);
  if (known.length === 0) return null;
  return known.reduce((a, b) => a + b, 0) / known.length;
}
