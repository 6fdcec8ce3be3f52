import type { Registrar } from '../../platform/modules.js';
import { decisionsRecordedCheck } from './adr.checks.js';
import { adrDemoStep } from './adr.demo.js';
import { adrImporter, adrSyncJob } from './adr.importers.js';
import { adrRoutes } from './adr.routes.js';

/** Architecture decision records (MADR), their repository sync and search. */
export function registerAdrs(r: Registrar): void {
  r.routes(adrRoutes);
  r.importer(adrImporter);
  r.job(adrSyncJob);
  r.schedule({ name: 'strategy-adr-sync-daily', cron: '41 3 * * *', kind: 'strategy.adr-sync' });
  r.check(decisionsRecordedCheck);
  r.demo(adrDemoStep);
}
