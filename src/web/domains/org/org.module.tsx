import type { DomainModule } from '../domain.types';
import { orgInsightsNav, orgInsightsRoutes } from './org-insights.routes';
import { orgPagesNav, orgPagesRoutes } from './org-pages.routes';

/** The organization: people, org chart, teams, services; insights, imports and identities. */
export const orgDomain: DomainModule = {
  id: 'org',
  label: 'Organization',
  nav: [...orgPagesNav, ...orgInsightsNav],
  routes: [...orgPagesRoutes, ...orgInsightsRoutes],
};
