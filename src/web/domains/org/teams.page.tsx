import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useScope } from '../../scope/use-scope.hook';
import { useTeams } from '../../scope/use-teams.hook';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { kindWord, Tag } from './org-badges.component';
import { buildTeamTree, initialOpenTeams, teamAncestors, teamRows } from './team-tree';
import './org.css';

/** `/org/teams`: departments → groups → teams as a collapsible tree, with members, leads and services. */
export function TeamsPage() {
  const { teams, error } = useTeams();
  const scope = useScope();
  const [params, setParams] = useSearchParams();
  const filterId = useId();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const tree = useMemo(() => (teams ? buildTeamTree(teams) : null), [teams]);
  const [open, setOpen] = useState<Set<number> | null>(null);

  // First view: the top levels open, and the scope's team shown (its parents opened).
  useEffect(() => {
    if (!tree || open) return;
    const first = initialOpenTeams(tree);
    if (scope.team) for (const a of teamAncestors(tree, scope.team)) first.add(a.id);
    setOpen(first);
  }, [tree, open, scope.team]);

  useEffect(() => setDraft(q), [q]);
  useEffect(() => {
    if (draft === q) return;
    const timer = window.setTimeout(
      () =>
        setParams(
          (cur) => {
            const next = new URLSearchParams(cur);
            if (draft.trim()) next.set('q', draft.trim());
            else next.delete('q');
            return next;
          },
          { replace: true },
        ),
      250,
    );
    return () => window.clearTimeout(timer);
  }, [draft, q, setParams]);

  const rows = useMemo(() => (tree && open ? teamRows(tree, open, q) : []), [tree, open, q]);
  const toggle = (id: number) =>
    setOpen((o) => {
      const next = new Set(o ?? []);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const counts = useMemo(() => {
    const c = { department: 0, group: 0, team: 0 };
    for (const t of teams ?? []) c[t.kind]++;
    return c;
  }, [teams]);

  return (
    <div className="page">
      <PageHeader
        title="Teams"
        description="Departments, groups and teams. Open a unit to see the ones inside it; every number opens the people or services behind it."
      />
      {error ? <ProblemView error={error} /> : null}
      {!teams && !error ? <p className="loading">Loading…</p> : null}
      {teams && teams.length === 0 ? (
        <EmptyState title="No teams yet" command="quarterdeck import backstage <folder>">
          Teams come with the organization: import a Backstage catalog (its Group entities) with the command
          below or on the Import page, or an HR export with a team column (
          <code>quarterdeck import --list</code> shows every importer).
        </EmptyState>
      ) : null}
      {tree && teams && teams.length > 0 ? (
        <section className="panel" aria-labelledby="teams-tree">
          <div className="teams-toolbar">
            <h2 id="teams-tree">
              {counts.department} department{counts.department === 1 ? '' : 's'}, {counts.group} group
              {counts.group === 1 ? '' : 's'}, {counts.team} team{counts.team === 1 ? '' : 's'}
            </h2>
            <search className="row">
              <label htmlFor={filterId}>Filter</label>
              <input
                id={filterId}
                type="search"
                value={draft}
                placeholder="Team or lead"
                onChange={(e) => setDraft(e.target.value)}
              />
              <button
                type="button"
                className="button button--small"
                onClick={() => setOpen(new Set(teams.map((t) => t.id)))}
              >
                Open all
              </button>
              <button type="button" className="button button--small" onClick={() => setOpen(new Set())}>
                Close all
              </button>
            </search>
          </div>
          <div className="table-scroll">
            <table className="simple-table teams-table">
              <caption className="visually-hidden">
                Departments, groups and teams{q ? ` matching “${q}”` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Leads</th>
                  <th scope="col" className="num">
                    Members
                  </th>
                  <th scope="col" className="num">
                    People in all
                  </th>
                  <th scope="col" className="num">
                    Services owned
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ team, depth, hasChildren, open: isOpen }) => {
                  const inAll = tree.peopleInAll.get(team.id) ?? team.members;
                  const ownsAll = tree.ownsInAll.get(team.id) ?? team.owns;
                  return (
                    <tr key={team.id} className={scope.team === team.id ? 'selected-row' : undefined}>
                      <th scope="row">
                        <span className="team-cell" style={{ paddingLeft: `${depth * 1.4}rem` }}>
                          {hasChildren ? (
                            <button
                              type="button"
                              className="twisty"
                              aria-expanded={isOpen}
                              aria-label={`${isOpen ? 'Close' : 'Open'} ${team.name}`}
                              disabled={!!q}
                              onClick={() => toggle(team.id)}
                            >
                              <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
                            </button>
                          ) : (
                            <span className="twisty" aria-hidden="true" />
                          )}
                          <Link to={`/org/teams/${team.id}`}>{team.name}</Link>
                          {scope.team === team.id ? <span className="muted"> (in scope)</span> : null}
                        </span>
                      </th>
                      <td>
                        <Tag>{kindWord(team.kind)}</Tag>
                      </td>
                      <td>{team.leads ?? <span className="muted">—</span>}</td>
                      <td className="num">
                        <Link to={`/org/people?team=${team.id}`}>
                          {team.members}
                          <span className="visually-hidden"> members of {team.name}</span>
                        </Link>
                      </td>
                      <td className="num">
                        {inAll !== team.members ? (
                          <Link to={`/org/chart?team=${team.id}`}>
                            {inAll.toLocaleString()}
                            <span className="visually-hidden"> people in {team.name} and below</span>
                          </Link>
                        ) : (
                          <span className="muted">{inAll}</span>
                        )}
                      </td>
                      <td className="num">
                        {team.owns > 0 ? (
                          <Link to={`/org/services?team=${team.id}`}>
                            {team.owns}
                            <span className="visually-hidden"> services owned by {team.name}</span>
                          </Link>
                        ) : (
                          <span className="muted">0</span>
                        )}
                        {ownsAll !== team.owns ? <span className="muted"> ({ownsAll} in all)</span> : null}
                      </td>
                    </tr>
                  );
                })}
                {rows.length === 0 ? (
                  <tr>
                    <td colSpan={6} className="muted">
                      No team matches “{q}”.
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
