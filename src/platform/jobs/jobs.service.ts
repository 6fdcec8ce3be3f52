import { setTimeout as delay } from 'node:timers/promises';
import { type AuditActor, record } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { badRequest, conflict, notFound } from '../http/problem.js';
import type { PlatformContext } from '../modules.js';
import * as repo from './jobs.repo.js';
import { JOB_STATES, type JobRow, type JobState, TERMINAL_STATES } from './jobs.repo.js';

export type { JobLogRow, JobRow, JobState } from './jobs.repo.js';
export { JOB_STATES, TERMINAL_STATES } from './jobs.repo.js';

export interface EnqueueOptions {
  /** Not before this time (default: now). */
  runAt?: Date;
  /** Attempts before the job is `failed` (default: the job kind's, else 3). */
  maxAttempts?: number;
  /** The account that started the job (default: the actor's); it may see and cancel the job. */
  createdBy?: number | null;
  /** Set by the scheduler for jobs it started. */
  scheduleName?: string | null;
  /** When given, the enqueue is written to the audit log in the same transaction. */
  actor?: AuditActor;
}

export const isTerminal = (state: JobState): boolean => TERMINAL_STATES.includes(state);

/**
 * Persists a job for the workers. Pass a transaction to make the job part of a larger change (it
 * then runs only if that change commits).
 */
export async function enqueue(
  db: Db,
  kind: string,
  payload: Record<string, unknown> = {},
  options: EnqueueOptions = {},
): Promise<JobRow> {
  if (!kind.trim()) throw badRequest('A job needs a kind.');
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload))
    throw badRequest('A job payload must be a JSON object.');
  if (
    options.maxAttempts !== undefined &&
    !(Number.isInteger(options.maxAttempts) && options.maxAttempts > 0)
  )
    throw badRequest('maxAttempts must be a positive integer.');
  const job: repo.NewJob = {
    kind,
    payload,
    runAt: options.runAt,
    maxAttempts: options.maxAttempts,
    createdBy: options.createdBy !== undefined ? options.createdBy : (options.actor?.userId ?? null),
    scheduleName: options.scheduleName,
  };
  const { actor } = options;
  if (!actor) return repo.insertJob(db, job);
  const write = async (trx: Db) => {
    const row = await repo.insertJob(trx, job);
    await record(trx, actor, {
      action: 'jobs.job.enqueue',
      targetType: 'job',
      targetId: row.id,
      details: { kind, runAt: row.run_at.toISOString(), maxAttempts: row.max_attempts },
    });
    return row;
  };
  return db.isTransaction ? write(db) : db.transaction().execute(write);
}

/**
 * Like `enqueue`, for a kind some module registered: refuses unknown kinds at once (instead of a job
 * that fails later) and takes the kind's own `maxAttempts`.
 */
export function enqueueJob(
  ctx: Pick<PlatformContext, 'db' | 'registry'>,
  kind: string,
  payload: Record<string, unknown> = {},
  options: EnqueueOptions = {},
): Promise<JobRow> {
  const def = ctx.registry.jobs.get(kind);
  if (!def) throw badRequest(unknownKindMessage(kind, [...ctx.registry.jobs.keys()]));
  const maxAttempts = options.maxAttempts ?? def.maxAttempts;
  return enqueue(ctx.db, kind, payload, { ...options, ...(maxAttempts ? { maxAttempts } : {}) });
}

export function unknownKindMessage(kind: string, known: string[]): string {
  return (
    `Unknown job kind "${kind}": no module registers a handler for it ` +
    `(known kinds: ${known.length ? [...known].sort().join(', ') : 'none'}).`
  );
}

export const getJob = repo.findJob;

export function listJobs(db: Db, filter: Partial<repo.JobFilter> = {}): Promise<JobRow[]> {
  return repo.listJobs(db, { ...filter, limit: filter.limit ?? 50 });
}

export function jobLogs(
  db: Db,
  jobId: number,
  page: { afterId?: number; limit?: number } = {},
): Promise<repo.JobLogRow[]> {
  return repo.listLogs(db, jobId, page.afterId ?? 0, page.limit ?? 500);
}

/**
 * Cancels a job: a queued one is `cancelled` at once; a running one gets `cancel_requested`, and its
 * worker aborts the handler's signal at its next heartbeat (the job then ends `cancelled`).
 * Throws not-found, or conflict when the job has finished already.
 */
export async function requestCancel(db: Db, id: number, actor?: AuditActor): Promise<JobRow> {
  const run = async (trx: Db) => {
    const job = await repo.lockJob(trx, id);
    if (!job) throw notFound(`Job ${id}`);
    if (isTerminal(job.state))
      throw conflict(`Job ${id} has ${job.state} already; there is nothing to cancel.`);
    const updated =
      job.state === 'queued' ? await repo.cancelQueued(trx, id) : await repo.requestCancel(trx, id);
    if (job.state === 'queued') await repo.insertLog(trx, id, 'info', 'Cancelled before it started.');
    else if (!job.cancel_requested) await repo.insertLog(trx, id, 'info', 'Cancellation requested.');
    if (actor) {
      await record(trx, actor, {
        action: 'jobs.job.cancel',
        targetType: 'job',
        targetId: id,
        details: { kind: job.kind, previousState: job.state, state: updated.state },
      });
    }
    return updated;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/** Jobs per state, every state present (for the `quarterdeck_jobs` gauge). */
export async function countByState(db: Db): Promise<Record<JobState, number>> {
  const counts = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
  for (const { state, n } of await repo.countByState(db)) counts[state] = n;
  return counts;
}

export interface WaitOptions {
  /** Time between two reads of the job (default 250 ms). */
  pollMs?: number;
  /** Stops waiting (the job itself goes on); waitForJob then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Polls a job until it reaches a final state and returns that last row. `onProgress` gets the row
 * whenever it changed (state, progress, message...): the CLI draws its progress bar from it.
 */
export async function waitForJob(
  db: Db,
  id: number,
  onProgress?: (job: JobRow) => void,
  options: WaitOptions = {},
): Promise<JobRow> {
  const pollMs = options.pollMs ?? 250;
  let lastSeen = '';
  for (;;) {
    options.signal?.throwIfAborted();
    const job = await repo.findJob(db, id);
    if (!job) throw notFound(`Job ${id}`);
    const seen = `${job.state}|${job.updated_at.getTime()}|${job.progress_done}|${job.progress_total}|${job.message}`;
    if (seen !== lastSeen) {
      lastSeen = seen;
      onProgress?.(job);
    }
    if (isTerminal(job.state)) return job;
    await delay(pollMs, undefined, options.signal ? { signal: options.signal } : {});
  }
}

export const finishedJobs = repo.finishedJobs;
