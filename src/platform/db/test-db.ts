import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DbHandle, openDatabase, quoteIdent } from './database.js';
import { migrate } from './migrate.js';

/**
 * An isolated, migrated database for one test file: a fresh in-memory PGlite, or — when
 * DATABASE_URL is set — a throw-away schema on the PostgreSQL server, dropped on close.
 */
export async function openTestDatabase(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = await openDatabase({ dataDir: 'memory://' });
    await migrate(handle);
    return handle;
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
