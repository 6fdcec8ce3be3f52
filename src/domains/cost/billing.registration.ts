import type { Registrar } from '../../platform/modules.js';
import { billingDemoStep } from './billing.demo.js';
import { costImporter } from './billing.importers.js';
import { billingRoutes } from './billing.routes.js';
import { exchangeRatesImporter } from './exchange-rates.importers.js';

/** Cloud bills: import (FOCUS, AWS CUR), allocation rules, and the views of cost by team and service. */
export function registerBilling(r: Registrar): void {
  r.importer(costImporter);
  r.importer(exchangeRatesImporter);
  r.routes(billingRoutes);
  r.demo(billingDemoStep);
}
