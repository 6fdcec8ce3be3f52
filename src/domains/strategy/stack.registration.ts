import type { Registrar } from '../../platform/modules.js';
import { radarFollowedCheck } from './stack.checks.js';
import { eolImporter, sbomImporter, stackImporter } from './stack.importers.js';
import { STACK_SCAN_JOB, stackScanJob } from './stack.jobs.js';
import { stackRoutes } from './stack.routes.js';
import { stackDemoStep } from './stack-demo.js';

/** The technology stack the repositories really use, matched to the radar. */
export function registerStack(r: Registrar): void {
  r.routes(stackRoutes);
  r.importer(stackImporter);
  r.importer(sbomImporter);
  r.importer(eolImporter);
  r.job(stackScanJob);
  r.schedule({ name: 'strategy-stack-scan-daily', cron: '17 4 * * *', kind: STACK_SCAN_JOB });
  r.check(radarFollowedCheck);
  r.demo(stackDemoStep);
}
