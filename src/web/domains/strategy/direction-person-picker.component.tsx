import { useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';

/** Picks a person by searching the directory (name, e-mail, title); keeps the current choice listed. */
export function PersonPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: { id: number; name: string } | null;
  onChange: (p: { id: number; name: string } | null) => void;
}) {
  const id = useId();
  const [q, setQ] = useState('');
  const { data } = useApi(q.trim().length >= 2 ? `people:${q}` : null, (signal) =>
    unwrap(api.GET('/api/v1/org/people', { params: { query: { q: q.trim(), limit: 20 } }, signal })),
  );
  const options = [...(value ? [value] : []), ...(data?.items ?? []).filter((p) => p.id !== value?.id)];
  return (
    <fieldset className="direction-picker">
      <legend>{label}</legend>
      <label htmlFor={`${id}-q`} className="field__label">
        Search people
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder="Name or e-mail"
      />
      <label htmlFor={`${id}-s`} className="field__label">
        Person
      </label>
      <select
        id={`${id}-s`}
        value={value ? String(value.id) : ''}
        onChange={(e) => {
          const p = options.find((o) => String(o.id) === e.target.value);
          onChange(p ? { id: p.id, name: p.name } : null);
        }}
      >
        <option value="">Nobody</option>
        {options.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
