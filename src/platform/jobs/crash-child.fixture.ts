/**
 * A Quarterdeck worker in its own process, for crash-resume.test.ts: run with
 * `node --import tsx crash-child.fixture.ts '<json options>'`. It prints each batch's steps
 * (`work-start <n>`, `work-done <n>`, `committed <n>`) so the test can SIGKILL it at a chosen point;
 * with `untilJobEnds` it exits once the job has ended (the restart after the crash).
 */
import { openDatabase } from '../db/database.js';
import { waitForJob } from './jobs.service.js';
import { batchesJob, jobContext } from './jobs.testing.js';
import { startWorkers } from './worker.js';

interface ChildOptions {
  dataDir?: string;
  databaseUrl?: string;
  schema?: string;
  table: string;
  leaseMs: number;
  untilJobEnds?: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as ChildOptions;
const handle = await openDatabase(
  options.dataDir
    ? { dataDir: options.dataDir }
    : {
        databaseUrl: options.databaseUrl,
        ...(options.schema ? { schema: options.schema } : {}),
        poolSize: 3,
      },
);
const ctx = jobContext(handle, [
  batchesJob(options.table, 'test.batches', (step, n) => process.stdout.write(`${step} ${n}\n`)),
]);
const worker = await startWorkers(ctx, {
  workerId: `crash-child-${process.pid}`,
  leaseMs: options.leaseMs,
  heartbeatMs: Math.min(options.leaseMs / 3, 500),
  pollMs: 100,
  schedules: false,
});
process.stdout.write(`started ${worker.id}\n`);

if (options.untilJobEnds !== undefined) {
  const job = await waitForJob(handle.db, options.untilJobEnds, undefined, { pollMs: 50 });
  await worker.stop();
  await handle.close();
  process.stdout.write(`ended ${job.state}\n`);
}
