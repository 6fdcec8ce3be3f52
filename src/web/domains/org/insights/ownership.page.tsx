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
import {
  GAP_REASONS,
  localPage,
  matchesText,
  type OwnershipGap,
  type OwnershipInsight,
  ofTotal,
  percent,
} from './insight-data';
import { InsightTabs } from './insight-tabs.component';
import { KeyFigures } from './key-figures.component';
import { useInsightScope } from './use-insight-scope.hook';
import './insights.css';

/** A catalog entity's page (services, APIs, systems… share one page). */
const entityHref = (id: number) => `/org/services/${id}`;

const FILTERS: Filter[] = [
  { id: 'q', label: 'Search', type: 'search', placeholder: 'Name or owner' },
  {
    id: 'reason',
    label: 'Reason',
    type: 'select',
    options: Object.entries(GAP_REASONS).map(([value, label]) => ({ value, label })),
  },
];

const COLUMNS: Column<OwnershipGap>[] = [
  {
    id: 'name',
    header: 'Entity',
    sortable: true,
    rowHeader: true,
    cell: (g) => <Link to={entityHref(g.entityId)}>{g.name}</Link>,
    csv: (g) => g.name,
  },
  { id: 'kind', header: 'Kind', sortable: true, cell: (g) => g.kind, csv: (g) => g.kind },
  {
    id: 'lifecycle',
    header: 'Lifecycle',
    sortable: true,
    cell: (g) => g.lifecycle ?? '—',
    csv: (g) => g.lifecycle,
  },
  {
    id: 'ownerRef',
    header: 'Owner given',
    cell: (g) => (g.ownerRef ? <code>{g.ownerRef}</code> : <span className="muted">none</span>),
    csv: (g) => g.ownerRef,
  },
  {
    id: 'reason',
    header: 'Problem',
    sortable: true,
    cell: (g) => <StatusBadge status="bad" label={GAP_REASONS[g.reason] ?? g.reason} />,
    csv: (g) => g.reason,
  },
  { id: 'detail', header: 'Detail', cell: (g) => g.detail, csv: (g) => g.detail },
];

const SORTS: Record<string, (g: OwnershipGap) => string | null> = {
  name: (g) => g.name,
  kind: (g) => g.kind,
  lifecycle: (g) => g.lifecycle,
  reason: (g) => g.reason,
};

/** Services with and without a valid owner, repositories with and without CODEOWNERS. */
function coverageChart(s: OwnershipInsight['summary']): ChartSpec | null {
  if (s.components === 0 && s.repositories === 0) return null;
  return {
    preset: 'stacked-bar',
    horizontal: true,
    categories: ['Services (components)', 'Repositories'],
    series: [
      { name: 'Owned', values: [s.componentsWithValidOwner, s.repositoriesWithCodeowners] },
      {
        name: 'Gap',
        values: [s.components - s.componentsWithValidOwner, s.repositories - s.repositoriesWithCodeowners],
      },
    ],
    unit: 'entities',
  };
}

