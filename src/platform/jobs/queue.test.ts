import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '../db/database.js';
import { openTestDatabase } from '../db/test-db.js';
import { Problem } from '../http/problem.js';
import type { JobDefinition, PlatformContext } from '../modules.js';
import {
  countByState,
  enqueue,
  enqueueJob,
  getJob,
  type JobRow,
  jobLogs,
  requestCancel,
  waitForJob,
} from './jobs.service.js';
import {
  batchesJob,
  createNumbersTable,
  jobContext,
  numbersStats,
  secondHandle,
  sleep,
} from './jobs.testing.js';
import {
  JobCancelledError,
  LeaseLostError,
  startWorkers,
  type Worker,
  type WorkerOptions,
} from './worker.js';

const FAST: WorkerOptions = {
  pollMs: 30,
  heartbeatMs: 100,
  leaseMs: 5000,
  schedules: false,
  onError: () => {},
};

/** Handlers report what they saw through these. */
const attemptsAt = new Map<number, number[]>();
const executions = new Map<number, number>();
const seen: { reason?: unknown; leaseLost?: unknown; rowsAfterLostCommit?: number } = {};
let started: (id: number) => void = () => {};

const kinds: JobDefinition[] = [
  batchesJob('numbers'),
  {
    kind: 'test.fails',
    description: 'Fails until the attempt given in the payload',
    async run(ctx) {
      attemptsAt.set(ctx.jobId, [...(attemptsAt.get(ctx.jobId) ?? []), Date.now()]);
      if (ctx.attempt < Number(ctx.payload.succeedOn ?? Number.POSITIVE_INFINITY))
        throw new Error(`boom ${ctx.attempt}`);
      return { attempt: ctx.attempt };
    },
  },
  {
    kind: 'test.until-aborted',
    description: 'Runs until its signal is aborted',
    async run(ctx) {
      started(ctx.jobId);
      while (!ctx.signal.aborted) await sleep(10);
      seen.reason = ctx.signal.reason;
      throw ctx.signal.reason;
    },
  },
  {
    kind: 'test.count',
    description: 'Counts its executions; some run longer than the lease',
    async run(ctx) {
      executions.set(ctx.jobId, (executions.get(ctx.jobId) ?? 0) + 1);
      await sleep(Number(ctx.payload.ms ?? 5));
      await ctx.commit(
        async (trx) => {
          await sql`insert into numbers (n, job_id) values (${ctx.jobId}::int, ${ctx.jobId})`.execute(trx);
        },
        { checkpoint: { done: true }, done: 1, total: 1 },
      );
      return undefined;
    },
  },
  {
    kind: 'test.lose-lease',
    description: 'Has its lease taken away between two commits',
    async run(ctx) {
      const insert = (from: number, to: number) => async (trx: typeof ctx.db) => {
        await sql`insert into fenced (n) select generate_series(${from}::int, ${to}::int)`.execute(trx);
      };
      await ctx.commit(insert(1, 10), { checkpoint: { next: 11 }, done: 10 });
      await ctx.db
        .updateTable('jobs')
        .set({ locked_by: 'someone-else' })
        .where('id', '=', ctx.jobId)
        .execute();
      seen.leaseLost = await ctx
        .commit(insert(11, 20), { checkpoint: { next: 21 }, done: 20 })
        .catch((e) => e);
      seen.rowsAfterLostCommit = Number(
        (await sql<{ c: number }>`select count(*)::int as c from fenced`.execute(ctx.db)).rows[0]!.c,
      );
      return undefined;
    },
  },
];

