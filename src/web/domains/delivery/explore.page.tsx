import { useCallback, useMemo } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { DataTable } from '../../ui/data-table/data-table.component';
import type { Column, FetchPage, Filter, PageQuery } from '../../ui/data-table/data-table.types';
import { PageHeader } from '../../ui/page/page-header.component';
import { Tabs } from '../../ui/tabs/tabs.component';
import { DEPLOYMENT_COLUMNS, INCIDENT_COLUMNS, pullRequestColumns } from './delivery-columns.component';
import type { Deployment, Incident, PullRequest } from './delivery-data';
import { NoDeliveryData } from './delivery-empty.component';
import { DeliveryTabs } from './delivery-tabs.component';
import { DeliveryToolbar } from './delivery-toolbar.component';
import { type DeliveryScope, useDeliveryScope } from './use-delivery-scope.hook';
import './delivery.css';

const KINDS = ['deployments', 'pull-requests', 'incidents'] as const;
type Kind = (typeof KINDS)[number];
type Row = Deployment | PullRequest | Incident;
type Environment = 'production' | 'staging' | 'testing' | 'development' | 'other';

const LABEL: Record<Kind, string> = {
  deployments: 'Deployments',
  'pull-requests': 'Pull requests',
  incidents: 'Incidents',
};

const options = (values: readonly string[], words: Record<string, string> = {}) =>
  values.map((value) => ({ value, label: words[value] ?? value.charAt(0).toUpperCase() + value.slice(1) }));

const ENVIRONMENTS = ['production', 'staging', 'testing', 'development', 'other'] as const;

const FILTERS: Record<Kind, Filter[]> = {
  deployments: [
    { id: 'environment', label: 'Environment', type: 'select', options: options(ENVIRONMENTS) },
    {
      id: 'status',
      label: 'Status',
      type: 'select',
      options: options(['success', 'failure', 'error', 'cancelled', 'in_progress', 'queued'], {
        in_progress: 'In progress',
      }),
    },
  ],
  'pull-requests': [
    { id: 'status', label: 'State', type: 'select', options: options(['open', 'merged', 'closed']) },
  ],
  incidents: [{ id: 'status', label: 'Status', type: 'select', options: options(['open', 'resolved']) }],
};

const WHAT: Record<Kind, string> = {
  deployments: 'Deployments to every environment, with any status, that finished (or started) in the range',
  'pull-requests': 'Pull requests opened in the range',
  incidents: 'Incidents that started in the range, with the deployment each is attributed to',
};

function isEnvironment(v: string | undefined): v is Environment {
  return v !== undefined && (ENVIRONMENTS as readonly string[]).includes(v);
}

async function load(kind: Kind, scope: DeliveryScope, q: PageQuery, signal?: AbortSignal) {
  const query = {
    ...scope.query,
    limit: q.limit,
    offset: q.offset,
    ...(q.filters.status ? { status: q.filters.status } : {}),
    ...(isEnvironment(q.filters.environment) ? { environment: q.filters.environment } : {}),
  };
  if (kind === 'deployments') {
    return unwrap(api.GET('/api/v1/delivery/deployments', { params: { query }, signal }));
  }
  if (kind === 'pull-requests') {
    return unwrap(api.GET('/api/v1/delivery/pull-requests', { params: { query }, signal }));
  }
  return unwrap(api.GET('/api/v1/delivery/incidents', { params: { query }, signal }));
}

/** Tabs between the three lists; they keep the scope, not the filters of the list left. */
function ExploreTabs({ search }: { search: string }) {
  return (
    <Tabs
      label="Explore"
      className="delivery-subtabs"
      items={KINDS.map((k) => ({ to: `/delivery/explore/${k}`, label: LABEL[k], end: false }))}
      search={search}
    />
  );
}

/** `/delivery/explore` opens the deployments, keeping the scope. */
export function ExploreIndex() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: '/delivery/explore/deployments', search }} replace />;
}

/**
 * `/delivery/explore/:kind`: the deployments, pull requests or incidents of the scope and range, newest
 * first, filtered by environment and status, a page at a time.
 */
export function ExplorePage() {
  const scope = useDeliveryScope();
  const param = useParams().kind;
  const kind = KINDS.find((k) => k === param);
  const fetchPage: FetchPage<Row> = useCallback(
    async (q, signal) => {
      if (!kind) return { items: [], total: 0, nextCursor: null };
      const r = await load(kind, scope, q, signal);
      return { items: r.items as Row[], total: r.total, nextCursor: null };
    },
    [kind, scope],
  );
  const columns = useMemo(() => {
    if (kind === 'deployments') return DEPLOYMENT_COLUMNS as Column<Row>[];
    if (kind === 'incidents') return INCIDENT_COLUMNS as Column<Row>[];
    return pullRequestColumns(false) as Column<Row>[];
  }, [kind]);
  if (!kind)
    return <Navigate to={{ pathname: '/delivery/explore/deployments', search: scope.search }} replace />;

  return (
    <div className="page delivery-page">
      <PageHeader
        title="Explore delivery data"
        description={
          <>
            Every deployment, pull request and incident behind the figures: {scope.phrase}, {scope.range}.
          </>
        }
      />
      <DeliveryTabs />
      <DeliveryToolbar scope={scope} trend={false} />
      <section className="panel" aria-labelledby="delivery-explore">
        <ExploreTabs search={scope.search} />
        <h2 id="delivery-explore" className="delivery-explore__title">
          {LABEL[kind]}
        </h2>
        <p className="muted">{WHAT[kind]}, newest first.</p>
        <DataTable<Row>
          key={kind}
          id={`delivery-explore-${kind}`}
          label={LABEL[kind]}
          columns={columns}
          rowKey={(r) => r.id}
          filters={FILTERS[kind]}
          fetchPage={fetchPage}
          maxPageSize={1000}
          dependsOn={`${kind}:${scope.key}`}
          empty={
            <NoDeliveryData
              title={`No ${LABEL[kind].toLowerCase()} in this range`}
              scoped={Boolean(scope.teamId || scope.serviceId)}
              what={LABEL[kind].toLowerCase()}
            />
          }
        />
      </section>
    </div>
  );
}
