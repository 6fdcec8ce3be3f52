/**
 * The figures of "Are decisions recorded?" (docs/metrics.md#decisions-recorded). Pure.
 *
 * - Accepted per quarter: records whose status became `accepted` on a day in [from, to), divided by the
 *   range's length in quarters (91.3 days). A record accepted twice in the range counts once.
 * - Services without a decision: catalog components in scope with no decision record linked, over all
 *   components in scope.
 *
 * Targets follow the practice MADR and AWS Prescriptive Guidance describe (an ADR for every
 * architecturally significant decision, kept with each service), set as a floor an organization with a
 * handful of teams meets: two accepted decisions a quarter and at most a third of services without any.
 */

export const DECISION_TARGETS = { acceptedPerQuarter: 2, uncoveredShare: 1 / 3 } as const;

const QUARTER_MS = 91.3 * 24 * 3600_000;

export function acceptedPerQuarter(accepted: number, from: Date, to: Date): number {
  const quarters = Math.max((to.getTime() - from.getTime()) / QUARTER_MS, 1 / 13);
  return accepted / quarters;
}

/** Both within target: good; one: watch; none: bad. No services: judged on the pace alone. */
export function decisionsStatus(perQuarter: number, uncoveredShare: number | null): 'good' | 'watch' | 'bad' {
  const pace = perQuarter >= DECISION_TARGETS.acceptedPerQuarter;
  if (uncoveredShare === null) return pace ? 'good' : 'bad';
  const coverage = uncoveredShare <= DECISION_TARGETS.uncoveredShare;
  return pace && coverage ? 'good' : pace || coverage ? 'watch' : 'bad';
}
