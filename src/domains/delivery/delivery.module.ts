import type { DomainModule } from '../../platform/modules.js';
import { changeSafetyCheck, onTimeCheck, reviewCoverageCheck } from './delivery.checks.js';
import { deliveryDemoStep } from './delivery.demo.js';
import { genericDeliveryImporter, githubImporter, gitImporter } from './delivery.importers.js';
import { githubSyncJob, gitSyncJob } from './delivery.jobs.js';
import { deliveryGithubRoutes } from './delivery-github.routes.js';
import { deliveryInsightRoutes } from './delivery-insights.routes.js';
import { deliveryIntakeRoutes } from './delivery-intake.routes.js';
import { deliveryMetricRoutes } from './delivery-metrics.routes.js';

export const deliveryModule: DomainModule = {
  name: 'delivery',
  register(r) {
    r.routes(deliveryMetricRoutes);
    r.routes(deliveryInsightRoutes);
    r.routes(deliveryIntakeRoutes);
    r.routes(deliveryGithubRoutes);
    r.importer(gitImporter);
    r.demo(deliveryDemoStep);
    r.importer(genericDeliveryImporter);
    r.importer(githubImporter);
    r.job(githubSyncJob);
    r.schedule({ name: 'delivery-github-sync', cron: '23 * * * *', kind: 'delivery.github-sync' });
    r.job(gitSyncJob);
    r.schedule({ name: 'delivery-git-sync-hourly', cron: '7 * * * *', kind: 'delivery.git-sync' });
    r.check(onTimeCheck);
    r.check(changeSafetyCheck);
    r.check(reviewCoverageCheck);
  },
};
