import type { Registrar } from '../../platform/modules.js';
import { analysisRoutes } from './analysis.routes.js';
import { budgetDemoStep } from './budget.demo.js';
import { costChecks } from './cost.checks.js';

/**
 * The analysis part of the cost domain: budgets with burn and forecast, anomalies, savings
 * opportunities, unit costs, and cost's scorecard checks.
 */
export function registerAnalysis(r: Registrar): void {
  r.routes(analysisRoutes);
  for (const check of costChecks) r.check(check);
  r.demo(budgetDemoStep);
}
