import { sql } from 'kysely';
import { loadConfig } from '../config.js';
import { type DbHandle, openDatabase } from '../db/database.js';
import type { DomainModule, JobDefinition, PlatformContext } from '../modules.js';
import { contextFor } from '../platform.js';

/** A platform context over a test database with only the given job kinds registered. */
export function jobContext(handle: DbHandle, jobs: JobDefinition[]): PlatformContext {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', QUARTERDECK_DATA_DIR: 'memory://' });
  return contextFor(handle, config, [jobModule(jobs)]);
}

export function jobModule(jobs: JobDefinition[], name = 'test-jobs'): DomainModule {
  return {
    name,
    register(r) {
      for (const j of jobs) r.job(j);
    },
  };
}

/**
 * A second connection pool on the same PostgreSQL schema: another "process" as far as locking goes.
 * On PGlite (one connection per process) it is the same handle.
 */
export async function secondHandle(handle: DbHandle): Promise<{ handle: DbHandle; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (handle.backend === 'pglite' || !url) return { handle, close: async () => {} };
  const other = await openDatabase({ databaseUrl: url, schema: handle.schema, poolSize: 5 });
  return { handle: other, close: () => other.close() };
}

/** A table of numbered rows that test jobs fill (test data, outside every domain). */
export async function createNumbersTable(handle: DbHandle, name: string): Promise<void> {
  await sql`create table ${sql.table(name)} (n integer not null, job_id bigint)`.execute(handle.db);
}

export async function numbersStats(
  handle: DbHandle,
  name: string,
): Promise<{ rows: number; distinct: number; min: number | null; max: number | null }> {
  const r = await sql<{ rows: number; distinct: number; min: number | null; max: number | null }>`
    select count(*)::int as rows, count(distinct n)::int as distinct, min(n) as min, max(n) as max
    from ${sql.table(name)}`.execute(handle.db);
  return r.rows[0]!;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface BatchesPayload {
  total: number;
  batch: number;
  /** Pause inside each batch's transaction (keeps the job running long enough to be killed mid-way). */
  delayMs?: number;
}

export type BatchStep = 'work-start' | 'work-done' | 'committed';

/**
 * A resumable job: inserts rows numbered 1..total into `table`, one `commit` per batch, with the
 * next number as its checkpoint. Resuming from the checkpoint repeats nothing. `onStep` reports
 * each batch's first row at `work-start`, and its last row at `work-done` (still inside the
 * transaction) and at `committed`.
 */
export function batchesJob(
  table: string,
  kind = 'test.batches',
  onStep?: (step: BatchStep, n: number) => void,
): JobDefinition {
  return {
    kind,
    description: `Inserts numbered rows into ${table} in batches`,
    async run(ctx) {
      const { total, batch, delayMs = 0 } = ctx.payload as unknown as BatchesPayload;
      let next = Number(ctx.checkpoint?.next ?? 1);
      while (next <= total) {
        const from = next;
        const to = Math.min(from + batch - 1, total);
        await ctx.commit(
          async (trx) => {
            onStep?.('work-start', from);
            await sql`insert into ${sql.table(table)} (n, job_id)
              select g, ${ctx.jobId} from generate_series(${from}::int, ${to}::int) g`.execute(trx);
            if (delayMs) await sleep(delayMs);
            onStep?.('work-done', to);
          },
          { checkpoint: { next: to + 1 }, done: to, total, message: `rows 1-${to}` },
        );
        next = to + 1;
        onStep?.('committed', to);
      }
      return { inserted: total };
    },
  };
}
