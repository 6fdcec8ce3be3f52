/** Small helpers the delivery import services share. */

import type { ImportIssue } from '../../platform/imports/import-report.js';
import type { Origin } from './importers/delivery-input.js';

/** An ISO timestamp as stored (UTC), or null. */
export function iso(value: string | null | undefined): string | null {
  return value ? new Date(value).toISOString() : null;
}

/** Where an item came from, for an issue: its origin, or the source's name. */
export function where(
  origin: Origin | undefined,
  fallback: string,
): Pick<ImportIssue, 'file' | 'row' | 'entity'> {
  return origin ? { file: origin.file, row: origin.row, entity: origin.entity } : { file: fallback };
}

/** The last row of each key (a source may list an item twice). */
export function dedupe<T>(rows: T[], key: (r: T) => string): T[] {
  const m = new Map<string, T>();
  for (const r of rows) m.set(key(r), r);
  return [...m.values()];
}
