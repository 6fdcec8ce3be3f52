import type { CheckResult } from './modules.js';

const DAY = 24 * 3600_000;

/** A scorecard result with no number, saying why and what to do. */
export function noData(
  reason: string,
  action: string,
  evidence: CheckResult['evidence'] = null,
): CheckResult {
  return {
    status: 'no-data',
    value: null,
    unit: null,
    display: null,
    target: null,
    trend: [],
    evidence,
    noData: { reason, action },
  };
}

/** "5 min ago", "3 h ago", "2 days ago". */
export function ago(ms: number): string {
  if (ms < 3600_000) return `${Math.max(1, Math.round(ms / 60_000))} min ago`;
  if (ms < 2 * DAY) return `${Math.round(ms / 3600_000)} h ago`;
  return `${Math.round(ms / DAY)} days ago`;
}

/** Counts per UTC day over [from, to), oldest first, with zero for days without events. */
export function dailyCounts(times: Date[], from: Date, to: Date): { at: string; value: number }[] {
  const days = new Map<string, number>();
  for (
    let t = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
    t < to.getTime();
    t += DAY
  ) {
    days.set(new Date(t).toISOString().slice(0, 10), 0);
  }
  for (const t of times) {
    const key = t.toISOString().slice(0, 10);
    if (days.has(key)) days.set(key, days.get(key)! + 1);
  }
  return [...days].map(([at, value]) => ({ at, value }));
}