describe('job queue', () => {
  let h: DbHandle;
  let ctx: PlatformContext;
  beforeAll(async () => {
    h = await openTestDatabase();
    ctx = jobContext(h, kinds);
    await createNumbersTable(h, 'numbers');
    await sql`create table fenced (n int)`.execute(h.db);
  });
  afterAll(async () => h.close());

  async function withWorker<T>(options: WorkerOptions, work: (w: Worker) => Promise<T>): Promise<T> {
    const w = await startWorkers(ctx, { ...FAST, ...options });
    try {
      return await work(w);
    } finally {
      await w.stop();
    }
  }

  it('runs a job, saving progress and checkpoints, and reports every change to waitForJob', async () => {
    await sql`truncate numbers`.execute(h.db);
    const job = await enqueue(h.db, 'test.batches', { total: 1000, batch: 100, delayMs: 20 });
    expect(job.state).toBe('queued');
    const progress: number[] = [];
    const done = await withWorker({}, () =>
      waitForJob(h.db, job.id, (j) => progress.push(Number(j.progress_done)), { pollMs: 10 }),
    );
    expect(done).toMatchObject({
      state: 'succeeded',
      attempts: 1,
      progress_done: 1000,
      progress_total: 1000,
      checkpoint: { next: 1001 },
      result: { inserted: 1000 },
      locked_by: null,
    });
    expect(done.finished_at).toBeInstanceOf(Date);
    expect(new Set(progress).size).toBeGreaterThan(3); // saw it move, not just start and end
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await numbersStats(h, 'numbers')).toEqual({ rows: 1000, distinct: 1000, min: 1, max: 1000 });
    const logs = (await jobLogs(h.db, job.id)).map((l) => l.message);
    expect(logs[0]).toMatch(/^Attempt 1 of 3 started/);
    expect(logs.at(-1)).toBe('Succeeded.');
  });

  it('retries with exponential back-off, then fails with the last error', async () => {
    const flaky = await enqueue(h.db, 'test.fails', { succeedOn: 2 });
    const doomed = await enqueue(h.db, 'test.fails', {}, { maxAttempts: 3 });
    const [a, b] = await withWorker({ retryBaseMs: 100 }, () =>
      Promise.all([waitForJob(h.db, flaky.id), waitForJob(h.db, doomed.id)]),
    );
    expect(a).toMatchObject({ state: 'succeeded', attempts: 2, result: { attempt: 2 } });
    expect(b).toMatchObject({ state: 'failed', attempts: 3, last_error: 'boom 3' });
    const [t1, t2, t3] = attemptsAt.get(doomed.id)!;
    // 100 ms × 2^1 after the first failure, 100 ms × 2^2 after the second.
    expect(t2! - t1!).toBeGreaterThanOrEqual(190);
    expect(t3! - t2!).toBeGreaterThanOrEqual(390);
    const logs = await jobLogs(h.db, doomed.id);
    expect(logs.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual([
      'Attempt 1 of 3 failed: boom 1; retrying in 200 ms.',
      'Attempt 2 of 3 failed: boom 2; retrying in 400 ms.',
    ]);
    expect(logs.at(-1)).toMatchObject({ level: 'error', message: 'Attempt 3 of 3 failed: boom 3' });
  });

  it('cancels a queued job at once and a running one at its next heartbeat', async () => {
    const later = await enqueue(h.db, 'test.until-aborted', {}, { runAt: new Date(Date.now() + 3600_000) });
    const actor = { userId: null, label: 'test' };
    expect(await requestCancel(h.db, later.id, actor)).toMatchObject({ state: 'cancelled' });
    await expect(requestCancel(h.db, later.id)).rejects.toMatchObject({ type: 'conflict', status: 409 });
    await expect(requestCancel(h.db, 999_999)).rejects.toBeInstanceOf(Problem);

    const running = await enqueue(h.db, 'test.until-aborted', {});
    const isRunning = new Promise<number>((resolve) => {
      started = resolve;
    });
    const final = await withWorker({}, async () => {
      await isRunning;
      const requested = await requestCancel(h.db, running.id, actor);
      expect(requested).toMatchObject({ state: 'running', cancel_requested: true });
      const t0 = Date.now();
      const end = await waitForJob(h.db, running.id, undefined, { pollMs: 10 });
      expect(Date.now() - t0).toBeLessThan(1000);
      return end;
    });
    expect(final).toMatchObject({ state: 'cancelled', attempts: 1 });
    expect(seen.reason).toBeInstanceOf(JobCancelledError);
    const audit = await h.db
      .selectFrom('audit_log')
      .select(['action', 'target_id'])
      .where('action', '=', 'jobs.job.cancel')
      .execute();
    expect(audit.map((a) => a.target_id)).toEqual([String(later.id), String(running.id)]);
  });

  it('fails unknown job kinds with a clear error, and enqueueJob refuses them up front', async () => {
    const job = await enqueue(h.db, 'no.such.kind', {});
    const end = await withWorker({}, () => waitForJob(h.db, job.id));
    expect(end.state).toBe('failed');
    expect(end.attempts).toBe(1);
    expect(end.last_error).toMatch(/^Unknown job kind "no\.such\.kind": no module registers a handler/);
    expect(() => enqueueJob(ctx, 'no.such.kind')).toThrow(/known kinds: test\.batches/);
  });

  it('stop() aborts running handlers and requeues their jobs without spending an attempt', async () => {
    const job = await enqueue(h.db, 'test.until-aborted', {});
    const isRunning = new Promise<number>((resolve) => {
      started = resolve;
    });
    const w = await startWorkers(ctx, FAST);
    await isRunning;
    await w.stop();
    expect(await getJob(h.db, job.id)).toMatchObject({ state: 'queued', attempts: 0, locked_by: null });
    expect((await jobLogs(h.db, job.id)).at(-1)?.message).toMatch(/^Released: the worker stopped/);
    await requestCancel(h.db, job.id);
  });

  it('fences off a worker that lost its lease: its commit rolls back, work and checkpoint alike', async () => {
    const job = await enqueue(h.db, 'test.lose-lease', {});
    await withWorker({}, () =>
      vi.waitFor(() => expect(seen.rowsAfterLostCommit).toBeDefined(), { timeout: 5000 }),
    );
    expect(seen.leaseLost).toBeInstanceOf(LeaseLostError);
    expect(seen.rowsAfterLostCommit).toBe(10);
    const row = await getJob(h.db, job.id);
    expect(row).toMatchObject({ state: 'running', locked_by: 'someone-else', checkpoint: { next: 11 } });
    expect(row?.progress_done).toBe(10);
    await h.db.updateTable('jobs').set({ state: 'cancelled' }).where('id', '=', job.id).execute();
  });

  it('resumes a job whose process died, from its checkpoint; gives up after the last attempt', async () => {
    await sql`truncate numbers`.execute(h.db);
    const orphan = async (lockedUntilMs: number, attempts: number) => {
      const j = await enqueue(h.db, 'test.batches', { total: 1000, batch: 100 });
      await sql`update jobs set state = 'running', attempts = ${attempts}, locked_by = 'dead-process',
        locked_until = now() + ${lockedUntilMs} * interval '1 millisecond', checkpoint = '{"next": 501}'
        where id = ${j.id}`.execute(h.db);
      return j;
    };
    // Rows 1-500 were committed with checkpoint 501 before the "crash".
    await sql`insert into numbers (n) select generate_series(1, 500)`.execute(h.db);
    // On PGlite a running job is orphaned however long its lease; on PostgreSQL it waits for the lease.
    const pglite = h.backend === 'pglite';
    const resumable = await orphan(pglite ? 3600_000 : -1000, 1);
    const exhausted = await orphan(pglite ? 3600_000 : -1000, 3);
    const alive = pglite ? undefined : await orphan(3600_000, 1);
    const [a, b] = await withWorker({}, () =>
      Promise.all([waitForJob(h.db, resumable.id), waitForJob(h.db, exhausted.id)]),
    );
    expect(a).toMatchObject({ state: 'succeeded', attempts: 2, progress_done: 1000 });
    expect(await numbersStats(h, 'numbers')).toEqual({ rows: 1000, distinct: 1000, min: 1, max: 1000 });
    expect(b.state).toBe('failed');
    expect(b.last_error).toMatch(/attempt 3 of 3 stopped/);
    expect((await jobLogs(h.db, resumable.id)).map((l) => l.message).join('\n')).toMatch(
      /resuming from the last checkpoint/,
    );
    if (alive) {
      // A job whose worker (elsewhere) still renews its lease is left alone.
      expect(await getJob(h.db, alive.id)).toMatchObject({ state: 'running', locked_by: 'dead-process' });
      await h.db.updateTable('jobs').set({ state: 'cancelled' }).where('id', '=', alive.id).execute();
    }
  });

  it('never runs a job twice with two workers (two pools on PostgreSQL), even past the lease', async () => {
    await sql`truncate numbers`.execute(h.db);
    executions.clear();
    const other = await secondHandle(h);
    const otherCtx = jobContext(other.handle, kinds);
    const ids: number[] = [];
    for (let i = 0; i < 60; i++) {
      // A few run three times longer than the lease: only heartbeats keep them from being reclaimed.
      ids.push((await enqueue(h.db, 'test.count', { ms: i % 20 === 0 ? 1500 : 5 })).id);
    }
    const options = { ...FAST, leaseMs: 500, heartbeatMs: 100, concurrency: 3 };
    const w1 = await startWorkers(ctx, { ...options, workerId: 'w1' });
    const w2 = await startWorkers(otherCtx, { ...options, workerId: 'w2' });
    try {
      const ended = await Promise.all(ids.map((id) => waitForJob(h.db, id, undefined, { pollMs: 50 })));
      expect(ended.every((j: JobRow) => j.state === 'succeeded' && j.attempts === 1)).toBe(true);
    } finally {
      await Promise.all([w1.stop(), w2.stop()]);
      await other.close();
    }
    expect([...executions.values()].every((n) => n === 1)).toBe(true);
    expect(executions.size).toBe(60);
    expect(await numbersStats(h, 'numbers')).toMatchObject({ rows: 60, distinct: 60 });
    const byWorker = await sql<{ w: string; c: number }>`
      select split_part(message, ' started on ', 2) as w, count(*)::int as c from job_logs
      where job_id = any(${ids}::bigint[]) and message like 'Attempt%started on%' group by 1`.execute(h.db);
    expect(byWorker.rows.length).toBe(2); // both workers took part
  });

  it('audits an enqueue made for an actor, and takes part in the caller’s transaction', async () => {
    const actor = { userId: 42, label: 'user:42 ana@example.test' };
    const runAt = new Date(Date.now() + 3600_000);
    const job = await enqueue(h.db, 'test.fails', { x: 1 }, { actor, runAt });
    expect(job).toMatchObject({ created_by: 42, state: 'queued', max_attempts: 3 });
    const audit = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'jobs.job.enqueue')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_user_id: 42, target_type: 'job', target_id: String(job.id) });
    expect(audit.details).toMatchObject({ kind: 'test.fails', runAt: runAt.toISOString() });

    let inside = 0;
    await expect(
      h.db.transaction().execute(async (trx) => {
        inside = (await enqueue(trx, 'test.fails', {}, { actor, runAt })).id;
        throw new Error('the surrounding change failed');
      }),
    ).rejects.toThrow('the surrounding change failed');
    expect(inside).toBeGreaterThan(job.id);
    expect(await getJob(h.db, inside)).toBeUndefined();
    expect((await enqueueJob(ctx, 'test.batches', {}, { runAt })).max_attempts).toBe(3);
    await expect(enqueue(h.db, 'test.fails', [] as unknown as Record<string, unknown>)).rejects.toThrow(
      /payload must be a JSON object/,
    );
    await h.db.updateTable('jobs').set({ state: 'cancelled' }).where('state', '=', 'queued').execute();
  });

  it('counts jobs by state for /metrics', async () => {
    const counts = await countByState(h.db);
    expect(Object.keys(counts).sort()).toEqual(['cancelled', 'failed', 'queued', 'running', 'succeeded']);
    expect(counts.succeeded).toBeGreaterThan(60);
    expect(counts.queued).toBe(0);
  });
});
