import { api, unwrap } from '../../api/client';
import type { CheckStatus, Scorecard } from '../../api/types';
import { useApi } from '../../api/use-api.hook';
import { formatRange } from '../../scope/scope';
import { useScope } from '../../scope/use-scope.hook';
import { useTeams } from '../../scope/use-teams.hook';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { StatusBadge } from '../../ui/status/status-badge.component';
import { ScorecardGroupSection } from './scorecard-group.component';
import './scorecard.css';

const ORDER: CheckStatus[] = ['bad', 'watch', 'good', 'no-data'];

function countByStatus(card: Scorecard): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { good: 0, watch: 0, bad: 0, 'no-data': 0 };
  for (const g of card.groups) for (const c of g.checks) counts[c.status]++;
  return counts;
}

/**
 * `/`: the leadership scorecard, every check under the question it answers, for the scope's range and
 * team. Questions with numbers come first; those nothing measures yet follow, each saying so.
 */
export function HomePage() {
  const scope = useScope();
  const { teams } = useTeams();
  const teamName = scope.team
    ? (teams?.find((t) => t.id === scope.team)?.name ?? `team ${scope.team}`)
    : null;
  const query = { from: scope.from, to: scope.to, ...(scope.team ? { team: scope.team } : {}) };
  const { data, error, loading, reload } = useApi(`scorecard:${JSON.stringify(query)}`, (signal) =>
    unwrap(api.GET('/api/v1/scorecard', { params: { query }, signal })),
  );
  const counts = data ? countByStatus(data) : null;

  return (
    <div className="page scorecard">
      <PageHeader
        title="Leadership scorecard"
        description={
          <>
            The questions an engineering organization is judged by, for {formatRange(scope.from, scope.to)}
            {teamName ? <> · {teamName}</> : <> · all teams</>}.
          </>
        }
      />
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {!data && loading ? <p className="loading">Loading the scorecard…</p> : null}
      {counts ? (
        <section className="scorecard__summary" aria-label="Summary">
          {ORDER.map((s) => (
            <StatusBadge key={s} status={s} label={`${counts[s]} ${s === 'no-data' ? 'without data' : s}`} />
          ))}
        </section>
      ) : null}
      {data ? (
        <div className="scorecard__groups" aria-busy={loading}>
          {data.groups
            .filter((g) => g.checks.length > 0)
            .map((g) => (
              <ScorecardGroupSection key={g.id} group={g} />
            ))}
          {data.groups.some((g) => g.checks.length === 0) ? (
            <div className="scorecard__unmeasured">
              {data.groups
                .filter((g) => g.checks.length === 0)
                .map((g) => (
                  <ScorecardGroupSection key={g.id} group={g} />
                ))}
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
