import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { type FocusCsvResult, type FocusRow, readFocusCsv } from './focus-csv.js';
import { DecimalSum } from './focus-decimal.js';
import { focusCsvText, V10_MANDATORY } from './focus-test-files.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const SAMPLE = path.resolve(repoRoot, '../shared/data/focus/focus_sample.csv');

const dir = mkdtempSync(path.join(tmpdir(), 'qd-focus-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}
const errors = (r: FocusCsvResult) => r.issues.filter((i) => i.severity === 'error');
const warningKinds = (r: FocusCsvResult) => r.warnings.map((w) => `${w.column}:${w.kind}`);

/** Independent of the importer: csv-parse sync, BigInt at a fixed 20 fractional digits. */
const SCALE = 20;
function units(text: string): bigint {
  const [int = '0', frac = ''] = text.replace('-', '').split('.');
  const v = BigInt(int + frac.padEnd(SCALE, '0'));
  return text.startsWith('-') ? -v : v;
}
function show(u: bigint): string {
  const s = (u < 0n ? -u : u).toString().padStart(SCALE + 1, '0');
  const frac = s.slice(-SCALE).replace(/0+$/, '');
  const out = s.slice(0, -SCALE) + (frac ? `.${frac}` : '');
  return u < 0n ? `-${out}` : out;
}
function independentTotals(by: string): Record<string, [string, string]> {
  const records = parse(readFileSync(SAMPLE), { columns: true }) as Record<string, string>[];
  const sums = new Map<string, [bigint, bigint]>();
  for (const r of records) {
    const key = r[by] ?? '';
    const [b, e] = sums.get(key) ?? [0n, 0n];
    sums.set(key, [b + units(r.BilledCost ?? ''), e + units(r.EffectiveCost ?? '')]);
  }
  return Object.fromEntries([...sums].map(([k, [b, e]]) => [k, [show(b), show(e)]]));
}

describe('readFocusCsv on the FOCUS sample data', async () => {
  const byProvider = new Map<string, [DecimalSum, DecimalSum]>();
  const byService = new Map<string, [DecimalSum, DecimalSum]>();
  const rows: FocusRow[] = [];
  const add = (map: Map<string, [DecimalSum, DecimalSum]>, key: string, row: FocusRow) => {
    const sums = map.get(key) ?? [new DecimalSum(), new DecimalSum()];
    map.set(key, sums);
    sums[0].add(row.BilledCost as string);
    sums[1].add(row.EffectiveCost as string);
  };
  const result = await readFocusCsv(SAMPLE, {
    onRow: (row) => {
      if (rows.length < 3) rows.push(row);
      add(byProvider, row.ProviderName as string, row);
      add(byService, row.ServiceName as string, row);
    },
  });
  const asStrings = (map: Map<string, [DecimalSum, DecimalSum]>) =>
    Object.fromEntries([...map].map(([k, [b, e]]) => [k, [b.toString(), e.toString()]]));

  it('reads as FOCUS 1.0, 1,000 rows, no errors', () => {
    expect(result.version).toBe('1.0');
    expect(result.rows).toBe(1000);
    expect(errors(result)).toEqual([]);
    expect(result.errorCount).toBe(0);
  });

  it('reports the documented deviations as aggregated warnings', () => {
    const kinds = warningKinds(result);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'Id:unknown-column',
        'ChargeFrequency:non-canonical-value',
        'ChargePeriodStart:date-time-format',
        'ChargePeriodEnd:date-time-format',
        'BillingPeriodStart:date-time-format',
        'Tags:key-whitespace',
      ]),
    );
    const usageBased = result.warnings.find((w) => w.column === 'ChargeFrequency');
    expect(usageBased).toMatchObject({ count: 7, message: expect.stringContaining('"Usage-based"') });
    const dates = result.warnings.find((w) => w.column === 'ChargePeriodStart');
    expect(dates).toMatchObject({ count: 1000, firstRow: 2 });
    // The ~9,000 NULL tokens are FOCUS's own null: no warning. ChargeClass is NULL in every row.
    expect(kinds.filter((k) => k.startsWith('ChargeClass:') || k.startsWith('AvailabilityZone:'))).toEqual(
      [],
    );
    expect(result.warnings.length).toBeLessThan(30);
    // Each summary is also one warning issue, with the file, the first row and the column.
    expect(result.issues).toContainEqual(
      expect.objectContaining({ file: 'focus_sample.csv', row: 1, field: 'Id', severity: 'warning' }),
    );
  });

  it('normalizes the values of a row', () => {
    expect(rows[0]).toMatchObject({
      AvailabilityZone: null,
      BilledCost: '0.00000080000',
      ChargeClass: null,
      ChargeFrequency: 'Usage-Based',
      ChargePeriodStart: '2024-09-18T22:00:00Z',
      ChargePeriodEnd: '2024-09-18T23:00:00Z',
      Id: '11472',
      Tags: null,
    });
    expect(rows[1]?.Tags).toEqual({
      application: 'BrightLensMatrix',
      environment: 'dev',
      business_unit: 'ViennaAI',
    });
  });

  it('totals BilledCost and EffectiveCost exactly, per currency, provider and service', () => {
    const provider = independentTotals('ProviderName');
    const service = independentTotals('ServiceName');
    expect(Object.keys(provider).sort()).toEqual(['AWS', 'Microsoft', 'Oracle']);
    expect(asStrings(byProvider)).toEqual(provider);
    expect(asStrings(byService)).toEqual(service);
    expect(Object.keys(service)).toHaveLength(33);
    const all = independentTotals('BillingCurrency').USD;
    expect(result.totals).toEqual({ USD: { rows: 1000, billedCost: all?.[0], effectiveCost: all?.[1] } });
  });
});

