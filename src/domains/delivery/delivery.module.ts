import type { DomainModule } from '../../platform/modules.js';
import { changeSafetyCheck, onTimeCheck, reviewCoverageCheck } from './delivery.checks.js';
import { genericDeliveryImporter, gitImporter } from './delivery.importers.js';
import { gitSyncJob } from './delivery.jobs.js';
import { deliveryInsightRoutes } from './delivery-insights.routes.js';
import { deliveryIntakeRoutes } from './delivery-intake.routes.js';
import { deliveryMetricRoutes } from './delivery-metrics.routes.js';

export const deliveryModule: DomainModule = {
  name: 'delivery',
  register(r) {
    r.routes(deliveryMetricRoutes);
    r.routes(deliveryInsightRoutes);
    r.routes(deliveryIntakeRoutes);
    r.importer(gitImporter);
    r.importer(genericDeliveryImporter);
    r.job(gitSyncJob);
    r.schedule({ name: 'delivery-git-sync-hourly', cron: '7 * * * *', kind: 'delivery.git-sync' });
    r.check(onTimeCheck);
    r.check(changeSafetyCheck);
    r.check(reviewCoverageCheck);
  },
};
