import { importRoutes } from '../imports/imports.routes.js';
import type { DomainModule } from '../modules.js';
import { dataFreshnessCheck, failedJobsCheck } from './jobs.checks.js';
import { jobRoutes } from './jobs.routes.js';

/**
 * The job system's HTTP side. Workers are started by the process that runs jobs (`quarterdeck
 * serve`, or the CLI itself on the embedded database) with `startWorkers` from worker.ts.
 */
export const jobsModule: DomainModule = {
  name: 'jobs',
  register(r) {
    r.routes(jobRoutes);
    r.routes(importRoutes);
    r.check(dataFreshnessCheck);
    r.check(failedJobsCheck);
  },
};
