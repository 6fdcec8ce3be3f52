import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { todayUtc } from '../../scope/scope';
import { teamTree, useTeams } from '../../scope/use-teams.hook';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { formatDate } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { layoutTree } from './org-chart-layout';
import { OrgChartList } from './org-chart-list.component';
import {
  buildTree,
  expandAll,
  filterByTeams,
  initialExpanded,
  type OrgTree,
  peopleFromRows,
  reveal,
  teamAndBelow,
} from './org-chart-model';
import { type ChartFocus, OrgChartView } from './org-chart-view.component';
import { PersonSearch } from './person-search.component';
import './org.css';
import './org-chart.css';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const positiveId = (v: string | null) => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : null;
};

/** Reads the chart's query: `?asOf=2025-06-01&team=12&view=list&focus=42`. */
function useChartParams() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('asOf');
  const change = useCallback(
    (changes: Record<string, string | null>, replace = false) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [k, v] of Object.entries(changes)) {
            if (v === null || v === '') next.delete(k);
            else next.set(k, v);
          }
          return next;
        },
        { replace },
      ),
    [setParams],
  );
  return {
    asOf: raw && ISO_DATE.test(raw) ? raw : null,
    team: positiveId(params.get('team')),
    view: params.get('view') === 'list' ? ('list' as const) : ('chart' as const),
    focus: positiveId(params.get('focus')),
    change,
  };
}

function Summary({ tree, asOf, team }: { tree: OrgTree; asOf: string | null; team: number | null }) {
  const members = tree.people.filter((p) => !p.context).length;
  let managers = 0;
  let widest = -1;
  tree.children.forEach((kids, i) => {
    if (kids.length === 0) return;
    managers++;
    if (widest < 0 || kids.length > (tree.children[widest]?.length ?? 0)) widest = i;
  });
  const wide = widest >= 0 ? tree.people[widest] : undefined;
  const loose = tree.roots.length - 1;
  const peopleHref = `/org/people?status=active${team ? `&team=${team}` : ''}`;
  return (
    <p className="oc-summary">
      {asOf ? (
        <strong>{members.toLocaleString()} people</strong>
      ) : (
        <Link to={peopleHref}>
          <strong>{members.toLocaleString()} people</strong>
        </Link>
      )}
      {' · '}
      {managers.toLocaleString()} with direct reports · {tree.maxDepth + 1} levels
      {wide ? (
        <>
          {' · '}widest span: <Link to={`/org/people/${wide.id}`}>{wide.name}</Link> (
          {tree.children[widest]?.length} direct reports)
        </>
      ) : null}
      {' · '}
      {asOf ? <>as the organization was on {formatDate(asOf)}</> : 'today'}
      {loose > 0 ? (
        <>
          {' · '}
          {loose.toLocaleString()} {loose === 1 ? 'person' : 'people'} whose manager is not in this chart
          (shown to the right)
        </>
      ) : null}
    </p>
  );
}

