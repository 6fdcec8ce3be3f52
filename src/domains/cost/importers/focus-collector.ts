/**
 * The one record shape behind every billing format: cells of a FOCUS header -> validated, normalized
 * FOCUS rows, with errors, aggregated warnings and exact totals per currency. The CSV and Parquet readers
 * of FOCUS files feed it their cells directly; the AWS CUR readers feed it cells they mapped onto FOCUS
 * columns (cur-mapping.ts), naming the CUR column each came from so that issues name the file's column.
 *
 * Each cell is normalized by its column's type (focus-values.ts): decimals stay strings, date-times become
 * `YYYY-MM-DDTHH:mm:ssZ`, `NULL` and empty cells become null, closed lists take their canonical spelling,
 * Tags become flat objects. Nulls in non-nullable columns are warnings, except in BilledCost, EffectiveCost
 * and BillingCurrency, where they are errors because they would make the cost totals wrong.
 */
import type { ImportIssue } from '../../../platform/imports/import-report.js';
import { DecimalSum, isPlainDecimal } from './focus-decimal.js';
import { detectFocusVersion, type FocusColumn, type FocusVersion, focusColumns } from './focus-spec.js';
import { type CellResult, type FocusValue, parseFocusCell } from './focus-values.js';

/** One normalized row: FOCUS columns by name, plus custom and unknown columns as text (or null). */
export type FocusRow = Record<string, FocusValue>;
/** A cell as a reader hands it over: text, a true null, or an already structured value (a Parquet map). */
export type BillingCell = string | null | Record<string, unknown>;

export type BillingFormat = 'focus-csv' | 'focus-parquet' | 'cur2' | 'cur-legacy';

export interface BillingReadOptions {
  /** Name of the file in issues (default: the path's base name). */
  file?: string | undefined;
  /** Called with each valid row (rows with errors are not passed on) and its row number. */
  onRow?: ((row: FocusRow, rowNumber: number) => void | Promise<void>) | undefined;
  /**
   * Instead of `onRow`: each valid row's normalized values in the order of `columns` (the FOCUS column
   * names, the same array for every row of a file), without building a row object. For bulk importers.
   */
  onValues?:
    | ((values: readonly FocusValue[], rowNumber: number, columns: readonly string[]) => void | Promise<void>)
    | undefined;
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
  /** Undefined for a Parquet file's schema (it has no header row). */
  firstRow: number | undefined;
  message: string;
}

/** Exact sums, as plain decimal strings, of the valid rows of one billing currency. */
export interface FocusCurrencyTotals {
  rows: number;
  billedCost: string;
  effectiveCost: string;
}

export interface BillingReadResult {
  file: string;
  /** The detected format; null when the file was recognized as none. */
  format: BillingFormat | null;
  /** The FOCUS version of the records (1.0 for mapped CUR files); null when no rows were read. */
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

export const PROGRESS_EVERY = 10_000;
/** Null here would make the totals wrong: an error rather than a warning. */
const VALUE_REQUIRED = new Set(['BilledCost', 'EffectiveCost', 'BillingCurrency']);

type Column = {
  header: string;
  field: string;
  spec: FocusColumn | undefined;
  /** Normalized cells of this column by their text, for the columns whose values repeat (see `row`). */
  memo: Map<string, CellResult> | undefined;
  /** The last memoized cell and its result: neighbouring rows often repeat a value (a day, a category). */
  lastText: string;
  lastResult: CellResult | undefined;
};

/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a substring of 13
 * characters or more as a view into its parent, so a cell kept in a map would keep the reader's whole
 * chunk of the file (256 KB) alive with it.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** Entries kept per column before the column's memo starts over (bounds memory on a column that never repeats). */
const MEMO_SIZE = 10_000;

/** Columns whose cells repeat across a bill (service names, regions, categories, dates, tags): memoized. */
function memoizable(spec: FocusColumn | undefined): boolean {
  if (!spec) return false;
  return (
    spec.type === 'date-time' ||
    spec.type === 'key-value' ||
    (spec.type === 'string' && !!(spec.allowed || spec.currency))
  );
}

/** Collects one file's rows, issues and totals. */
export class FocusCollector {
  readonly file: string;
  format: BillingFormat | null = null;
  version: FocusVersion | null = null;
  rows = 0;
  errorCount = 0;
  private readonly maxErrors: number;
  private readonly errors: ImportIssue[] = [];
  private readonly warnings = new Map<string, FocusWarningSummary>();
  private readonly totals = new Map<string, { rows: number; billed: DecimalSum; effective: DecimalSum }>();
  private columns: Column[] = [];
  /** The FOCUS names of the columns, in the order of the values `values` returns. */
  headers: readonly string[] = [];
  private at = { currency: -1, billed: -1, effective: -1 };

