import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../domain.types';

const StackPage = lazy(() => import('./stack-explorer.page').then((m) => ({ default: m.StackPage })));

/** The stack explorer: what the repositories really use, against the radar. Every signed-in role reads it. */
export const stackNav: NavItem[] = [{ path: '/strategy/stack', label: 'Stack' }];

export const stackRoutes: RouteObject[] = [{ path: 'strategy/stack', element: <StackPage /> }];
