/**
 * Billing CSV files (optionally gzip-compressed, recognized by their magic bytes, whatever the name),
 * streamed record by record: the file is never held in memory. The header row picks the sink
 * (billing-sink.ts): FOCUS, or AWS CUR mapped onto FOCUS. Rows are numbered as lines of the file's
 * records: the header is row 1.
 *
 * The records come from a small RFC 4180 reader (`CsvRecords` below) rather than csv-parse: on a
 * million-line bill csv-parse took more than half the time of the whole read, one callback per character.
 * This one finds quotes and line feeds with `indexOf` and splits the unquoted stretches of a line with
 * `String.split`, so a field costs one native slice.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { decompressed } from '../../../platform/imports/streams.js';
import { type BillingSink, chooseSink, type SinkChoice } from './billing-sink.js';
import {
  type BillingReadOptions,
  type BillingReadResult,
  FocusCollector,
  handOver,
  PROGRESS_EVERY,
} from './focus-collector.js';

/** A CSV syntax error, shaped like csv-parse's (a code, a message and the line). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly lines: number,
  ) {
    super(message);
  }
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Comma-separated records from text fed in pieces: a UTF-8 BOM is dropped, fields may be quoted (`""`
 * inside quotes is one `"`, and quoted fields may hold commas and line breaks), records end at LF or CRLF,
 * or at CR when the first line ends with a lone CR (classic Mac OS). `lines` is the line number the last record ended on (1-based), as csv-parse's `info.lines`.
 */
export class CsvRecords {
  private pending = '';
  private first = true;
  /** Whether records end at a lone CR; undefined until the first line break is seen. */
  private crOnly: boolean | undefined;
  /** Positions of the next quote and line feed in the current text (-1: none left; -2: not looked up). */
  private quoteAt = -2;
  private lfAt = -2;
  /** The line the last complete record ended on (1-based); 0 before the first. */
  lines = 0;

  /** Complete records in `chunk` (after what was pending); with `last`, the end of the input. */
  push(chunk: string, last = false): string[][] {
    let text = this.pending + (this.crOnly ? chunk.replaceAll('\r', '\n') : chunk);
    if (this.first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.first = false;
    }
    if (this.crOnly === undefined) {
      // Line ends are those of the first line break: a lone CR (classic Mac OS) makes every CR one.
      const cr = text.indexOf('\r');
      const lf = text.indexOf('\n');
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        if (cr + 1 === text.length && !last) {
          this.pending = text;
          return [];
        }
        this.crOnly = text.charCodeAt(cr + 1) !== LF;
        if (this.crOnly) text = text.replaceAll('\r', '\n');
      } else if (lf >= 0) this.crOnly = false;
    }
    this.quoteAt = -2;
    this.lfAt = -2;
    const out: string[][] = [];
    let pos = 0;
    while (pos < text.length) {
      const record = this.record(text, pos, last);
      if (record === null) break;
      out.push(record.cells);
      pos = record.next;
    }
    this.pending = text.slice(pos);
    return out;
  }

  private nextQuote(text: string, pos: number): number {
    if (this.quoteAt === -2 || (this.quoteAt >= 0 && this.quoteAt < pos))
      this.quoteAt = text.indexOf('"', pos);
    return this.quoteAt;
  }

  private nextLf(text: string, pos: number): number {
    if (this.lfAt === -2 || (this.lfAt >= 0 && this.lfAt < pos)) this.lfAt = text.indexOf('\n', pos);
    return this.lfAt;
  }

  /** The record at `pos` and where the next starts; null when it is incomplete (more input may follow). */
  private record(text: string, pos: number, last: boolean): { cells: string[]; next: number } | null {
    const n = text.length;
    let cells: string[] = [];
    let breaks = 0;
    for (;;) {
      const lf = this.nextLf(text, pos);
      const q = this.nextQuote(text, pos);
      if (q < 0 || (lf >= 0 && q > lf)) {
        // No quote before the line's end: the rest of the record splits on commas.
        if (lf < 0 && !last) return null;
        let end = lf < 0 ? n : lf;
        if (end > pos && text.charCodeAt(end - 1) === CR) end -= 1;
        const rest = text.slice(pos, end).split(',');
        cells = cells.length ? cells.concat(rest) : rest;
        this.lines += breaks + 1;
        return { cells, next: lf < 0 ? n : lf + 1 };
      }
      // A quote on this line: the fields before it, then the quoted field.
      if (q > pos) {
        if (text.charCodeAt(q - 1) !== COMMA) {
          const at = this.lines + breaks + 1;
          throw new CsvSyntaxError(
            'INVALID_OPENING_QUOTE',
            `Invalid Opening Quote: a quote is found in an unquoted field at line ${at}`,
            at,
          );
        }
        const before = text.slice(pos, q - 1).split(',');
        cells = cells.length ? cells.concat(before) : before;
      }
      let value = '';
      let from = q + 1;
      let close: number;
      for (;;) {
        close = text.indexOf('"', from);
        if (close < 0 || (close === n - 1 && !last)) {
          if (!last) return null;
          throw new CsvSyntaxError('CSV_QUOTE_NOT_CLOSED', 'Quote Not Closed', this.lines + 1);
        }
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += text.slice(from, close + 1);
          from = close + 2;
          continue;
        }
        value += text.slice(from, close);
        break;
      }
      this.quoteAt = -2;
      if (lf >= 0 && lf < close) {
        for (let i = lf; i >= 0 && i < close; i = text.indexOf('\n', i + 1)) breaks += 1;
        this.lfAt = -2;
      }
      cells.push(value);
      pos = close + 1;
      const c = pos < n ? text.charCodeAt(pos) : -1;
      if (c === COMMA) {
        pos += 1;
        if (pos === n) {
          if (!last) return null;
          cells.push('');
          this.lines += breaks + 1;
          return { cells, next: n };
        }
        continue;
      }
      if (c === -1) {
        if (!last) return null;
        this.lines += breaks + 1;
        return { cells, next: n };
      }
      if (c === LF || (c === CR && text.charCodeAt(pos + 1) === LF)) {
        this.lines += breaks + 1;
        return { cells, next: pos + (c === CR ? 2 : 1) };
      }
      if (c === CR && pos + 1 === n && !last) return null;
      const at = this.lines + breaks + 1;
      throw new CsvSyntaxError(
        'CSV_INVALID_CLOSING_QUOTE',
        `Invalid Closing Quote: got "${text[pos]}" at line ${at} instead of a delimiter or the end of the record`,
        at,
      );
    }
  }
}

