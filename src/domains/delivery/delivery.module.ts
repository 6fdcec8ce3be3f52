import type { DomainModule } from '../../platform/modules.js';
import { changeSafetyCheck, onTimeCheck, reviewCoverageCheck } from './delivery.checks.js';
import { gitImporter } from './delivery.importers.js';
import { deliveryInsightRoutes } from './delivery-insights.routes.js';
import { deliveryMetricRoutes } from './delivery-metrics.routes.js';

export const deliveryModule: DomainModule = {
  name: 'delivery',
  register(r) {
    r.routes(deliveryMetricRoutes);
    r.routes(deliveryInsightRoutes);
    r.importer(gitImporter);
    r.check(onTimeCheck);
    r.check(changeSafetyCheck);
    r.check(reviewCoverageCheck);
  },
};
