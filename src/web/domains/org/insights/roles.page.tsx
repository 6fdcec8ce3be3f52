import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { useApi } from '../../../api/use-api.hook';
import { Chart, type ChartSpec } from '../../../ui/chart/chart.component';
import { DataTable } from '../../../ui/data-table/data-table.component';
import type { Column, FetchPage, Filter } from '../../../ui/data-table/data-table.types';
import { EmptyState } from '../../../ui/empty-state/empty-state.component';
import { PageHeader } from '../../../ui/page/page-header.component';
import { ProblemView } from '../../../ui/problem/problem-view.component';
import { StatusBadge } from '../../../ui/status/status-badge.component';
import { HowMeasured } from './how-measured.component';
import { localPage, matchesText, ofTotal, percent, plural, type TeamCoverage } from './insight-data';
import { InsightTabs } from './insight-tabs.component';
import { KeyFigures } from './key-figures.component';
import { useInsightScope } from './use-insight-scope.hook';
import { usePersonNames } from './use-person-names.hook';
import './insights.css';

const MODES = ['remote', 'hybrid', 'office', 'unknown'] as const;
const MODE_LABEL: Record<(typeof MODES)[number], string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  office: 'Office',
  unknown: 'Not recorded',
};

const FILTERS: Filter[] = [
  { id: 'q', label: 'Search', type: 'search', placeholder: 'Team name' },
  {
    id: 'coverage',
    label: 'Roles',
    type: 'select',
    options: [
      { value: 'missing', label: 'Missing a manager or a tech lead' },
      { value: 'no-manager', label: 'Without an engineering manager' },
      { value: 'no-tech-lead', label: 'Without a tech lead' },
      { value: 'complete', label: 'With both' },
    ],
  },
];

function hasBoth(t: TeamCoverage): boolean {
  return t.hasEngineeringManager && t.hasTechLead;
}

function coverageMatch(t: TeamCoverage, f: Record<string, string>): boolean {
  if (!matchesText(f.q, t.name)) return false;
  switch (f.coverage) {
    case 'missing':
      return !hasBoth(t);
    case 'no-manager':
      return !t.hasEngineeringManager;
    case 'no-tech-lead':
      return !t.hasTechLead;
    case 'complete':
      return hasBoth(t);
    default:
      return true;
  }
}

const yesNo = (v: boolean) => <StatusBadge status={v ? 'good' : 'bad'} label={v ? 'Yes' : 'No'} />;

const SORTS: Record<string, (t: TeamCoverage) => string | number> = {
  name: (t) => t.name,
  headcount: (t) => t.headcount,
  manager: (t) => Number(t.hasEngineeringManager),
  techLead: (t) => Number(t.hasTechLead),
  remote: (t) => t.workModes.remote,
  hybrid: (t) => t.workModes.hybrid,
  office: (t) => t.workModes.office,
};

