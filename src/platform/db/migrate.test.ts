import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from './database.js';
import { MigrationError, migrate, pendingMigrations, readMigrations } from './migrate.js';
import { openTestDatabase } from './test-db.js';

describe('migrations', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await openTestDatabase();
  });
  afterAll(async () => h.close());

  it('applies every file once and records it', async () => {
    const files = readMigrations();
    expect(files.length).toBeGreaterThan(0);
    const rows = await sql<{
      version: string;
    }>`select version from schema_migrations order by version`.execute(h.db);
    expect(rows.rows.map((r) => r.version)).toEqual(files.map((f) => f.version));
    expect(await pendingMigrations(h)).toEqual([]);
    expect(await migrate(h)).toEqual([]);
  });

  it('applies concurrently started runs exactly once', async () => {
    const dir = copyWith({
      '29990101000000_counter.sql':
        'create table mig_counter (n int);\ninsert into mig_counter values (1);\n',
    });
    const results = await Promise.all([migrate(h, dir), migrate(h, dir), migrate(h, dir)]);
    expect(results.flat()).toEqual(['29990101000000']);
    const count = await sql<{ c: number }>`select count(*)::int as c from mig_counter`.execute(h.db);
    expect(count.rows[0]?.c).toBe(1);
  });

  it('refuses a migration edited after it was applied, and rolls back a failing one', async () => {
    const counter = 'create table mig_counter (n int);\ninsert into mig_counter values (1);\n';
    await expect(
      migrate(h, copyWith({ '29990101000000_counter.sql': `${counter}-- edited\n` })),
    ).rejects.toThrow(/was changed after it was applied/);
    const broken = copyWith({
      '29990101000000_counter.sql': counter,
      '29990102000000_broken.sql': 'create table ok_part (n int);\nselect * from no_such_table;\n',
    });
    await expect(migrate(h, broken)).rejects.toBeInstanceOf(MigrationError);
    const t = await sql<{ t: string | null }>`select to_regclass('ok_part')::text as t`.execute(h.db);
    expect(t.rows[0]?.t).toBeNull();
  });
});

/** A migrations folder with the project's files plus the given extra ones. */
function copyWith(extra: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-mig-'));
  for (const f of readMigrations()) fs.writeFileSync(path.join(dir, f.file), f.sql);
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}
