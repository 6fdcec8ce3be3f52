import type { DomainModule } from '../domain.types';
import { analysisNav, analysisRoutes } from './analysis-pages.routes';
import { billingNav, billingRoutes } from './billing-pages.routes';
import { toolsNav, toolsRoutes } from './tools-pages.routes';

/** Cost: cloud spend by team and service, budgets, anomalies, savings, and the tool register. */
export const costDomain: DomainModule = {
  id: 'cost',
  label: 'Cost',
  nav: [...billingNav, ...analysisNav, ...toolsNav],
  routes: [...billingRoutes, ...analysisRoutes, ...toolsRoutes],
};
