import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../domain.types';

const DecisionsPage = lazy(() => import('./decisions.page').then((m) => ({ default: m.DecisionsPage })));
const DecisionPage = lazy(() => import('./decision.page').then((m) => ({ default: m.DecisionPage })));
const NewDecisionPage = lazy(() => import('./decision.page').then((m) => ({ default: m.NewDecisionPage })));

/**
 * Architecture decision records: every signed-in role reads them; admins, executives and managers
 * record and edit them.
 */
export const adrNav: NavItem[] = [{ path: '/strategy/decisions', label: 'Decisions' }];

export const adrRoutes: RouteObject[] = [
  { path: 'strategy/decisions', element: <DecisionsPage /> },
  { path: 'strategy/decisions/new', element: <NewDecisionPage /> },
  { path: 'strategy/decisions/:number', element: <DecisionPage /> },
];
