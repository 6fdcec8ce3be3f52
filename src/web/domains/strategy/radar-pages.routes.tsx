import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../domain.types';

const RadarPage = lazy(() => import('./radar.page').then((m) => ({ default: m.RadarPage })));
const RadarEntryPage = lazy(() => import('./radar-entry.page').then((m) => ({ default: m.RadarEntryPage })));
const WatchListPage = lazy(() => import('./watch-list.page').then((m) => ({ default: m.WatchListPage })));

/** The tech radar and its watch list: every signed-in role reads them; admins and executives edit. */
export const radarNav: NavItem[] = [{ path: '/strategy/radar', label: 'Tech radar' }];

export const radarRoutes: RouteObject[] = [
  { path: 'strategy/radar', element: <RadarPage /> },
  { path: 'strategy/radar/watch', element: <WatchListPage /> },
  { path: 'strategy/radar/:key', element: <RadarEntryPage /> },
];
