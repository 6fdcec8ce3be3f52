import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { type Generated, Kysely, sql } from 'kysely';
import pg from 'pg';
import { openDatabase, quoteIdent } from '../src/platform/db/database.js';
import { PGliteDialect } from '../src/platform/db/pglite-dialect.js';
import { COMMIT_COLUMNS, type CommitRow, commitsToCsv, generateCommits } from './commit-rows.js';
import type { Benchmark, Group, Sample, Variant } from './harness.js';
import { BENCH_DATABASE_URL, postgresVersion } from './machine-info.js';

const ROWS = 200_000;
/**
 * Rows per multi-row INSERT. Each row binds 7 parameters and PostgreSQL allows 65,535 per statement,
 * so at most 9,362 rows fit. Measured on this benchmark: 250–500 rows per statement lose to
 * round trips; 1,000–3,000 form a plateau on both backends; 4,000 and more slow PGlite down (bigger
 * statements to parse inside the WebAssembly heap). 2,000 (14,000 parameters) sits in the middle.
 */
export const INSERT_BATCH_ROWS = 2_000;
const MAX_BIND_PARAMETERS = 65_535;

interface BenchCommitTable extends CommitRow {
  id: Generated<number>;
}
type BenchDb = Kysely<{ bench_commits: BenchCommitTable }>;

const TABLE = 'bench_commits';
const COLUMN_LIST = COMMIT_COLUMNS.join(', ');

async function recreateTable(db: BenchDb): Promise<void> {
  await sql`drop table if exists bench_commits`.execute(db);
  await sql`create table bench_commits (
    id bigint generated always as identity primary key,
    repository text not null,
    sha text not null,
    author_email text not null,
    authored_at timestamptz not null,
    additions integer not null,
    deletions integer not null,
    message text not null
  )`.execute(db);
}

/** The db-layer path: typed multi-row INSERTs in batches, all in one transaction. */
async function insertWithKysely(db: BenchDb, rows: readonly CommitRow[]): Promise<void> {
  if (INSERT_BATCH_ROWS * COMMIT_COLUMNS.length > MAX_BIND_PARAMETERS) throw new Error('batch too large');
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += INSERT_BATCH_ROWS) {
      await trx
        .insertInto('bench_commits')
        .values(rows.slice(i, i + INSERT_BATCH_ROWS))
        .execute();
    }
  });
}

/** A digest of the loaded table, so both paths are proven to load exactly the same data. */
async function fingerprint(db: BenchDb): Promise<string> {
  const res = await sql<{ n: number; digest: string }>`
    select count(*)::int as n,
      md5(string_agg(concat_ws('|', repository, sha, author_email,
        to_char(authored_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'), additions, deletions, message),
        E'\n' order by id)) as digest
    from bench_commits`.execute(db);
  const row = res.rows[0];
  return `${row?.n}:${row?.digest}`;
}

/**
 * A variant that loads the rows into a fresh table. Only `load` is timed; on the warm-up run the
 * table's fingerprint is compared with the other variants' of the same group.
 */
function loadVariant(
  label: string,
  db: BenchDb,
  rows: readonly CommitRow[],
  load: () => Promise<void>,
  digests: Map<string, string>,
): Variant {
  return {
    label,
    async run(phase): Promise<Sample> {
      await recreateTable(db);
      const started = performance.now();
      await load();
      const seconds = (performance.now() - started) / 1000;
      const count = await sql<{ n: number }>`select count(*)::int as n from bench_commits`.execute(db);
      if (count.rows[0]?.n !== rows.length) {
        throw new Error(`${label}: loaded ${count.rows[0]?.n} rows instead of ${rows.length}`);
      }
      if (phase.warmup) {
        const digest = await fingerprint(db);
        for (const [other, d] of digests) {
          if (d !== digest) throw new Error(`${label} loaded different data than ${other}`);
        }
        digests.set(label, digest);
      }
      return { value: rows.length / seconds };
    },
  };
}

interface OpenedGroup {
  group: Group;
  notes: string[];
  close(): Promise<void>;
}

/** PGlite in memory; both paths run on the same instance, Kysely through the project's dialect. */
async function pgliteGroup(rows: readonly CommitRow[]): Promise<OpenedGroup> {
  const pglite = await PGlite.create();
  const db: BenchDb = new Kysely({ dialect: new PGliteDialect(pglite) });
  const digests = new Map<string, string>();
  const copy = async () => {
    const blob = new Blob([commitsToCsv(rows)]);
    await pglite.query(`copy ${TABLE} (${COLUMN_LIST}) from '/dev/blob' with (format csv)`, [], { blob });
  };
  return {
    group: {
      label: 'PGlite',
      baseline: loadVariant("COPY FROM '/dev/blob', CSV", db, rows, copy, digests),
      variants: [
        loadVariant(
          `Kysely INSERT, ${INSERT_BATCH_ROWS.toLocaleString('en-US')} rows/statement`,
          db,
          rows,
          () => insertWithKysely(db, rows),
          digests,
        ),
      ],
    },
    notes: [
      'PGlite: in-memory database; both paths run on one PGlite instance, the INSERTs through the ' +
        "project's Kysely PGliteDialect (openDatabase does not expose the PGlite object that COPY needs).",
    ],
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

/** `\copy ... from pstdin` through psql, the CSV piped to its standard input. */
function copyWithPsql(url: string, table: string, csv: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'psql',
      [
        url,
        '-X',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        '-c',
        `\\copy ${table} (${COLUMN_LIST}) from pstdin with (format csv)`,
      ],
      { stdio: ['pipe', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdin.on('error', () => {}); // psql exiting early: reported by its exit code below
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`psql \\copy failed (exit ${code}): ${stderr.trim()}`));
    });
    child.stdin.end(csv);
  });
}

