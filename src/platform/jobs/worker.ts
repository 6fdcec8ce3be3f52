import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Db } from '../db/database.js';
import type { JobContext, PlatformContext } from '../modules.js';
import type { JobRow, LogLevel } from './jobs.repo.js';
import * as repo from './jobs.repo.js';
import { unknownKindMessage } from './jobs.service.js';
import { tickSchedules } from './scheduler.js';

export interface WorkerOptions {
  /** Jobs run at the same time by this worker (default: config.workers, at least 1). */
  concurrency?: number;
  /** How long a claimed job stays this worker's without a heartbeat (default: config.jobLeaseMs). */
  leaseMs?: number;
  /** Pause between two looks at the queue when it is empty (default 1000 ms). */
  pollMs?: number;
  /** Lease renewal and cancel check (default: a third of the lease, at most 2 s). */
  heartbeatMs?: number;
  workerId?: string;
  /** Retry delay after attempt n is retryBaseMs × 2^n (default 1000: 2 s, 4 s, 8 s...). */
  retryBaseMs?: number;
  maxRetryDelayMs?: number;
  /** Fire due cron schedules from this worker's loop (default true). */
  schedules?: boolean;
  /** How long stop() waits for handlers to notice the abort before releasing their jobs (default 30 s). */
  stopTimeoutMs?: number;
  /** Errors of the loop itself (database unreachable...); default: written to stderr. */
  onError?: (err: unknown) => void;
}

/** Why a handler's signal was aborted (`signal.reason`). */
export class JobCancelledError extends Error {
  override name = 'JobCancelledError';
}
export class WorkerStoppingError extends Error {
  override name = 'WorkerStoppingError';
}
/** The lease expired and another worker may have taken the job; this worker must not commit more work. */
export class LeaseLostError extends Error {
  override name = 'LeaseLostError';
}

interface Running {
  job: JobRow;
  abort: AbortController;
  /** Set while the handler is inside `commit`: log/progress then write through that transaction. */
  trx: Db | undefined;
  lost: boolean;
  stopping: boolean;
  /** The worker has written (or is writing) the job's outcome; heartbeats ignore it. */
  settled: boolean;
  done: Promise<void>;
}

/** Workers alive in this process, per database; on the embedded database every other running job is orphaned. */
const liveWorkers = new WeakMap<Db, Set<string>>();
const MAX_TEXT = 4000;
const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);

/**
 * Runs persisted jobs. Claims are atomic (`FOR UPDATE SKIP LOCKED`), so any number of workers in any
 * number of processes can share one PostgreSQL. A claimed job is leased; heartbeats renew the lease,
 * and a job whose lease expired (its process died) is claimed again and resumes from its checkpoint.
 * On the embedded database (one process) jobs left running are requeued when the worker starts.
 *
 * For handlers: do each step's writes in `ctx.commit(work, { checkpoint })` and resume from
 * `ctx.checkpoint`. Inside `work`, use only the transaction it gets: on PGlite, `ctx.db` would wait
 * for that very transaction (a deadlock). `ctx.log` and `ctx.progress` are safe there.
 */
export class Worker {
  readonly id: string;
  private readonly db: Db;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly heartbeatMs: number;
  private readonly active = new Map<number, Running>();
  private running = false;
  private loopDone: Promise<void> = Promise.resolve();
  private wakeUp: () => void = () => {};
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private beating = false;
  private lastMaintenance = 0;

  constructor(
    private readonly ctx: PlatformContext,
    private readonly options: WorkerOptions = {},
  ) {
    this.db = ctx.db;
    this.id = options.workerId ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.concurrency = Math.max(1, options.concurrency ?? ctx.config.workers ?? 1);
    this.leaseMs = options.leaseMs ?? ctx.config.jobLeaseMs;
    this.pollMs = options.pollMs ?? 1000;
    this.heartbeatMs = options.heartbeatMs ?? Math.min(this.leaseMs / 3, 2000);
  }

  /** Jobs this worker is running now. */
  get runningJobIds(): number[] {
    return [...this.active.keys()];
  }

  async start(): Promise<void> {
    if (this.running) return;
    const live = liveWorkers.get(this.db) ?? new Set<string>();
    liveWorkers.set(this.db, live);
    if (this.ctx.handle.backend === 'pglite') {
      // One process owns the embedded database: a job still `running` belongs to no live worker here,
      // so its process died. Requeue it now instead of waiting for its lease to run out.
      for (const job of await repo.requeueOrphans(this.db, [...live])) {
        const lost = `The process running attempt ${job.attempts} stopped before finishing`;
        const [level, message]: [LogLevel, string] =
          job.state === 'queued'
            ? ['warn', `${lost}; requeued to resume from its last checkpoint.`]
            : job.state === 'cancelled'
              ? ['info', `${lost}; cancelled as requested.`]
              : ['error', `${job.last_error ?? lost} No attempt left.`];
        await repo.insertLog(this.db, job.id, level, message);
      }
    }
    live.add(this.id);
    this.running = true;
    this.heartbeatTimer = setInterval(() => void this.heartbeat(), this.heartbeatMs);
    this.loopDone = this.loop();
  }

