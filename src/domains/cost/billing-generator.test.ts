import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BillingGenerator,
  type BillingGeneratorOptions,
  generateFocusRows,
  micros,
  writeFocusCsv,
  writeFocusCsvByMonth,
} from './billing-generator.js';
import { readBillingFile } from './importers/billing-file.js';
import type { FocusRow } from './importers/focus-collector.js';
import { DecimalSum } from './importers/focus-decimal.js';

const teams = ['payments', 'checkout', 'platform', 'data'].map((slug) => ({ slug, name: slug }));
const options: BillingGeneratorOptions = {
  units: {
    teams,
    services: teams.flatMap((t) =>
      [`${t.slug}-api`, `${t.slug}-worker`].map((name) => ({ name, team: t.slug })),
    ),
  },
  start: '2025-11-01',
  days: 365,
  lines: 30_000,
  seed: 5,
};

let dir: string;
let rows: FocusRow[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qd-bill-gen-'));
  rows = [...generateFocusRows(options)];
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const num = (v: unknown) => Number(v);
const share = (pred: (r: FocusRow) => boolean, of = rows) => of.filter(pred).length / of.length;
const cost = (of: FocusRow[]) => of.reduce((s, r) => s + num(r.EffectiveCost), 0);

describe('billing generator', () => {
  it('writes exact decimal strings from micro-units', () => {
    expect([micros(0), micros(1), micros(1_500_000), micros(-250), micros(12_000_000)]).toEqual([
      '0',
      '0.000001',
      '1.5',
      '-0.00025',
      '12',
    ]);
  });

  it('writes a FOCUS 1.2 file the reader takes without errors or warnings, with the same totals', async () => {
    const path = join(dir, 'bill.csv.gz');
    const written = await writeFocusCsv(path, options, { gzip: true });
    expect(written.rows).toBe(rows.length);
    expect(Math.abs(rows.length - options.lines) / options.lines).toBeLessThan(0.03);
    const read = await readBillingFile(path);
    expect([read.errorCount, read.warnings, read.version, read.rows]).toEqual([0, [], '1.2', rows.length]);
    const billed = new DecimalSum();
    for (const r of rows) billed.add(r.BilledCost as string);
    expect(read.totals.USD?.billedCost).toBe(billed.toString());
  });

  it('is deterministic: the same options give the same bytes, another seed another bill', async () => {
    const hash = async (o: BillingGeneratorOptions, name: string) => {
      await writeFocusCsv(join(dir, name), o);
      return createHash('sha256')
        .update(await readFile(join(dir, name)))
        .digest('hex');
    };
    const small = { ...options, lines: 3000, days: 40 };
    expect(await hash(small, 'a.csv')).toBe(await hash(small, 'b.csv'));
    expect(await hash({ ...small, seed: 6 }, 'c.csv')).not.toBe(await hash(small, 'a.csv'));
  });

  it('has three providers, the charge categories, commitments, idle and untagged lines', () => {
    expect(new Set(rows.map((r) => r.ProviderName))).toEqual(new Set(['AWS', 'Microsoft', 'Google Cloud']));
    expect(new Set(rows.map((r) => r.ChargeCategory))).toEqual(
      new Set(['Usage', 'Purchase', 'Tax', 'Credit']),
    );
    expect(new Set(rows.map((r) => r.CommitmentDiscountStatus))).toEqual(new Set([null, 'Used', 'Unused']));
    expect(new Set(rows.map((r) => r.CommitmentDiscountType))).toEqual(
      new Set([null, 'Savings Plan', 'Reservation', 'Committed Use Discount']),
    );
    const usage = rows.filter(
      (r) => r.ChargeCategory === 'Usage' && r.ResourceId !== null && r.Tags !== undefined,
    );
    expect(usage.some((r) => r.ConsumedQuantity === '0' && num(r.EffectiveCost) > 0)).toBe(true);
    const resourceLines = rows.filter(
      (r) => r.CommitmentDiscountStatus !== 'Unused' && r.ChargeCategory === 'Usage',
    );
    const untagged = share(
      (r) => r.Tags === null || Object.keys(r.Tags as object).length === 0,
      resourceLines,
    );
    expect(untagged).toBeGreaterThan(0.04);
    expect(untagged).toBeLessThan(0.14);
  });

  it('spells the team tag in several ways and keeps the shared account apart', () => {
    const keys = new Set(rows.flatMap((r) => Object.keys((r.Tags as object | null) ?? {})));
    for (const k of ['team', 'Team', 'team_name', 'service', 'env', 'environment', 'cost_center'])
      expect(keys).toContain(k);
    const values = new Set(rows.map((r) => (r.Tags as Record<string, string> | null)?.team ?? ''));
    expect([...values].some((v) => v.endsWith('-Team'))).toBe(true);
    expect([...values].some((v) => v.endsWith('_team'))).toBe(true);
    const shared = rows.filter(
      (r) => r.SubAccountName === 'platform-shared' || r.SubAccountName === 'Acme Platform Shared',
    );
    expect(new Set(shared.map((r) => r.ServiceCategory))).toContain('Networking');
  });

  it('makes weekdays busier, grows over the year and puts about 30% of the cost outside production', () => {
    const usage = rows.filter((r) => r.ChargeCategory === 'Usage');
    const byDay = new Map<string, number>();
    for (const r of usage)
      byDay.set(
        r.ChargePeriodStart as string,
        (byDay.get(r.ChargePeriodStart as string) ?? 0) + num(r.EffectiveCost),
      );
    const weekday = [...byDay].filter(([d]) => ![0, 6].includes(new Date(d).getUTCDay()));
    const weekend = [...byDay].filter(([d]) => [0, 6].includes(new Date(d).getUTCDay()));
    const avg = (xs: [string, number][]) => xs.reduce((s, [, v]) => s + v, 0) / xs.length;
    expect(avg(weekday)).toBeGreaterThan(avg(weekend) * 1.05);
    const days = [...byDay.values()];
    const first = days.slice(0, 60).reduce((a, b) => a + b, 0);
    const last = days.slice(-60).reduce((a, b) => a + b, 0);
    expect(last).toBeGreaterThan(first * 1.1);
    const envOf = (r: FocusRow) => {
      const t = (r.Tags as Record<string, string> | null) ?? {};
      return (t.env ?? t.environment ?? t.Environment ?? '').toLowerCase();
    };
    const tagged = usage.filter((r) => envOf(r) !== '');
    const nonProd = cost(tagged.filter((r) => !['prod', 'production'].includes(envOf(r)))) / cost(tagged);
    expect(nonProd).toBeGreaterThan(0.2);
    expect(nonProd).toBeLessThan(0.42);
  });

  it('injects spikes of a few days, each several times its resource’s usual cost', () => {
    const { anomalies } = new BillingGenerator(options);
    expect(anomalies.length).toBeGreaterThanOrEqual(2);
    expect(anomalies.length).toBeLessThanOrEqual(4);
    for (const a of anomalies) {
      const lines = rows.filter((r) => r.ResourceId === a.resourceId);
      expect(lines.length).toBe(options.days);
      const inside = lines.filter(
        (r) =>
          (r.ChargePeriodStart as string).slice(0, 10) >= a.from &&
          (r.ChargePeriodStart as string).slice(0, 10) <= a.to,
      );
      const outside = lines
        .filter((r) => !inside.includes(r))
        .map((r) => num(r.ListCost))
        .sort((x, y) => x - y);
      const median = outside[Math.floor(outside.length / 2)]!;
      expect(inside.length).toBeGreaterThanOrEqual(2);
      for (const r of inside) expect(num(r.ListCost)).toBeGreaterThan(median * 3);
    }
  });

  it('writes one file per month', async () => {
    const out = await writeFocusCsvByMonth(join(dir), {
      ...options,
      lines: 6000,
      start: '2026-01-15',
      days: 60,
    });
    expect(out.files.map((f) => f.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    const sum = out.files.reduce((s, f) => s + f.rows, 0);
    expect(Math.abs(sum - 6000) / 6000).toBeLessThan(0.05);
    const feb = await readBillingFile(out.files[1]!.path);
    expect([feb.errorCount, feb.rows]).toEqual([0, out.files[1]!.rows]);
  });
});
