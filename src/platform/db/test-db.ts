import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type DbHandle, openDatabase, quoteIdent } from './database.js';
import { MIGRATIONS_DIR, migrate, readMigrations } from './migrate.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where in-memory test databases keep their starting points between test files (never committed). */
const TEMPLATE_DIR = path.join(ROOT, 'node_modules', '.cache', 'quarterdeck-test-templates');

/**
 * An isolated, migrated database for one test file: a fresh in-memory PGlite, or — when
 * DATABASE_URL is set — a throw-away schema on the PostgreSQL server, dropped on close.
 *
 * On PGlite a test file starts from a dump of a freshly migrated database instead of migrating
 * (about 1 s instead of 4): the first file to need it migrates and writes the dump, keyed by the
 * migrations' contents and the PGlite version, so a changed migration makes a new one.
 */
export async function openTestDatabase(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    return (await fromTemplate('migrated', migrationsKey(), async () => null)).handle;
  }
  const schema = `qd_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create schema ${quoteIdent(schema)}`);
  const handle = await openDatabase({ databaseUrl: url, schema, poolSize: 5 });
  await migrate(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await adminQuery(url, `drop schema ${quoteIdent(schema)} cascade`);
    },
  };
}

/**
 * A test database already holding what `prepare` writes (say, the demo organization), and what
 * `prepare` returned. On PGlite the prepared database is dumped once per `key` and later files load
 * the dump; the key must change whenever what `prepare` writes could (the code, the day, the seed).
 * On PostgreSQL `prepare` runs on every file's own schema.
 */
export async function openPreparedTestDatabase<T>(
  name: string,
  key: string,
  prepare: (handle: DbHandle) => Promise<T>,
): Promise<{ handle: DbHandle; value: T }> {
  if (process.env.DATABASE_URL) {
    const handle = await openTestDatabase();
    return { handle, value: await prepare(handle) };
  }
  return fromTemplate(name, `${migrationsKey()}:${key}`, prepare);
}

async function fromTemplate<T>(
  name: string,
  key: string,
  prepare: (handle: DbHandle) => Promise<T>,
): Promise<{ handle: DbHandle; value: T }> {
  const digest = createHash('sha256').update(`${pgliteVersion()}:${key}`).digest('hex').slice(0, 16);
  const dump = path.join(TEMPLATE_DIR, `${name}-${digest}.tar`);
  const valueFile = `${dump}.json`;
  if (fs.existsSync(dump) && fs.existsSync(valueFile)) {
    const value = JSON.parse(fs.readFileSync(valueFile, 'utf8')) as T;
    const handle = await openDatabase({
      dataDir: 'memory://',
      loadDataDir: new Blob([fs.readFileSync(dump)]),
    });
    return { handle, value };
  }
  const handle =
    name === 'migrated' ? await openDatabase({ dataDir: 'memory://' }) : await openTestDatabase();
  try {
    if (name === 'migrated') await migrate(handle);
    const value = await prepare(handle);
    const blob = await handle.pglite!.dumpDataDir('none');
    writeAtomically(valueFile, JSON.stringify(value ?? null));
    writeAtomically(dump, Buffer.from(await blob.arrayBuffer()));
    removeOlder(name, digest);
    return { handle, value };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/** Two test files may make the same template at once: each writes its own file and renames it. */
function writeAtomically(file: string, data: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/** Templates of the same name made for other migrations or code are not needed again. */
function removeOlder(name: string, digest: string): void {
  for (const f of fs.readdirSync(TEMPLATE_DIR)) {
    if (f.startsWith(`${name}-`) && !f.startsWith(`${name}-${digest}`) && /\.tar(\.json)?$/.test(f))
      fs.rmSync(path.join(TEMPLATE_DIR, f), { force: true });
  }
}

let migrationsDigest: string | undefined;
function migrationsKey(): string {
  migrationsDigest ??= createHash('sha256')
    .update(
      readMigrations(MIGRATIONS_DIR)
        .map((m) => `${m.file}:${m.checksum}`)
        .join('\n'),
    )
    .digest('hex');
  return migrationsDigest;
}

function pgliteVersion(): string {
  const file = path.join(ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Runs one statement on its own connection (create or drop a test schema). */
export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
