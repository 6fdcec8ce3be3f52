import { lazy } from 'react';
import type { DomainModule, RouteHandle } from '../domain.types';

const PeoplePage = lazy(() => import('./people.page').then((m) => ({ default: m.PeoplePage })));
const PersonPage = lazy(() => import('./person.page').then((m) => ({ default: m.PersonPage })));
const TeamsPage = lazy(() => import('./teams.page').then((m) => ({ default: m.TeamsPage })));
const scoped: RouteHandle = { scoped: true };

/** The organization: the people directory, a person's page with their reporting line, and the teams. */
export const orgDomain: DomainModule = {
  id: 'org',
  label: 'Organization',
  nav: [
    { path: '/org/people', label: 'People' },
    { path: '/org/teams', label: 'Teams' },
  ],
  routes: [
    { path: 'org/people', element: <PeoplePage />, handle: scoped },
    { path: 'org/people/:id', element: <PersonPage /> },
    { path: 'org/teams', element: <TeamsPage />, handle: scoped },
  ],
};
