import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Output } from '../../api/types';
import { useApi } from '../../api/use-api.hook';
import { DataTable } from '../../ui/data-table/data-table.component';
import type { Column, FetchPage } from '../../ui/data-table/data-table.types';
import { formatDuration } from '../../ui/format/format';
import { StatusBadge } from '../../ui/status/status-badge.component';
import { type DoraLevel, decimal, LEVEL_WORD, levelStatus, localPage, percent } from './delivery-data';
import type { DeliveryScope } from './use-delivery-scope.hook';

/** One team's DORA figures, from `GET /api/v1/delivery/dora/teams` (all teams in one request). */
type TeamRow = Output<'/api/v1/delivery/dora/teams'>['items'][number];

/** The API's level as a DORA level (null for none, or one this page does not know). */
function levelOf(value: string | null): DoraLevel | null {
  return value !== null && Object.hasOwn(LEVEL_WORD, value) ? (value as DoraLevel) : null;
}

function Level({ value, level }: { value: string; level: string | null }) {
  const l = levelOf(level);
  return (
    <span className="delivery-level-cell">
      <span>{value}</span>
      {l ? <StatusBadge status={levelStatus(l)} label={LEVEL_WORD[l]} /> : null}
    </span>
  );
}

function columns(search: (teamId: number) => string): Column<TeamRow>[] {
  return [
    {
      id: 'team',
      header: 'Team',
      rowHeader: true,
      sortable: true,
      cell: (r) => <Link to={`/delivery${search(r.teamId)}`}>{r.name}</Link>,
      csv: (r) => r.name,
    },
    {
      id: 'services',
      header: 'Services',
      sortable: true,
      hidden: true,
      align: 'end',
      cell: (r) => r.services.toLocaleString(),
      csv: (r) => r.services,
    },
    {
      id: 'deployments',
      header: 'Deployments',
      sortable: true,
      hidden: true,
      align: 'end',
      cell: (r) => r.deployments.toLocaleString(),
      csv: (r) => r.deployments,
    },
    {
      id: 'frequency',
      header: 'Deploys / week',
      sortable: true,
      align: 'end',
      cell: (r) => <Level value={decimal(r.deploymentsPerWeek)} level={r.deploymentFrequencyLevel} />,
      csv: (r) => r.deploymentsPerWeek,
    },
    {
      id: 'frequencyLevel',
      header: 'Frequency level',
      hidden: true,
      cell: (r) => levelOf(r.deploymentFrequencyLevel) ?? '—',
      csv: (r) => levelOf(r.deploymentFrequencyLevel) ?? '',
    },
    {
      id: 'leadTime',
      header: 'Lead time',
      sortable: true,
      align: 'end',
      cell: (r) => <Level value={formatDuration(r.leadTimeMedianMs)} level={r.leadTimeLevel} />,
      csv: (r) => r.leadTimeMedianMs,
    },
    {
      id: 'changeFailureRate',
      header: 'Change failure rate',
      sortable: true,
      align: 'end',
      cell: (r) => <Level value={percent(r.changeFailureRate)} level={r.changeFailureRateLevel} />,
      csv: (r) => r.changeFailureRate,
    },
    {
      id: 'recoveryTime',
      header: 'Recovery time',
      sortable: true,
      align: 'end',
      cell: (r) => <Level value={formatDuration(r.recoveryMedianMs)} level={r.recoveryTimeLevel} />,
      csv: (r) => r.recoveryMedianMs,
    },
    {
      id: 'reworkRate',
      header: 'Rework rate',
      sortable: true,
      align: 'end',
      cell: (r) => percent(r.reworkRate),
      csv: (r) => r.reworkRate,
    },
  ];
}

const SORTS: Record<string, (r: TeamRow) => string | number | null> = {
  team: (r) => r.name,
  services: (r) => r.services,
  deployments: (r) => r.deployments,
  frequency: (r) => r.deploymentsPerWeek,
  leadTime: (r) => r.leadTimeMedianMs,
  changeFailureRate: (r) => r.changeFailureRate,
  recoveryTime: (r) => r.recoveryMedianMs,
  reworkRate: (r) => r.reworkRate,
};

/**
 * The DORA figures side by side, one row per team, from one request: with no team chosen, the
 * organization's teams; with one, the teams right below it (or the team itself when it has none).
 */
export function TeamComparison({ scope }: { scope: DeliveryScope }) {
  const { query } = scope;
  const { data, error, loading } = useApi(
    `compare:${query.from}:${query.to}:${scope.teamId ?? ''}`,
    (signal) =>
      unwrap(
        api.GET('/api/v1/delivery/dora/teams', {
          params: {
            query: { from: query.from, to: query.to, ...(scope.teamId ? { teamId: scope.teamId } : {}) },
          },
          signal,
        }),
      ),
  );
  const items = data?.items;
  const search = useCallback(
    (teamId: number) => {
      const q = new URLSearchParams({ from: query.from, to: query.to, team: String(teamId) });
      if (query.bucket !== 'week') q.set('bucket', query.bucket);
      return `?${q.toString()}`;
    },
    [query.from, query.to, query.bucket],
  );
  const cols = useMemo(() => columns(search), [search]);
  const fetchPage: FetchPage<TeamRow> = useCallback(
    async (q) => localPage(items ?? [], q, SORTS, 'team'),
    [items],
  );

  const heading = scope.teamName ? `Teams of ${scope.teamName} compared` : 'Teams compared';
  const onlyItself = Boolean(scope.teamId && items?.length === 1 && items[0]?.teamId === scope.teamId);
  const total = items?.length ?? 0;
  return (
    <section className="panel" aria-labelledby="delivery-compare">
      <h2 id="delivery-compare">{heading}</h2>
      {items ? (
        <p className="muted">
          {total === 0
            ? 'There are no teams yet: import your organization (Organization › Import).'
            : onlyItself
              ? `${scope.teamName} has no teams below it: its own figures, with the services it owns.`
              : `${total === 1 ? 'One team' : `${total} teams`}, each with the services it owns and the teams below it, over the same range; times are medians. Open a team to see its own page.`}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="callout callout--bad">
          The comparison could not be loaded: {error.title}.
        </p>
      ) : null}
      {!items && loading ? <p className="loading">Loading the teams…</p> : null}
      {items && total > 0 ? (
        <DataTable
          id="delivery-compare"
          label={heading}
          columns={cols}
          rowKey={(r) => r.teamId}
          fetchPage={fetchPage}
          defaultSort="team"
          pageSize={25}
          pageSizes={[25, 50, 100]}
          maxPageSize={500}
          dependsOn={`${scope.key}:${total}:${items.map((r) => r.teamId).join(',')}`}
        />
      ) : null}
    </section>
  );
}
