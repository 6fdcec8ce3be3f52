import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type DbHandle, openDatabase, quoteIdent } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { adminQuery } from '../db/test-db.js';
import { enqueue, getJob, jobLogs } from './jobs.service.js';
import { createNumbersTable, numbersStats } from './jobs.testing.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./crash-child.fixture.ts', import.meta.url));
const TABLE = 'crash_rows';
const TOTAL = 20_000;

/** Where the job's data lives: reopened by the test between the child processes. */
interface Target {
  childOptions: Record<string, unknown>;
  open(): Promise<DbHandle>;
  /** PGlite: the data directory is locked while a process has it open; the test must let go. */
  exclusive: boolean;
  cleanup(): Promise<void>;
}

async function pgliteTarget(): Promise<Target> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-crash-'));
  return {
    childOptions: { dataDir },
    open: () => openDatabase({ dataDir }),
    exclusive: true,
    cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function postgresTarget(url: string): Promise<Target> {
  const schema = `qd_crash_${randomBytes(5).toString('hex')}`;
  await adminQuery(url, `create schema ${quoteIdent(schema)}`);
  return {
    // A short lease so the restarted worker reclaims the dead one's job quickly.
    childOptions: { databaseUrl: url, schema, leaseMs: 1500 },
    open: () => openDatabase({ databaseUrl: url, schema, poolSize: 2 }),
    exclusive: false,
    cleanup: () => adminQuery(url, `drop schema ${quoteIdent(schema)} cascade`),
  };
}

interface Child {
  proc: ChildProcess;
  /** Every line the child printed so far. */
  lines: string[];
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first line matching `test`. */
  waitForLine(test: (line: string) => boolean, timeoutMs: number): Promise<string>;
}

function startChild(options: Record<string, unknown>): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(options)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { test: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  readline.createInterface({ input: proc.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const w of waiters.filter((w) => w.test(line))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(line);
    }
  });
  let err = '';
  proc.stderr!.on('data', (d) => {
    err += String(d);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    proc,
    lines,
    stderr: () => err,
    exited,
    waitForLine(test, timeoutMs) {
      const found = lines.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`child printed no expected line in ${timeoutMs} ms; stderr: ${err}`)),
          timeoutMs,
        );
        exited.then(({ code, signal }) =>
          reject(new Error(`child exited (${code ?? signal}) early: ${lines.join(' | ')}; stderr: ${err}`)),
        );
        waiters.push({
          test,
          resolve: (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        });
      });
    },
  };
}

