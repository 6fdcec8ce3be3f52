import type { Output } from '../../../api/types';
import type { PageQuery, PageResult } from '../../../ui/data-table/data-table.types';

/** The answers of the org insight endpoints (definitions: docs/metrics.md, "Organization"). */
export type SpanInsight = Output<'/api/v1/org/insights/span-of-control'>;
export type SpanManager = SpanInsight['managers'][number];
export type RolesInsight = Output<'/api/v1/org/insights/roles-coverage'>;
export type TeamCoverage = RolesInsight['teams'][number];
export type HeadcountInsight = Output<'/api/v1/org/insights/headcount'>;
export type HeadcountMonth = HeadcountInsight['months'][number];
export type OwnershipInsight = Output<'/api/v1/org/insights/ownership'>;
export type OwnershipGap = OwnershipInsight['gaps'][number];

/** "75 %" for a share from 0 to 1; "—" when there is nothing to divide (a share of nothing). */
export function percent(share: number | null | undefined, digits = 0): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '—';
  return `${(share * 100).toLocaleString(undefined, { maximumFractionDigits: digits })} %`;
}

/** "12 of 16" */
export function ofTotal(part: number, total: number): string {
  return `${part.toLocaleString()} of ${total.toLocaleString()}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

type SortValue = string | number | boolean | null | undefined;

/**
 * One page of rows that are all in memory (the insight endpoints answer whole lists), so `DataTable`
 * can sort, filter, page and export them from the URL like any server-paged list.
 */
export function localPage<Row>(
  rows: readonly Row[],
  query: PageQuery,
  options: {
    sorts: Record<string, (row: Row) => SortValue>;
    defaultSort: string;
    match?: (row: Row, filters: Record<string, string>) => boolean;
  },
): PageResult<Row> {
  const match = options.match;
  const filtered = match ? rows.filter((r) => match(r, query.filters)) : [...rows];
  const key = options.sorts[query.sort ?? ''] ?? options.sorts[options.defaultSort];
  if (key) {
    const dir = query.dir === 'desc' ? -1 : 1;
    filtered.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      // Empty values last, whichever the direction.
      if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
      if (y === null || y === undefined) return -1;
      if (typeof x === 'string' && typeof y === 'string') return dir * x.localeCompare(y);
      return dir * (Number(x) - Number(y));
    });
  }
  return {
    items: filtered.slice(query.offset, query.offset + query.limit),
    total: filtered.length,
    nextCursor: null,
  };
}

/** Whether a text search matches any of the given fields (case-insensitive). */
export function matchesText(q: string | undefined, ...fields: (string | null | undefined)[]): boolean {
  if (!q) return true;
  const needle = q.trim().toLowerCase();
  return fields.some((f) => f?.toLowerCase().includes(needle));
}

export interface SpanBands {
  categories: string[];
  within: number[];
  narrow: number[];
  wide: number[];
}

/**
 * Managers per number of direct reports (1 … the widest span), split into the three bands of the
 * definition: under `minSpan` (narrow), `minSpan`–`maxSpan` (within range), over `maxSpan` (wide).
 */
export function spanBands(managers: readonly SpanManager[], minSpan: number, maxSpan: number): SpanBands {
  const widest = Math.max(maxSpan + 1, ...managers.map((m) => m.directReports));
  const counts = new Array<number>(widest + 1).fill(0);
  for (const m of managers) counts[m.directReports] = (counts[m.directReports] ?? 0) + 1;
  const out: SpanBands = { categories: [], within: [], narrow: [], wide: [] };
  for (let n = 1; n <= widest; n++) {
    const c = counts[n] ?? 0;
    out.categories.push(String(n));
    out.narrow.push(n < minSpan ? c : 0);
    out.within.push(n >= minSpan && n <= maxSpan ? c : 0);
    out.wide.push(n > maxSpan ? c : 0);
  }
  return out;
}

/** The last day of a `YYYY-MM` month, `YYYY-MM-DD` (headcount is counted on that day). */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return `${month}-01`;
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** "Nov 2026" */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(undefined, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export const GAP_REASONS: Record<string, string> = {
  'no-owner': 'No owner',
  'team-without-active-members': 'Owning team has no active members',
  'owner-is-leaver': 'Owner has left',
};

export const ORPHAN_REASONS: Record<string, string> = {
  'no-manager': 'no manager given',
  'manager-unknown': 'manager not known',
  'manager-is-leaver': 'manager has left',
};
