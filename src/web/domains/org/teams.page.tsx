import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { scopeSearch } from '../../scope/scope';
import { useScope } from '../../scope/use-scope.hook';
import { teamTree, useTeams } from '../../scope/use-teams.hook';
import type { ChartSpec } from '../../ui/chart/chart.component';
import { Chart } from '../../ui/chart/chart.component';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import './org.css';

/** `/org/teams`: departments, groups and teams in their hierarchy, and a chart of members per team. */
export function TeamsPage() {
  const { teams, error } = useTeams();
  const scope = useScope();
  const [params] = useSearchParams();
  const tree = useMemo(() => (teams ? teamTree(teams) : []), [teams]);

  const spec: ChartSpec | null = useMemo(() => {
    const leaf = (teams ?? []).filter((t) => t.kind === 'team').sort((a, b) => b.members - a.members);
    if (leaf.length === 0) return null;
    return {
      preset: 'bar',
      horizontal: true,
      categories: leaf.map((t) => t.name),
      series: [{ name: 'Members', values: leaf.map((t) => t.members) }],
      unit: 'people',
    };
  }, [teams]);

  const peopleLink = (teamId: number) => {
    const next = new URLSearchParams(scopeSearch(params).slice(1));
    next.set('team', String(teamId));
    return `/org/people?${next}`;
  };

  return (
    <div className="page">
      <PageHeader
        title="Teams"
        description="Departments, groups and teams. Members are the people placed directly in each unit."
      />
      {error ? <ProblemView error={error} /> : null}
      {!teams && !error ? <p className="loading">Loading…</p> : null}
      {teams && teams.length === 0 ? (
        <EmptyState title="No teams yet" command="quarterdeck import --list">
          Teams come with the organization: import your HR export or a Backstage catalog (Group entities) with
          one of the importers this installation lists.
        </EmptyState>
      ) : null}
      {teams && teams.length > 0 ? (
        <div className="teams-layout">
          <section className="panel" aria-labelledby="teams-table">
            <h2 id="teams-table">Hierarchy</h2>
            <table className="simple-table">
              <caption className="visually-hidden">Departments, groups and teams</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col" className="num">
                    Members
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Links</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tree.map(({ team, depth }) => (
                  <tr key={team.id} className={scope.team === team.id ? 'selected-row' : undefined}>
                    <th scope="row" className={`team-name--depth-${Math.min(depth, 3)}`}>
                      {team.name}
                      {scope.team === team.id ? <span className="muted"> (in scope)</span> : null}
                    </th>
                    <td className="team-kind">{team.kind}</td>
                    <td className="num">{team.members}</td>
                    <td>
                      <Link to={peopleLink(team.id)}>
                        People<span className="visually-hidden"> in {team.name}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {spec ? (
            <section className="panel" aria-label="Members per team">
              <Chart
                title="Members per team"
                spec={spec}
                height={Math.max(240, (spec.preset === 'bar' ? spec.categories.length : 0) * 26 + 40)}
              />
            </section>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
