import { useEffect, useId, useState } from 'react';
import type { Filter } from './data-table.types';

const DEBOUNCE_MS = 300;

/** A text filter that updates the URL as you type (after a short pause) and at once on Enter. */
function TextFilter({
  filter,
  value,
  onChange,
}: {
  filter: Filter;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value) return;
    const timer = window.setTimeout(() => onChange(draft.trim()), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, value, onChange]);
  return (
    <div className="table-filter">
      <label htmlFor={id}>{filter.label}</label>
      <input
        id={id}
        type={filter.type === 'search' ? 'search' : 'text'}
        value={draft}
        placeholder={filter.placeholder}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange(draft.trim());
        }}
      />
    </div>
  );
}

function SelectFilter({
  filter,
  value,
  onChange,
}: {
  filter: Filter;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="table-filter">
      <label htmlFor={id}>{filter.label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All</option>
        {filter.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TableFilters({
  filters,
  values,
  onChange,
}: {
  filters: readonly Filter[];
  values: Record<string, string>;
  onChange: (id: string, value: string) => void;
}) {
  if (filters.length === 0) return null;
  return (
    <search className="table-filters">
      {filters.map((f) =>
        f.type === 'select' ? (
          <SelectFilter
            key={f.id}
            filter={f}
            value={values[f.id] ?? ''}
            onChange={(v) => onChange(f.id, v)}
          />
        ) : (
          <TextFilter key={f.id} filter={f} value={values[f.id] ?? ''} onChange={(v) => onChange(f.id, v)} />
        ),
      )}
    </search>
  );
}
