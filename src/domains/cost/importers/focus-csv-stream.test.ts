import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFocusCsv } from './focus-csv.js';
import { focusCsvText, V10_MANDATORY } from './focus-test-files.js';

const ROWS = 200_000;
/**
 * The bound on heap growth while reading: 100 MB. The generated file is ~55 MB on disk; holding its rows as
 * objects would take far more, while a streaming read needs csv-parse's buffers, one row and the garbage not yet
 * collected (measured: ~40 MB growth, GC timing permitting).
 */
const HEAP_BOUND = 100 * 1024 * 1024;

const dir = mkdtempSync(path.join(tmpdir(), 'qd-focus-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readFocusCsv streaming', () => {
  it(`reads ${ROWS.toLocaleString('en')} rows without holding them in memory`, {
    timeout: 120_000,
  }, async () => {
    const file = path.join(dir, 'big.csv');
    const columns = [...V10_MANDATORY, 'Tags'];
    const [header = '', line = ''] = focusCsvText(columns, [
      { BilledCost: '0.01', EffectiveCost: '1.5E-7' },
    ]).split('\n');
    const fd = openSync(file, 'w');
    writeSync(fd, `${header}\n`);
    const block = `${line}\n`.repeat(10_000);
    for (let i = 0; i < ROWS / 10_000; i++) writeSync(fd, block);
    closeSync(fd);

    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let seen = 0;
    const result = await readFocusCsv(file, {
      onRow: () => {
        seen += 1;
        if (seen % 5_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
    });
    peak = Math.max(peak, process.memoryUsage().heapUsed);

    expect(result.errorCount).toBe(0);
    expect([result.rows, seen]).toEqual([ROWS, ROWS]);
    expect(result.totals).toEqual({ USD: { rows: ROWS, billedCost: '2000', effectiveCost: '0.03' } });
    expect(peak - before).toBeLessThan(HEAP_BOUND);
  });
});