/** `/org/chart`: everyone in one zoomable chart (or a keyboard-first tree), today or on a past day. */
export function OrgChartPage() {
  const { asOf, team, view, focus: focusParam, change } = useChartParams();
  const { teams } = useTeams();
  const dateId = useId();
  const teamId = useId();
  const chart = useApi(`org-chart:${asOf ?? 'today'}`, (signal) =>
    unwrap(api.GET('/api/v1/org/chart', { params: { query: asOf ? { asOf } : {} }, signal })),
  );
  const teamNames = useMemo(
    () => new Map((chart.data?.teams ?? []).map((t) => [t.id, t.name])),
    [chart.data],
  );
  const allPeople = useMemo(() => (chart.data ? peopleFromRows(chart.data.rows) : []), [chart.data]);
  const people = useMemo(
    () => (team ? filterByTeams(allPeople, teamAndBelow(teams ?? [], team)) : allPeople),
    [allPeople, team, teams],
  );
  const tree = useMemo(() => buildTree(people), [people]);

  const [selected, setSelected] = useState<number | null>(focusParam);
  const [focus, setFocus] = useState<ChartFocus | null>(null);
  const nonce = useRef(0);
  const [openState, setOpenState] = useState<{ tree: OrgTree | null; open: Set<number> }>({
    tree: null,
    open: new Set(),
  });
  let open = openState.open;
  if (openState.tree !== tree) {
    // A new chart (another day, another team): open the top levels, keep what was open, show the found person.
    let next = initialExpanded(tree);
    for (const id of openState.open) if (tree.index.has(id)) next.add(id);
    if (selected !== null) next = reveal(tree, next, selected);
    open = next;
    setOpenState({ tree, open: next });
  }
  const setOpen = useCallback(
    (update: (current: Set<number>) => Set<number>) =>
      setOpenState((s) => ({ tree: s.tree, open: update(s.open) })),
    [],
  );
  const layout = useMemo(() => layoutTree(tree, open), [tree, open]);

  // Centre on the person of `?focus=` once they are in the chart.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the chart itself changes; a selection made here moves the view itself
  useEffect(() => {
    if (selected !== null && tree.index.has(selected)) setFocus({ id: selected, nonce: ++nonce.current });
  }, [tree]);

  const jumpTo = useCallback(
    (id: number) => {
      setSelected(id);
      setOpen((o) => reveal(tree, o, id));
      setFocus({ id, nonce: ++nonce.current });
      change({ focus: String(id) }, true);
    },
    [tree, setOpen, change],
  );

  const toggle = useCallback(
    (id: number, want?: boolean) =>
      setOpen((o) => {
        const isOpen = o.has(id);
        if (want === isOpen) return o;
        const next = new Set(o);
        if (isOpen) next.delete(id);
        else next.add(id);
        return next;
      }),
    [setOpen],
  );

  const teamOptions = useMemo(() => (teams ? teamTree(teams) : []), [teams]);
  const teamName = team ? (teamNames.get(team) ?? `team ${team}`) : null;
  const chartLabel = `Org chart${teamName ? ` of ${teamName}` : ''}${asOf ? ` on ${formatDate(asOf)}` : ''}`;

  return (
    <div className="page org-chart-page">
      <PageHeader
        title="Org chart"
        description="Who reports to whom. Find a person, open or close any branch, or go back in time with “As of”."
      />
      <div className="oc-toolbar">
        {chart.data ? <PersonSearch tree={tree} onPick={(h) => jumpTo(h.id)} /> : null}
        <div className="oc-toolbar__field">
          <label htmlFor={dateId}>As of</label>
          <div className="row">
            <input
              id={dateId}
              type="date"
              max={todayUtc()}
              value={asOf ?? ''}
              onChange={(e) => change({ asOf: ISO_DATE.test(e.target.value) ? e.target.value : null })}
            />
            {asOf ? (
              <button type="button" className="button button--small" onClick={() => change({ asOf: null })}>
                Today
              </button>
            ) : null}
          </div>
        </div>
        <div className="oc-toolbar__field">
          <label htmlFor={teamId}>Team</label>
          <select id={teamId} value={team ?? ''} onChange={(e) => change({ team: e.target.value || null })}>
            <option value="">All teams</option>
            {teamOptions.map(({ team: t, depth }) => (
              <option key={t.id} value={t.id}>
                {`${'\u00a0\u00a0'.repeat(depth)}${t.name}`}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="oc-toolbar__group">
          <legend className="visually-hidden">Branches</legend>
          <button
            type="button"
            className="button button--small"
            onClick={() => setOpen(() => expandAll(tree))}
          >
            Open all
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => setOpen(() => initialExpanded(tree))}
          >
            Close to the top
          </button>
        </fieldset>
        <fieldset className="oc-toolbar__group">
          <legend className="visually-hidden">View</legend>
          <button
            type="button"
            className="button button--small"
            aria-pressed={view === 'chart'}
            onClick={() => change({ view: null })}
          >
            Chart
          </button>
          <button
            type="button"
            className="button button--small"
            aria-pressed={view === 'list'}
            onClick={() => change({ view: 'list' })}
          >
            List
          </button>
        </fieldset>
      </div>

      {chart.error ? <ProblemView error={chart.error} onRetry={chart.reload} /> : null}
      {!chart.data && chart.loading ? <p className="loading">Loading the organization…</p> : null}
      {chart.data && allPeople.length === 0 ? (
        asOf ? (
          <EmptyState title={`Nobody in the organization on ${formatDate(asOf)}`}>
            The dated history has nobody employed on that day. Pick a later date, or{' '}
            <button type="button" className="button button--small" onClick={() => change({ asOf: null })}>
              show today
            </button>
            .
          </EmptyState>
        ) : (
          <EmptyState title="No people yet" command="quarterdeck import --list">
            The chart draws itself from the reporting lines of an HR export (CSV) or a Backstage catalog. List
            the importers this installation has and run one, or use the Import page.
          </EmptyState>
        )
      ) : null}
      {chart.data && allPeople.length > 0 && tree.people.length === 0 ? (
        <EmptyState title={`Nobody is placed in ${teamName ?? 'this team'}`}>
          People join a team through the team column of the HR export or a Backstage Group’s members.{' '}
          <button type="button" className="button button--small" onClick={() => change({ team: null })}>
            Show all teams
          </button>
        </EmptyState>
      ) : null}
      {chart.data && tree.people.length > 0 ? (
        view === 'chart' ? (
          <OrgChartView
            header={<Summary tree={tree} asOf={asOf} team={team} />}
            tree={tree}
            layout={layout}
            open={open}
            selectedId={selected}
            focus={focus}
            teamNames={teamNames}
            onToggle={toggle}
            label={chartLabel}
          />
        ) : (
          <>
            <Summary tree={tree} asOf={asOf} team={team} />
            <OrgChartList
              tree={tree}
              open={open}
              selectedId={selected}
              teamNames={teamNames}
              onToggle={toggle}
              onSelect={setSelected}
              label={chartLabel}
            />
          </>
        )
      ) : null}
    </div>
  );
}
