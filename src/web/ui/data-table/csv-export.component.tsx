import { useState } from 'react';
import { useToast } from '../toast/toast.component';
import { downloadCsv, toCsv } from './csv';
import type { Column, FetchPage, PageQuery } from './data-table.types';

/** Stops a runaway export; the API pages are walked until this many rows. */
const MAX_EXPORT_ROWS = 100_000;

/**
 * Two exports of the current view (the visible columns, in order): the page on screen, or every row
 * matching the current filters and sort, fetched page by page.
 */
export function CsvExport<Row>({
  tableId,
  columns,
  rows,
  query,
  total,
  fetchPage,
  exportPageSize,
}: {
  tableId: string;
  columns: Column<Row>[];
  rows: Row[];
  query: PageQuery;
  total: number | null;
  fetchPage: FetchPage<Row>;
  exportPageSize: number;
}) {
  const toast = useToast();
  const [progress, setProgress] = useState<number | null>(null);
  const fileName = (what: string) => `${tableId}-${what}-${new Date().toISOString().slice(0, 10)}.csv`;

  async function exportAll() {
    const all: Row[] = [];
    let offset = 0;
    let cursor: string | null = null;
    setProgress(0);
    try {
      for (;;) {
        const page = await fetchPage({ ...query, limit: exportPageSize, offset, cursor });
        all.push(...page.items);
        setProgress(all.length);
        offset += page.items.length;
        cursor = page.nextCursor;
        const more = page.total !== null ? offset < page.total && page.items.length > 0 : cursor !== null;
        if (!more || all.length >= MAX_EXPORT_ROWS) break;
      }
      downloadCsv(fileName('all'), toCsv(columns, all));
      toast(`Exported ${all.length.toLocaleString()} rows to ${fileName('all')}`);
    } catch (err) {
      toast(err instanceof Error ? `Export failed: ${err.message}` : 'Export failed', 'error');
    } finally {
      setProgress(null);
    }
  }

  const allLabel =
    total !== null
      ? `Export all ${total.toLocaleString()} matching rows (CSV)`
      : 'Export all matching rows (CSV)';
  return (
    <div className="csv-export">
      <button
        type="button"
        className="button button--small"
        disabled={rows.length === 0}
        onClick={() => {
          downloadCsv(fileName('page'), toCsv(columns, rows));
          toast(`Exported the ${rows.length.toLocaleString()} rows on this page`);
        }}
      >
        Export this page (CSV)
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={progress !== null || rows.length === 0}
        onClick={exportAll}
      >
        {progress === null ? allLabel : `Exporting… ${progress.toLocaleString()} rows`}
      </button>
    </div>
  );
}