/** `/org/insights/roles`: teams with and without an engineering manager and a tech lead; work modes. */
export function RolesPage() {
  const { teamId, teamName, phrase, canImport } = useInsightScope();
  const { data, error, loading, reload } = useApi(`roles:${teamId ?? ''}`, (signal) =>
    unwrap(
      api.GET('/api/v1/org/insights/roles-coverage', {
        params: { query: teamId ? { teamId } : {} },
        signal,
      }),
    ),
  );
  const s = data?.summary;
  const names = usePersonNames(s?.withoutHomeTeam ?? []);

  const columns: Column<TeamCoverage>[] = useMemo(
    () => [
      {
        id: 'name',
        header: 'Team',
        sortable: true,
        rowHeader: true,
        cell: (t) => <Link to={`/org/teams/${t.teamId}`}>{t.name}</Link>,
        csv: (t) => t.name,
      },
      {
        id: 'headcount',
        header: 'People',
        sortable: true,
        align: 'end',
        cell: (t) => t.headcount,
        csv: (t) => t.headcount,
      },
      {
        id: 'manager',
        header: 'Engineering manager',
        sortable: true,
        cell: (t) => yesNo(t.hasEngineeringManager),
        csv: (t) => t.hasEngineeringManager,
      },
      {
        id: 'techLead',
        header: 'Tech lead',
        sortable: true,
        cell: (t) => yesNo(t.hasTechLead),
        csv: (t) => t.hasTechLead,
      },
      ...MODES.map(
        (m): Column<TeamCoverage> => ({
          id: m,
          header: MODE_LABEL[m],
          sortable: m !== 'unknown',
          align: 'end',
          cell: (t) => t.workModes[m],
          csv: (t) => t.workModes[m],
          hidden: m === 'unknown',
        }),
      ),
    ],
    [],
  );

  const fetchPage: FetchPage<TeamCoverage> = useCallback(
    async (q) => localPage(data?.teams ?? [], q, { sorts: SORTS, defaultSort: 'name', match: coverageMatch }),
    [data],
  );

  const modesChart: ChartSpec | null = useMemo(() => {
    const teams = (data?.teams ?? []).filter((t) => t.headcount > 0);
    if (teams.length === 0) return null;
    const sorted = [...teams].sort(
      (a, b) =>
        b.workModes.remote / b.headcount - a.workModes.remote / a.headcount || b.headcount - a.headcount,
    );
    const withUnknown = sorted.some((t) => t.workModes.unknown > 0);
    return {
      preset: 'stacked-bar',
      horizontal: true,
      categories: sorted.map((t) => t.name),
      series: MODES.filter((m) => m !== 'unknown' || withUnknown).map((m) => ({
        name: MODE_LABEL[m],
        values: sorted.map((t) => t.workModes[m]),
      })),
      unit: 'people',
    };
  }, [data]);

  const missing = data ? data.teams.filter((t) => !hasBoth(t)).length : 0;

  return (
    <div className="page insight-page">
      <PageHeader
        title="Roles and work modes"
        description={
          <>
            Does every team have an engineering manager and a tech lead, and where do people work: {phrase},
            today.
          </>
        }
      />
      <InsightTabs />
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {!data && loading ? <p className="loading">Loading the teams…</p> : null}
      {data && s && s.teams === 0 ? (
        <EmptyState
          title={teamName ? `No teams in ${teamName}` : 'No teams yet'}
          action={
            canImport ? (
              <Link to="/org/import" className="button">
                Import people and teams
              </Link>
            ) : undefined
          }
        >
          Roles coverage looks at teams (not departments or groups) and their members.{' '}
          {teamName
            ? 'Choose a department or group with teams in the scope bar, or all teams.'
            : 'Import an HR export with a team column, or a Backstage catalog with Group entities of type team.'}
        </EmptyState>
      ) : null}
      {data && s && s.teams > 0 ? (
        <>
          <KeyFigures
            label="Roles and work modes in figures"
            items={[
              {
                label: 'Teams with a manager and a tech lead',
                value: percent(s.managerAndTechLeadShare),
                note: ofTotal(s.teamsWithManagerAndTechLead, s.teams),
                status: missing === 0 ? 'good' : 'watch',
                statusLabel: missing === 0 ? 'All teams' : `${missing} missing`,
              },
              {
                label: 'Engineers per manager',
                value:
                  s.engineersPerManager === null
                    ? '—'
                    : s.engineersPerManager.toLocaleString(undefined, { maximumFractionDigits: 1 }),
                note: `${plural(s.engineers, 'engineer')}, ${plural(s.managers, 'manager')}`,
              },
              {
                label: 'Remote',
                value: percent(s.remoteShare),
                note: `${s.workModes.remote} remote, ${s.workModes.hybrid} hybrid, ${s.workModes.office} office${
                  s.workModes.unknown ? `, ${s.workModes.unknown} not recorded` : ''
                }`,
              },
              {
                label: 'Without a home team',
                value: s.withoutHomeTeam.length,
                note: 'several teams, none primary',
                status: s.withoutHomeTeam.length === 0 ? 'good' : 'watch',
                statusLabel: s.withoutHomeTeam.length === 0 ? 'None' : 'Check',
              },
            ]}
          />
          {modesChart ? (
            <section className="panel" aria-label="Work mode per team">
              <Chart
                title="Work mode per team"
                spec={modesChart}
                summary="Teams with the most remote people first."
                height={Math.max(
                  240,
                  (modesChart.preset === 'stacked-bar' ? modesChart.categories.length : 0) * 26 + 60,
                )}
              />
            </section>
          ) : null}
          <section className="panel" aria-labelledby="roles-teams">
            <h2 id="roles-teams">Teams</h2>
            <DataTable
              id="roles-teams"
              label="Teams with their engineering manager, tech lead and work modes"
              columns={columns}
              rowKey={(t) => t.teamId}
              filters={FILTERS}
              fetchPage={fetchPage}
              defaultSort="name"
              maxPageSize={500}
              dependsOn={`${teamId ?? ''}:${data.teams.length}`}
            />
          </section>
          {s.withoutHomeTeam.length > 0 ? (
            <section className="panel" aria-labelledby="roles-homeless">
              <h2 id="roles-homeless">People without a home team</h2>
              <p className="muted">
                They belong to several teams and none is marked primary, so no team counts them. Mark one team
                as primary in the HR export (the first team listed) and import it again.
              </p>
              <ul className="insight-list insight-list--inline">
                {s.withoutHomeTeam.map((id) => (
                  <li key={id}>
                    <Link to={`/org/people/${id}`}>{names.get(id) ?? `Person ${id}`}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
      <HowMeasured section="Roles coverage">
        <blockquote>
          A team has an engineering manager when a member has the role <code>engineering manager</code>, or
          its lead has any management role (a director leading a team directly is its manager); it has a tech
          lead when a member has the role <code>tech lead</code>. Headcount counts each person once, in their
          home team: the primary membership, else their only membership. […] Managers are the roles
          engineering manager, engineering director, head of engineering and cto; engineers are engineer and
          tech lead, over all active people. Remote share = remote people / people whose work mode is recorded
          (unknown ones are shown, not guessed).
        </blockquote>
        <p>Only units of kind “team” count; departments and groups are not teams.</p>
      </HowMeasured>
    </div>
  );
}
