import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Output } from '../../api/types';
import { useApi } from '../../api/use-api.hook';
import { useScope } from '../../scope/use-scope.hook';
import { useTeams } from '../../scope/use-teams.hook';
import { DataTable } from '../../ui/data-table/data-table.component';
import type { Column, FetchPage, Filter } from '../../ui/data-table/data-table.types';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { PageHeader } from '../../ui/page/page-header.component';
import {
  ENTITY_KINDS,
  isEntityKind,
  kindWord,
  LifecycleBadge,
  OwnerCell,
  TierBadge,
} from './org-badges.component';
import './org.css';

type Entity = Output<'/api/v1/org/entities'>['items'][number];

const FILTERS: Filter[] = [
  { id: 'q', label: 'Search', type: 'search', placeholder: 'Name, title or description' },
  { id: 'kind', label: 'Kind', type: 'select', options: ENTITY_KINDS },
];

const COLUMNS: Column<Entity>[] = [
  {
    id: 'name',
    header: 'Name',
    rowHeader: true,
    cell: (e) => (
      <span className="entity-name">
        <Link to={`/org/services/${e.id}`}>{e.title ?? e.name}</Link>
        {e.title ? <code className="muted">{e.name}</code> : null}
      </span>
    ),
    csv: (e) => e.name,
  },
  { id: 'kind', header: 'Kind', cell: (e) => kindWord(e.kind), csv: (e) => e.kind },
  { id: 'type', header: 'Type', cell: (e) => e.type ?? '—', csv: (e) => e.type },
  {
    id: 'owner',
    header: 'Owner',
    cell: (e) => <OwnerCell entity={e} />,
    csv: (e) => e.ownerTeamName ?? e.ownerPersonName ?? e.ownerRef,
  },
  {
    id: 'lifecycle',
    header: 'Lifecycle',
    cell: (e) => <LifecycleBadge lifecycle={e.lifecycle} />,
    csv: (e) => e.lifecycle,
  },
  { id: 'tier', header: 'Tier', cell: (e) => <TierBadge tier={e.tier} />, csv: (e) => e.tier },
  {
    id: 'tags',
    header: 'Tags',
    cell: (e) => (e.tags.length ? e.tags.join(', ') : '—'),
    csv: (e) => e.tags.join(' '),
    hidden: true,
  },
  {
    id: 'description',
    header: 'Description',
    cell: (e) => e.description ?? '—',
    csv: (e) => e.description,
    hidden: true,
  },
];

/** `/org/services`: the software catalog (components, systems, APIs, resources, domains) and owners. */
export function ServicesPage() {
  const { team } = useScope();
  const { teams } = useTeams();
  const teamName = team ? (teams?.find((t) => t.id === team)?.name ?? `team ${team}`) : null;

  const fetchPage: FetchPage<Entity> = useCallback(
    async (q, signal) => {
      const page = await unwrap(
        api.GET('/api/v1/org/entities', {
          params: {
            query: {
              q: q.filters.q || undefined,
              kind: isEntityKind(q.filters.kind) ? q.filters.kind : undefined,
              teamId: team ?? undefined,
              limit: q.limit,
              offset: q.offset,
            },
          },
          signal,
        }),
      );
      return { items: page.items, total: page.total, nextCursor: null };
    },
    [team],
  );

  const [params] = useSearchParams();
  const counts = useApi(`entity-kinds:${team ?? ''}`, (signal) =>
    Promise.all(
      ENTITY_KINDS.map((k) =>
        unwrap(
          api.GET('/api/v1/org/entities', {
            params: { query: { kind: k.value, limit: 1, ...(team ? { teamId: team } : {}) } },
            signal,
          }),
        ).then((r) => ({ ...k, total: r.total })),
      ),
    ),
  );
  const kindHref = (kind: string | null) => {
    const next = new URLSearchParams(params);
    next.delete('offset');
    if (kind) next.set('kind', kind);
    else next.delete('kind');
    const text = next.toString();
    return text ? `?${text}` : '?';
  };
  const currentKind = params.get('kind');

  const empty = useMemo(
    () =>
      teamName ? (
        <EmptyState title={`${teamName} owns no services yet`}>
          Nothing in the catalog names this team as its owner. Set <code>spec.owner</code> in the service’s{' '}
          <code>catalog-info.yaml</code> and import the catalog again, or choose another team in the scope
          bar.
        </EmptyState>
      ) : (
        <EmptyState title="No services yet" command="quarterdeck import backstage <folder>">
          The catalog lists your components, systems, APIs and resources with their owners. Import a Backstage
          catalog (a folder of <code>catalog-info.yaml</code> files) with the command below or on the Import
          page.
        </EmptyState>
      ),
    [teamName],
  );

  return (
    <div className="page">
      <PageHeader
        title="Services"
        description={
          teamName ? (
            <>What {teamName} owns (the team chosen in the scope bar).</>
          ) : (
            'The software catalog: components, systems, APIs, resources and domains, with their owners. Choose a team in the scope bar to see what it owns.'
          )
        }
      />
      {counts.data?.some((k) => k.total > 0) ? (
        <nav className="kind-counts" aria-label="Kinds">
          <Link to={kindHref(null)} aria-current={currentKind ? undefined : 'page'}>
            All{' '}
            <span className="muted">({counts.data.reduce((n, k) => n + k.total, 0).toLocaleString()})</span>
          </Link>
          {counts.data.map((k) => (
            <Link
              key={k.value}
              to={kindHref(k.value)}
              aria-current={currentKind === k.value ? 'page' : undefined}
            >
              {k.label} <span className="muted">({k.total.toLocaleString()})</span>
            </Link>
          ))}
        </nav>
      ) : null}
      <DataTable
        id="services"
        label={teamName ? `Services owned by ${teamName}` : 'Services'}
        columns={COLUMNS}
        rowKey={(e) => e.id}
        filters={FILTERS}
        fetchPage={fetchPage}
        maxPageSize={500}
        dependsOn={String(team ?? '')}
        empty={empty}
      />
    </div>
  );
}
