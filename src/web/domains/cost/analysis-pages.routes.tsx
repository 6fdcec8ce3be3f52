import { lazy, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/session/require-session.component';
import type { NavItem } from '../domain.types';

const BudgetsPage = lazy(() => import('./budgets.page').then((m) => ({ default: m.BudgetsPage })));
const BudgetDetailPage = lazy(() =>
  import('./budget-detail.page').then((m) => ({ default: m.BudgetDetailPage })),
);
const AnomaliesPage = lazy(() => import('./anomalies.page').then((m) => ({ default: m.AnomaliesPage })));
const SavingsPage = lazy(() => import('./savings.page').then((m) => ({ default: m.SavingsPage })));
const UnitCostsPage = lazy(() => import('./unit-costs.page').then((m) => ({ default: m.UnitCostsPage })));

/** Cost analysis is read by admins, executives and managers (docs/access.md). */
const READERS = ['admin', 'executive', 'manager'] as const;
const only = (page: ReactNode) => <RequireRole roles={READERS}>{page}</RequireRole>;

export const analysisNav: NavItem[] = [
  { path: '/cost/budgets', label: 'Budgets', roles: READERS },
  { path: '/cost/anomalies', label: 'Anomalies', roles: READERS },
  { path: '/cost/savings', label: 'Savings', roles: READERS },
  { path: '/cost/unit-costs', label: 'Unit costs', roles: READERS },
];

export const analysisRoutes: RouteObject[] = [
  { path: 'cost/budgets', element: only(<BudgetsPage />), handle: { scoped: true } },
  { path: 'cost/budgets/:id', element: only(<BudgetDetailPage />) },
  { path: 'cost/anomalies', element: only(<AnomaliesPage />), handle: { scoped: true } },
  { path: 'cost/savings', element: only(<SavingsPage />), handle: { scoped: true } },
  { path: 'cost/unit-costs', element: only(<UnitCostsPage />), handle: { scoped: true } },
];
