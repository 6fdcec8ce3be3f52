import { lazy, type ReactNode } from 'react';
import { Navigate, type RouteObject, useLocation } from 'react-router';
import type { Role } from '../../api/types';
import { RequireRole } from '../../app/session/require-session.component';
import type { NavItem, RouteHandle } from '../domain.types';

const SpanPage = lazy(() => import('./insights/span.page').then((m) => ({ default: m.SpanPage })));
const RolesPage = lazy(() => import('./insights/roles.page').then((m) => ({ default: m.RolesPage })));
const HeadcountPage = lazy(() =>
  import('./insights/headcount.page').then((m) => ({ default: m.HeadcountPage })),
);
const OwnershipPage = lazy(() =>
  import('./insights/ownership.page').then((m) => ({ default: m.OwnershipPage })),
);
const ImportPage = lazy(() => import('./imports/import.page').then((m) => ({ default: m.ImportPage })));
const IdentitiesPage = lazy(() =>
  import('./identities/identities.page').then((m) => ({ default: m.IdentitiesPage })),
);

/** As the API allows (docs/access.md): insights for leaders (a manager sees their subtree). */
const LEADERS: readonly Role[] = ['admin', 'executive', 'manager'];
/** Imports and the identity review queue change the organization's data: admins and executives. */
const STEWARDS: readonly Role[] = ['admin', 'executive'];
const scoped: RouteHandle = { scoped: true };

const only = (roles: readonly Role[], page: ReactNode) => <RequireRole roles={roles}>{page}</RequireRole>;

/** `/org/insights` opens its first page, keeping the scope. */
function InsightsIndex() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: '/org/insights/span', search }} replace />;
}

/** Org insights (span of control, roles, headcount, ownership), imports and the identity review queue. */
export const orgInsightsNav: NavItem[] = [
  // `/org/insights` opens span of control; the entry stays highlighted on every insight page.
  { path: '/org/insights', label: 'Insights', roles: LEADERS },
  { path: '/org/import', label: 'Import', roles: STEWARDS },
  { path: '/org/identities', label: 'Identities', roles: STEWARDS },
];

export const orgInsightsRoutes: RouteObject[] = [
  { path: 'org/insights', element: <InsightsIndex /> },
  { path: 'org/insights/span', element: only(LEADERS, <SpanPage />), handle: scoped },
  { path: 'org/insights/roles', element: only(LEADERS, <RolesPage />), handle: scoped },
  { path: 'org/insights/headcount', element: only(LEADERS, <HeadcountPage />), handle: scoped },
  { path: 'org/insights/ownership', element: only(LEADERS, <OwnershipPage />), handle: scoped },
  { path: 'org/import', element: only(STEWARDS, <ImportPage />) },
  { path: 'org/identities', element: only(STEWARDS, <IdentitiesPage />) },
];