describe('readFocusCsv on malformed files', () => {
  it('names the missing mandatory column and reads no rows', async () => {
    const columns = V10_MANDATORY.filter((c) => c !== 'BilledCost');
    const file = write('no-billed-cost.csv', focusCsvText(columns, [{}]));
    const r = await readFocusCsv(file);
    expect(r.version).toBeNull();
    expect(r.rows).toBe(0);
    expect(errors(r)).toEqual([
      expect.objectContaining({ file: 'no-billed-cost.csv', row: 1, field: 'BilledCost', severity: 'error' }),
    ]);
  });

  it('refuses a non-numeric BilledCost, an unparseable date and invalid Tags JSON, naming row and column', async () => {
    const columns = [...V10_MANDATORY, 'Tags'];
    const file = write(
      'bad-cells.csv',
      focusCsvText(columns, [
        {},
        { BilledCost: '12,50' },
        { ChargePeriodStart: '2024-09-31 00:00:00' },
        { Tags: '{"team": "payments",}' },
        {},
      ]),
    );
    const seen: number[] = [];
    const r = await readFocusCsv(file, { onRow: (_row, n) => void seen.push(n) });
    expect(r.version).toBe('1.0');
    expect(r.rows).toBe(5);
    expect(seen).toEqual([2, 6]);
    expect(errors(r).map((i) => [i.file, i.row, i.field])).toEqual([
      ['bad-cells.csv', 3, 'BilledCost'],
      ['bad-cells.csv', 4, 'ChargePeriodStart'],
      ['bad-cells.csv', 5, 'Tags'],
    ]);
    expect(errors(r)[0]?.message).toMatch(/"12,50" is not a decimal/);
    expect(errors(r)[2]?.message).toMatch(/Invalid JSON/);
    expect(r.totals).toEqual({ USD: { rows: 2, billedCost: '2.5', effectiveCost: '2' } });
  });

  it('refuses a null BilledCost but only warns on another non-nullable null', async () => {
    const file = write(
      'nulls.csv',
      focusCsvText(V10_MANDATORY, [{ BilledCost: 'NULL' }, { ServiceName: 'NULL' }, { ServiceName: 'NULL' }]),
    );
    const r = await readFocusCsv(file);
    expect(errors(r).map((i) => [i.row, i.field])).toEqual([[2, 'BilledCost']]);
    expect(r.warnings).toEqual([
      expect.objectContaining({ column: 'ServiceName', kind: 'null-not-allowed', count: 2, firstRow: 3 }),
    ]);
  });

  it('names the file when gzip data is cut short', async () => {
    const gz = gzipSync(
      focusCsvText(
        V10_MANDATORY,
        Array.from({ length: 200 }, () => ({})),
      ),
    );
    const file = write('cut.csv.gz', gz.subarray(0, gz.length - 40));
    const r = await readFocusCsv(file);
    expect(errors(r)).toEqual([
      expect.objectContaining({ file: 'cut.csv.gz', row: undefined, message: expect.stringMatching(/gzip/) }),
    ]);
  });

  it('names the file when it does not exist, and a row when a quote is never closed', async () => {
    const missing = await readFocusCsv(path.join(dir, 'nope.csv'));
    expect(errors(missing)).toEqual([
      expect.objectContaining({ file: 'nope.csv', row: undefined, message: 'The file does not exist.' }),
    ]);
    const open = await readFocusCsv(
      write('quote.csv', `${focusCsvText(V10_MANDATORY, [{}, {}])}"unclosed,1\n`),
    );
    expect(errors(open)).toEqual([
      expect.objectContaining({ file: 'quote.csv', row: 4, message: expect.stringMatching(/never closed/) }),
    ]);
  });

  it('reads gzip by its magic bytes, from a stream, whatever the name', async () => {
    const gz = gzipSync(focusCsvText(V10_MANDATORY, [{ BilledCost: '1.5E-7' }, {}]));
    const r = await readFocusCsv(Readable.from([gz]), { file: 'export.bin' });
    expect(errors(r)).toEqual([]);
    expect(r.totals.USD).toEqual({ rows: 2, billedCost: '1.25000015', effectiveCost: '2' });
  });

  it('refuses a row with a cell too many', async () => {
    const text = `${focusCsvText(V10_MANDATORY, [{}])}${focusCsvText(V10_MANDATORY, [{}]).split('\n')[1]},extra\n`;
    const r = await readFocusCsv(write('wide.csv', text));
    expect(errors(r)).toEqual([expect.objectContaining({ row: 3, message: expect.stringMatching(/cells/) })]);
  });
});

describe('readFocusCsv version detection', () => {
  it('reads 1.2- and 1.3-shaped files as those versions', async () => {
    const v12 = [...V10_MANDATORY, 'InvoiceId', 'PricingCurrency', 'SkuMeter', 'x_Team'];
    const r12 = await readFocusCsv(write('v12.csv', focusCsvText(v12, [{ x_Team: 'core' }])));
    expect([r12.version, r12.errorCount, r12.warnings]).toEqual(['1.2', 0, []]);
    const v13 = [...v12, 'ServiceProviderName', 'HostProviderName'];
    const rows: FocusRow[] = [];
    const r13 = await readFocusCsv(write('v13.csv', focusCsvText(v13, [{}])), {
      onRow: (r) => void rows.push(r),
    });
    expect([r13.version, r13.errorCount, r13.warnings]).toEqual(['1.3', 0, []]);
    expect(rows[0]).toMatchObject({ ServiceProviderName: 'Example Cloud', InvoiceId: 'INV-1', x_Team: null });
  });
});