  constructor(file: string, maxErrors = 1000) {
    this.file = file;
    this.maxErrors = maxErrors;
  }

  error(row: number | undefined, message: string, field?: string): void {
    this.errorCount += 1;
    if (this.errors.length < this.maxErrors)
      this.errors.push({ file: this.file, row, field, message, severity: 'error' });
  }

  warn(column: string, kind: string, row: number | undefined, message: string): void {
    const key = `${column}\u0000${kind}`;
    const seen = this.warnings.get(key);
    if (seen) seen.count += 1;
    else this.warnings.set(key, { column, kind, count: 1, firstRow: row, message });
  }

  /**
   * Takes a FOCUS header; reports missing mandatory, duplicate and unknown columns (at `headerRow`).
   * `fields` names, per column, the file's own column for issues (default: the header itself).
   * `headerRow` is where header issues are reported: 1 for CSV, undefined for Parquet (a schema).
   * Returns false on a fatal problem (then no row can be read).
   */
  header(
    headers: readonly string[],
    opts: { fields?: readonly string[]; headerRow: number | undefined },
  ): boolean {
    const at = opts.headerRow;
    const detection = detectFocusVersion(headers);
    let fatal = false;
    const seen = new Set<string>();
    for (const h of headers) {
      if (seen.has(h)) {
        this.error(at, `The column "${h}" appears more than once.`, h);
        fatal = true;
      }
      seen.add(h);
    }
    if (detection.version === null) {
      fatal = true;
      for (const name of detection.missing)
        this.error(at, `The mandatory FOCUS column ${name} is missing, so this is not a FOCUS file.`, name);
    }
    for (const h of detection.unknown)
      this.warn(
        h,
        'unknown-column',
        at,
        h === ''
          ? 'A column without a header; ignored.'
          : `"${h}" is not a FOCUS ${detection.version ?? ''} column and lacks the "x_" prefix custom columns must have; kept as text.`,
      );
    if (fatal) return false;
    this.version = detection.version;
    const spec = focusColumns(detection.version ?? '1.0');
    this.columns = headers.map((header, i) => {
      const s = spec.get(header);
      return {
        header,
        field: opts.fields?.[i] ?? header,
        spec: s,
        memo: memoizable(s) ? new Map() : undefined,
        lastText: '',
        lastResult: undefined,
      };
    });
    this.headers = headers.slice();
    // Mandatory in every FOCUS version, so a header that got here has them.
    this.at = {
      currency: headers.indexOf('BillingCurrency'),
      billed: headers.indexOf('BilledCost'),
      effective: headers.indexOf('EffectiveCost'),
    };
    return true;
  }

  get columnCount(): number {
    return this.columns.length;
  }

  /** Values (as `values` returns them) as a row object keyed by column name. */
  toRow(values: readonly FocusValue[]): FocusRow {
    const out: FocusRow = {};
    for (let i = 0; i < this.headers.length; i++) out[this.headers[i] as string] = values[i] ?? null;
    return out;
  }

