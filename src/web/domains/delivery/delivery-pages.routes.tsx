import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { NavItem, RouteHandle } from '../domain.types';

const DoraPage = lazy(() => import('./dora.page').then((m) => ({ default: m.DoraPage })));
const FlowPage = lazy(() => import('./flow.page').then((m) => ({ default: m.FlowPage })));
const RowsPage = lazy(() => import('./rows.page').then((m) => ({ default: m.RowsPage })));
const ExplorePage = lazy(() => import('./explore.page').then((m) => ({ default: m.ExplorePage })));
const ExploreIndex = lazy(() => import('./explore.page').then((m) => ({ default: m.ExploreIndex })));
const InvestmentPage = lazy(() => import('./investment.page').then((m) => ({ default: m.InvestmentPage })));
const AiPage = lazy(() => import('./ai.page').then((m) => ({ default: m.AiPage })));
const QualityPage = lazy(() => import('./quality.page').then((m) => ({ default: m.QualityPage })));
const scoped: RouteHandle = { scoped: true };

/**
 * One entry in the side navigation: `/delivery` opens the DORA metrics, and the entry stays highlighted
 * on the flow, investment, AI-assisted, drill-down, explorer and data-quality pages, which the tabs on
 * each page link to. Every signed-in role may read them (the API's delivery routes are open to all; a
 * manager or member sees the same figures); changing investment rules and targets is for leaders.
 */
export const deliveryPagesNav: NavItem[] = [{ path: '/delivery', label: 'DORA and flow' }];

export const deliveryPagesRoutes: RouteObject[] = [
  { path: 'delivery', element: <DoraPage />, handle: scoped },
  { path: 'delivery/flow', element: <FlowPage />, handle: scoped },
  { path: 'delivery/rows', element: <RowsPage />, handle: scoped },
  { path: 'delivery/explore', element: <ExploreIndex /> },
  { path: 'delivery/explore/:kind', element: <ExplorePage />, handle: scoped },
  { path: 'delivery/investment', element: <InvestmentPage />, handle: scoped },
  { path: 'delivery/ai', element: <AiPage />, handle: scoped },
  // The installation's data as a whole: no team or range of the scope bar.
  { path: 'delivery/quality', element: <QualityPage /> },
];
