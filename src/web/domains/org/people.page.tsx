import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Person } from '../../api/types';
import { useScope } from '../../scope/use-scope.hook';
import { useTeams } from '../../scope/use-teams.hook';
import { DataTable } from '../../ui/data-table/data-table.component';
import type { Column, FetchPage, Filter } from '../../ui/data-table/data-table.types';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { PageHeader } from '../../ui/page/page-header.component';
import { PersonStatus } from './person-status.component';

const FILTERS: Filter[] = [
  { id: 'q', label: 'Search', type: 'search', placeholder: 'Name, email or title' },
  {
    id: 'status',
    label: 'Status',
    type: 'select',
    options: [
      { value: 'active', label: 'Active' },
      { value: 'leaver', label: 'Left' },
    ],
  },
];

const COLUMNS: Column<Person>[] = [
  {
    id: 'name',
    sortable: true,
    header: 'Name',
    rowHeader: true,
    cell: (p) => <Link to={`/org/people/${p.id}`}>{p.name}</Link>,
    csv: (p) => p.name,
  },
  { id: 'title', sortable: true, header: 'Title', cell: (p) => p.title ?? '—', csv: (p) => p.title },
  { id: 'level', sortable: true, header: 'Level', cell: (p) => p.level ?? '—', csv: (p) => p.level },
  { id: 'role', header: 'Role', cell: (p) => p.role, csv: (p) => p.role, hidden: true },
  { id: 'email', sortable: true, header: 'Email', cell: (p) => p.email, csv: (p) => p.email },
  {
    id: 'location',
    sortable: true,
    header: 'Location',
    cell: (p) => p.location ?? '—',
    csv: (p) => p.location,
  },
  {
    id: 'workMode',
    header: 'Work mode',
    cell: (p) => p.workMode ?? '—',
    csv: (p) => p.workMode,
    hidden: true,
  },
  {
    id: 'status',
    sortable: true,
    header: 'Status',
    cell: (p) => <PersonStatus status={p.status} />,
    csv: (p) => p.status,
  },
  {
    id: 'startDate',
    sortable: true,
    header: 'Start date',
    nowrap: true,
    cell: (p) => p.startDate ?? '—',
    csv: (p) => p.startDate,
  },
  {
    id: 'managerId',
    header: 'Manager',
    cell: (p) => (p.managerId ? <Link to={`/org/people/${p.managerId}`}>Person {p.managerId}</Link> : '—'),
    csv: (p) => p.managerId,
    hidden: true,
  },
];

const SORTS = ['name', 'email', 'title', 'level', 'location', 'status', 'startDate'] as const;
const isPeopleSort = (s: string | null): s is (typeof SORTS)[number] =>
  SORTS.includes(s as (typeof SORTS)[number]);

/** `/org/people`: the directory, searchable, filtered by the scope's team. */
export function PeoplePage() {
  const { team } = useScope();
  const { teams } = useTeams();
  const teamName = team ? (teams?.find((t) => t.id === team)?.name ?? `team ${team}`) : null;

  const fetchPage: FetchPage<Person> = useCallback(
    async (q, signal) => {
      const status =
        q.filters.status === 'active' || q.filters.status === 'leaver' ? q.filters.status : undefined;
      const page = await unwrap(
        api.GET('/api/v1/org/people', {
          params: {
            query: {
              q: q.filters.q || undefined,
              status,
              teamId: team ?? undefined,
              sort: isPeopleSort(q.sort) ? q.sort : 'name',
              dir: q.dir,
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
  const empty = useMemo(
    () => (
      <EmptyState
        title="No people yet"
        command="quarterdeck import --list"
        action={
          <span className="muted">
            Then import your HR export or Backstage catalog with the importer it lists.
          </span>
        }
      >
        The directory fills from an HR export (CSV) or a Backstage catalog. List the importers this
        installation has, then run one with the file:
      </EmptyState>
    ),
    [],
  );

  return (
    <div className="page">
      <PageHeader
        title="People"
        description={
          teamName ? (
            <>Everyone in {teamName} (the team chosen in the scope bar).</>
          ) : (
            'Everyone in the organization. Choose a team in the scope bar to narrow it; sort by any column.'
          )
        }
      />
      <DataTable
        id="people"
        label={teamName ? `People in ${teamName}` : 'People'}
        columns={COLUMNS}
        rowKey={(p) => p.id}
        filters={FILTERS}
        fetchPage={fetchPage}
        maxPageSize={500}
        defaultSort="name"
        dependsOn={String(team ?? '')}
        empty={empty}
      />
    </div>
  );
}
