/**
 * What a reader does with a file's header and rows once it knows the format: a sink. The CSV and
 * Parquet readers (billing-csv.ts, billing-parquet.ts) only produce header names and cells; a sink
 * decides what they mean — FOCUS columns as they are, or AWS CUR columns mapped onto FOCUS.
 */
import { detectCur, mapCurRow } from './cur-mapping.js';
import type { BillingCell, BillingFormat, FocusCollector } from './focus-collector.js';
import { detectFocusVersion } from './focus-spec.js';
import type { FocusValue } from './focus-values.js';

export interface BillingSink {
  readonly format: BillingFormat;
  /**
   * Data cells in header order -> the normalized values in the order of `collector.headers`, or null
   * when the row has errors (reported).
   */
  row(cells: readonly BillingCell[], rowNumber: number): FocusValue[] | null;
}

/** Which formats a reader accepts: FOCUS only, AWS CUR only, or whatever the header shows. */
export type SinkChoice = 'focus' | 'cur' | 'any';

/** A FOCUS file's sink; null (errors reported) when the header is not a usable FOCUS header. */
function focusSink(
  headers: readonly string[],
  collector: FocusCollector,
  format: 'focus-csv' | 'focus-parquet',
): BillingSink | null {
  if (!collector.header(headers, { headerRow: format === 'focus-csv' ? 1 : undefined })) return null;
  collector.format = format;
  return {
    format,
    row(cells, rowNumber) {
      if (cells.length !== collector.columnCount) {
        collector.rows += 1;
        collector.error(
          rowNumber,
          `The row has ${cells.length} cells but the header has ${collector.columnCount}; a value with a comma may lack its quotes.`,
        );
        return null;
      }
      return collector.values(cells, rowNumber);
    },
  };
}

/**
 * The sink for a header: FOCUS when it has a FOCUS version's mandatory columns, AWS CUR when it has the
 * CUR line-item columns, else null with errors naming what is missing (of FOCUS, or of CUR when the
 * header looks like a CUR header).
 */
export function chooseSink(
  headers: readonly string[],
  collector: FocusCollector,
  container: 'csv' | 'parquet',
  choice: SinkChoice,
): BillingSink | null {
  const focusFormat = container === 'csv' ? 'focus-csv' : 'focus-parquet';
  if (choice === 'focus') return focusSink(headers, collector, focusFormat);
  const cur = detectCur(headers);
  if (choice === 'any' && (detectFocusVersion(headers).version !== null || cur.kind === 'none'))
    return focusSink(headers, collector, focusFormat);
  const headerRow = container === 'csv' ? 1 : undefined;
  if (cur.kind === 'none' || cur.missing.length > 0) {
    for (const name of cur.missing)
      collector.error(
        headerRow,
        `The AWS Cost and Usage Report column ${name} is missing, so this is not a CUR file.`,
        name,
      );
    return null;
  }
  collector.format = cur.kind;
  if (!collector.header(cur.focusHeaders, { fields: cur.fields, headerRow })) return null;
  return {
    format: cur.kind,
    row(cells, rowNumber) {
      if (container === 'csv' && cells.length !== headers.length) {
        collector.rows += 1;
        collector.error(
          rowNumber,
          `The row has ${cells.length} cells but the header has ${headers.length}; a value with a comma may lack its quotes.`,
        );
        return null;
      }
      const mapped = mapCurRow(cur, cells, rowNumber, collector);
      if (mapped === null) {
        collector.rows += 1;
        return null;
      }
      return collector.values(mapped, rowNumber);
    },
  };
}
