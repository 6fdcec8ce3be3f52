import { type ReactNode, useMemo } from 'react';
import { useApi } from '../../api/use-api.hook';
import { ProblemView } from '../problem/problem-view.component';
import { ColumnChooser, useHiddenColumns } from './column-chooser.component';
import { CsvExport } from './csv-export.component';
import type { Column, FetchPage, Filter } from './data-table.types';
import { Pagination } from './pagination.component';
import { TableFilters } from './table-filters.component';
import { useTableParams } from './use-table-params.hook';
import './data-table.css';

const NO_FILTERS: Filter[] = [];

function cellClass<Row>(c: Column<Row>): string | undefined {
  return [c.align === 'end' ? 'num' : '', c.nowrap ? 'nowrap' : ''].filter(Boolean).join(' ') || undefined;
}

export interface DataTableProps<Row> {
  /** Names the table's remembered columns and its CSV files. */
  id: string;
  /** The table's accessible name (its caption). */
  label: string;
  columns: Column<Row>[];
  rowKey: (row: Row) => string | number;
  fetchPage: FetchPage<Row>;
  filters?: Filter[];
  /** `offset`: the API takes limit/offset and says the total; `cursor`: it pages with a cursor. */
  paging?: 'offset' | 'cursor';
  pageSize?: number;
  pageSizes?: readonly number[];
  /** The largest page the API serves; CSV exports walk the rows in pages of this size. */
  maxPageSize?: number;
  defaultSort?: string | null;
  /** Anything else the rows depend on (the scope's team): a change loads again. */
  dependsOn?: string;
  /** Shown when there are no rows at all (no filter set). */
  empty?: ReactNode;
  /** Extra controls in the toolbar. */
  actions?: ReactNode;
}

/**
 * A table whose sorting, filtering and paging happen on the server, driven by the URL's query, with a
 * column chooser and CSV exports of the current view.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const {
    id,
    label,
    columns,
    rowKey,
    fetchPage,
    filters = NO_FILTERS,
    paging = 'offset',
    pageSize = 50,
    pageSizes = [25, 50, 100, 200],
    maxPageSize = 200,
    defaultSort = null,
    dependsOn = '',
    empty,
    actions,
  } = props;
  const { query, update } = useTableParams(filters, pageSize, defaultSort, maxPageSize);
  const [hidden, setHidden] = useHiddenColumns(id, columns);
  const visible = useMemo(() => columns.filter((c) => !hidden.includes(c.id)), [columns, hidden]);
  const key = `${id}:${JSON.stringify(query)}:${dependsOn}`;
  const { data, error, loading, reload } = useApi(key, (signal) => fetchPage(query, signal));
  const rows = data?.items ?? [];
  const filtered = Object.keys(query.filters).length > 0;

  const sortBy = (column: Column<Row>) => {
    const dir = query.sort === column.id && query.dir === 'asc' ? 'desc' : 'asc';
    update({ sort: column.id, dir });
  };

  return (
    <div className="data-table">
      <div className="data-table__toolbar">
        <TableFilters
          filters={filters}
          values={query.filters}
          onChange={(f, v) => update({ [f]: v || null })}
        />
        <div className="data-table__tools">
          {actions}
          <ColumnChooser columns={columns} hidden={hidden} onChange={setHidden} />
          <CsvExport
            tableId={id}
            columns={visible}
            rows={rows}
            query={query}
            total={data?.total ?? null}
            fetchPage={fetchPage}
            exportPageSize={maxPageSize}
          />
        </div>
      </div>
      {error ? <ProblemView error={error} onRetry={reload} heading="h3" /> : null}
      {!error && data && rows.length === 0 && !filtered && !query.cursor && query.offset === 0 && empty ? (
        empty
      ) : (
        <div className="data-table__scroll">
          <table className="data-table__table" aria-busy={loading}>
            <caption className="visually-hidden">{label}</caption>
            <thead>
              <tr>
                {visible.map((c) => (
                  <th
                    key={c.id}
                    scope="col"
                    className={c.align === 'end' ? 'num' : undefined}
                    aria-sort={
                      query.sort === c.id ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined
                    }
                  >
                    {c.sortable ? (
                      <button type="button" className="data-table__sort" onClick={() => sortBy(c)}>
                        {c.header}
                        <span aria-hidden="true" className="data-table__sort-icon">
                          {query.sort === c.id ? (query.dir === 'asc' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    ) : (
                      c.header
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {visible.map((c) =>
                    c.rowHeader ? (
                      <th key={c.id} scope="row" className={cellClass(c)}>
                        {c.cell(row)}
                      </th>
                    ) : (
                      <td key={c.id} className={cellClass(c)}>
                        {c.cell(row)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
              {data && rows.length === 0 ? (
                <tr>
                  <td colSpan={visible.length} className="data-table__none">
                    No rows match these filters.{' '}
                    {filtered ? (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => update(Object.fromEntries(filters.map((f) => [f.id, null])))}
                      >
                        Clear filters
                      </button>
                    ) : null}
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
          {!data && loading ? <p className="loading">Loading…</p> : null}
        </div>
      )}
      {data && (rows.length > 0 || query.offset > 0 || query.cursor) ? (
        <Pagination
          query={query}
          count={rows.length}
          total={data.total}
          nextCursor={data.nextCursor}
          mode={paging}
          pageSizes={pageSizes.filter((s) => s <= maxPageSize)}
          onChange={update}
        />
      ) : null}
    </div>
  );
}
