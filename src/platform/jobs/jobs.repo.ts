import { type ColumnType, type Generated, type Selectable, sql } from 'kysely';
import type { Db } from '../db/database.js';
import { prefixPattern } from '../db/like.js';

export const JOB_STATES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];
export const TERMINAL_STATES: readonly JobState[] = ['succeeded', 'failed', 'cancelled'];
export type LogLevel = 'info' | 'warn' | 'error';

export type Json = Record<string, unknown>;
/** jsonb: read as an object, written as a JSON string (the pg driver would turn arrays into SQL arrays). */
export type JsonColumn = ColumnType<Json, string | undefined, string>;
type NullableJsonColumn = ColumnType<Json | null, string | null | undefined, string | null>;

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: JsonColumn;
  state: Generated<JobState>;
  progress_done: Generated<number>;
  progress_total: number | null;
  message: string | null;
  checkpoint: NullableJsonColumn;
  result: NullableJsonColumn;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  run_at: Generated<Date>;
  locked_by: string | null;
  locked_until: Date | null;
  cancel_requested: Generated<boolean>;
  last_error: string | null;
  created_by: number | null;
  schedule_name: string | null;
  created_at: Generated<Date>;
  started_at: Date | null;
  finished_at: Date | null;
  updated_at: Generated<Date>;
}

export interface JobLogsTable {
  id: Generated<number>;
  job_id: number;
  at: Generated<Date>;
  level: LogLevel;
  message: string;
}

declare module '../db/database.js' {
  interface Database {
    jobs: JobsTable;
    job_logs: JobLogsTable;
  }
}

export type JobRow = Selectable<JobsTable>;
export type JobLogRow = Selectable<JobLogsTable>;

/** clock_timestamp, not now(): inside a long transaction now() is when that transaction began. */
const leaseEnd = (leaseMs: number) =>
  sql<Date>`clock_timestamp() + ${leaseMs}::double precision * interval '1 millisecond'`;

// ---- jobs: enqueue, read, cancel

export interface NewJob {
  kind: string;
  payload: Json;
  runAt?: Date | undefined;
  maxAttempts?: number | undefined;
  createdBy?: number | null | undefined;
  scheduleName?: string | null | undefined;
}

