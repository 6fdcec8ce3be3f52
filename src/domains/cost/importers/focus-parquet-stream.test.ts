import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFocusParquet } from './billing-file.js';
import { type FixtureColumn, writeParquetFixture } from './billing-test-files.js';
import { V10_MANDATORY, VALID_ROW } from './focus-test-files.js';

const ROWS = 200_000;
const GROUP = 10_000;
/**
 * The bound on heap growth while reading: 100 MB. Reading the whole file at once (hyparquet's
 * parquetReadObjects) grows the heap by about 175 MB; reading one 10,000-row group at a time needs that
 * group's columns and rows plus garbage not yet collected (measured: about 50 MB).
 */
const HEAP_BOUND = 100 * 1024 * 1024;
const dir = mkdtempSync(path.join(tmpdir(), 'qd-focus-parquet-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readFocusParquet streaming', () => {
  it(`reads ${ROWS.toLocaleString('en')} rows one row group at a time`, { timeout: 120_000 }, async () => {
    const file = path.join(dir, 'big.parquet');
    const columns: FixtureColumn[] = V10_MANDATORY.map((name) => {
      if (name === 'BilledCost')
        return {
          name,
          type: 'DECIMAL',
          scale: 2,
          data: Array.from({ length: ROWS }, (_, i) => BigInt(i % 100)),
        };
      const value = VALID_ROW[name];
      return { name, type: 'STRING', data: Array(ROWS).fill(value === 'NULL' ? null : value) };
    });
    writeParquetFixture(file, columns, GROUP);
    columns.length = 0;

    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let seen = 0;
    const progress: number[] = [];
    const result = await readFocusParquet(file, {
      onRow: () => {
        seen += 1;
        if (seen % 5_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
      onProgress: (n) => void progress.push(n),
    });
    peak = Math.max(peak, process.memoryUsage().heapUsed);

    expect(result.errorCount).toBe(0);
    expect([result.rows, seen]).toEqual([ROWS, ROWS]);
    // sum of (i % 100) / 100 over 200,000 rows = 2,000 × 49.5
    expect(result.totals).toEqual({ USD: { rows: ROWS, billedCost: '99000', effectiveCost: '200000' } });
    expect(progress.slice(0, 3)).toEqual([10_000, 20_000, 30_000]);
    expect(peak - before).toBeLessThan(HEAP_BOUND);
  });
});
