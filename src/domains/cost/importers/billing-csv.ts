/**
 * Billing CSV files (optionally gzip-compressed, recognized by their magic bytes, whatever the name),
 * streamed record by record through csv-parse: the file is never held in memory. The header row picks
 * the sink (billing-sink.ts): FOCUS, or AWS CUR mapped onto FOCUS. Rows are numbered as lines of the
 * file's records: the header is row 1.
 */
import { createReadStream } from 'node:fs';
import { pipeline, type Readable } from 'node:stream';
import { type Info, parse } from 'csv-parse';
import { decompressed } from '../../../platform/imports/streams.js';
import { type BillingSink, chooseSink, type SinkChoice } from './billing-sink.js';
import {
  type BillingReadOptions,
  type BillingReadResult,
  FocusCollector,
  PROGRESS_EVERY,
} from './focus-collector.js';

/** A problem that stops the read, in words (gzip damage, CSV syntax, an unreadable file). */
export function readProblem(err: unknown, lastLine: number): string {
  const e = err as { code?: string; message?: string; lines?: number };
  if (
    e.code === 'Z_DATA_ERROR' ||
    e.code === 'Z_BUF_ERROR' ||
    /unexpected end of file/i.test(e.message ?? '')
  )
    return `The gzip data is damaged or cut short: ${e.message ?? e.code}.`;
  if (e.code === 'CSV_QUOTE_NOT_CLOSED')
    return `Malformed CSV: the quoted field opened on line ${lastLine + 1} is never closed.`;
  if (e.code?.startsWith('CSV_') || e.code === 'INVALID_OPENING_QUOTE')
    return `Malformed CSV at line ${e.lines ?? lastLine + 1}: ${e.message ?? e.code}.`;
  if (e.code === 'ENOENT') return 'The file does not exist.';
  return `The file could not be read: ${e.message ?? String(err)}.`;
}

/** Reads a billing CSV into `collector`. Never throws on bad content: every problem becomes an issue. */
export async function readBillingCsv(
  input: Readable | string,
  file: string,
  choice: SinkChoice,
  opts: BillingReadOptions = {},
): Promise<BillingReadResult> {
  const collector = new FocusCollector(file, opts.maxErrors);
  let recordNo = 0;
  let lastLine = 0;
  let sink: BillingSink | null | undefined;
  const parser = parse({ bom: true, relax_column_count: true, info: true, skip_empty_lines: false });
  const source = typeof input === 'string' ? createReadStream(input) : input;
  try {
    // A failing source or gunzip destroys the parser with its error, which the loop below then throws.
    pipeline(await decompressed(source), parser, () => {});
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      recordNo += 1;
      lastLine = info.lines;
      if (sink === undefined) {
        sink = chooseSink(
          record.map((h) => h.trim()),
          collector,
          'csv',
          choice,
        );
        if (sink === null) break;
        continue;
      }
      if (sink === null) break;
      if (record.every((cell) => cell.trim() === '')) continue;
      const row = sink.row(record, recordNo);
      if (collector.rows % PROGRESS_EVERY === 0) opts.onProgress?.(collector.rows);
      if (row !== null) await opts.onRow?.(row, recordNo);
    }
    if (recordNo === 0) collector.error(1, 'The file is empty: no header row.');
  } catch (err) {
    // A CSV syntax error is at a row; a damaged gzip stream or an unreadable file is the whole file's.
    const code = (err as { code?: string }).code ?? '';
    const csv = code.startsWith('CSV_') || code === 'INVALID_OPENING_QUOTE';
    collector.error(csv ? recordNo + 1 : undefined, readProblem(err, lastLine));
  } finally {
    parser.destroy();
    source.destroy();
  }
  opts.onProgress?.(collector.rows);
  return collector.result();
}
