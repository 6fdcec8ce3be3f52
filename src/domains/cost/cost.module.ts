import type { DomainModule } from '../../platform/modules.js';
import { registerAnalysis } from './analysis.registration.js';
import { registerBilling } from './billing.registration.js';
import { registerTools } from './tools.registration.js';

/**
 * Cost: cloud bills (FOCUS, AWS CUR) allocated to teams and services, the SaaS and tool register,
 * budgets, forecasts, anomalies, savings and unit costs. Each part registers itself; billing first,
 * since the analysis reads its lines.
 */
export const costModule: DomainModule = {
  name: 'cost',
  register(r) {
    registerBilling(r);
    registerTools(r);
    registerAnalysis(r);
  },
};
