import { useCallback, useState } from 'react';
import type { Column } from './data-table.types';

const storageKey = (tableId: string) => `quarterdeck.table.${tableId}.hidden`;

/** Which columns are hidden, remembered per table on this device. */
export function useHiddenColumns<Row>(tableId: string, columns: readonly Column<Row>[]) {
  const [hidden, setHiddenState] = useState<string[]>(() => {
    try {
      const stored = window.localStorage.getItem(storageKey(tableId));
      if (stored) return JSON.parse(stored) as string[];
    } catch {
      // Unreadable storage: use the defaults.
    }
    return columns.filter((c) => c.hidden).map((c) => c.id);
  });
  const setHidden = useCallback(
    (next: string[]) => {
      setHiddenState(next);
      try {
        window.localStorage.setItem(storageKey(tableId), JSON.stringify(next));
      } catch {
        // Not remembered; fine for this page.
      }
    },
    [tableId],
  );
  return [hidden, setHidden] as const;
}

/** A disclosure with one checkbox per column; at least one column stays visible. */
export function ColumnChooser<Row>({
  columns,
  hidden,
  onChange,
}: {
  columns: readonly Column<Row>[];
  hidden: readonly string[];
  onChange: (hidden: string[]) => void;
}) {
  const visibleCount = columns.filter((c) => !hidden.includes(c.id)).length;
  return (
    <details className="column-chooser">
      <summary className="button button--small">
        Columns ({visibleCount} of {columns.length})
      </summary>
      <fieldset className="column-chooser__panel">
        <legend className="visually-hidden">Visible columns</legend>
        {columns.map((c) => {
          const visible = !hidden.includes(c.id);
          return (
            <label key={c.id} className="column-chooser__option">
              <input
                type="checkbox"
                checked={visible}
                disabled={visible && visibleCount === 1}
                onChange={() => onChange(visible ? [...hidden, c.id] : hidden.filter((h) => h !== c.id))}
              />
              {c.header}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
