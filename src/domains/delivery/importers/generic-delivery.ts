/**
 * The generic delivery import: any source's repositories, commits, pull requests, reviews, comments,
 * deployments and incidents, as JSON lines (one object per line with a `type`) or CSV (one file per
 * type), gzip-compressed or not, read as streams -> `DeliveryInput`. Several files (or a folder of them)
 * are read together, so reviews in reviews.csv join their pull requests in pull_requests.csv and a key
 * repeated across files is reported once. Pure: files in, input and issues out; nothing is written.
 * Format: docs/import-formats.md, "Delivery: the generic format"; schema: generic-schema.ts.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { decompressed, peekStream } from '../../../platform/imports/streams.js';
import type { ImportIssue } from './delivery-input.js';
import { GenericAssembler, type GenericDeliveryResult } from './generic-assemble.js';
import { readGenericCsv } from './generic-csv.js';
import { readGenericJsonLines, readProblem, recordType } from './generic-jsonl.js';
import { GenericRecordReader } from './generic-record.js';
import { GENERIC_RECORD_TYPES, type GenericRecordType } from './generic-schema.js';

export type {
  GenericDeliveryResult,
  PullRequestCommentInput,
  PullRequestReviewInput,
} from './generic-assemble.js';
export { typeFromFileName, typeFromHeaders } from './generic-csv.js';
export {
  GENERIC_DELIVERY_JSON_SCHEMA,
  GENERIC_RECORD_TYPES,
  GenericDeliveryRecord,
  type GenericRecordType,
  genericFields,
  genericRequiredFields,
} from './generic-schema.js';

export type GenericFormat = 'jsonl' | 'csv';

export interface GenericDeliveryOptions {
  /** The record type of every CSV file given (default: from each file's name, else its headers). */
  type?: GenericRecordType | string | undefined;
  /** Names the source of deployments and incidents (their key is source + id). Default `generic`. */
  source?: string | undefined;
  /** The name of a single file in issues (default: its base name). */
  fileLabel?: string | undefined;
  /** Called with the number of records read so far, every 1,000 records and at the end. */
  onProgress?: ((records: number) => void) | undefined;
}

const PROGRESS_EVERY = 1000;
const DATA_FILE = /\.(jsonl|ndjson|json|csv|tsv)(\.gz)?$/i;

/** The form a file name announces: `.jsonl`/`.ndjson`/`.json` -> JSON lines, `.csv`/`.tsv` -> CSV (`.gz` allowed). */
export function genericFormatOf(file: string): GenericFormat | null {
  const m = DATA_FILE.exec(file);
  if (!m) return null;
  return /^(csv|tsv)$/i.test(m[1] ?? '') ? 'csv' : 'jsonl';
}

class GenericRun {
  readonly issues: ImportIssue[] = [];
  readonly reader = new GenericRecordReader(this.issues);
  readonly assembler = new GenericAssembler(this.issues);
  private records = 0;

  constructor(private readonly opts: GenericDeliveryOptions) {}

  private onRecord = () => {
    this.records += 1;
    if (this.records % PROGRESS_EVERY === 0) this.opts.onProgress?.(this.records);
  };

  private csvType(file: string): GenericRecordType | undefined | null {
    if (this.opts.type === undefined || this.opts.type === '') return undefined;
    const type = recordType(this.opts.type);
    if (type === null)
      this.issues.push({
        file,
        message: `"${this.opts.type}" is not a record type. Types: ${GENERIC_RECORD_TYPES.join(', ')}.`,
        severity: 'error',
      });
    return type;
  }

  async read(input: Readable, file: string, format: GenericFormat | null): Promise<void> {
    let text: Readable;
    try {
      text = await decompressed(input);
    } catch (err) {
      this.issues.push({ file, row: 1, message: readProblem(err), severity: 'error' });
      return;
    }
    const { head, stream } = await peekStream(text, { bytes: 1, limit: 4096 }).catch((err: unknown) => {
      this.issues.push({ file, row: 1, message: readProblem(err), severity: 'error' });
      return { head: null, stream: null };
    });
    if (stream === null || head === null) return;
    const kind = format ?? (/^\s*\{/.test(head.toString('utf8').replace(/^\uFEFF/, '')) ? 'jsonl' : 'csv');
    const ctx = {
      file,
      issues: this.issues,
      reader: this.reader,
      assembler: this.assembler,
      onRecord: this.onRecord,
    };
    if (kind === 'jsonl') {
      await readGenericJsonLines(stream, ctx);
      return;
    }
    const type = this.csvType(file);
    if (type === null) {
      stream.destroy();
      return;
    }
    await readGenericCsv(stream, { ...ctx, type });
  }

  result(): GenericDeliveryResult {
    this.opts.onProgress?.(this.records);
    const result = this.assembler.result(this.opts.source ?? 'generic');
    return { ...result, counts: { records: this.records, ...result.counts } };
  }
}

/** The data files of the paths given: a folder stands for its `.jsonl`/`.ndjson`/`.json`/`.csv`/`.tsv` (`.gz`) files. */
async function dataFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((n) => DATA_FILE.test(n)).sort();
      out.push(...names.map((n) => join(path, n)));
    } else out.push(path);
  }
  return out;
}

/**
 * Parses generic delivery files: one path, several, or a folder. Never throws on bad content: every
 * problem comes back as an issue naming the file, the row (CSV, header = row 1) or line (JSON lines)
 * and the field. Records with errors are left out of `input`.
 */
export async function parseGenericDelivery(
  paths: string | readonly string[],
  opts: GenericDeliveryOptions = {},
): Promise<GenericDeliveryResult> {
  const run = new GenericRun(opts);
  const files = await dataFiles(typeof paths === 'string' ? [paths] : paths);
  if (files.length === 0)
    run.issues.push({
      file:
        typeof paths === 'string' ? basename(paths) : paths.map((p) => basename(p)).join(', ') || '(none)',
      message: 'No delivery files found (.jsonl, .ndjson, .json, .csv or .tsv, optionally .gz).',
      severity: 'error',
    });
  for (const path of files) {
    const file = files.length === 1 && opts.fileLabel ? opts.fileLabel : basename(path);
    const input = createReadStream(path);
    await run.read(input, file, genericFormatOf(path));
    input.destroy();
  }
  return run.result();
}

/**
 * Parses one generic delivery stream (an upload, a request body): `format` from the caller or the file
 * name, else JSON lines when the first character is `{`, else CSV. Gzip is recognized by its signature.
 */
export async function parseGenericDeliveryStream(
  input: Readable,
  opts: GenericDeliveryOptions & { file: string; format?: GenericFormat | undefined },
): Promise<GenericDeliveryResult> {
  const run = new GenericRun(opts);
  await run.read(input, opts.file, opts.format ?? genericFormatOf(opts.file));
  return run.result();
}
