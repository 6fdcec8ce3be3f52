/**
 * The daily sums the billing import makes in memory while the lines stream by must be exactly those the
 * SQL rebuild makes from the stored lines (repo.rebuildDaily): for a file in day order, for a shuffled
 * one whose groups come back after they were written (merged at the end), and when a stored key's
 * allocation differs from the rules' decision (the sums are then rebuilt from the lines). The sums per
 * allocation key and billing period (cost_key_periods) must be those of the stored lines too.
 */

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../platform/db/database.js';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import * as repo from './billing.repo.js';
import { writeFocusCsv } from './billing-generator.js';
import { importBillingFile } from './billing-import.service.js';

const actor = { userId: null, label: 'test' };
let t: TestPlatform;
let tmp: string;
let ordered: string;
let shuffled: string;

const teams = ['payments', 'search'].map((slug) => ({ slug, name: slug }));
const units = {
  teams,
  services: teams.flatMap((x) => [`${x.slug}-api`, `${x.slug}-db`].map((name) => ({ name, team: x.slug }))),
};

beforeAll(async () => {
  t = await startTestPlatform();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cost-daily-'));
  ordered = path.join(tmp, 'ordered.csv');
  await writeFocusCsv(ordered, { units, start: '2026-01-20', days: 20, lines: 3000, seed: 11 });
  // The same lines in a random order (header first): every day's groups come back again and again.
  const [header, ...lines] = (await fs.readFile(ordered, 'utf8')).trimEnd().split('\n');
  let seed = 3;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  }
  shuffled = path.join(tmp, 'shuffled.csv');
  await fs.writeFile(shuffled, `${[header, ...lines].join('\n')}\n`);
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
  await t.close();
});
beforeEach(async () => {
  const db = t.ctx.db;
  for (const table of [
    'cost_daily',
    'cost_key_periods',
    'cost_lines',
    'cost_alloc_keys',
    'cost_imports',
  ] as const)
    await db.deleteFrom(table).execute();
});

const DIMS = sql.raw(repo.DAILY_COLUMNS.slice(0, 14).join(', '));

/** cost_daily summed over every dimension (rows of one group may be several), sorted. */
async function dailySums(db: Db) {
  const r = await sql<Record<string, unknown>>`
    select ${DIMS}, sum(billed_cost)::text as billed, sum(effective_cost)::text as effective,
      sum(list_cost)::text as list, sum(lines)::int as lines
    from cost_daily group by ${DIMS} order by ${DIMS}`.execute(db);
  return r.rows;
}

async function dailyRows(db: Db): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from cost_daily`.execute(db);
  return r.rows[0]!.n;
}

/**
 * The import's daily sums, then those of the SQL rebuild over the same lines: they must be equal, and
 * the import may have written at most 5 % more rows (a group split where the sums were written).
 */
async function expectSameAsRebuild(): Promise<number> {
  const db = t.ctx.db;
  const imported = await dailySums(db);
  const rowsImported = await dailyRows(db);
  await repo.rebuildDaily(db, null);
  const rebuilt = await dailySums(db);
  expect(imported.length).toBeGreaterThan(100);
  expect(imported).toEqual(rebuilt);
  const rowsRebuilt = await dailyRows(db);
  expect(rowsImported).toBeGreaterThanOrEqual(rowsRebuilt);
  expect(rowsImported).toBeLessThanOrEqual(rowsRebuilt * 1.05);
  return rowsImported - rowsRebuilt;
}

describe('daily sums made while importing', () => {
  it('equal the SQL rebuild for a bill in day order, written in several parts', async () => {
    const r = await importBillingFile(t.ctx.db, ordered, { actor, dailyGroups: 200 });
    expect(r.rowsImported).toBeGreaterThan(2000);
    expect(await expectSameAsRebuild()).toBeGreaterThan(0); // a few groups were split, and kept so
  });

  it('equal the SQL rebuild for a shuffled bill, whose repeated groups are merged into one row each', async () => {
    await importBillingFile(t.ctx.db, shuffled, { actor, dailyGroups: 100 });
    expect(await expectSameAsRebuild()).toBe(0);
  });

  it('are rebuilt from the lines when a stored key’s allocation differs from the rules’ decision', async () => {
    await importBillingFile(t.ctx.db, ordered, { actor });
    // A key stored under other rules (not re-applied yet): the stored allocation is what counts.
    await sql`update cost_alloc_keys set unit = 'elsewhere', team_id = null, service_id = null
      where id = (select min(id) from cost_alloc_keys)`.execute(t.ctx.db);
    const r = await importBillingFile(t.ctx.db, ordered, { actor });
    expect(r.rowsReplaced).toBe(r.rowsImported);
    const units = await sql<{
      n: number;
    }>`select count(*)::int as n from cost_daily where unit = 'elsewhere'`.execute(t.ctx.db);
    expect(units.rows[0]!.n).toBeGreaterThan(0);
    await expectSameAsRebuild();
  });
});

/** Per key, period and currency: the sums the import kept, and those of the stored lines. */
async function keySums(db: Db) {
  const kept = await sql<Record<string, unknown>>`
    select alloc_key_id, provider, billing_account_id, billing_period_start, currency,
      sum(billed_cost)::text as billed, sum(effective_cost)::text as effective,
      min(first_day)::text as first, max(last_day)::text as last, sum(lines)::int as lines
    from cost_key_periods group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`.execute(db);
  const lines = await sql<Record<string, unknown>>`
    select alloc_key_id, provider, billing_account_id, billing_period_start, currency,
      sum(billed_cost)::text as billed, sum(effective_cost)::text as effective,
      min(charge_day)::text as first, max(charge_day)::text as last, count(*)::int as lines
    from cost_lines group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`.execute(db);
  return { kept: kept.rows, lines: lines.rows };
}

describe('sums per allocation key and billing period made while importing', () => {
  it('equal the stored lines for a bill in day order written in parts, a shuffled bill, and a re-import', async () => {
    const db = t.ctx.db;
    await importBillingFile(db, ordered, { actor, dailyGroups: 200 });
    const first = await keySums(db);
    expect(first.kept.length).toBeGreaterThan(50);
    expect(first.kept).toEqual(first.lines);
    // The shuffled bill replaces the same periods: its sums replace the first import's, not add to them.
    const r = await importBillingFile(db, shuffled, { actor, dailyGroups: 100 });
    expect(r.rowsReplaced).toBe(r.rowsImported);
    const again = await keySums(db);
    expect(again.kept).toEqual(again.lines);
    expect(again.kept).toEqual(first.kept);
  });
});