/** `/org/insights/ownership`: catalog entities without a valid owner; repositories without CODEOWNERS. */
export function OwnershipPage() {
  const { teamId, phrase, canImport } = useInsightScope();
  const { data, error, loading, reload } = useApi(`ownership:${teamId ?? ''}`, (signal) =>
    unwrap(
      api.GET('/api/v1/org/insights/ownership', { params: { query: teamId ? { teamId } : {} }, signal }),
    ),
  );
  const s = data?.summary;
  const chart = useMemo(() => (data ? coverageChart(data.summary) : null), [data]);
  const fetchPage: FetchPage<OwnershipGap> = useCallback(
    async (q) =>
      localPage(data?.gaps ?? [], q, {
        sorts: SORTS,
        defaultSort: 'name',
        match: (g, f) => matchesText(f.q, g.name, g.ownerRef) && (!f.reason || g.reason === f.reason),
      }),
    [data],
  );
  const nothing = data && s && s.components === 0 && s.repositories === 0 && data.gaps.length === 0;

  return (
    <div className="page insight-page">
      <PageHeader
        title="Ownership"
        description={
          <>
            Every service needs a team or person who answers for it, and every repository a CODEOWNERS file:{' '}
            {phrase}, today.
          </>
        }
      />
      <InsightTabs />
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {!data && loading ? <p className="loading">Loading ownership…</p> : null}
      {nothing ? (
        <EmptyState
          title="No services or repositories yet"
          command="quarterdeck import --list"
          action={
            canImport ? (
              <Link to="/org/import?kind=backstage" className="button">
                Import a Backstage catalog
              </Link>
            ) : undefined
          }
        >
          Ownership is read from a Backstage catalog (each entity’s <code>spec.owner</code>) and from
          repositories’ CODEOWNERS files. Upload a <code>catalog-info.yaml</code> on the import page, or list
          the importers this installation has and run one from the command line:
        </EmptyState>
      ) : null}
      {data && s && !nothing ? (
        <>
          <KeyFigures
            label="Ownership in figures"
            items={[
              {
                label: 'Services with a valid owner',
                value: percent(s.validOwnerShare),
                note: `${ofTotal(s.componentsWithValidOwner, s.components)} components`,
                status: s.validOwnerShare === null ? 'no-data' : s.validOwnerShare === 1 ? 'good' : 'watch',
                statusLabel:
                  s.validOwnerShare === null
                    ? undefined
                    : s.validOwnerShare === 1
                      ? 'All owned'
                      : `${s.components - s.componentsWithValidOwner} without`,
              },
              {
                label: 'Repositories with CODEOWNERS',
                value: percent(s.codeownersShare),
                note: ofTotal(s.repositoriesWithCodeowners, s.repositories),
                status: s.codeownersShare === null ? 'no-data' : s.codeownersShare === 1 ? 'good' : 'watch',
                statusLabel:
                  s.codeownersShare === null
                    ? undefined
                    : s.codeownersShare === 1
                      ? 'All'
                      : `${s.repositories - s.repositoriesWithCodeowners} without`,
              },
              {
                label: 'Ownership gaps',
                value: data.gaps.length,
                note: 'entities of any kind, deprecated ones included',
              },
            ]}
          />
          {chart ? (
            <section className="panel" aria-label="Owned and not owned">
              <Chart
                title="Services with a valid owner, repositories with CODEOWNERS"
                spec={chart}
                height={190}
                summary="“Gap” counts services without a valid owner and repositories without a CODEOWNERS file."
              />
            </section>
          ) : null}
          <section className="panel" aria-labelledby="ownership-gaps">
            <h2 id="ownership-gaps">Entities without a valid owner</h2>
            {data.gaps.length === 0 ? (
              <p className="callout callout--good">
                <StatusBadge status="good" label="None" /> Every catalog entity has a team with active members
                or an active person as its owner.
              </p>
            ) : (
              <DataTable
                id="ownership-gaps"
                label="Entities without a valid owner"
                columns={COLUMNS}
                rowKey={(g) => g.entityId}
                filters={FILTERS}
                fetchPage={fetchPage}
                defaultSort="name"
                maxPageSize={500}
                dependsOn={`${teamId ?? ''}:${data.gaps.length}`}
              />
            )}
          </section>
          <section className="panel" aria-labelledby="ownership-repos">
            <h2 id="ownership-repos">Repositories without CODEOWNERS</h2>
            {data.repositoriesWithoutCodeowners.length === 0 ? (
              <p className="muted">
                {s.repositories === 0
                  ? 'No repositories are known yet.'
                  : 'Every known repository has a CODEOWNERS file.'}
              </p>
            ) : (
              <>
                <p className="muted">
                  GitHub reads <code>CODEOWNERS</code> from the repository’s root, <code>docs/</code> or{' '}
                  <code>.github/</code>. Add one, then import it here (importer “codeowners”).
                </p>
                <ul className="insight-list insight-list--columns">
                  {[...data.repositoriesWithoutCodeowners]
                    .sort((a, b) => a.name.localeCompare(b.name))
                    .map((r) => (
                      <li key={r.id}>
                        {r.entityId !== null ? (
                          <Link to={entityHref(r.entityId)}>
                            <code>{r.name}</code>
                          </Link>
                        ) : (
                          <code>{r.name}</code>
                        )}
                      </li>
                    ))}
                </ul>
              </>
            )}
          </section>
        </>
      ) : null}
      <HowMeasured section="Ownership gaps">
        <blockquote>
          An owner is valid when it is a team with at least one active member or an active person; an entity
          naming both a team and a person needs one valid owner. Gaps are listed for every kind (Backstage
          requires an owner on all of them). The share counts components only and leaves out{' '}
          <code>deprecated</code> ones (end of life); <code>experimental</code> components count, since they
          run somewhere and someone must answer for them.
        </blockquote>
        <p>
          Sources: Backstage, “Descriptor Format of Catalog Entities” (<code>spec.owner</code> is required);
          GitHub Docs, “About code owners”.
        </p>
      </HowMeasured>
    </div>
  );
}