/**
 * UTF-8 text of bytes fed in pieces: a character split between pieces is kept whole. Faster than
 * StringDecoder on the common case, a piece that ends on a whole character, decoded in one native call.
 */
export class Utf8Pieces {
  private carry: Buffer | undefined;

  write(piece: Buffer): string {
    const bytes = this.carry ? Buffer.concat([this.carry, piece]) : piece;
    this.carry = undefined;
    let end = bytes.length;
    // A trailing character cut short: its lead byte and up to two continuation bytes wait for the next.
    let lead = end - 1;
    while (lead >= 0 && end - lead <= 3 && ((bytes[lead] as number) & 0xc0) === 0x80) lead -= 1;
    if (lead >= 0 && (bytes[lead] as number) >= 0xc0) {
      const b = bytes[lead] as number;
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (end - lead < length) {
        this.carry = Buffer.from(bytes.subarray(lead));
        end = lead;
      }
    }
    return bytes.toString('utf8', 0, end);
  }

  /** The end of the input: a character still cut short becomes U+FFFD, as StringDecoder does. */
  end(): string {
    const rest = this.carry;
    this.carry = undefined;
    return rest ? rest.toString('utf8') : '';
  }
}

/** Records of a byte stream, decoded as UTF-8 (characters split between chunks are kept whole). */
async function* csvRecords(source: AsyncIterable<Buffer>, reader: CsvRecords): AsyncGenerator<string[][]> {
  const decoder = new Utf8Pieces();
  for await (const chunk of source) {
    const records = reader.push(decoder.write(chunk));
    if (records.length) yield records;
  }
  const rest = reader.push(decoder.end(), true);
  if (rest.length) yield rest;
}

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
  let sink: BillingSink | null | undefined;
  const reader = new CsvRecords();
  const source = typeof input === 'string' ? createReadStream(input, { highWaterMark: 1 << 18 }) : input;
  let stream: Readable | undefined;
  try {
    stream = await decompressed(source);
    read: for await (const records of csvRecords(stream, reader)) {
      for (const record of records) {
        recordNo += 1;
        if (sink === undefined) {
          sink = chooseSink(
            record.map((h) => h.trim()),
            collector,
            'csv',
            choice,
          );
          if (sink === null) break read;
          continue;
        }
        if (isBlank(record)) continue;
        const values = (sink as BillingSink).row(record, recordNo);
        if (collector.rows % PROGRESS_EVERY === 0) opts.onProgress?.(collector.rows);
        if (values === null) continue;
        // Most rows are taken synchronously: only a row that fills a batch hands back a promise.
        const taken = handOver(collector, values, recordNo, opts);
        if (taken) await taken;
      }
    }
    if (recordNo === 0) collector.error(1, 'The file is empty: no header row.');
  } catch (err) {
    // A CSV syntax error is at a row; a damaged gzip stream or an unreadable file is the whole file's.
    const code = (err as { code?: string }).code ?? '';
    const csv = code.startsWith('CSV_') || code === 'INVALID_OPENING_QUOTE';
    collector.error(csv ? recordNo + 1 : undefined, readProblem(err, reader.lines));
  } finally {
    stream?.destroy();
    source.destroy();
  }
  opts.onProgress?.(collector.rows);
  return collector.result();
}

function isBlank(record: readonly string[]): boolean {
  for (const cell of record) if (cell.length > 0 && cell.trim() !== '') return false;
  return true;
}
