import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { NavItem, RouteHandle } from '../domain.types';

const PeoplePage = lazy(() => import('./people.page').then((m) => ({ default: m.PeoplePage })));
const PersonPage = lazy(() => import('./person.page').then((m) => ({ default: m.PersonPage })));
const OrgChartPage = lazy(() => import('./org-chart.page').then((m) => ({ default: m.OrgChartPage })));
const TeamsPage = lazy(() => import('./teams.page').then((m) => ({ default: m.TeamsPage })));
const TeamPage = lazy(() => import('./team.page').then((m) => ({ default: m.TeamPage })));
const ServicesPage = lazy(() => import('./services.page').then((m) => ({ default: m.ServicesPage })));
const ServicePage = lazy(() => import('./service.page').then((m) => ({ default: m.ServicePage })));
const scoped: RouteHandle = { scoped: true };

/** The directory, org chart, teams and services. */
export const orgPagesNav: NavItem[] = [
  { path: '/org/people', label: 'People' },
  { path: '/org/chart', label: 'Org chart' },
  { path: '/org/teams', label: 'Teams' },
  { path: '/org/services', label: 'Services' },
];

export const orgPagesRoutes: RouteObject[] = [
  { path: 'org/people', element: <PeoplePage />, handle: scoped },
  { path: 'org/people/:id', element: <PersonPage /> },
  { path: 'org/chart', element: <OrgChartPage /> },
  { path: 'org/teams', element: <TeamsPage />, handle: scoped },
  { path: 'org/teams/:id', element: <TeamPage /> },
  { path: 'org/services', element: <ServicesPage />, handle: scoped },
  { path: 'org/services/:id', element: <ServicePage /> },
];
