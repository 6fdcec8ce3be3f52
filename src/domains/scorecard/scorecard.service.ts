import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import type { CheckDefinition, CheckResult } from '../../platform/modules.js';
import { SCORECARD_GROUPS } from '../../platform/modules.js';
import { GROUPS } from './scorecard.groups.js';

const DAY = 24 * 3600_000;

export interface ScorecardRange {
  from: Date;
  /** Exclusive end: the start of the day after the range's last day. */
  to: Date;
}

/** The range from query dates (inclusive calendar days, UTC); 90 days up to today by default. */
export function rangeOf(
  q: { from?: string | undefined; to?: string | undefined },
  today = new Date(),
): ScorecardRange {
  const lastDay = q.to ? new Date(`${q.to}T00:00:00Z`) : new Date(today.toISOString().slice(0, 10));
  const to = new Date(lastDay.getTime() + DAY);
  const from = q.from ? new Date(`${q.from}T00:00:00Z`) : new Date(to.getTime() - 90 * DAY);
  return { from, to };
}

/** Evaluates every check the principal may see, grouped under the leadership questions. */
export async function scorecard(
  db: Db,
  checks: CheckDefinition[],
  principal: Principal,
  range: ScorecardRange,
  teamId: number | null,
) {
  const visible = checks.filter((c) => !c.roles || c.roles.includes(principal.role));
  const results = await Promise.all(
    visible.map(async (c) => {
      let result: CheckResult;
      try {
        result = await c.evaluate({ db, from: range.from, to: range.to, teamId, principal });
      } catch (err) {
        // One broken check must not hide the others; it says what went wrong instead of a number.
        result = {
          status: 'no-data',
          value: null,
          unit: null,
          display: null,
          target: null,
          trend: [],
          evidence: null,
          noData: {
            reason: `This check failed to compute: ${(err as Error).message}`,
            action: 'See the server log.',
          },
        };
      }
      return { def: c, result };
    }),
  );
  return {
    range: { from: range.from.toISOString(), to: range.to.toISOString() },
    teamId,
    groups: SCORECARD_GROUPS.map((g) => ({
      id: g,
      ...GROUPS[g],
      checks: results
        .filter((r) => r.def.group === g)
        .map(({ def, result }) => ({
          id: def.id,
          title: def.title,
          explanation: def.explanation,
          ...result,
        })),
    })),
  };
}
