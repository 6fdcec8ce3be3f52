import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../platform/seeded-random.js';
import { CsvRecords, CsvSyntaxError, Utf8Pieces } from './billing-csv.js';
import type { FocusRow } from './focus-collector.js';
import { readFocusCsv } from './focus-csv.js';
import { focusCsvText, V10_MANDATORY } from './focus-test-files.js';

/** All records of `text` fed in pieces of the given sizes (cycled). */
function records(text: string, sizes: number[] = [text.length || 1]): { rows: string[][]; lines: number } {
  const reader = new CsvRecords();
  const rows: string[][] = [];
  let i = 0;
  let k = 0;
  while (i < text.length) {
    const size = Math.max(1, sizes[k++ % sizes.length] as number);
    rows.push(...reader.push(text.slice(i, i + size)));
    i += size;
  }
  rows.push(...reader.push('', true));
  return { rows, lines: reader.lines };
}

const csvField = (v: string) => (/[",\r\n]/.test(v) || v === '' ? `"${v.replaceAll('"', '""')}"` : v);

describe('CsvRecords', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, ""y""","multi\nline"\n,,\n"",last,"q"';
    expect(records(text).rows).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"', 'multi\nline'],
      ['', '', ''],
      ['', 'last', 'q'],
    ]);
    expect(records(text).lines).toBe(5);
  });

  it('gives the same records as csv-parse, whatever the chunk boundaries', () => {
    const rnd = seededRandom(42);
    const alphabet = ['a', 'b', ' ', ',', '"', '\n', '\r\n', 'é', '🚀', '{"k":"v"}', '1.5', ''];
    for (let round = 0; round < 60; round++) {
      const eol = ['\n', '\r\n', '\r'][round % 3] as string;
      // Files with classic Mac line ends (CR) are not expected to hold line breaks inside fields.
      const letters = eol === '\r' ? alphabet.filter((a) => !a.includes('\n')) : alphabet;
      const width = 1 + Math.floor(rnd() * 6);
      const rows = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () =>
        Array.from({ length: width }, () =>
          Array.from(
            { length: Math.floor(rnd() * 4) },
            () => letters[Math.floor(rnd() * letters.length)],
          ).join(''),
        ),
      );
      const text = rows.map((r) => r.map(csvField).join(',')).join(eol) + (rnd() < 0.5 ? eol : '');
      const expected = parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
      for (const sizes of [[text.length], [1], [2, 3, 5], [7, 1, 13]])
        expect(records(text, sizes).rows, JSON.stringify({ text, sizes })).toEqual(expected);
    }
  });

  it('names the line of a quote that is never closed, or that opens inside a field', () => {
    const unclosed = () => records('a,b\n1,2\n"open,3\n4,5\n');
    expect(unclosed).toThrow(CsvSyntaxError);
    expect(unclosed).toThrow(expect.objectContaining({ code: 'CSV_QUOTE_NOT_CLOSED', lines: 3 }));
    expect(() => records('a,b\n1,x"y\n')).toThrow(
      expect.objectContaining({ code: 'INVALID_OPENING_QUOTE', lines: 2 }),
    );
    expect(() => records('a,b\n"x"y,1\n')).toThrow(
      expect.objectContaining({ code: 'CSV_INVALID_CLOSING_QUOTE', lines: 2 }),
    );
  });
});

describe('Utf8Pieces', () => {
  it('decodes text cut anywhere, through two-, three- and four-byte characters, as one decode of the whole', () => {
    const rnd = seededRandom(7);
    const letters = ['a', ',', '\n', 'é', '€', '🚀', 'ß', '中'];
    for (let round = 0; round < 200; round++) {
      const text = Array.from(
        { length: Math.floor(rnd() * 40) },
        () => letters[Math.floor(rnd() * letters.length)],
      ).join('');
      const bytes = Buffer.from(text, 'utf8');
      const decoder = new Utf8Pieces();
      let out = '';
      for (let i = 0; i < bytes.length; ) {
        const size = 1 + Math.floor(rnd() * 5);
        out += decoder.write(bytes.subarray(i, i + size));
        i += size;
      }
      out += decoder.end();
      expect(out, JSON.stringify(text)).toBe(text);
    }
  });

  it('ends a character cut short at the end of the input, and bad bytes, as U+FFFD (as StringDecoder)', () => {
    const cut = new Utf8Pieces();
    expect(cut.write(Buffer.from([0x61, 0xe2, 0x82])) + cut.end()).toBe('a\uFFFD');
    const bad = new Utf8Pieces();
    expect(bad.write(Buffer.from([0x61, 0xff, 0x62])) + bad.end()).toBe('a\uFFFDb');
  });
});

describe('normalized cells of repeating columns', () => {
  it('counts every warning of a repeated value and shares one frozen Tags object per distinct text', async () => {
    const columns = [...V10_MANDATORY, 'Tags'];
    const rows = Array.from({ length: 5 }, () => ({
      ChargeCategory: 'usage',
      Tags: '{" team ": "payments"}',
    }));
    const seen: FocusRow[] = [];
    const result = await readFocusCsv(Readable.from([focusCsvText(columns, rows)]), {
      onRow: (row) => void seen.push(row),
    });
    expect(result.errorCount).toBe(0);
    const count = (column: string) => result.warnings.find((w) => w.column === column)?.count;
    expect([count('ChargeCategory'), count('Tags')]).toEqual([5, 5]);
    expect(seen.map((r) => r.ChargeCategory)).toEqual(Array(5).fill('Usage'));
    expect(seen[0]!.Tags).toEqual({ team: 'payments' });
    expect(seen[0]!.Tags).toBe(seen[1]!.Tags);
    expect(Object.isFrozen(seen[0]!.Tags)).toBe(true);
  });
});