const stepAt = (step: string) => (line: string) => {
  const m = /^([a-z-]+) (\d+)$/.exec(line);
  return m?.[1] === step ? Number(m[2]) : Number.NaN;
};
const committed = stepAt('committed');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Test-only: every checkpoint update takes 60 ms more. That widens the instant between "the batch's
 * rows are written" and "its checkpoint is saved", so an implementation that saved the checkpoint in
 * a separate statement (not in the work's transaction) is caught by a kill in between.
 */
async function slowCheckpoints(h: DbHandle): Promise<void> {
  await sql`create function crash_test_slow_checkpoint() returns trigger language plpgsql as $$
    begin perform pg_sleep(0.06); return new; end $$`.execute(h.db);
  await sql`create trigger crash_test_slow_checkpoint before update on jobs for each row
    when (new.checkpoint is distinct from old.checkpoint)
    execute function crash_test_slow_checkpoint()`.execute(h.db);
}

describe('crash resume', () => {
  const backend = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';

  it(`A job killed with SIGKILL mid-way resumes after restart with no duplicate rows (${backend})`, async () => {
    const url = process.env.DATABASE_URL;
    const target = url ? await postgresTarget(url) : await pgliteTarget();
    const childOptions = { table: TABLE, leaseMs: 30_000, ...target.childOptions };
    const children: Child[] = [];
    let h = await target.open();
    const reopen = async () => {
      if (target.exclusive) h = await target.open();
    };
    const letGo = async () => {
      if (target.exclusive) await h.close();
    };
    try {
      await migrate(h);
      await createNumbersTable(h, TABLE);
      await slowCheckpoints(h);
      // 80 batches of 250 rows; each batch's transaction stays open 25 ms after its insert.
      const job = await enqueue(
        h.db,
        'test.batches',
        { total: TOTAL, batch: 250, delayMs: 25 },
        { maxAttempts: 5 },
      );
      await letGo();

      /** Starts a worker process, kills it with SIGKILL at the chosen point, checks what survived. */
      const crash = async (step: string, after: number, waitMs: number) => {
        const child = startChild(childOptions);
        children.push(child);
        const at = stepAt(step);
        const line = await child.waitForLine((l) => at(l) >= after, 60_000);
        if (waitMs) await sleep(waitMs);
        child.proc.kill('SIGKILL');
        expect(await child.exited).toEqual({ code: null, signal: 'SIGKILL' });
        await reopen();
        // Right after the crash the job is still `running` under the dead worker, and the committed
        // rows are exactly those before its checkpoint: no work without its checkpoint, and no
        // checkpoint without its work.
        const crashed = await getJob(h.db, job.id);
        expect(crashed?.state).toBe('running');
        expect(crashed?.locked_by).toBe(`crash-child-${child.proc.pid}`);
        const next = Number(crashed?.checkpoint?.next);
        const rows = await numbersStats(h, TABLE);
        expect(rows).toEqual({ rows: next - 1, distinct: next - 1, min: 1, max: next - 1 });
        expect(rows.rows).toBeGreaterThanOrEqual(
          Math.max(...child.lines.map(committed).filter(Number.isFinite)),
        );
        expect(rows.rows).toBeLessThan(TOTAL); // really killed part-way
        expect(Number(crashed?.progress_done)).toBe(rows.rows);
        await letGo();
        return { line, next };
      };

      // Kill 1: while a batch's rows are written but not committed (inside its 25 ms pause).
      const kill1 = await crash('work-start', 4_000, 0);
      // Kill 2: after a batch's work, while its checkpoint is being saved (inside the 60 ms update).
      const kill2 = await crash('work-done', 10_000, 10);
      expect(kill2.next).toBeGreaterThan(kill1.next); // the second run resumed, not restarted

      const restartedAt = Date.now();
      const last = startChild({ ...childOptions, untilJobEnds: job.id });
      children.push(last);
      const ended = await last.exited;
      expect(ended, last.stderr()).toEqual({ code: 0, signal: null });
      expect(last.lines.at(-1)).toBe('ended succeeded');
      const resumeMs = Date.now() - restartedAt;

      await reopen();
      expect(await numbersStats(h, TABLE)).toEqual({ rows: TOTAL, distinct: TOTAL, min: 1, max: TOTAL });
      const done = await getJob(h.db, job.id);
      expect(done).toMatchObject({
        state: 'succeeded',
        progress_done: TOTAL,
        progress_total: TOTAL,
        checkpoint: { next: TOTAL + 1 },
        result: { inserted: TOTAL },
      });
      expect(done!.attempts).toBeGreaterThanOrEqual(2);
      expect(done!.attempts).toBe(3); // two kills, then the run that finished
      // The last worker began where the checkpoint was, not at 1.
      expect(Math.min(...last.lines.map(stepAt('work-start')).filter(Number.isFinite))).toBe(kill2.next);
      const logs = (await jobLogs(h.db, job.id)).map((l) => l.message).join('\n');
      expect(logs).toMatch(/Attempt 3 of 5 started on crash-child-\d+, resuming from the last checkpoint\./);
      if (target.exclusive) expect(logs).toMatch(/stopped before finishing; requeued/);
      console.info(
        `[crash-resume ${backend}] kill 1 at "${kill1.line}" (checkpoint ${kill1.next}), ` +
          `kill 2 at "${kill2.line}" +10 ms (checkpoint ${kill2.next}); the restart finished the ` +
          `remaining ${TOTAL - kill2.next + 1} rows in ${resumeMs} ms; attempts ${done!.attempts}`,
      );
    } finally {
      for (const c of children)
        if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill('SIGKILL');
      await Promise.all(children.map((c) => c.exited));
      await h.close().catch(() => {});
      await target.cleanup();
    }
  }, 120_000);
});
