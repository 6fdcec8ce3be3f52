import { lazy, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '../../api/types';
import { RequireRole } from '../../app/session/require-session.component';
import type { NavItem, RouteHandle } from '../domain.types';

const CostOverviewPage = lazy(() =>
  import('./billing-overview.page').then((m) => ({ default: m.CostOverviewPage })),
);
const CostExplorerPage = lazy(() =>
  import('./billing-explorer.page').then((m) => ({ default: m.CostExplorerPage })),
);
const CostImportsPage = lazy(() =>
  import('./billing-imports.page').then((m) => ({ default: m.CostImportsPage })),
);
const CostAllocationPage = lazy(() =>
  import('./billing-allocation.page').then((m) => ({ default: m.CostAllocationPage })),
);

/** As the API allows (docs/access.md): cost is read by leaders; admins and executives change it. */
const LEADERS: readonly Role[] = ['admin', 'executive', 'manager'];
const scoped: RouteHandle = { scoped: true };
const only = (page: ReactNode) => <RequireRole roles={LEADERS}>{page}</RequireRole>;

/** Cloud cost (overview and explorer), imports of bills and the allocation rules. */
export const billingNav: NavItem[] = [
  { path: '/cost', label: 'Cloud cost', roles: LEADERS, covers: ['/cost/explorer'] },
  { path: '/cost/imports', label: 'Imports & allocation', roles: LEADERS, covers: ['/cost/allocation'] },
];

export const billingRoutes: RouteObject[] = [
  { path: 'cost', element: only(<CostOverviewPage />), handle: scoped },
  { path: 'cost/explorer', element: only(<CostExplorerPage />), handle: scoped },
  { path: 'cost/imports', element: only(<CostImportsPage />) },
  { path: 'cost/allocation', element: only(<CostAllocationPage />) },
];
