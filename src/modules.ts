import { costModule } from './domains/cost/cost.module.js';
import { deliveryModule } from './domains/delivery/delivery.module.js';
import { orgModule } from './domains/org/org.module.js';
import { scorecardModule } from './domains/scorecard/scorecard.module.js';
import { strategyModule } from './domains/strategy/strategy.module.js';
import { auditModule } from './platform/audit/audit.module.js';
import { authModule } from './platform/auth/auth.module.js';
import { jobsModule } from './platform/jobs/jobs.module.js';
import type { DomainModule } from './platform/modules.js';

/** Every part of Quarterdeck, in registration order. A new domain adds one line here. */
export const modules: DomainModule[] = [
  authModule,
  auditModule,
  jobsModule,
  orgModule,
  deliveryModule,
  strategyModule,
  costModule,
  scorecardModule,
];
