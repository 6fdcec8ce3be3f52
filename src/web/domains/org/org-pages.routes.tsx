import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { NavItem, RouteHandle } from '../domain.types';

const PeoplePage = lazy(() => import('./people.page').then((m) => ({ default: m.PeoplePage })));
const PersonPage = lazy(() => import('./person.page').then((m) => ({ default: m.PersonPage })));
const TeamsPage = lazy(() => import('./teams.page').then((m) => ({ default: m.TeamsPage })));
const scoped: RouteHandle = { scoped: true };

/** The directory, org chart, teams and services. */
export const orgPagesNav: NavItem[] = [
  { path: '/org/people', label: 'People' },
  { path: '/org/teams', label: 'Teams' },
];

export const orgPagesRoutes: RouteObject[] = [
  { path: 'org/people', element: <PeoplePage />, handle: scoped },
  { path: 'org/people/:id', element: <PersonPage /> },
  { path: 'org/teams', element: <TeamsPage />, handle: scoped },
];
