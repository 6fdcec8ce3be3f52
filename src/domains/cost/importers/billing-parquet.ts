/**
 * Billing Parquet files through hyparquet (ADR 0016), one row group at a time: the footer is read first,
 * then each row group's column chunks by byte range, so memory holds one row group, never the file.
 * Rows are numbered from 1 in file order (Parquet has no header row).
 *
 * Values become the cells the sinks expect (billing-sink.ts), exactly:
 * - DECIMAL columns: hyparquet would turn them into floating-point numbers, so their DECIMAL annotation
 *   is removed from the schema before reading and the raw integers (INT32, INT64, or big-endian two's
 *   complement bytes) are scaled here into decimal strings without rounding;
 * - DOUBLE/FLOAT: the shortest decimal that round-trips (what the writer's number was); NaN/Infinity
 *   stay as text and fail as "not a decimal number";
 * - timestamps (millis, micros, nanos, INT96) and dates: `YYYY-MM-DDTHH:mm:ssZ` text;
 * - maps (CUR 2.0 `resource_tags`): plain objects; strings: text; null: null.
 * Compression: SNAPPY (hyparquet's own), GZIP and BROTLI (Node's zlib); other codecs are an error
 * naming the codec.
 */
import { stat } from 'node:fs/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  asyncBufferFromFile,
  type Compressors,
  type FileMetaData,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
  type SchemaElement,
} from 'hyparquet';
import { type BillingSink, chooseSink, type SinkChoice } from './billing-sink.js';
import {
  type BillingCell,
  type BillingReadOptions,
  type BillingReadResult,
  FocusCollector,
  handOver,
  PROGRESS_EVERY,
} from './focus-collector.js';
import { parseDecimal } from './focus-decimal.js';

/** The 4-byte magic number at both ends of a Parquet file. */
export const PARQUET_MAGIC = 'PAR1';

const compressors: Compressors = {
  GZIP: (input) => new Uint8Array(gunzipSync(input)),
  BROTLI: (input) => new Uint8Array(brotliDecompressSync(input)),
};

const utf8 = new TextDecoder();

function isoFromMillis(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(ms) : d.toISOString().replace('.000Z', 'Z');
}
const parsers = {
  timestampFromMilliseconds: (v: bigint) => isoFromMillis(Number(v)),
  timestampFromMicroseconds: (v: bigint) => isoFromMillis(Number(v / 1000n)),
  timestampFromNanoseconds: (v: bigint) => isoFromMillis(Number(v / 1_000_000n)),
  dateFromDays: (days: number) => isoFromMillis(days * 86_400_000),
};

/** Big-endian two's complement bytes -> bigint. */
function bigIntFromBytes(bytes: Uint8Array): bigint {
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  if (bytes.length && (bytes[0] as number) & 0x80) v -= 1n << BigInt(bytes.length * 8);
  return v;
}

/** An unscaled integer and a scale -> an exact decimal string. */
function decimalText(units: bigint, scale: number): string {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    const frac = digits.slice(-scale).replace(/0+$/, '');
    digits = digits.slice(0, -scale) + (frac ? `.${frac}` : '');
  }
  return negative && digits !== '0' ? `-${digits}` : digits;
}

/** A value hyparquet produced -> a cell. `scale` is set for DECIMAL columns (annotation removed). */
function cell(value: unknown, scale: number | undefined): BillingCell {
  if (value === null || value === undefined) return null;
  if (scale !== undefined) {
    if (value instanceof Uint8Array) return decimalText(bigIntFromBytes(value), scale);
    if (typeof value === 'bigint' || typeof value === 'number') return decimalText(BigInt(value), scale);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number')
    return Number.isFinite(value) ? (parseDecimal(String(value))?.value ?? String(value)) : String(value);
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Uint8Array) return utf8.decode(value);
  if (value instanceof Date) return isoFromMillis(value.getTime());
  if (typeof value === 'object') return value as Record<string, unknown>;
  return String(value);
}

/** The metadata with DECIMAL annotations removed, and the scale of each top-level decimal column. */
function exactDecimals(metadata: FileMetaData): { metadata: FileMetaData; scales: Map<string, number> } {
  const scales = new Map<string, number>();
  const schema = metadata.schema.map((el: SchemaElement) => {
    const logicalDecimal = el.logical_type?.type === 'DECIMAL' ? el.logical_type : undefined;
    if (el.converted_type !== 'DECIMAL' && !logicalDecimal) return el;
    scales.set(el.name, el.scale ?? logicalDecimal?.scale ?? 0);
    return { ...el, converted_type: undefined, logical_type: undefined };
  });
  return { metadata: { ...metadata, schema }, scales };
}

/** Reads a billing Parquet file into a result. Never throws on bad content: every problem becomes an issue. */
export async function readBillingParquet(
  path: string,
  file: string,
  choice: SinkChoice,
  opts: BillingReadOptions = {},
): Promise<BillingReadResult> {
  const collector = new FocusCollector(file, opts.maxErrors);
  try {
    if (!(await stat(path)).isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
    const buffer = await asyncBufferFromFile(path);
    let raw: FileMetaData;
    try {
      raw = await parquetMetadataAsync(buffer);
    } catch (err) {
      collector.error(undefined, `Not a readable Parquet file: ${(err as Error).message}.`);
      return collector.result();
    }
    const { metadata, scales } = exactDecimals(raw);
    const names = parquetSchema(metadata).children.map((c) => c.element.name);
    const sink: BillingSink | null = chooseSink(names, collector, 'parquet', choice);
    if (sink === null) return collector.result();
    const columnScales = names.map((n) => scales.get(n));
    let start = 0;
    for (const group of metadata.row_groups) {
      const end = start + Number(group.num_rows);
      let rows: unknown[][] = [];
      await parquetRead({
        file: buffer,
        metadata,
        rowStart: start,
        rowEnd: end,
        columns: names,
        utf8: false,
        parsers,
        compressors,
        onComplete: (data: unknown[][]) => {
          rows = data;
        },
      });
      for (let i = 0; i < rows.length; i++) {
        const raw = rows[i] as unknown[];
        const cells = raw.map((v, c) => cell(v, columnScales[c]));
        const rowNumber = start + i + 1;
        const values = sink.row(cells, rowNumber);
        if (collector.rows % PROGRESS_EVERY === 0) opts.onProgress?.(collector.rows);
        if (values === null) continue;
        const taken = handOver(collector, values, rowNumber, opts);
        if (taken) await taken;
      }
      rows = [];
      start = end;
    }
  } catch (err) {
    const e = err as { code?: string; message?: string };
    collector.error(
      undefined,
      e.code === 'ENOENT'
        ? 'The file does not exist.'
        : /compress|codec/i.test(e.message ?? '')
          ? `The Parquet file uses a compression this reader lacks (${e.message}); export with SNAPPY, GZIP or BROTLI.`
          : `The Parquet file could not be read: ${e.message ?? String(err)}.`,
    );
  }
  opts.onProgress?.(collector.rows);
  return collector.result();
}