  /**
   * One data row (cells in header order), normalized, in the order of `headers`, and counted in the
   * totals; null when it has errors.
   */
  values(cells: readonly BillingCell[], row: number): FocusValue[] | null {
    this.rows += 1;
    const out = new Array<FocusValue>(this.columns.length);
    let ok = true;

    for (let i = 0; i < this.columns.length; i++) {
      const col = this.columns[i] as Column;
      const raw = cells[i] ?? null;
      const spec = col.spec;
      if (raw === null || raw === 'NULL' || raw === '') {
        if (raw === '' && spec)
          this.warn(
            col.field,
            'empty-string',
            row,
            'Empty cells, which FOCUS forbids (null is written NULL); read as null.',
          );
        if (spec && !spec.nullable) {
          if (VALUE_REQUIRED.has(spec.name)) {
            this.error(row, `${spec.name} must not be null.`, col.field);
            ok = false;
          } else
            this.warn(
              col.field,
              'null-not-allowed',
              row,
              `${spec.name} must not be null but is; kept as null.`,
            );
        }
        out[i] = null;
        continue;
      }
      const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
      if (!spec) {
        out[i] = text;
        continue;
      }
      if (spec.type === 'decimal' && isPlainDecimal(text)) {
        out[i] = text; // the common form, as parseFocusDecimal would return it
        continue;
      }
      if (spec.type === 'string' && !col.memo) {
        out[i] = text; // free text: kept as it is (what parseFocusCell would return)
        continue;
      }
      let result: CellResult;
      if (col.memo && col.lastResult !== undefined && text === col.lastText) result = col.lastResult;
      else if (col.memo) {
        const known = col.memo.get(text);
        if (known === undefined) {
          // The memo outlives the chunk of the file the cell was cut from: it keeps a copy, not a slice,
          // and parses the copy (JSON.parse too returns slices of its input).
          const own = detach(text);
          result = parseFocusCell(spec, own);
          // Rows share one frozen Tags object per distinct text: nobody may change a row's tags, and an
          // importer can work out each tag set's facts once (keyed by the object).
          if (spec.type === 'key-value' && 'value' in result && result.value !== null)
            Object.freeze(result.value);
          if (col.memo.size >= MEMO_SIZE) col.memo.clear();
          col.memo.set(own, result);
        } else result = known;
        col.lastText = detach(text);
        col.lastResult = result;
      } else result = parseFocusCell(spec, text);
      if ('error' in result) {
        this.error(row, result.error, col.field);
        ok = false;
        continue;
      }
      if (result.warnings) for (const w of result.warnings) this.warn(col.field, w.kind, row, w.message);
      out[i] = result.value;
    }
    if (!ok) return null;
    const currency = out[this.at.currency];
    const billed = out[this.at.billed];
    const effective = out[this.at.effective];
    const sums = this.totals.get(currency as string) ?? {
      rows: 0,
      billed: new DecimalSum(),
      effective: new DecimalSum(),
    };
    this.totals.set(currency as string, sums);
    sums.rows += 1;
    sums.billed.add(billed as string);
    sums.effective.add(effective as string);
    return out;
  }

  /** The result: errors first, then one warning issue per (column, kind). */
  result(): BillingReadResult {
    const summaries = [...this.warnings.values()];
    const issues: ImportIssue[] = [
      ...this.errors,
      ...summaries.map((w) => ({
        file: this.file,
        row: w.firstRow,
        field: w.column,
        message: w.count > 1 ? `${w.message} (${w.count} rows, the first shown)` : w.message,
        severity: 'warning' as const,
      })),
    ];
    const totals: Record<string, FocusCurrencyTotals> = {};
    for (const [currency, s] of this.totals)
      totals[currency] = {
        rows: s.rows,
        billedCost: s.billed.toString(),
        effectiveCost: s.effective.toString(),
      };
    return {
      file: this.file,
      format: this.format,
      version: this.version,
      rows: this.rows,
      issues,
      errorCount: this.errorCount,
      warnings: summaries,
      totals,
    };
  }
}

/** Hands a valid row to the reader's caller: its values (`onValues`) or a row object (`onRow`). */
export function handOver(
  collector: FocusCollector,
  values: readonly FocusValue[],
  rowNumber: number,
  opts: BillingReadOptions,
): void | Promise<void> {
  if (opts.onValues) return opts.onValues(values, rowNumber, collector.headers);
  if (opts.onRow) return opts.onRow(collector.toRow(values), rowNumber);
}
