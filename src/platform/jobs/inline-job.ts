import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { Json } from './jobs.repo.js';
import * as repo from './jobs.repo.js';

const LEASE_MS = 10 * 60_000;
const PROGRESS_EVERY_MS = 500;

export type InlineProgress = (done: number, total: number | null, message?: string) => void;

/**
 * Runs work in this process as a recorded job (`kind`, e.g. `import.hr-csv`): it appears in the job
 * list with its progress, result or error, and counts for data freshness. Progress is written at
 * most twice a second; the lease is renewed with it. The work's own writes are its business (an
 * import commits in one transaction); the job row only reports.
 */
export async function runInlineJob<T extends Json>(
  db: Db,
  job: { kind: string; payload: Json; createdBy: number | null },
  work: (progress: InlineProgress, jobId: number) => Promise<T>,
  onProgress?: InlineProgress,
): Promise<{ jobId: number; result: T }> {
  const workerId = `inline:${process.pid}:${randomUUID().slice(0, 8)}`;
  const row = await repo.insertRunningJob(
    db,
    { kind: job.kind, payload: job.payload, createdBy: job.createdBy },
    workerId,
    LEASE_MS,
  );
  let last = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const progress: InlineProgress = (done, total, message) => {
    onProgress?.(done, total, message);
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS) return;
    last = now;
    pending = pending
      .then(() => repo.saveProgress(db, row.id, workerId, { done, total, message }, LEASE_MS))
      .catch(() => undefined);
  };
  try {
    const result = await work(progress, row.id);
    await pending;
    await repo.finish(db, row.id, workerId, { state: 'succeeded', result });
    return { jobId: row.id, result };
  } catch (err) {
    await pending;
    await repo.finish(db, row.id, workerId, {
      state: 'failed',
      error: err instanceof Error ? err.message : String(err),
    });
    throw err;
  }
}
