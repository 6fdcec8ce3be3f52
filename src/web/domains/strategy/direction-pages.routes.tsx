import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../domain.types';

const VisionPage = lazy(() => import('./vision-reader.page').then((m) => ({ default: m.VisionPage })));
const GoalsPage = lazy(() => import('./goals-tree.page').then((m) => ({ default: m.GoalsPage })));
const InitiativesPage = lazy(() =>
  import('./initiatives.page').then((m) => ({ default: m.InitiativesPage })),
);
const InitiativePage = lazy(() =>
  import('./initiative-detail.page').then((m) => ({ default: m.InitiativePage })),
);

/**
 * The technical direction (one entry in the side navigation; tabs on each page link the others): the vision, goals with key results, and initiatives. Every signed-in role
 * reads them; leaders edit the vision, leaders and managers (their own teams) check in and tick items.
 */
export const directionNav: NavItem[] = [
  {
    path: '/strategy',
    label: 'Vision, goals, initiatives',
    covers: ['/strategy/goals', '/strategy/initiatives'],
  },
];

export const directionRoutes: RouteObject[] = [
  { path: 'strategy', element: <VisionPage /> },
  { path: 'strategy/goals', element: <GoalsPage /> },
  { path: 'strategy/initiatives', element: <InitiativesPage /> },
  { path: 'strategy/initiatives/:id', element: <InitiativePage /> },
];
