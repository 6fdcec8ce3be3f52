import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { DbHandle } from './database.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations/', import.meta.url));
const FILE_PATTERN = /^(\d{14})_([a-z0-9_]+)\.sql$/;

export interface MigrationFile {
  version: string;
  name: string;
  file: string;
  checksum: string;
  sql: string;
}

export class MigrationError extends Error {}

/** The migration files on disk, in their one global order (the timestamp prefix). */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return files.map((file) => {
    const m = FILE_PATTERN.exec(file);
    if (!m)
      throw new MigrationError(`${path.join(dir, file)}: name must be <14-digit timestamp>_<snake_name>.sql`);
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    return {
      version: m[1]!,
      name: m[2]!,
      file,
      checksum: createHash('sha256').update(text).digest('hex'),
      sql: text,
    };
  });
}

/**
 * Applies pending migrations in one transaction, under an advisory lock, so that two processes
 * starting at once apply each migration exactly once. Returns the versions it applied.
 */
export async function migrate(handle: DbHandle, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = readMigrations(dir);
  return handle.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`quarterdeck.migrations.${handle.schema}`}))`.execute(
      trx,
    );
    await sql`create table if not exists schema_migrations (
      version text primary key,
      name text not null,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`.execute(trx);
    const applied = await sql<{ version: string; checksum: string; name: string }>`
      select version, checksum, name from schema_migrations order by version`.execute(trx);
    const byVersion = new Map(applied.rows.map((r) => [r.version, r]));
    for (const f of files) {
      const done = byVersion.get(f.version);
      if (done && done.checksum !== f.checksum) {
        throw new MigrationError(
          `Migration ${f.file} was changed after it was applied (checksum differs). Write a new migration instead.`,
        );
      }
    }
    const pending = files.filter((f) => !byVersion.has(f.version));
    for (const f of pending) {
      try {
        await sql.raw(f.sql).execute(trx);
      } catch (err) {
        throw new MigrationError(`Migration ${f.file} failed: ${(err as Error).message}`);
      }
      await sql`insert into schema_migrations (version, name, checksum) values (${f.version}, ${f.name}, ${f.checksum})`.execute(
        trx,
      );
    }
    return pending.map((f) => f.version);
  });
}

/** Versions on disk that the database has not applied yet (empty when up to date). */
export async function pendingMigrations(handle: DbHandle, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = readMigrations(dir);
  const exists = await sql<{ t: string | null }>`select to_regclass('schema_migrations')::text as t`.execute(
    handle.db,
  );
  if (!exists.rows[0]?.t) return files.map((f) => f.version);
  const applied = await sql<{ version: string }>`select version from schema_migrations`.execute(handle.db);
  const set = new Set(applied.rows.map((r) => r.version));
  return files.filter((f) => !set.has(f.version)).map((f) => f.version);
}
