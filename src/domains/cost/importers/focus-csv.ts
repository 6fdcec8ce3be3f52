/**
 * FinOps FOCUS 1.x CSV (optionally gzip-compressed, detected by its magic bytes) -> validated, normalized
 * rows, streamed one at a time to `onRow`; the file is never held in memory. The header row decides the
 * FOCUS version (focus-spec.ts); each cell is normalized by its column's type (focus-values.ts): decimals
 * stay strings, date-times become `YYYY-MM-DDTHH:mm:ssZ`, `NULL` and empty cells become null, closed
 * lists take their canonical spelling, Tags become flat objects.
 *
 * Errors are ImportIssues naming file, row (header = row 1) and column. Tolerated deviations are warnings
 * aggregated per (column, kind) with a count and the first row, so a million-row file yields a handful.
 * Nulls in non-nullable columns are warnings, except in BilledCost, EffectiveCost and BillingCurrency,
 * where they are errors because they would make the cost totals wrong.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { type Info, parse } from 'csv-parse';
import type { ImportIssue } from '../../../platform/imports/import-report.js';
import { decompressed } from '../../../platform/imports/streams.js';
import { DecimalSum } from './focus-decimal.js';
import { detectFocusVersion, type FocusColumn, type FocusVersion, focusColumns } from './focus-spec.js';
import { type FocusValue, parseFocusCell } from './focus-values.js';

export type { FocusValue } from './focus-values.js';

/** One normalized row: FOCUS columns by name, plus custom and unknown columns as text (or null). */
export type FocusRow = Record<string, FocusValue>;

export interface FocusCsvOptions {
  /** Name of the file in issues (default: the path's base name, else `focus.csv`). */
  file?: string | undefined;
  /** Called with each valid row (rows with errors are not passed on) and its row number. */
  onRow?: ((row: FocusRow, rowNumber: number) => void | Promise<void>) | undefined;
  /** Called with the number of data rows read so far, every 10,000 rows and at the end. */
  onProgress?: ((rows: number) => void) | undefined;
  /** At most this many errors are kept in `issues` (all are counted in `errorCount`). Default 1,000. */
  maxErrors?: number | undefined;
}

/** A tolerated deviation, counted over the whole file. */
export interface FocusWarningSummary {
  column: string;
  kind: string;
  count: number;
  firstRow: number;
  message: string;
}

/** Exact sums, as plain decimal strings, of the valid rows of one billing currency. */
export interface FocusCurrencyTotals {
  rows: number;
  billedCost: string;
  effectiveCost: string;
}

export interface FocusCsvResult {
  file: string;
  /** Null when the header row is not a FOCUS header (then no rows were read). */
  version: FocusVersion | null;
  /** Data rows read (blank lines excluded), valid or not. */
  rows: number;
  /** Errors (at most `maxErrors`), then one warning issue per warning summary. */
  issues: ImportIssue[];
  errorCount: number;
  warnings: FocusWarningSummary[];
  /** By BillingCurrency. */
  totals: Record<string, FocusCurrencyTotals>;
}

const PROGRESS_EVERY = 10_000;
/** Null here would make the totals wrong: an error rather than a warning. */
const VALUE_REQUIRED = new Set(['BilledCost', 'EffectiveCost', 'BillingCurrency']);

type Column = { index: number; header: string; spec: FocusColumn | undefined };

