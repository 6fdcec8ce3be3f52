import type { DomainModule } from '../../platform/modules.js';
import { gitImporter } from './delivery.importers.js';
import { deliveryMetricRoutes } from './delivery-metrics.routes.js';

export const deliveryModule: DomainModule = {
  name: 'delivery',
  register(r) {
    r.routes(deliveryMetricRoutes);
    r.importer(gitImporter);
  },
};
