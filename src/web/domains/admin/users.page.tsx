import { useCallback } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { User } from '../../api/types';
import { DataTable } from '../../ui/data-table/data-table.component';
import type { Column, FetchPage, Filter } from '../../ui/data-table/data-table.types';
import { formatDate } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import { StatusBadge } from '../../ui/status/status-badge.component';
import { ROLE_OPTIONS } from './user-options';

const FILTERS: Filter[] = [
  { id: 'q', label: 'Search', type: 'search', placeholder: 'Name or email' },
  {
    id: 'role',
    label: 'Role',
    type: 'select',
    options: ROLE_OPTIONS.map((r) => ({ value: r.value, label: r.value })),
  },
  {
    id: 'status',
    label: 'Status',
    type: 'select',
    options: [
      { value: 'active', label: 'Active' },
      { value: 'disabled', label: 'Disabled' },
    ],
  },
];

const COLUMNS: Column<User>[] = [
  {
    id: 'name',
    header: 'Name',
    sortable: true,
    rowHeader: true,
    cell: (u) => <Link to={`/admin/users/${u.id}`}>{u.name}</Link>,
    csv: (u) => u.name,
  },
  { id: 'email', header: 'Email', sortable: true, cell: (u) => u.email, csv: (u) => u.email },
  { id: 'role', header: 'Role', sortable: true, cell: (u) => u.role, csv: (u) => u.role },
  {
    id: 'grants',
    header: 'Grants',
    cell: (u) => (u.grants.length ? u.grants.join(', ') : '—'),
    csv: (u) => u.grants.join(' '),
  },
  {
    id: 'status',
    header: 'Status',
    cell: (u) => (
      <StatusBadge status={u.disabled ? 'bad' : 'good'} label={u.disabled ? 'Disabled' : 'Active'} />
    ),
    csv: (u) => (u.disabled ? 'disabled' : 'active'),
  },
  {
    id: 'sso',
    header: 'Sign-in',
    cell: (u) => (u.sso ? 'SSO linked' : 'Password'),
    csv: (u) => (u.sso ? 'sso' : 'password'),
  },
  {
    id: 'personId',
    header: 'Person',
    cell: (u) => (u.personId ? <Link to={`/org/people/${u.personId}`}>Person {u.personId}</Link> : '—'),
    csv: (u) => u.personId,
    hidden: true,
  },
  {
    id: 'createdAt',
    header: 'Created',
    sortable: true,
    nowrap: true,
    cell: (u) => formatDate(u.createdAt),
    csv: (u) => u.createdAt,
  },
];

function compare(a: User, b: User, key: string): number {
  const pick = (u: User) =>
    key === 'email' ? u.email : key === 'role' ? u.role : key === 'createdAt' ? u.createdAt : u.name;
  return pick(a).localeCompare(pick(b));
}

/**
 * `/admin/users` (admins): every account. The API answers all accounts at once, so this page filters,
 * sorts and pages them itself; the table works the same as with a paging API.
 */
export function UsersPage() {
  const fetchPage: FetchPage<User> = useCallback(async (q, signal) => {
    const { items } = await unwrap(api.GET('/api/v1/users', { signal }));
    const needle = (q.filters.q ?? '').toLowerCase();
    const rows = items
      .filter((u) => !needle || u.name.toLowerCase().includes(needle) || u.email.includes(needle))
      .filter((u) => !q.filters.role || u.role === q.filters.role)
      .filter((u) => !q.filters.status || (q.filters.status === 'disabled') === u.disabled)
      .sort((a, b) => (q.dir === 'desc' ? -1 : 1) * compare(a, b, q.sort ?? 'name'));
    return { items: rows.slice(q.offset, q.offset + q.limit), total: rows.length, nextCursor: null };
  }, []);

  return (
    <div className="page">
      <PageHeader
        title="Accounts"
        description="Who can sign in, with which role and grants. Disabling an account ends its sessions."
        actions={
          <Link className="button button--primary" to="/admin/users/new">
            Create an account
          </Link>
        }
      />
      <DataTable
        id="users"
        label="Accounts"
        columns={COLUMNS}
        rowKey={(u) => u.id}
        filters={FILTERS}
        fetchPage={fetchPage}
        defaultSort="name"
        maxPageSize={500}
      />
    </div>
  );
}