export function insertJob(db: Db, j: NewJob): Promise<JobRow> {
  return db
    .insertInto('jobs')
    .values({
      kind: j.kind,
      payload: JSON.stringify(j.payload),
      progress_total: null,
      message: null,
      locked_by: null,
      locked_until: null,
      last_error: null,
      created_by: j.createdBy ?? null,
      schedule_name: j.scheduleName ?? null,
      started_at: null,
      finished_at: null,
      ...(j.runAt ? { run_at: j.runAt } : {}),
      ...(j.maxAttempts ? { max_attempts: j.maxAttempts } : {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * A job that runs in the calling process right away (an import from the CLI or an upload): it is
 * recorded as running, held by `workerId`, on its only attempt, so it shows in the job list and in
 * data freshness like any other job and is failed, not retried, if the process dies.
 */
export function insertRunningJob(db: Db, j: NewJob, workerId: string, leaseMs: number): Promise<JobRow> {
  return db
    .insertInto('jobs')
    .values({
      kind: j.kind,
      payload: JSON.stringify(j.payload),
      state: 'running',
      attempts: 1,
      max_attempts: 1,
      progress_total: null,
      message: null,
      locked_by: workerId,
      locked_until: leaseEnd(leaseMs),
      last_error: null,
      created_by: j.createdBy ?? null,
      schedule_name: null,
      started_at: sql<Date>`now()`,
      finished_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findJob(db: Db, id: number): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function lockJob(trx: Db, id: number): Promise<JobRow | undefined> {
  return trx.selectFrom('jobs').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export interface JobFilter {
  state?: JobState | undefined;
  kind?: string | undefined;
  createdBy?: number | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export function listJobs(db: Db, f: JobFilter): Promise<JobRow[]> {
  let q = db.selectFrom('jobs').selectAll().orderBy('id', 'desc').limit(f.limit);
  if (f.state) q = q.where('state', '=', f.state);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.createdBy !== undefined) q = q.where('created_by', '=', f.createdBy);
  if (f.beforeId !== undefined) q = q.where('id', '<', f.beforeId);
  return q.execute();
}

export async function countByState(db: Db): Promise<{ state: JobState; n: number }[]> {
  const rows = await db
    .selectFrom('jobs')
    .select((eb) => ['state', eb.fn.countAll<number>().as('n')])
    .groupBy('state')
    .execute();
  return rows.map((r) => ({ state: r.state, n: Number(r.n) }));
}

export function cancelQueued(trx: Db, id: number): Promise<JobRow> {
  return trx
    .updateTable('jobs')
    .set({ state: 'cancelled', finished_at: sql`now()`, updated_at: sql`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function requestCancel(trx: Db, id: number): Promise<JobRow> {
  return trx
    .updateTable('jobs')
    .set({ cancel_requested: true, updated_at: sql`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

// ---- job logs

export async function insertLog(db: Db, jobId: number, level: LogLevel, message: string): Promise<void> {
  await db.insertInto('job_logs').values({ job_id: jobId, level, message }).execute();
}

export function listLogs(db: Db, jobId: number, afterId: number, limit: number): Promise<JobLogRow[]> {
  return db
    .selectFrom('job_logs')
    .selectAll()
    .where('job_id', '=', jobId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

// ---- worker: claim, lease, progress, finish

/**
 * Takes one runnable job for this worker, atomically: a queued job whose time has come or (when
 * `reclaimExpired`) a running job whose worker stopped renewing its lease. SKIP LOCKED makes
 * concurrent claimers (other pools, other processes) pass over the row instead of taking it twice.
 */
export async function claimNext(
  db: Db,
  workerId: string,
  leaseMs: number,
  reclaimExpired: boolean,
): Promise<JobRow | undefined> {
  const expired = reclaimExpired
    ? sql`or (state = 'running' and locked_until < now() and attempts < max_attempts and not cancel_requested)`
    : sql``;
  const r = await sql<JobRow>`
    update jobs set
      state = 'running', attempts = attempts + 1, locked_by = ${workerId}, locked_until = ${leaseEnd(leaseMs)},
      started_at = coalesce(started_at, now()), updated_at = now()
    where id = (
      select id from jobs
      where (state = 'queued' and run_at <= now()) ${expired}
      order by run_at, id
      for update skip locked
      limit 1
    )
    returning *`.execute(db);
  return r.rows[0];
}

const settledState = sql<JobState>`case when cancel_requested then 'cancelled'
  when attempts >= max_attempts then 'failed' else 'queued' end`;

/**
 * Running jobs whose lease ran out and that must not run again: cancelled while their worker was
 * gone, or on their last allowed attempt (the worker died every time).
 */
export function settleExpiredLeases(db: Db): Promise<JobRow[]> {
  return db
    .updateTable('jobs')
    .set({
      state: settledState,
      last_error: sql`case when cancel_requested then last_error
        else 'The worker running attempt ' || attempts || ' of ' || max_attempts || ' stopped (crash or kill) before finishing.' end`,
      locked_by: null,
      locked_until: null,
      finished_at: sql`now()`,
      updated_at: sql`now()`,
    })
    .where('state', '=', 'running')
    .where('locked_until', '<', sql<Date>`now()`)
    .where((eb) => eb.or([eb('cancel_requested', '=', true), eb('attempts', '>=', eb.ref('max_attempts'))]))
    .returningAll()
    .execute();
}

/**
 * Embedded database only: a job left running by a process that no longer exists (no live worker of
 * this process holds it) is requeued at once, or cancelled/failed when it must not run again.
 */
export async function requeueOrphans(db: Db, liveWorkerIds: string[]): Promise<JobRow[]> {
  const live = liveWorkerIds.length ? liveWorkerIds : [''];
  const r = await sql<JobRow>`
    update jobs set
      state = ${settledState},
      last_error = case when not cancel_requested and attempts >= max_attempts
        then 'The process running attempt ' || attempts || ' of ' || max_attempts || ' stopped before finishing.'
        else last_error end,
      finished_at = case when cancel_requested or attempts >= max_attempts then now() else null end,
      run_at = now(), locked_by = null, locked_until = null, updated_at = now()
    where state = 'running' and (locked_by is null or locked_by <> all(${live}::text[]))
    returning *`.execute(db);
  return r.rows;
}

/** Renews the leases this worker holds; answers which jobs it still owns and whether a cancel came. */
export async function heartbeat(
  db: Db,
  workerId: string,
  ids: number[],
  leaseMs: number,
): Promise<{ id: number; cancel_requested: boolean }[]> {
  if (ids.length === 0) return [];
  return db
    .updateTable('jobs')
    .set({ locked_until: leaseEnd(leaseMs) })
    .where('id', 'in', ids)
    .where('locked_by', '=', workerId)
    .where('state', '=', 'running')
    .returning(['id', 'cancel_requested'])
    .execute();
}

export interface ProgressPatch {
  done?: number | undefined;
  total?: number | null | undefined;
  message?: string | undefined;
  checkpoint?: Json | undefined;
}

/**
 * Saves progress (and a checkpoint) if this worker still holds the job's lease; in a transaction it
 * also locks the row until that transaction ends (claims skip it). Undefined when the lease was lost:
 * the caller must then roll its work back.
 */
export function saveProgress(
  db: Db,
  id: number,
  workerId: string,
  p: ProgressPatch,
  leaseMs?: number,
): Promise<{ cancel_requested: boolean } | undefined> {
  return db
    .updateTable('jobs')
    .set({
      updated_at: sql`now()`,
      ...(p.done !== undefined ? { progress_done: p.done } : {}),
      ...(p.total !== undefined ? { progress_total: p.total } : {}),
      ...(p.message !== undefined ? { message: p.message } : {}),
      ...(p.checkpoint !== undefined ? { checkpoint: JSON.stringify(p.checkpoint) } : {}),
      ...(leaseMs !== undefined ? { locked_until: leaseEnd(leaseMs) } : {}),
    })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('state', '=', 'running')
    .returning(['cancel_requested'])
    .executeTakeFirst();
}

export type Finish =
  | { state: 'succeeded'; result: Json | null }
  | { state: 'failed' | 'cancelled'; error: string | null }
  | { state: 'queued'; error: string | null; delayMs: number; refundAttempt: boolean };

/** Ends this worker's hold on a job: a final state, or back to the queue (retry, shutdown). */
export async function finish(db: Db, id: number, workerId: string, f: Finish): Promise<JobRow | undefined> {
  const common = { locked_by: null, locked_until: null, updated_at: sql<Date>`now()` };
  let q = db.updateTable('jobs').where('id', '=', id).where('locked_by', '=', workerId);
  if (f.state === 'succeeded') {
    q = q.set({
      ...common,
      state: 'succeeded',
      result: f.result === null ? null : JSON.stringify(f.result),
      progress_done: sql`greatest(progress_done, coalesce(progress_total, progress_done))`,
      finished_at: sql`now()`,
    });
  } else if (f.state === 'queued') {
    q = q.set({
      ...common,
      state: 'queued',
      last_error: f.error ?? sql`last_error`,
      run_at: sql`now() + ${f.delayMs}::double precision * interval '1 millisecond'`,
      ...(f.refundAttempt ? { attempts: sql`greatest(attempts - 1, 0)` } : {}),
    });
  } else {
    q = q.set({ ...common, state: f.state, last_error: f.error, finished_at: sql`now()` });
  }
  return q.returningAll().executeTakeFirst();
}

export interface FinishedFilter {
  /** Kinds that start with one of these (e.g. `import.`). */
  kindPrefixes: string[];
  states: JobState[];
  from?: Date;
  to?: Date;
}

/** Jobs that ended in one of the states, newest first (for scorecard checks). */
export function finishedJobs(db: Db, f: FinishedFilter, limit = 1000): Promise<JobRow[]> {
  let q = db
    .selectFrom('jobs')
    .selectAll()
    .where('state', 'in', f.states)
    .where('finished_at', 'is not', null)
    .where((eb) => eb.or(f.kindPrefixes.map((p) => eb('kind', 'like', prefixPattern(p)))))
    .orderBy('finished_at', 'desc')
    .limit(limit);
  if (f.from) q = q.where('finished_at', '>=', f.from);
  if (f.to) q = q.where('finished_at', '<', f.to);
  return q.execute();
}
