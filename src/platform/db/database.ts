import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.js';

/**
 * The tables of every domain. Each domain adds its own tables to this interface from its repo file
 * (declaration merging), so the query layer is typed without a central list of tables.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each domain's repo.
export interface Database {}

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type Backend = 'pglite' | 'postgres';

export interface DbHandle {
  db: Db;
  backend: Backend;
  /** Schema the tables live in (`public` unless isolated for a test). */
  schema: string;
  /** Connection-pool figures for /metrics. */
  poolStats(): { total: number; idle: number; waiting: number };
  /** The embedded database itself (PGlite only), e.g. to dump a test template. */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite data directory; `memory://` for an in-memory database. */
  dataDir?: string;
  /** In-memory PGlite only: start from this dump of a data directory (`dumpDataDir`), e.g. a test template. */
  loadDataDir?: Blob;
  /** PostgreSQL schema to use via search_path (test isolation). */
  schema?: string;
  poolSize?: number;
}

export class DatabaseInUseError extends Error {}

const INT8 = 20;
const DATE = 1082;

let pgParsersSet = false;
function setPgParsers() {
  if (pgParsersSet) return;
  pgParsersSet = true;
  // Identifiers and counts fit in a JS number; dates stay calendar dates, never shifted by time zone.
  pg.types.setTypeParser(INT8, (v) => Number(v));
  pg.types.setTypeParser(DATE, (v) => v);
}

/** Opens the database: a PostgreSQL pool when a URL is given, PGlite otherwise. */
export async function openDatabase(options: OpenOptions): Promise<DbHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  return openPGlite(options.dataDir ?? '.quarterdeck', options.loadDataDir);
}

async function openPostgres(url: string, options: OpenOptions): Promise<DbHandle> {
  setPgParsers();
  const schema = options.schema ?? 'public';
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(options.schema ? { options: `-c search_path=${quoteIdent(options.schema)}` } : {}),
  });
  // A broken idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    backend: 'postgres',
    schema,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => db.destroy(),
  };
}

/** The embedded database's buffer cache (measured in BENCHMARKS.md, cost-import on PGlite). */
export const PGLITE_SHARED_BUFFERS = '32MB';

async function openPGlite(dataDir: string, loadDataDir?: Blob): Promise<DbHandle> {
  const inMemory = dataDir.startsWith('memory://');
  if (loadDataDir && !inMemory)
    throw new Error('A data directory dump loads into an in-memory database only.');
  let unlock = () => {};
  if (!inMemory) {
    fs.mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  try {
    const pglite = await PGlite.create(inMemory ? undefined : path.join(dataDir, 'pgdata'), {
      parsers: { [INT8]: (v: string) => Number(v), [DATE]: (v: string) => v },
      // A 32 MB buffer cache instead of PostgreSQL's 128 MB: the embedded database lives in this process's
      // memory, and pages beyond it come from the operating system's file cache (docs/operations.md).
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
      ...(loadDataDir ? { loadDataDir } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    return {
      db,
      pglite,
      backend: 'pglite',
      schema: 'public',
      poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
      close: async () => {
        await db.destroy();
        await pglite.close();
        unlock();
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}

/**
 * PGlite is an embedded database: only one process may open a data directory. A pid file makes a
 * second process fail with a clear message instead of corrupting the files.
 */
function lockDataDir(dataDir: string): () => void {
  const lockPath = path.join(dataDir, 'quarterdeck.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockPath, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(lockPath, 'utf8'));
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new DatabaseInUseError(
          `The embedded database in ${dataDir} is in use by another Quarterdeck process (pid ${pid}). ` +
            'Stop it first, use the API, or set DATABASE_URL to share a PostgreSQL server between processes.',
        );
      }
      fs.rmSync(lockPath, { force: true }); // stale lock from a process that died
    }
  }
  throw new DatabaseInUseError(`Could not lock ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
