import type { ReactNode } from 'react';

export type CsvValue = string | number | boolean | null | undefined;

export interface Column<Row> {
  /** Stable id: the URL's `sort` value and the column chooser's key. */
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** The value in a CSV export; columns without it are left out of exports. */
  csv?: (row: Row) => CsvValue;
  /** The server can sort by this column. */
  sortable?: boolean;
  /** Hidden until chosen in the column chooser. */
  hidden?: boolean;
  align?: 'start' | 'end';
  /** Keep the cell on one line (dates, ids). */
  nowrap?: boolean;
  /** The cell that names the row (read first by screen readers). */
  rowHeader?: boolean;
}

export interface Filter {
  /** The query parameter, in the page URL and (usually) in the API call. */
  id: string;
  label: string;
  type: 'search' | 'text' | 'select';
  options?: readonly { value: string; label: string }[];
  placeholder?: string;
}

export interface PageQuery {
  limit: number;
  offset: number;
  /** For APIs that page with a cursor (`beforeId`): where this page starts. */
  cursor: string | null;
  sort: string | null;
  dir: 'asc' | 'desc';
  filters: Record<string, string>;
}

export interface PageResult<Row> {
  items: Row[];
  /** Every row matching the filters, when the API says; null for cursor-paged APIs. */
  total: number | null;
  /** The cursor of the next page, for cursor-paged APIs. */
  nextCursor: string | null;
}

export type FetchPage<Row> = (query: PageQuery, signal?: AbortSignal) => Promise<PageResult<Row>>;
