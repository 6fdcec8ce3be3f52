import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Filter, PageQuery } from './data-table.types';

/** Parameters that move the table back to its first page when anything else changes. */
const PAGING = ['offset', 'before'];

/**
 * The table's state lives in the page URL (`?q=ada&status=active&sort=name&dir=asc&offset=50`), so a
 * view can be shared and survives a reload.
 */
export function useTableParams(
  filters: readonly Filter[],
  pageSize: number,
  defaultSort: string | null,
  maxPageSize: number,
) {
  const [params, setParams] = useSearchParams();

  const query: PageQuery = useMemo(() => {
    const limit = Math.min(maxPageSize, Math.max(1, Math.trunc(Number(params.get('limit'))) || pageSize));
    const offset = Math.max(0, Number(params.get('offset')) || 0);
    const dir = params.get('dir') === 'desc' ? 'desc' : 'asc';
    const values: Record<string, string> = {};
    for (const f of filters) {
      const v = params.get(f.id);
      if (v) values[f.id] = v;
    }
    return {
      limit,
      offset,
      cursor: params.get('before'),
      sort: params.get('sort') ?? defaultSort,
      dir,
      filters: values,
    };
  }, [params, filters, pageSize, defaultSort, maxPageSize]);

  /** Changes some parameters; `null` removes one. Filter and sort changes go back to the first page. */
  const update = useCallback(
    (changes: Record<string, string | null>, { keepPage = false } = {}) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [k, v] of Object.entries(changes)) {
            if (v === null || v === '') next.delete(k);
            else next.set(k, v);
          }
          if (!keepPage) for (const k of PAGING) if (!(k in changes)) next.delete(k);
          return next;
        },
        { replace: false },
      );
    },
    [setParams],
  );

  return { query, update };
}