  /**
   * Graceful stop: claims no more jobs, aborts the handlers' signals, waits for them, and puts the
   * jobs they did not finish back in the queue (without counting the attempt) to resume elsewhere.
   */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wakeUp();
    await this.loopDone;
    for (const r of this.active.values()) {
      r.stopping = true;
      r.abort.abort(new WorkerStoppingError(`Worker ${this.id} is stopping`));
    }
    const all = Promise.all([...this.active.values()].map((r) => r.done));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      all,
      new Promise((resolve) => {
        timer = setTimeout(resolve, this.options.stopTimeoutMs ?? 30_000);
      }),
    ]);
    clearTimeout(timer);
    for (const r of this.active.values()) {
      // A handler that ignores its signal: take the job back anyway; its commits are fenced off.
      r.settled = true;
      await this.release(r, 'Released: the worker stopped and the handler did not finish in time.');
    }
    clearInterval(this.heartbeatTimer);
    liveWorkers.get(this.db)?.delete(this.id);
  }

  private async loop(): Promise<void> {
    while (this.running) {
      // Housekeeping failing (a broken schedule, say) must not stop the claims.
      await this.maintenance().catch((err) => this.reportError(err));
      try {
        while (this.running && this.active.size < this.concurrency) {
          const job = await repo.claimNext(
            this.db,
            this.id,
            this.leaseMs,
            this.ctx.handle.backend !== 'pglite',
          );
          if (!job) break;
          this.launch(job);
        }
      } catch (err) {
        this.reportError(err);
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.pollMs);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** Settles jobs that may not run again and fires due schedules, at most once per poll interval. */
  private async maintenance(): Promise<void> {
    if (Date.now() - this.lastMaintenance < this.pollMs) return;
    this.lastMaintenance = Date.now();
    if (this.ctx.handle.backend !== 'pglite') {
      for (const job of await repo.settleExpiredLeases(this.db)) {
        await repo.insertLog(this.db, job.id, 'error', job.last_error ?? `Ended ${job.state}.`);
      }
    }
    if (this.options.schedules !== false) await tickSchedules(this.db, { registry: this.ctx.registry });
  }

  private launch(job: JobRow): void {
    const r: Running = {
      job,
      abort: new AbortController(),
      trx: undefined,
      lost: false,
      stopping: false,
      settled: false,
      done: Promise.resolve(),
    };
    this.active.set(job.id, r);
    r.done = this.execute(r)
      .catch((err) => this.reportError(err))
      .finally(() => {
        this.active.delete(job.id);
        this.wakeUp();
      });
  }

  private async execute(r: Running): Promise<void> {
    const { job } = r;
    const def = this.ctx.registry.jobs.get(job.kind);
    if (job.cancel_requested) {
      r.settled = true;
      await repo.finish(this.db, job.id, this.id, { state: 'cancelled', error: null });
      return this.log(r, 'info', 'Cancelled as requested.');
    }
    if (!def) {
      r.settled = true;
      const error = unknownKindMessage(job.kind, [...this.ctx.registry.jobs.keys()]);
      await repo.finish(this.db, job.id, this.id, { state: 'failed', error });
      return this.log(r, 'error', error);
    }
    await this.log(
      r,
      'info',
      `Attempt ${job.attempts} of ${job.max_attempts} started on ${this.id}` +
        (job.checkpoint ? ', resuming from the last checkpoint.' : '.'),
    );
    try {
      const result = await def.run(this.jobContext(r));
      r.settled = true;
      if (r.lost) return;
      const done = await repo.finish(this.db, job.id, this.id, {
        state: 'succeeded',
        result: result ?? null,
      });
      if (done) await this.log(r, 'info', 'Succeeded.');
    } catch (err) {
      r.settled = true;
      await this.failed(r, err);
    }
  }

  private async failed(r: Running, err: unknown): Promise<void> {
    const { job } = r;
    const reason = r.abort.signal.reason;
    const message = clip(err instanceof Error ? err.message || err.name : String(err));
    if (r.lost || reason instanceof LeaseLostError) {
      return this.log(r, 'warn', `Worker ${this.id} lost the lease; another worker resumes the job.`);
    }
    if (reason instanceof JobCancelledError) {
      const done = await repo.finish(this.db, job.id, this.id, { state: 'cancelled', error: null });
      if (done) await this.log(r, 'info', 'Cancelled as requested.');
      return;
    }
    if (r.stopping) {
      return this.release(r, 'Released: the worker stopped; the job resumes from its last checkpoint.');
    }
    if (job.attempts >= job.max_attempts) {
      const done = await repo.finish(this.db, job.id, this.id, { state: 'failed', error: message });
      if (done)
        await this.log(r, 'error', `Attempt ${job.attempts} of ${job.max_attempts} failed: ${message}`);
      return;
    }
    const delayMs = Math.min(
      (this.options.retryBaseMs ?? 1000) * 2 ** job.attempts,
      this.options.maxRetryDelayMs ?? 3_600_000,
    );
    const done = await repo.finish(this.db, job.id, this.id, {
      state: 'queued',
      error: message,
      delayMs,
      refundAttempt: false,
    });
    if (done) {
      await this.log(
        r,
        'warn',
        `Attempt ${job.attempts} of ${job.max_attempts} failed: ${message}; retrying in ${formatMs(delayMs)}.`,
      );
    }
  }

  private async release(r: Running, why: string): Promise<void> {
    const done = await repo.finish(this.db, r.job.id, this.id, {
      state: 'queued',
      error: null,
      delayMs: 0,
      refundAttempt: true,
    });
    if (done) await this.log(r, 'info', why);
  }

  private jobContext(r: Running): JobContext {
    const { job } = r;
    const signal = r.abort.signal;
    const lost = () => {
      r.lost = true;
      r.abort.abort(new LeaseLostError(`Job ${job.id}: worker ${this.id} no longer holds the lease`));
      return signal.reason as LeaseLostError;
    };
    const noticeCancel = (row: { cancel_requested: boolean }) => {
      if (row.cancel_requested) r.abort.abort(new JobCancelledError(`Job ${job.id} was cancelled`));
    };
    return {
      jobId: job.id,
      db: this.db,
      payload: job.payload,
      checkpoint: job.checkpoint,
      attempt: job.attempts,
      signal,
      progress: async (done, total, message) => {
        const row = await repo.saveProgress(r.trx ?? this.db, job.id, this.id, { done, total, message });
        if (!row) throw lost();
        noticeCancel(row);
      },
      log: (level, message) => this.log(r, level, message),
      commit: async (work, after) => {
        signal.throwIfAborted();
        if (r.trx) throw new Error('ctx.commit cannot be nested; do all the work of one step in one commit.');
        let cancel = false;
        const result = await this.db.transaction().execute(async (trx) => {
          r.trx = trx;
          let value: Awaited<ReturnType<typeof work>>;
          try {
            value = await work(trx);
          } finally {
            r.trx = undefined;
          }
          // Same transaction: checkpoint and progress commit with the work or not at all. The update
          // is fenced on the lease, so a worker that lost the job to another rolls its work back.
          const row = await repo.saveProgress(trx, job.id, this.id, after, this.leaseMs);
          if (!row) throw lost();
          cancel = row.cancel_requested;
          return value;
        });
        if (cancel) noticeCancel({ cancel_requested: true });
        return result;
      },
    };
  }

  private async heartbeat(): Promise<void> {
    if (this.beating || this.active.size === 0) return;
    this.beating = true;
    try {
      const ids = [...this.active.keys()];
      const rows = await repo.heartbeat(this.db, this.id, ids, this.leaseMs);
      const held = new Map(rows.map((row) => [row.id, row.cancel_requested]));
      for (const id of ids) {
        const r = this.active.get(id);
        if (!r || r.settled) continue;
        const cancel = held.get(id);
        if (cancel === undefined) {
          r.lost = true;
          r.abort.abort(new LeaseLostError(`Job ${id}: worker ${this.id} lost its lease`));
        } else if (cancel) {
          r.abort.abort(new JobCancelledError(`Job ${id} was cancelled`));
        }
      }
    } catch (err) {
      this.reportError(err);
    } finally {
      this.beating = false;
    }
  }

  private async log(r: Running, level: LogLevel, message: string): Promise<void> {
    await repo.insertLog(r.trx ?? this.db, r.job.id, level, clip(message));
  }

  private reportError(err: unknown): void {
    if (this.options.onError) this.options.onError(err);
    else console.error(`[jobs] worker ${this.id}:`, err);
  }
}

/** Starts a worker (see Worker); call `stop()` on shutdown. */
export async function startWorkers(ctx: PlatformContext, options: WorkerOptions = {}): Promise<Worker> {
  const worker = new Worker(ctx, options);
  await worker.start();
  return worker;
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
