/**
 * Importing cloud bills into a real database: the real FOCUS sample (totals per provider and per service
 * equal the test's own sums of the file), re-imports that replace a billing period exactly, every kind of
 * bad input rejected with nothing written, allocation rules re-applied, and allocated + unallocated =
 * the imported total.
 */

import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ImportRejected } from '../../platform/imports/import-report.js';
import { runImport } from '../../platform/imports/imports.service.js';
import { type Client, startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { saveAllocationRules } from './allocation-rules.service.js';
import { importBillingFile } from './billing-import.service.js';
import { costSeries, decimalUnits } from './billing-query.service.js';
import { stringColumns, writeParquetFixture } from './importers/billing-test-files.js';
import { sumDecimals } from './importers/focus-decimal.js';
import { focusCsvText, V10_MANDATORY } from './importers/focus-test-files.js';

const SAMPLE = path.resolve(import.meta.dirname, '../../../../shared/data/focus/focus_sample.csv');
const actor = { userId: null, label: 'test' };
let t: TestPlatform;
let tmp: string;
let executive: Client;
let member: Client;

beforeAll(async () => {
  t = await startTestPlatform();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cost-import-'));
  executive = await t.signIn('executive');
  member = await t.signIn('member');
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
  await t.close();
});

async function reset() {
  const db = t.ctx.db;
  await db.deleteFrom('cost_daily').execute();
  await db.deleteFrom('cost_lines').execute();
  await db.deleteFrom('cost_alloc_keys').execute();
  await db.deleteFrom('cost_imports').execute();
  await db.deleteFrom('cost_allocation_rules').execute();
}
beforeEach(reset);

async function get(c: Client, url: string) {
  const res = await c.request({ method: 'GET', url });
  return { status: res.statusCode, json: res.json() as unknown };
}

async function write(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(tmp, name);
  await fs.writeFile(file, content);
  return file;
}

async function lineCount(): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from cost_lines`.execute(t.ctx.db);
  return r.rows[0]!.n;
}

/** The test's own reading of the sample: exact sums of EffectiveCost per provider and per service. */
function sampleSums() {
  const records = parse(readFileSync(SAMPLE, 'utf8'), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
  const by = (col: string) => {
    const groups = new Map<string, string[]>();
    for (const r of records) {
      const cost = r.EffectiveCost ?? '';
      if (cost === '' || cost === 'NULL') continue;
      const key = r[col] ?? '';
      groups.set(key, [...(groups.get(key) ?? []), cost]);
    }
    return new Map([...groups].map(([k, v]) => [k, sumDecimals(v)]));
  };
  return { rows: records.length, byProvider: by('ProviderName'), byService: by('ServiceName') };
}

describe('cloud bill import', () => {
  it('imports the real FOCUS sample; totals per provider and service equal the file’s own sums', async () => {
    const r = await importBillingFile(t.ctx.db, SAMPLE, { actor });
    const expected = sampleSums();
    expect(r.format).toBe('focus-csv');
    expect(r.rowsRead).toBe(expected.rows);
    expect(r.rowsImported).toBe(expected.rows);
    expect(r.warnings.length).toBeGreaterThan(0);
    expect(await lineCount()).toBe(expected.rows);

    const sums = async (col: string) => {
      const rows = await sql<{
        k: string;
        s: string;
      }>`select ${sql.ref(col)} as k, sum(effective_cost)::text as s
        from cost_lines group by 1`.execute(t.ctx.db);
      return new Map(rows.rows.map((x) => [x.k, x.s]));
    };
    const byProvider = await sums('provider');
    for (const [provider, total] of expected.byProvider)
      expect(decimalUnits(byProvider.get(provider) ?? 'x'), provider).toBe(decimalUnits(total));
    const byService = await sums('service_name');
    expect(byService.size).toBe(expected.byService.size);
    for (const [service, total] of expected.byService)
      expect(decimalUnits(byService.get(service) ?? 'x'), service).toBe(decimalUnits(total));

    // The daily sums agree with the lines, and every cost is somewhere: allocated + unallocated = total.
    const series = await costSeries(t.ctx.db, {
      from: '2024-08-01',
      to: '2024-10-31',
      step: 'month',
      groupBy: 'team',
    });
    const all = sumDecimals(expected.byProvider.values());
    expect(decimalUnits(series.total)).toBe(decimalUnits(all));
    expect(decimalUnits(sumDecimals(series.groups.map((g) => g.total)))).toBe(decimalUnits(all));
    expect(series.groups.some((g) => g.kind === 'unallocated')).toBe(true);
  });

  it('replaces a billing period exactly on re-import; re-importing the same file changes no figure', async () => {
    const cols = [...V10_MANDATORY, 'Tags'];
    const first = await write(
      'sept.csv',
      focusCsvText(cols, [
        { BilledCost: '10', EffectiveCost: '10' },
        { BilledCost: '5', EffectiveCost: '5' },
      ]),
    );
    await importBillingFile(t.ctx.db, first, { actor });
    const again = await importBillingFile(t.ctx.db, first, { actor });
    expect(again.rowsReplaced).toBe(2);
    expect(await lineCount()).toBe(2);
    const corrected = await write(
      'sept-fixed.csv',
      focusCsvText(cols, [{ BilledCost: '7', EffectiveCost: '7' }]),
    );
    const r = await importBillingFile(t.ctx.db, corrected, { actor });
    expect(r.periods).toEqual([
      expect.objectContaining({
        provider: 'Example Cloud',
        billingAccountId: 'acct-1',
        billingPeriodStart: '2024-09-01',
        rows: 1,
        replaced: 2,
      }),
    ]);
    const s = await costSeries(t.ctx.db, {
      from: '2024-09-01',
      to: '2024-09-30',
      step: 'month',
      groupBy: 'none',
    });
    expect(s.total).toBe('7');
    // Another account's period is left alone.
    const other = await write(
      'other.csv',
      focusCsvText(cols, [{ BillingAccountId: 'acct-2', EffectiveCost: '3' }]),
    );
    await importBillingFile(t.ctx.db, other, { actor });
    const both = await costSeries(t.ctx.db, {
      from: '2024-09-01',
      to: '2024-09-30',
      step: 'month',
      groupBy: 'none',
    });
    expect(both.total).toBe('10');
  });

  const cols = [...V10_MANDATORY, 'Tags'];
  const bad: [string, () => Promise<string>, { row?: number; field?: string; message: RegExp }][] = [
    [
      'a missing mandatory column',
      () =>
        write(
          'no-cost.csv',
          focusCsvText(
            cols.filter((c) => c !== 'BilledCost'),
            [{}],
          ),
        ),
      { row: 1, field: 'BilledCost', message: /missing|mandatory/i },
    ],
    [
      'a non-numeric cost',
      () => write('text-cost.csv', focusCsvText(cols, [{}, {}, { BilledCost: 'twelve' }])),
      { row: 4, field: 'BilledCost', message: /number|numeric/i },
    ],
    [
      'an unparseable date',
      () => write('bad-date.csv', focusCsvText(cols, [{}, { ChargePeriodStart: '2024-13-45' }])),
      { row: 3, field: 'ChargePeriodStart', message: /date/i },
    ],
    [
      'a truncated gzip',
      async () => {
        const gz = gzipSync(
          focusCsvText(
            cols,
            Array.from({ length: 200 }, () => ({})),
          ),
        );
        return write('cut.csv.gz', gz.subarray(0, Math.floor(gz.length / 2)));
      },
      { message: /damaged|truncated|cut off|unexpected end/i },
    ],
    [
      'a Parquet file of another schema',
      async () => {
        const file = path.join(tmp, 'other.parquet');
        writeParquetFixture(
          file,
          stringColumns(
            ['name', 'size'],
            [
              ['a', '1'],
              ['b', '2'],
            ],
          ),
        );
        return file;
      },
      { field: 'BilledCost', message: /missing|mandatory/i },
    ],
  ];
  for (const [what, make, want] of bad) {
    it(`rejects ${what}, naming file, row and column, and imports nothing`, async () => {
      const good = await write('good.csv', focusCsvText(cols, [{ EffectiveCost: '4' }]));
      await importBillingFile(t.ctx.db, good, { actor });
      const file = await make();
      const err = await importBillingFile(t.ctx.db, file, { actor }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportRejected);
      const issues = (err as ImportRejected).issues.filter((i) => i.severity === 'error');
      expect(issues.length).toBeGreaterThan(0);
      expect(issues).toContainEqual(
        expect.objectContaining({
          file: path.basename(file),
          message: expect.stringMatching(want.message),
          ...(want.row !== undefined ? { row: want.row } : {}),
          ...(want.field !== undefined ? { field: want.field } : {}),
        }),
      );
      // Nothing imported, and the earlier bill is intact.
      expect(await lineCount()).toBe(1);
      const imports = await t.ctx.db.selectFrom('cost_imports').select('file').execute();
      expect(imports.map((i) => i.file)).toEqual(['good.csv']);
    });
  }

  it('re-applies new allocation rules: tags, accounts and a shared pool split in proportion', async () => {
    const csv = focusCsvText(
      [...cols, 'SubAccountId', 'ResourceId'],
      [
        { EffectiveCost: '60', Tags: '{"Team": "Payments-Team"}', SubAccountId: 'a1', ResourceId: 'r1' },
        { EffectiveCost: '20', Tags: '{"team_name": "search"}', SubAccountId: 'a1', ResourceId: 'r2' },
        { EffectiveCost: '10', Tags: '{}', SubAccountId: 'shared', ResourceId: 'k8s' },
        { EffectiveCost: '0.01', Tags: '{}', SubAccountId: 'a9', ResourceId: 'r9' },
      ],
    );
    // One unit is a team of the org, the other is not (yet).
    const payments = await t.ctx.db
      .insertInto('teams')
      .values({ slug: 'payments-team', name: 'Payments Team', kind: 'team' })
      .onConflict((oc) => oc.column('slug').doUpdateSet({ name: 'Payments Team' }))
      .returning('id')
      .executeTakeFirstOrThrow();
    await importBillingFile(t.ctx.db, await write('alloc.csv', csv), { actor });
    const before = await costSeries(t.ctx.db, {
      from: '2024-09-01',
      to: '2024-09-30',
      step: 'month',
      groupBy: 'team',
    });
    const unallocatedGroup = (s: typeof before) => s.groups.find((g) => g.kind === 'unallocated')?.total;
    expect(unallocatedGroup(before)).toBe('10.01');
    // Units no team or service of the org answers to count as unallocated too.
    expect(before.unallocated).toBe('30.01');
    await saveAllocationRules(
      t.ctx.db,
      {
        rules: [{ kind: 'tag' }],
        pools: [{ name: 'platform', match: { accounts: ['shared'] }, split: 'proportional' }],
      },
      actor,
      'share the cluster',
    );
    const after = await costSeries(t.ctx.db, {
      from: '2024-09-01',
      to: '2024-09-30',
      step: 'month',
      groupBy: 'team',
    });
    expect(after.total).toBe('90.01');
    expect(unallocatedGroup(after)).toBe('0.01');
    // The team gets its direct cost and the whole pool (the only known recipient); `search` is a unit no
    // team or service answers to, so it counts as unallocated until the org has it.
    const team = after.groups.find((g) => g.key === `team:${payments.id}`);
    expect(team).toEqual(
      expect.objectContaining({ direct: '60', shared: '10', total: '70', label: 'Payments Team' }),
    );
    expect(after.groups.find((g) => g.key === 'unit:search')?.direct).toBe('20');
    expect(after.unallocated).toBe('20.01');
    expect(decimalUnits(sumDecimals(after.groups.map((g) => g.total)))).toBe(decimalUnits('90.01'));
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'cost.allocation-rules.save')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('serves the API to leaders and managers, not to members', async () => {
    await importBillingFile(t.ctx.db, SAMPLE, { actor });
    const ok = await get(executive, '/api/v1/cost/series?groupBy=provider&step=month');
    expect(ok.status).toBe(200);
    const body = ok.json as { total: string; groups: { label: string }[]; from: string; to: string };
    expect(body.groups.map((g) => g.label).sort()).toEqual(['AWS', 'Microsoft', 'Oracle']);
    expect(body.to).toBe('2024-09-30');
    const lines = await get(executive, '/api/v1/cost/lines?groupBy=provider&group=value:Oracle&limit=5');
    expect(lines.status).toBe(200);
    const l = lines.json as { total: number; items: { file: string; sourceRow: number; provider: string }[] };
    expect(l.total).toBe(7);
    expect(l.items[0]).toEqual(expect.objectContaining({ file: 'focus_sample.csv', provider: 'Oracle' }));
    expect(l.items[0]!.sourceRow).toBeGreaterThan(1);
    expect((await get(member, '/api/v1/cost/series')).status).toBe(403);
    expect((await get(member, '/api/v1/cost/lines')).status).toBe(403);
    const imports = await get(executive, '/api/v1/cost/imports');
    expect((imports.json as { items: { warnings: unknown[] }[] }).items[0]!.warnings.length).toBeGreaterThan(
      0,
    );
  });
  it('adds the cloud cost tagged with an initiative’s name to its actual cost', async () => {
    const created = await executive.request({
      method: 'POST',
      url: '/api/v1/strategy/initiatives',
      payload: {
        name: 'Checkout Revamp',
        status: 'active',
        plannedStart: '2024-08-01',
        plannedEnd: '2024-12-31',
        budget: { amount: '5000', currency: 'USD' },
      },
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = (created.json() as { id: number }).id;
    const csv = focusCsvText(cols, [
      { EffectiveCost: '12.5', Tags: '{"Project": "checkout_revamp"}' },
      { EffectiveCost: '7.25', Tags: '{"initiative": "Checkout Revamp", "team": "x"}' },
      { EffectiveCost: '100', Tags: '{"project": "something-else"}' },
      { EffectiveCost: '3', Tags: '{"project": "checkout-revamp"}', BillingCurrency: 'EUR' },
    ]);
    await importBillingFile(t.ctx.db, await write('tagged.csv', csv), { actor });
    const detail = await executive.request({ method: 'GET', url: `/api/v1/strategy/initiatives/${id}` });
    const cost = (detail.json() as { actualCost: unknown }).actualCost;
    expect(cost).toEqual({
      amount: '19.75',
      currency: 'USD',
      source: 'cloud',
      cloud: expect.arrayContaining([
        { currency: 'USD', amount: '19.75' },
        { currency: 'EUR', amount: '3' },
      ]),
    });
  });
  it('converts other currencies with monthly rates and lists those without a rate apart', async () => {
    const csv = focusCsvText(cols, [
      { EffectiveCost: '100' },
      { EffectiveCost: '10', BillingCurrency: 'EUR' },
      { EffectiveCost: '1000', BillingCurrency: 'JPY' },
    ]);
    await importBillingFile(t.ctx.db, await write('multi.csv', csv), { actor });
    const rates = await write(
      'rates.csv',
      'month,currency,to_currency,rate\n2024-09,EUR,USD,1.1\n2023-01,JPY,USD,0.0068\n',
    );
    const bad = await write(
      'bad-rates.csv',
      'month,currency,to_currency,rate\n2024-9,EUR,USD,1,1\n2024-09,EUR,USD,abc\n',
    );
    const rejected = await runImport(t.ctx.db, t.ctx.registry, actor, {
      kind: 'cost-rates',
      path: bad,
      options: {},
    }).catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(ImportRejected);
    expect((rejected as ImportRejected).issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'bad-rates.csv', row: 2, field: 'month' }),
        expect.objectContaining({ file: 'bad-rates.csv', row: 3, field: 'rate' }),
      ]),
    );
    await runImport(t.ctx.db, t.ctx.registry, actor, { kind: 'cost-rates', path: rates, options: {} });
    const s = await costSeries(t.ctx.db, {
      from: '2024-09-01',
      to: '2024-09-30',
      step: 'month',
      groupBy: 'none',
    });
    expect(s.currency).toBe('USD');
    expect(s.total).toBe('111');
    // No JPY rate for September 2024: kept apart, never added.
    expect(s.otherCurrencies).toEqual([{ currency: 'JPY', total: '1000' }]);
  });
  it('imports an export split into parts from its folder: one period, replaced once, all parts together', async () => {
    const dir = path.join(tmp, 'cur-parts');
    await fs.mkdir(path.join(dir, '20240901-20241001'), { recursive: true });
    await fs.writeFile(
      path.join(dir, '20240901-20241001', 'export-00001.csv.gz'),
      gzipSync(focusCsvText(cols, [{ EffectiveCost: '1.5' }, { EffectiveCost: '2' }])),
    );
    await fs.writeFile(
      path.join(dir, '20240901-20241001', 'export-00002.csv'),
      focusCsvText(cols, [{ EffectiveCost: '4' }]),
    );
    await fs.writeFile(path.join(dir, 'README.txt'), 'not a bill');
    const first = await importBillingFile(t.ctx.db, dir, { actor, file: 'cur-parts' });
    expect(first.rowsImported).toBe(3);
    expect(first.periods).toEqual([expect.objectContaining({ rows: 3, replaced: 0 })]);
    const again = await importBillingFile(t.ctx.db, dir, { actor, file: 'cur-parts' });
    expect(again.periods).toEqual([expect.objectContaining({ rows: 3, replaced: 3 })]);
    expect(await lineCount()).toBe(3);
    const s = await costSeries(t.ctx.db, {
      from: '2024-09-01',
      to: '2024-09-30',
      step: 'month',
      groupBy: 'none',
    });
    expect(s.total).toBe('7.5');
    // A bad part rejects the whole folder, naming the part.
    await fs.writeFile(
      path.join(dir, '20240901-20241001', 'export-00003.csv'),
      focusCsvText(cols, [{ BilledCost: 'n/a' }]),
    );
    const err = await importBillingFile(t.ctx.db, dir, { actor, file: 'cur-parts' }).catch((e: unknown) => e);
    expect((err as ImportRejected).issues[0]).toEqual(
      expect.objectContaining({
        file: path.join('20240901-20241001', 'export-00003.csv'),
        row: 2,
        field: 'BilledCost',
      }),
    );
    expect(await lineCount()).toBe(3);
  });
  it('groups cost by any tag key, with the untagged cost as its own group, down to the lines', async () => {
    const csv = focusCsvText(cols, [
      { EffectiveCost: '1', Tags: '{"Team": "alpha"}' },
      { EffectiveCost: '2', Tags: '{"team": "beta"}' },
      { EffectiveCost: '4', Tags: '{"cost_center": "x"}' },
      { EffectiveCost: '8', Tags: '{}' },
      { EffectiveCost: '16', Tags: '{"TEAM": "alpha"}' },
    ]);
    await importBillingFile(t.ctx.db, await write('tags.csv', csv), { actor });
    const res = await get(
      executive,
      '/api/v1/cost/series?from=2024-09-01&to=2024-09-30&groupBy=tag&tagKey=team',
    );
    const body = res.json as { total: string; groups: { key: string; total: string }[] };
    expect(Object.fromEntries(body.groups.map((g) => [g.key, g.total]))).toEqual({
      'value:alpha': '17',
      'value:beta': '2',
      'value:': '12',
    });
    expect(body.total).toBe('31');
    const untagged = await get(
      executive,
      '/api/v1/cost/lines?from=2024-09-01&to=2024-09-30&groupBy=tag&tagKey=team&group=value:',
    );
    expect((untagged.json as { total: number }).total).toBe(2);
    const alpha = await get(
      executive,
      '/api/v1/cost/lines?from=2024-09-01&to=2024-09-30&groupBy=tag&tagKey=Team&group=value:alpha',
    );
    expect(
      (alpha.json as { items: { effectiveCost: string }[] }).items.map((i) => i.effectiveCost).sort(),
    ).toEqual(['1', '16']);
    const facets = await get(executive, '/api/v1/cost/facets?from=2024-09-01&to=2024-09-30');
    expect((facets.json as { tagKeys: string[] }).tagKeys).toEqual(['cost_center', 'team']);
  });
});
