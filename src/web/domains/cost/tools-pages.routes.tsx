import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../domain.types';

const ToolsRegisterPage = lazy(() =>
  import('./tools-register.page').then((m) => ({ default: m.ToolsRegisterPage })),
);
const ToolDetailPage = lazy(() => import('./tool-detail.page').then((m) => ({ default: m.ToolDetailPage })));
const ToolRenewalsPage = lazy(() =>
  import('./tool-renewals.page').then((m) => ({ default: m.ToolRenewalsPage })),
);
const ToolSavingsPage = lazy(() =>
  import('./tool-savings.page').then((m) => ({ default: m.ToolSavingsPage })),
);

/**
 * The SaaS and tool register (one entry in the side navigation; tabs link the views): the register,
 * one tool with its seats, the renewal calendar, and unused seats with overlapping tools. Leaders and
 * managers read it; leaders change it.
 */
export const toolsNav: NavItem[] = [
  { path: '/cost/tools', label: 'Tools', roles: ['admin', 'executive', 'manager'] },
];

export const toolsRoutes: RouteObject[] = [
  { path: 'cost/tools', element: <ToolsRegisterPage /> },
  { path: 'cost/tools/renewals', element: <ToolRenewalsPage /> },
  { path: 'cost/tools/savings', element: <ToolSavingsPage /> },
  { path: 'cost/tools/:id', element: <ToolDetailPage /> },
];
