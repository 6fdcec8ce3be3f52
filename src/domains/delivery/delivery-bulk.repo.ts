/**
 * Bulk writes of generated delivery rows (the demo) whose ids the writer assigns itself, so that
 * commits, pull requests, deployments and incidents can be linked in memory and written in large JSON
 * batches, without reading millions of generated ids back (SQL only).
 *
 * The ids come from the tables' own identity sequences: `reserveIds` takes the tables' EXCLUSIVE lock
 * (reads go on; other writers wait for the transaction) and hands out ids from the sequence's next value;
 * `releaseIds` moves the sequences past the last id used. Call both in one transaction.
 *
 * Foreign-key checks cost about half of the insert time on PGlite (one lookup per reference and row);
 * rows whose references come from the database itself can skip them: `skipReferenceChecks` sets
 * `session_replication_role = replica` for the transaction, as `pg_restore --disable-triggers` does,
 * when the role may (a superuser, such as PGlite's), and `restoreReferenceChecks` sets it back.
 */

import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export const ID_TABLES = ['commits', 'pull_requests', 'deployments', 'incidents'] as const;
export type IdTable = (typeof ID_TABLES)[number];

/** Next free id per table, with the tables locked against other writers until the transaction ends. */
export async function reserveIds(db: Db): Promise<Record<IdTable, number>> {
  await sql`lock table commits, pull_requests, deployments, incidents in exclusive mode`.execute(db);
  const r = await sql<Record<IdTable, number | string>>`select
      nextval(pg_get_serial_sequence('commits', 'id')) as commits,
      nextval(pg_get_serial_sequence('pull_requests', 'id')) as pull_requests,
      nextval(pg_get_serial_sequence('deployments', 'id')) as deployments,
      nextval(pg_get_serial_sequence('incidents', 'id')) as incidents`.execute(db);
  const row = r.rows[0]!;
  return {
    commits: Number(row.commits),
    pull_requests: Number(row.pull_requests),
    deployments: Number(row.deployments),
    incidents: Number(row.incidents),
  };
}

/** Sets each table's sequence so that its next id follows `next - 1`, the last id handed out. */
export async function releaseIds(db: Db, next: Record<IdTable, number>): Promise<void> {
  for (const table of ID_TABLES) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), ${next[table]}::bigint, false)`.execute(
      db,
    );
  }
}

/** Turns foreign-key checks (and other triggers) off for this transaction when allowed; returns whether it did. */
export async function skipReferenceChecks(db: Db): Promise<boolean> {
  const r = await sql<{ su: string }>`select current_setting('is_superuser') as su`.execute(db);
  if (r.rows[0]?.su !== 'on') return false;
  await sql`set local session_replication_role = replica`.execute(db);
  return true;
}

export async function restoreReferenceChecks(db: Db): Promise<void> {
  await sql`set local session_replication_role = origin`.execute(db);
}

/**
 * Inserts rows given as objects with exactly `columns` (in that order; timestamps as ISO strings) in
 * batches of `batch`, through `json_populate_recordset` against the table's row type. With
 * `withIds`, the rows carry their own `id` (identity columns need OVERRIDING SYSTEM VALUE).
 */
export async function insertRows(
  db: Db,
  table: string,
  columns: readonly string[],
  rows: readonly object[],
  options: { batch: number; withIds?: boolean },
): Promise<void> {
  const cols = sql.join(columns.map((c) => sql.ref(c)));
  for (let i = 0; i < rows.length; i += options.batch) {
    const json = JSON.stringify(rows.slice(i, i + options.batch));
    await sql`insert into ${sql.table(table)} (${cols}) ${options.withIds ? sql`overriding system value` : sql``}
      select ${cols} from json_populate_recordset(null::${sql.table(table)}, ${json}::json)`.execute(db);
  }
}

/**
 * Refreshes the planner's statistics of the delivery tables after a bulk load. Needed on PGlite, which
 * has no autovacuum: without it the first metric queries plan for empty tables (seconds instead of ms).
 */
export async function analyzeDeliveryTables(db: Db): Promise<void> {
  await sql`analyze commits, pull_requests, pull_request_commits, pull_request_reviews, deployments,
    deployment_changes, incidents`.execute(db);
}
