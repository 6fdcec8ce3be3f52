/**
 * One entry point for cloud bills: `readBillingFile(path)` looks at the file's first bytes and header and
 * streams FOCUS records from whichever format it is —
 * - Parquet (magic bytes `PAR1`): FOCUS 1.0–1.3, AWS CUR 2.0 (Data Exports), legacy CUR (Athena names);
 * - CSV, plain or gzip (magic bytes 1f 8b): FOCUS 1.0–1.3, AWS CUR 2.0, legacy CUR (`lineItem/...`).
 * FOCUS is recognized by its mandatory columns (focus-spec.ts), CUR by its line-item columns
 * (cur-mapping.ts); a file that is neither gets errors naming the FOCUS columns it lacks, or the CUR
 * columns when it looks like a CUR file. Every format yields the same records, issues and totals.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { readBillingCsv } from './billing-csv.js';
import { PARQUET_MAGIC, readBillingParquet } from './billing-parquet.js';
import type { SinkChoice } from './billing-sink.js';
import type { BillingReadOptions, BillingReadResult } from './focus-collector.js';

export type {
  BillingFormat,
  BillingReadOptions,
  BillingReadResult,
  FocusRow,
} from './focus-collector.js';

/** The container of a file by its first bytes: parquet, gzip or plain text (null when unreadable). */
export async function sniffContainer(path: string): Promise<'parquet' | 'gzip' | 'text' | null> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    if (bytesRead === 4 && head.toString('latin1') === PARQUET_MAGIC) return 'parquet';
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
    return 'text';
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

async function read(path: string, choice: SinkChoice, opts: BillingReadOptions): Promise<BillingReadResult> {
  const file = opts.file ?? basename(path);
  const container = await sniffContainer(path);
  if (container === 'parquet') return readBillingParquet(path, file, choice, opts);
  // Unreadable files go to the CSV reader too, which reports them ("The file does not exist.").
  return readBillingCsv(path, file, choice, opts);
}

/** Reads any supported billing file (see the header comment). Never throws on bad content. */
export function readBillingFile(path: string, opts: BillingReadOptions = {}): Promise<BillingReadResult> {
  return read(path, 'any', opts);
}

/** Reads a FOCUS Parquet file; a Parquet file of another schema gets errors naming the missing columns. */
export function readFocusParquet(path: string, opts: BillingReadOptions = {}): Promise<BillingReadResult> {
  return readBillingParquet(path, opts.file ?? basename(path), 'focus', opts);
}

/** Reads an AWS CUR 2.0 or legacy CUR file (CSV, gzip CSV or Parquet) as FOCUS records. */
export function readCurFile(path: string, opts: BillingReadOptions = {}): Promise<BillingReadResult> {
  return read(path, 'cur', opts);
}
