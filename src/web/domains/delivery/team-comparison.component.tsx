import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Team } from '../../api/types';
import { useApi } from '../../api/use-api.hook';
import { DataTable } from '../../ui/data-table/data-table.component';
import type { Column, FetchPage } from '../../ui/data-table/data-table.types';
import { formatDuration } from '../../ui/format/format';
import { StatusBadge } from '../../ui/status/status-badge.component';
import {
  type Dora,
  type DoraLevel,
  decimal,
  LEVEL_WORD,
  levelStatus,
  localPage,
  mapLimited,
  percent,
  teamsToCompare,
} from './delivery-data';
import type { DeliveryScope } from './use-delivery-scope.hook';

/** The most teams compared at once (one DORA request each). */
export const COMPARE_MAX = 12;
/** Requests in flight at once. */
const PARALLEL = 3;

interface TeamRow {
  team: Team;
  dora: Dora;
}

function Level({ value, level }: { value: string; level: DoraLevel | null }) {
  return (
    <span className="delivery-level-cell">
      <span>{value}</span>
      {level ? <StatusBadge status={levelStatus(level)} label={LEVEL_WORD[level]} /> : null}
    </span>
  );
}

const levelCsv = (l: DoraLevel | null) => l ?? '';

function columns(search: (team: Team) => string): Column<TeamRow>[] {
  return [
    {
      id: 'team',
      header: 'Team',
      rowHeader: true,
      sortable: true,
      cell: (r) => <Link to={`/delivery${search(r.team)}`}>{r.team.name}</Link>,
      csv: (r) => r.team.name,
    },
    {
      id: 'frequency',
      header: 'Deploys / week',
      sortable: true,
      align: 'end',
      cell: (r) => (
        <Level value={decimal(r.dora.deploymentFrequency.perWeek)} level={r.dora.deploymentFrequency.level} />
      ),
      csv: (r) => r.dora.deploymentFrequency.perWeek,
    },
    {
      id: 'frequencyLevel',
      header: 'Frequency level',
      hidden: true,
      cell: (r) => levelCsv(r.dora.deploymentFrequency.level) || '—',
      csv: (r) => levelCsv(r.dora.deploymentFrequency.level),
    },
    {
      id: 'leadTime',
      header: 'Lead time',
      sortable: true,
      align: 'end',
      cell: (r) => <Level value={formatDuration(r.dora.leadTime.medianMs)} level={r.dora.leadTime.level} />,
      csv: (r) => r.dora.leadTime.medianMs,
    },
    {
      id: 'changeFailureRate',
      header: 'Change failure rate',
      sortable: true,
      align: 'end',
      cell: (r) => (
        <Level value={percent(r.dora.changeFailureRate.rate)} level={r.dora.changeFailureRate.level} />
      ),
      csv: (r) => r.dora.changeFailureRate.rate,
    },
    {
      id: 'recoveryTime',
      header: 'Recovery time',
      sortable: true,
      align: 'end',
      cell: (r) => (
        <Level value={formatDuration(r.dora.recoveryTime.medianMs)} level={r.dora.recoveryTime.level} />
      ),
      csv: (r) => r.dora.recoveryTime.medianMs,
    },
    {
      id: 'reworkRate',
      header: 'Rework rate',
      sortable: true,
      align: 'end',
      cell: (r) => percent(r.dora.reworkRate.rate),
      csv: (r) => r.dora.reworkRate.rate,
    },
  ];
}

const SORTS: Record<string, (r: TeamRow) => string | number | null> = {
  team: (r) => r.team.name,
  frequency: (r) => r.dora.deploymentFrequency.perWeek,
  leadTime: (r) => r.dora.leadTime.medianMs,
  changeFailureRate: (r) => r.dora.changeFailureRate.rate,
  recoveryTime: (r) => r.dora.recoveryTime.medianMs,
  reworkRate: (r) => r.dora.reworkRate.rate,
};

/**
 * The DORA figures side by side, one row per team: with no team chosen, the organization's teams; with
 * one, the teams below it. One request per team, a few at a time, at most `COMPARE_MAX` teams.
 */
export function TeamComparison({ scope }: { scope: DeliveryScope }) {
  const { teams, query } = scope;
  const picked = useMemo(
    () => (teams ? teamsToCompare(teams, scope.teamId, COMPARE_MAX) : null),
    [teams, scope.teamId],
  );
  const ids = picked?.teams.map((t) => t.id).join(',') ?? '';
  const { data, error, loading } = useApi(picked ? `compare:${scope.key}:${ids}` : null, (signal) =>
    mapLimited(picked?.teams ?? [], PARALLEL, async (team) => ({
      team,
      dora: await unwrap(
        api.GET('/api/v1/delivery/dora', {
          params: { query: { from: query.from, to: query.to, bucket: query.bucket, teamId: team.id } },
          signal,
        }),
      ),
    })),
  );
  const search = useCallback(
    (team: Team) => {
      const q = new URLSearchParams({ from: query.from, to: query.to, team: String(team.id) });
      if (query.bucket !== 'week') q.set('bucket', query.bucket);
      return `?${q.toString()}`;
    },
    [query.from, query.to, query.bucket],
  );
  const cols = useMemo(() => columns(search), [search]);
  const fetchPage: FetchPage<TeamRow> = useCallback(
    async (q) => localPage(data ?? [], q, SORTS, 'team'),
    [data],
  );

  if (!picked) return null;
  const heading = scope.teamName ? `Teams of ${scope.teamName} compared` : 'Teams compared';
  return (
    <section className="panel" aria-labelledby="delivery-compare">
      <h2 id="delivery-compare">{heading}</h2>
      <p className="muted">
        {picked.total === 0
          ? scope.teamName
            ? `${scope.teamName} has no teams below it.`
            : 'There are no teams yet: import your organization (Organization › Import).'
          : picked.total > COMPARE_MAX
            ? `The first ${COMPARE_MAX} of ${picked.total} teams by name, each with the services it owns, over the same range; times are medians. Choose a department or group in the scope bar to compare the teams inside it.`
            : `${picked.total === 1 ? 'One team' : `${picked.total} teams`}, each with the services it owns and the teams below it, over the same range; times are medians. Open a team to see its own page.`}
      </p>
      {error ? (
        <p role="alert" className="callout callout--bad">
          The comparison could not be loaded: {error.title}.
        </p>
      ) : null}
      {picked.total > 0 && !data && loading ? (
        <p className="loading">Loading {picked.teams.length} teams…</p>
      ) : null}
      {data ? (
        <DataTable
          id="delivery-compare"
          label={heading}
          columns={cols}
          rowKey={(r) => r.team.id}
          fetchPage={fetchPage}
          defaultSort="team"
          pageSize={COMPARE_MAX}
          pageSizes={[COMPARE_MAX]}
          maxPageSize={COMPARE_MAX}
          dependsOn={`${scope.key}:${ids}:${data.length}`}
        />
      ) : null}
    </section>
  );
}
