import type { PageQuery } from './data-table.types';

/** Offset paging ("51–100 of 150", previous/next) or cursor paging (newest/older), plus the page size. */
export function Pagination({
  query,
  count,
  total,
  nextCursor,
  mode,
  pageSizes,
  onChange,
}: {
  query: PageQuery;
  count: number;
  total: number | null;
  nextCursor: string | null;
  mode: 'offset' | 'cursor';
  pageSizes: readonly number[];
  onChange: (changes: Record<string, string | null>, options?: { keepPage?: boolean }) => void;
}) {
  const { offset, limit } = query;
  const summary =
    count === 0
      ? 'No rows'
      : mode === 'offset' && total !== null
        ? `Rows ${(offset + 1).toLocaleString()}–${(offset + count).toLocaleString()} of ${total.toLocaleString()}`
        : `${count.toLocaleString()} row${count === 1 ? '' : 's'}${query.cursor ? ` before #${query.cursor}` : ''}`;
  return (
    <nav className="pagination" aria-label="Pages">
      <p className="pagination__summary" aria-live="polite">
        {summary}
      </p>
      <div className="pagination__controls">
        <label className="pagination__size">
          Rows per page{' '}
          <select value={limit} onChange={(e) => onChange({ limit: e.target.value })}>
            {pageSizes.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        {mode === 'offset' ? (
          <>
            <button
              type="button"
              className="button button--small"
              disabled={offset === 0}
              onClick={() =>
                onChange({ offset: offset - limit > 0 ? String(offset - limit) : null }, { keepPage: true })
              }
            >
              ← Previous
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={total === null ? count < limit : offset + count >= total}
              onClick={() => onChange({ offset: String(offset + limit) }, { keepPage: true })}
            >
              Next →
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button button--small"
              disabled={!query.cursor}
              onClick={() => onChange({ before: null }, { keepPage: true })}
            >
              ⇤ Newest
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={!nextCursor}
              onClick={() => onChange({ before: nextCursor }, { keepPage: true })}
            >
              Older →
            </button>
          </>
        )}
      </div>
    </nav>
  );
}
