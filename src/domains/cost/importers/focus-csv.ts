/**
 * FinOps FOCUS 1.x CSV (optionally gzip-compressed, detected by its magic bytes) -> validated, normalized
 * rows, streamed one at a time to `onRow`; the file is never held in memory. The header row decides the
 * FOCUS version (focus-spec.ts); cells are normalized and totals summed by the FocusCollector
 * (focus-collector.ts), the record shape every billing format shares.
 *
 * Errors are ImportIssues naming file, row (header = row 1) and column. Tolerated deviations are warnings
 * aggregated per (column, kind) with a count and the first row, so a million-row file yields a handful.
 */
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { readBillingCsv } from './billing-csv.js';
import type { BillingReadOptions, BillingReadResult } from './focus-collector.js';

export type {
  BillingReadOptions as FocusCsvOptions,
  BillingReadResult as FocusCsvResult,
  FocusCurrencyTotals,
  FocusRow,
  FocusWarningSummary,
} from './focus-collector.js';
export type { FocusValue } from './focus-values.js';

/** Reads a FOCUS CSV file or stream. Never throws on bad content: every problem comes back as an issue. */
export function readFocusCsv(
  input: Readable | string,
  opts: BillingReadOptions = {},
): Promise<BillingReadResult> {
  const file = opts.file ?? (typeof input === 'string' ? basename(input) : 'focus.csv');
  return readBillingCsv(input, file, 'focus', opts);
}
