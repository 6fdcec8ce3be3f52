import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { readFocusParquet } from './billing-file.js';
import { stringColumns, writeParquetFixture } from './billing-test-files.js';
import type { FocusRow } from './focus-collector.js';
import { readFocusCsv } from './focus-csv.js';
import { V10_MANDATORY, VALID_ROW } from './focus-test-files.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const SAMPLE = path.resolve(repoRoot, '../shared/data/focus/focus_sample.csv');
const dir = mkdtempSync(path.join(tmpdir(), 'qd-focus-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readFocusParquet on the FOCUS sample data written as Parquet', async () => {
  const [headers = [], ...records] = parse(readFileSync(SAMPLE), { bom: true }) as string[][];
  const file = path.join(dir, 'focus_sample.parquet');
  writeParquetFixture(file, stringColumns(headers, records), 300);
  const csvRows: FocusRow[] = [];
  const parquetRows: [FocusRow, number][] = [];
  const csv = await readFocusCsv(SAMPLE, { onRow: (row) => void csvRows.push(row) });
  const parquet = await readFocusParquet(file, { onRow: (row, n) => void parquetRows.push([row, n]) });

  it('produces the same records, in order, numbered from 1, over four row groups', () => {
    expect(parquet.format).toBe('focus-parquet');
    expect(parquet.version).toBe('1.0');
    expect([parquet.rows, parquet.errorCount]).toEqual([1000, 0]);
    expect(parquetRows.map(([r]) => r)).toEqual(csvRows);
    expect(parquetRows.map(([, n]) => n)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
  });

  it('produces the same totals and warnings (rows shifted by the CSV header row)', () => {
    expect(parquet.totals).toEqual(csv.totals);
    const shape = (ws: typeof csv.warnings, shift: number) =>
      ws.map((w) => ({ ...w, firstRow: w.firstRow === undefined ? 'schema' : w.firstRow - shift }));
    const csvShape = shape(csv.warnings, 1).map((w) => (w.firstRow === 0 ? { ...w, firstRow: 'schema' } : w));
    expect(shape(parquet.warnings, 0)).toEqual(csvShape);
  });
});

describe('readFocusParquet on typed columns', () => {
  const columns = [...V10_MANDATORY, 'Tags'];
  const typed = (n: number) =>
    columns.map((name) => {
      if (name === 'BilledCost')
        return { name, type: 'DECIMAL' as const, scale: 4, data: [125n, -3n, 1000000000000001n].slice(0, n) };
      if (name === 'EffectiveCost')
        return { name, type: 'DOUBLE' as const, data: [0.1, 1e-7, 1.5].slice(0, n) };
      if (name.endsWith('PeriodStart') || name.endsWith('PeriodEnd'))
        return { name, type: 'TIMESTAMP' as const, data: Array(n).fill(new Date(VALID_ROW[name] ?? 0)) };
      if (name === 'Tags')
        return { name, type: 'MAP' as const, data: [{ team: 'payments' }, null, {}].slice(0, n) };
      return {
        name,
        type: 'STRING' as const,
        data: Array(n).fill(VALID_ROW[name] === 'NULL' ? null : VALID_ROW[name]),
      };
    });

  it('keeps DECIMAL costs exact, reads doubles, timestamps and map Tags', async () => {
    const file = path.join(dir, 'typed.parquet');
    writeParquetFixture(file, typed(3), 2);
    const rows: FocusRow[] = [];
    const r = await readFocusParquet(file, { onRow: (row) => void rows.push(row) });
    expect(r.errorCount).toBe(0);
    expect(rows.map((x) => [x.BilledCost, x.EffectiveCost, x.Tags])).toEqual([
      ['0.0125', '0.1', { team: 'payments' }],
      ['-0.0003', '0.0000001', null],
      ['100000000000.0001', '1.5', {}],
    ]);
    expect(rows[0]).toMatchObject({
      ChargePeriodStart: '2024-09-01T00:00:00Z',
      BillingPeriodEnd: '2024-10-01T00:00:00Z',
    });
    expect(r.totals).toEqual({
      USD: { rows: 3, billedCost: '100000000000.0123', effectiveCost: '1.6000001' },
    });
  });

  it('refuses a Parquet file of another schema, naming the file and each missing column', async () => {
    const file = path.join(dir, 'people.parquet');
    writeParquetFixture(file, [
      { name: 'name', type: 'STRING', data: ['Ada'] },
      { name: 'BilledCost', type: 'DOUBLE', data: [1] },
    ]);
    const r = await readFocusParquet(file);
    expect([r.format, r.version, r.rows]).toEqual([null, null, 0]);
    const missing = r.issues.filter((i) => i.severity === 'error').map((i) => i.field);
    expect(missing).toContain('BillingCurrency');
    expect(missing).not.toContain('BilledCost');
    expect(r.issues[0]).toMatchObject({
      file: 'people.parquet',
      row: undefined,
      message: expect.stringMatching(/mandatory FOCUS column \w+ is missing/),
    });
  });

  it('names row and column of a null BilledCost and of a NaN EffectiveCost', async () => {
    const cols = typed(2);
    const billed = cols.find((c) => c.name === 'BilledCost');
    if (billed) billed.data = [null, 5n];
    const effective = cols.find((c) => c.name === 'EffectiveCost');
    if (effective) effective.data = [1, Number.NaN];
    const file = path.join(dir, 'bad-cells.parquet');
    writeParquetFixture(file, cols);
    const r = await readFocusParquet(file);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([
      expect.objectContaining({ row: 1, field: 'BilledCost', message: 'BilledCost must not be null.' }),
      expect.objectContaining({ row: 2, field: 'EffectiveCost', message: '"NaN" is not a decimal number.' }),
    ]);
    expect(r.totals).toEqual({});
  });
});
