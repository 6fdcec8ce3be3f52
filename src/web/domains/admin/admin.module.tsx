import { lazy } from 'react';
import type { Role } from '../../api/types';
import { RequireRole } from '../../app/session/require-session.component';
import type { DomainModule } from '../domain.types';

const JobsPage = lazy(() => import('./jobs.page').then((m) => ({ default: m.JobsPage })));
const JobPage = lazy(() => import('./job.page').then((m) => ({ default: m.JobPage })));
const AuditPage = lazy(() => import('./audit.page').then((m) => ({ default: m.AuditPage })));
const UsersPage = lazy(() => import('./users.page').then((m) => ({ default: m.UsersPage })));
const UserCreatePage = lazy(() => import('./user-create.page').then((m) => ({ default: m.UserCreatePage })));
const UserEditPage = lazy(() => import('./user-edit.page').then((m) => ({ default: m.UserEditPage })));

/** Who may open what, as docs/access.md says: the audit log and accounts are for admins only. */
const ADMIN: readonly Role[] = ['admin'];

/**
 * Running the installation: background jobs (everyone sees the jobs they started; admins and executives
 * every job), the audit log and accounts (admins).
 */
export const adminDomain: DomainModule = {
  id: 'admin',
  label: 'Operations',
  nav: [
    { path: '/admin/jobs', label: 'Jobs' },
    { path: '/admin/audit', label: 'Audit log', roles: ADMIN },
    { path: '/admin/users', label: 'Accounts', roles: ADMIN },
  ],
  routes: [
    { path: 'admin/jobs', element: <JobsPage /> },
    { path: 'admin/jobs/:id', element: <JobPage /> },
    {
      path: 'admin/audit',
      element: (
        <RequireRole roles={ADMIN}>
          <AuditPage />
        </RequireRole>
      ),
    },
    {
      path: 'admin/users',
      element: (
        <RequireRole roles={ADMIN}>
          <UsersPage />
        </RequireRole>
      ),
    },
    {
      path: 'admin/users/new',
      element: (
        <RequireRole roles={ADMIN}>
          <UserCreatePage />
        </RequireRole>
      ),
    },
    {
      path: 'admin/users/:id',
      element: (
        <RequireRole roles={ADMIN}>
          <UserEditPage />
        </RequireRole>
      ),
    },
  ],
};
