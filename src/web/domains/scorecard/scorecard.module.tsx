import { lazy } from 'react';
import type { DomainModule, RouteHandle } from '../domain.types';

const HomePage = lazy(() => import('./home.page').then((m) => ({ default: m.HomePage })));
const scoped: RouteHandle = { scoped: true };

/** The leadership scorecard, the home page. */
export const scorecardDomain: DomainModule = {
  id: 'scorecard',
  label: 'Overview',
  nav: [{ path: '/', label: 'Scorecard' }],
  routes: [{ index: true, element: <HomePage />, handle: scoped }],
};