function psqlStartupMs(url: string): number {
  const started = performance.now();
  spawnSync('psql', [url, '-X', '-q', '-c', 'select 1'], { stdio: 'ignore' });
  return performance.now() - started;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** The PostgreSQL server, in a throw-away schema that is dropped on close. */
async function postgresGroup(rows: readonly CommitRow[], url: string): Promise<OpenedGroup> {
  const label = 'PostgreSQL server';
  const version = await postgresVersion(url);
  const skip = (reason: string): OpenedGroup => ({
    group: { label, skipped: reason },
    notes: [],
    close: async () => {},
  });
  if (version.startsWith('unreachable')) return skip(`${url.replace(/\/\/[^@]*@/, '//')} is ${version}`);
  if (spawnSync('psql', ['--version']).status !== 0) {
    return skip('psql not found; it is the COPY baseline since pg-copy-streams is not installed');
  }
  const schema = `qd_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create schema ${quoteIdent(schema)}`);
  const handle = await openDatabase({ databaseUrl: url, schema, poolSize: 2 });
  const db = handle.db.withTables<{ bench_commits: BenchCommitTable }>() as unknown as BenchDb;
  const digests = new Map<string, string>();
  const qualified = `${quoteIdent(schema)}.${TABLE}`;
  const startup = psqlStartupMs(url);
  return {
    group: {
      label,
      baseline: loadVariant(
        'COPY FROM STDIN via psql \\copy, CSV',
        db,
        rows,
        () => copyWithPsql(url, qualified, commitsToCsv(rows)),
        digests,
      ),
      variants: [
        loadVariant(
          `Kysely INSERT, ${INSERT_BATCH_ROWS.toLocaleString('en-US')} rows/statement`,
          db,
          rows,
          () => insertWithKysely(db, rows),
          digests,
        ),
      ],
    },
    notes: [
      `PostgreSQL ${version}: throw-away schema ${schema}, dropped afterwards; INSERTs through openDatabase ` +
        `(node-postgres pool). COPY runs \`psql -c "\\copy … from pstdin"\` (pg-copy-streams is not installed), ` +
        `so its time includes starting psql (about ${Math.round(startup)} ms here).`,
    ],
    close: async () => {
      await handle.close();
      await adminQuery(url, `drop schema ${quoteIdent(schema)} cascade`);
    },
  };
}

export const bulkLoadBenchmark: Benchmark = {
  name: 'bulk-load',
  title: `loading ${ROWS.toLocaleString('en-US')} commit rows`,
  measures:
    `Loads ${ROWS.toLocaleString('en-US')} commit-like rows (repository, sha, author email, authored_at ` +
    'timestamptz, additions, deletions, multi-line message with quotes and commas) into a fresh table with ' +
    'an identity primary key. Subject: the db layer, Kysely multi-row INSERTs in batches inside one ' +
    'transaction. Baseline: `COPY … FROM` of the same rows as CSV on the same backend. Timed: from the ' +
    'row objects in memory to the committed load (CSV encoding included for COPY). Figure: rows/s; ratio = ' +
    'db layer ÷ COPY. Both paths are checked to load identical data.',
  unit: 'rows/s',
  async open(_options, progress) {
    progress(`generating ${ROWS.toLocaleString('en-US')} rows`);
    const rows = generateCommits(ROWS);
    const opened: OpenedGroup[] = [];
    try {
      progress('opening PGlite');
      opened.push(await pgliteGroup(rows));
      progress('connecting to PostgreSQL');
      opened.push(await postgresGroup(rows, BENCH_DATABASE_URL));
    } catch (err) {
      for (const o of opened) await o.close();
      throw err;
    }
    return {
      groups: opened.map((o) => o.group),
      notes: [
        `INSERT batches of ${INSERT_BATCH_ROWS.toLocaleString('en-US')} rows ` +
          `(${(INSERT_BATCH_ROWS * COMMIT_COLUMNS.length).toLocaleString('en-US')} bind parameters; the limit is 65,535).`,
        ...opened.flatMap((o) => o.notes),
      ],
      close: async () => {
        for (const o of opened) await o.close();
      },
    };
  },
};
