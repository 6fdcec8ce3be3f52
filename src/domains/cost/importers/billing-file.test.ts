import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { type BillingReadResult, readBillingFile, sniffContainer } from './billing-file.js';
import { stringColumns, writeParquetFixture } from './billing-test-files.js';
import { CUR_COLUMNS, CUR_LINES, csvCell, curValue, legacyHeader } from './cur-test-files.js';
import { focusCsvText, V10_MANDATORY } from './focus-test-files.js';

const dir = mkdtempSync(path.join(tmpdir(), 'qd-billing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}
const errors = (r: BillingReadResult) => r.issues.filter((i) => i.severity === 'error');

/** A legacy CUR CSV of the fixture lines, with `edit` applied to each line's values (by canonical column). */
function legacyCur(
  columns = CUR_COLUMNS,
  edit: (i: number, values: Record<string, string>) => void = () => {},
) {
  const lines = CUR_LINES.map((_, i) => {
    const values = Object.fromEntries(columns.map((c) => [c, curValue(i, c)]));
    edit(i, values);
    return columns.map((c) => csvCell(values[c] ?? '')).join(',');
  });
  return `${[columns.map(legacyHeader).join(','), ...lines].join('\n')}\n`;
}

describe('readBillingFile detection', () => {
  const focus = focusCsvText([...V10_MANDATORY, 'Tags'], [{}, { BilledCost: '2.5' }]);

  it('reads FOCUS CSV, gzip CSV and Parquet alike', async () => {
    const csv = write('focus.csv', focus);
    const gz = write('focus.csv.gz', gzipSync(focus));
    const [, ...records] = focus.trim().split('\n');
    const parquet = path.join(dir, 'focus.parquet');
    const rows = parse(records.join('\n')) as string[][];
    writeParquetFixture(parquet, stringColumns([...V10_MANDATORY, 'Tags'], rows));
    expect(await Promise.all([csv, gz, parquet].map(sniffContainer))).toEqual(['text', 'gzip', 'parquet']);
    const results = await Promise.all([csv, gz, parquet].map((f) => readBillingFile(f)));
    expect(results.map((r) => r.format)).toEqual(['focus-csv', 'focus-csv', 'focus-parquet']);
    for (const r of results)
      expect(r.totals).toEqual({ USD: { rows: 2, billedCost: '3.75', effectiveCost: '2' } });
  });

  it('reads a legacy CUR CSV as cur-legacy', async () => {
    const r = await readBillingFile(write('cur.csv', legacyCur()));
    expect([r.format, r.rows, r.errorCount]).toEqual(['cur-legacy', CUR_LINES.length, 0]);
  });
});

describe('readBillingFile on malformed input', () => {
  it('names a missing mandatory CUR column by its header', async () => {
    const cols = CUR_COLUMNS.filter((c) => c !== 'line_item_unblended_cost');
    const r = await readBillingFile(write('no-cost.csv', legacyCur(cols)));
    expect([r.format, r.rows]).toEqual([null, 0]);
    expect(errors(r)).toEqual([
      expect.objectContaining({
        file: 'no-cost.csv',
        row: 1,
        field: 'lineItem/UnblendedCost',
        message: expect.stringContaining('lineItem/UnblendedCost is missing'),
      }),
    ]);
  });

  it('names file, row and column of a non-numeric cost and keeps the other lines', async () => {
    const text = legacyCur(CUR_COLUMNS, (i, v) => {
      if (i === 1) v.line_item_unblended_cost = '1,5';
      if (i === 4) v.reservation_effective_cost = 'n/a';
    });
    const r = await readBillingFile(write('bad-cost.csv', text));
    expect(errors(r)).toEqual([
      {
        file: 'bad-cost.csv',
        row: 3,
        field: 'lineItem/UnblendedCost',
        message: '"1,5" is not a decimal number.',
        severity: 'error',
      },
      {
        file: 'bad-cost.csv',
        row: 6,
        field: 'reservation/EffectiveCost',
        message: '"n/a" is not a decimal number.',
        severity: 'error',
      },
    ]);
    expect(r.rows).toBe(CUR_LINES.length);
    expect(r.totals.USD?.rows).toBe(CUR_LINES.length - 2);
  });

  it('names row and column of an unparseable date', async () => {
    const text = legacyCur(CUR_COLUMNS, (i, v) => {
      if (i === 2) v.line_item_usage_start_date = '2024-09-31T00:00:00Z';
    });
    const r = await readBillingFile(write('bad-date.csv', text));
    expect(errors(r)).toEqual([
      expect.objectContaining({
        row: 4,
        field: 'lineItem/UsageStartDate',
        message: expect.stringContaining('no such day'),
      }),
    ]);
  });

  it('reports a truncated gzip file as damaged', async () => {
    const [header, ...lines] = legacyCur().trim().split('\n');
    const gz = gzipSync(`${[header, ...Array(50).fill(lines).flat()].join('\n')}\n`);
    const r = await readBillingFile(write('cut.csv.gz', gz.subarray(0, Math.floor(gz.length / 2))));
    expect(errors(r)).toEqual([
      expect.objectContaining({
        file: 'cut.csv.gz',
        row: undefined,
        message: expect.stringMatching(/gzip data is damaged or cut short/),
      }),
    ]);
  });

  it('refuses a Parquet file of another schema, naming each missing FOCUS column', async () => {
    const file = path.join(dir, 'deploys.parquet');
    writeParquetFixture(file, [{ name: 'service', type: 'STRING', data: ['api'] }]);
    const r = await readBillingFile(file);
    expect(r.rows).toBe(0);
    expect(errors(r).map((i) => i.field)).toEqual(
      expect.arrayContaining(['BilledCost', 'EffectiveCost', 'ServiceName']),
    );
    expect(errors(r)[0]).toMatchObject({
      file: 'deploys.parquet',
      message: expect.stringContaining('not a FOCUS file'),
    });
  });

  it('reports a cut-off Parquet file and a missing file', async () => {
    const file = path.join(dir, 'whole.parquet');
    writeParquetFixture(file, [{ name: 'service', type: 'STRING', data: ['api'] }]);
    const bytes = readFileSync(file);
    const cut = await readBillingFile(write('cut.parquet', bytes.subarray(0, bytes.length - 10)));
    expect(errors(cut)).toEqual([
      expect.objectContaining({
        file: 'cut.parquet',
        message: expect.stringMatching(/^Not a readable Parquet file/),
      }),
    ]);
    const missing = await readBillingFile(path.join(dir, 'nope.parquet'));
    expect(errors(missing)).toEqual([expect.objectContaining({ message: 'The file does not exist.' })]);
  });

  it('refuses an unreadable CUR 2.0 resource_tags cell, naming row and column', async () => {
    const header = [...CUR_COLUMNS, 'resource_tags'];
    const line = (i: number, tags: string) =>
      [...CUR_COLUMNS.map((c) => curValue(i, c)), tags].map(csvCell).join(',');
    const text = `${header.join(',')}\n${line(0, '{"user_team":"core"}')}\n${line(1, '{user_team: core}')}\n`;
    const r = await readBillingFile(write('cur2-tags.csv', text));
    expect(r.format).toBe('cur2');
    expect(errors(r)).toEqual([expect.objectContaining({ row: 3, field: 'resource_tags' })]);
  });
});