function readProblem(err: unknown, lastLine: number): string {
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

/** Reads a FOCUS CSV file or stream. Never throws on bad content: every problem comes back as an issue. */
export async function readFocusCsv(
  input: Readable | string,
  opts: FocusCsvOptions = {},
): Promise<FocusCsvResult> {
  const file = opts.file ?? (typeof input === 'string' ? basename(input) : 'focus.csv');
  const maxErrors = opts.maxErrors ?? 1000;
  const errors: ImportIssue[] = [];
  let errorCount = 0;
  const error = (row: number | undefined, message: string, field?: string) => {
    errorCount += 1;
    if (errors.length < maxErrors) errors.push({ file, row, field, message, severity: 'error' });
  };
  const warnings = new Map<string, FocusWarningSummary>();
  const warn = (column: string, kind: string, row: number, message: string) => {
    const key = `${column}\u0000${kind}`;
    const seen = warnings.get(key);
    if (seen) seen.count += 1;
    else warnings.set(key, { column, kind, count: 1, firstRow: row, message });
  };
  const totals = new Map<string, { rows: number; billed: DecimalSum; effective: DecimalSum }>();
  let version: FocusVersion | null = null;
  let rows = 0;
  let recordNo = 0;
  let lastLine = 0;
  let columns: Column[] | null = null;
  const parser = parse({ bom: true, relax_column_count: true, info: true, skip_empty_lines: false });
  const source = typeof input === 'string' ? createReadStream(input) : input;
  try {
    // A failing source or gunzip destroys the parser with its error, which the loop below then throws.
    pipeline(await decompressed(source), parser, () => {});
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      recordNo += 1;
      lastLine = info.lines;
      if (columns === null) {
        columns = readHeader(record, { error, warn });
        version = columns.length
          ? (detectFocusVersion(columns.map((col) => col.header)).version ?? null)
          : null;
        if (version === null) break;
        const spec = focusColumns(version);
        for (const col of columns) col.spec = spec.get(col.header);
        continue;
      }
      if (record.every((cell) => cell.trim() === '')) continue;
      rows += 1;
      if (rows % PROGRESS_EVERY === 0) opts.onProgress?.(rows);
      const row = readRow(record, recordNo, columns, { error, warn });
      if (row === null) continue;
      const currency = row.BillingCurrency as string;
      const sums = totals.get(currency) ?? { rows: 0, billed: new DecimalSum(), effective: new DecimalSum() };
      totals.set(currency, sums);
      sums.rows += 1;
      sums.billed.add(row.BilledCost as string);
      sums.effective.add(row.EffectiveCost as string);
      await opts.onRow?.(row, recordNo);
    }
    if (recordNo === 0) error(1, 'The file is empty: no header row.');
  } catch (err) {
    // A CSV syntax error is at a row; a damaged gzip stream or an unreadable file is the whole file's.
    const code = (err as { code?: string }).code ?? '';
    const csv = code.startsWith('CSV_') || code === 'INVALID_OPENING_QUOTE';
    error(csv ? recordNo + 1 : undefined, readProblem(err, lastLine));
  } finally {
    parser.destroy();
    source.destroy();
  }
  opts.onProgress?.(rows);
  const summaries = [...warnings.values()];
  const issues: ImportIssue[] = [
    ...errors,
    ...summaries.map((w) => ({
      file,
      row: w.firstRow,
      field: w.column,
      message: w.count > 1 ? `${w.message} (${w.count} rows, the first shown)` : w.message,
      severity: 'warning' as const,
    })),
  ];
  const totalsOut: Record<string, FocusCurrencyTotals> = {};
  for (const [currency, s] of totals)
    totalsOut[currency] = {
      rows: s.rows,
      billedCost: s.billed.toString(),
      effectiveCost: s.effective.toString(),
    };
  return { file, version, rows, issues, errorCount, warnings: summaries, totals: totalsOut };
}

type Report = {
  error: (row: number | undefined, message: string, field?: string) => void;
  warn: (column: string, kind: string, row: number, message: string) => void;
};

/** The header row's columns; reports missing mandatory, duplicate, unknown columns. Empty on a fatal error. */
function readHeader(record: string[], { error, warn }: Report): Column[] {
  const headers = record.map((h) => h.trim());
  const detection = detectFocusVersion(headers);
  let fatal = false;
  const seen = new Set<string>();
  for (const h of headers) {
    if (seen.has(h)) {
      error(1, `The column "${h}" appears more than once.`, h);
      fatal = true;
    }
    seen.add(h);
  }
  if (detection.version === null) {
    fatal = true;
    for (const name of detection.missing)
      error(1, `The mandatory FOCUS column ${name} is missing, so this is not a FOCUS file.`, name);
  }
  for (const h of detection.unknown)
    warn(
      h,
      'unknown-column',
      1,
      h === ''
        ? 'A column without a header; ignored.'
        : `"${h}" is not a FOCUS ${detection.version ?? ''} column and lacks the "x_" prefix custom columns must have; kept as text.`,
    );
  return fatal ? [] : headers.map((header, index) => ({ index, header, spec: undefined }));
}

/** One data row, normalized; null when it has errors (reported). */
function readRow(record: string[], row: number, columns: Column[], { error, warn }: Report): FocusRow | null {
  if (record.length !== columns.length) {
    error(
      row,
      `The row has ${record.length} cells but the header has ${columns.length}; a value with a comma may lack its quotes.`,
    );
    return null;
  }
  const out: FocusRow = {};
  let ok = true;
  for (const col of columns) {
    const cell = record[col.index] ?? '';
    const spec = col.spec;
    if (cell === 'NULL' || cell === '') {
      if (cell === '' && spec)
        warn(
          col.header,
          'empty-string',
          row,
          'Empty cells, which FOCUS forbids (null is written NULL); read as null.',
        );
      if (spec && !spec.nullable) {
        if (VALUE_REQUIRED.has(spec.name)) {
          error(row, `${spec.name} must not be null.`, col.header);
          ok = false;
        } else
          warn(col.header, 'null-not-allowed', row, `${spec.name} must not be null but is; kept as null.`);
      }
      out[col.header] = null;
      continue;
    }
    if (!spec) {
      out[col.header] = cell;
      continue;
    }
    const result = parseFocusCell(spec, cell);
    if ('error' in result) {
      error(row, result.error, col.header);
      ok = false;
      continue;
    }
    for (const w of result.warnings ?? []) warn(col.header, w.kind, row, w.message);
    out[col.header] = result.value;
  }
  return ok ? out : null;
}
