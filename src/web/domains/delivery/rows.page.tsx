import { useCallback, useId, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { DataTable } from '../../ui/data-table/data-table.component';
import type { Column, FetchPage } from '../../ui/data-table/data-table.types';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { PageHeader } from '../../ui/page/page-header.component';
import {
  COMMIT_COLUMNS,
  DEPLOYMENT_COLUMNS,
  INCIDENT_COLUMNS,
  pullRequestColumns,
} from './delivery-columns.component';
import {
  type Commit,
  type DeliveryMetric,
  type Deployment,
  DORA_METRICS,
  definitionOf,
  FLOW_METRICS,
  type Incident,
  isDeliveryMetric,
  METRICS,
  type MetricRows,
  type PullRequest,
  plural,
} from './delivery-data';
import { DeliveryToolbar } from './delivery-toolbar.component';
import { type DeliveryScope, deliverySearch, useDeliveryScope } from './use-delivery-scope.hook';
import './delivery.css';

type Row = Deployment | Commit | PullRequest;

/** A short list shown whole (the incidents beside a page of deployments), with the columns of a DataTable. */
function StaticTable<R>({
  label,
  columns,
  rows,
  rowKey,
}: {
  label: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (r: R) => number;
}) {
  const shown = columns.filter((c) => !c.hidden);
  return (
    <div className="data-table__scroll">
      <table className="data-table__table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            {shown.map((c) => (
              <th key={c.id} scope="col" className={c.align === 'end' ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              {shown.map((c) => {
                const cls = [c.align === 'end' ? 'num' : '', c.nowrap ? 'nowrap' : ''].join(' ').trim();
                return c.rowHeader ? (
                  <th key={c.id} scope="row" className={cls || undefined}>
                    {c.cell(r)}
                  </th>
                ) : (
                  <td key={c.id} className={cls || undefined}>
                    {c.cell(r)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function loadRows(
  scope: DeliveryScope,
  metric: DeliveryMetric,
  limit: number,
  offset: number,
  signal?: AbortSignal,
) {
  const query = { ...scope.query, limit, offset };
  if ((DORA_METRICS as readonly string[]).includes(metric)) {
    return unwrap(
      api.GET('/api/v1/delivery/dora/rows', {
        params: { query: { ...query, metric: metric as (typeof DORA_METRICS)[number] } },
        signal,
      }),
    );
  }
  return unwrap(
    api.GET('/api/v1/delivery/flow/rows', {
      params: { query: { ...query, metric: metric as (typeof FLOW_METRICS)[number] } },
      signal,
    }),
  );
}

function primaryRows(metric: DeliveryMetric, r: MetricRows): Row[] {
  const kind = METRICS[metric].rows;
  return kind === 'deployments' ? r.deployments : kind === 'commits' ? r.commits : r.pullRequests;
}

/** Choose another figure, keeping the scope. */
function FigurePicker({ metric, scope }: { metric: DeliveryMetric; scope: DeliveryScope }) {
  const id = useId();
  const navigate = useNavigate();
  return (
    <div className="delivery-toolbar__field delivery-figure-picker">
      <label htmlFor={id}>Figure</label>
      <select
        id={id}
        value={metric}
        onChange={(e) =>
          navigate(`/delivery/rows${deliverySearch(scope.params, { metric: e.target.value })}`)
        }
      >
        <optgroup label="DORA metrics">
          {DORA_METRICS.map((m) => (
            <option key={m} value={m}>
              {METRICS[m].label}
            </option>
          ))}
        </optgroup>
        <optgroup label="Pull-request flow">
          {FLOW_METRICS.map((m) => (
            <option key={m} value={m}>
              {METRICS[m].label}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}

/**
 * `/delivery/rows?metric=…`: the exact deployments, commits, incidents or pull requests a figure was
 * computed from, for the same scope and range, a page at a time.
 */
export function RowsPage() {
  const scope = useDeliveryScope();
  const raw = scope.params.get('metric');
  const metric: DeliveryMetric | null = isDeliveryMetric(raw) ? raw : null;
  // What the last page loaded said beyond its rows: the incidents beside them, and the total.
  const [related, setRelated] = useState<{ metric: DeliveryMetric; incidents: Incident[]; total: number }>();

  const fetchPage: FetchPage<Row> = useCallback(
    async (q, signal) => {
      if (!metric) return { items: [], total: 0, nextCursor: null };
      const r = await loadRows(scope, metric, q.limit, q.offset, signal);
      setRelated({ metric, incidents: r.incidents, total: r.total });
      return { items: primaryRows(metric, r), total: r.total, nextCursor: null };
    },
    [metric, scope],
  );
  const columns = useMemo(() => {
    if (!metric) return [];
    const kind = METRICS[metric].rows;
    if (kind === 'deployments') return DEPLOYMENT_COLUMNS as Column<Row>[];
    if (kind === 'commits') return COMMIT_COLUMNS as Column<Row>[];
    return pullRequestColumns(
      METRICS[metric].family === 'flow' && metric !== 'work-in-progress',
    ) as Column<Row>[];
  }, [metric]);

  if (!metric) {
    return (
      <div className="page delivery-page">
        <PageHeader title="Rows behind a figure" />
        <EmptyState title={raw ? `No figure called “${raw}”` : 'Which figure?'}>
          Open the rows from a figure on the <Link to={`/delivery${scope.search}`}>DORA metrics</Link> or the{' '}
          <Link to={`/delivery/flow${scope.search}`}>pull-request flow</Link> page.
        </EmptyState>
      </div>
    );
  }
  const info = METRICS[metric];
  const incidents = related?.metric === metric ? related.incidents : [];
  const total = related?.metric === metric ? related.total : null;
  const back = info.family === 'dora' ? '/delivery' : '/delivery/flow';
  const backLabel = info.family === 'dora' ? 'DORA metrics' : 'Pull-request flow';

  return (
    <div className="page delivery-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`${back}${scope.search}`}>{backLabel}</Link> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">{info.label}</span>
      </nav>
      <PageHeader
        title={`${info.label}: the rows`}
        description={
          <>
            {info.rowsPhrase}, for {scope.phrase}, {scope.range}
            {total !== null ? <> — {plural(total, 'row')}</> : null}.
          </>
        }
      />
      <div className="delivery-rows-bar">
        <FigurePicker metric={metric} scope={scope} />
        <DeliveryToolbar scope={scope} trend={false} />
      </div>
      <p className="muted delivery-rows-definition">
        {info.definition} Definition:{' '}
        <Link to={definitionOf(info)}>“{info.section}” in the metric definitions</Link>.
      </p>
      <section className="panel" aria-labelledby="delivery-rows">
        <h2 id="delivery-rows">
          {info.rows === 'pull-requests'
            ? 'Pull requests'
            : info.rows === 'commits'
              ? 'Changes (commits)'
              : 'Deployments'}
        </h2>
        <DataTable<Row>
          key={metric}
          id={`delivery-rows-${info.rows}`}
          label={`${info.label}: ${info.rows.replace('-', ' ')}`}
          columns={columns}
          rowKey={(r) => r.id}
          fetchPage={fetchPage}
          maxPageSize={1000}
          dependsOn={`${metric}:${scope.key}`}
          empty={
            <EmptyState title="Nothing behind this figure">
              No {info.rows.replace('-', ' ')} count in “{info.label}” for {scope.phrase} in this range.
              Choose a wider range, or another scope.
            </EmptyState>
          }
        />
      </section>
      {incidents.length > 0 ? (
        <section className="panel" aria-labelledby="delivery-rows-incidents">
          <h2 id="delivery-rows-incidents">
            {metric === 'rework-rate' ? 'Incidents open when they shipped' : 'Their incidents'} (
            {incidents.length})
          </h2>
          <p className="muted">
            {metric === 'change-failure-rate'
              ? 'Every incident attributed to a failed deployment of the range.'
              : 'The incidents of the deployments on this page.'}
          </p>
          <StaticTable label="Incidents" columns={INCIDENT_COLUMNS} rows={incidents} rowKey={(i) => i.id} />
        </section>
      ) : null}
    </div>
  );
}
