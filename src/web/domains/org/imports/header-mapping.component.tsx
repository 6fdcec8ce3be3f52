import type { HrColumns, Mapping } from './import-api';

const NONE = '';

/** What the mapping still lacks before an import can work: e-mail, and a name (or first + last name). */
export function mappingProblems(mapping: Mapping): string[] {
  const out: string[] = [];
  if (!mapping.email) out.push('Choose the column with the work e-mail.');
  if (!mapping.name && !(mapping.first_name && mapping.last_name))
    out.push('Choose the column with the full name, or the first-name and last-name columns.');
  return out;
}

/**
 * The HR CSV header-mapping step: for each of Quarterdeck's columns, which header of the file feeds it.
 * Pre-filled with the server's suggestions; a header feeds at most one column.
 */
export function HeaderMapping({
  columns,
  mapping,
  suggested,
  onChange,
}: {
  columns: HrColumns;
  mapping: Mapping;
  suggested: Mapping;
  onChange: (mapping: Mapping) => void;
}) {
  const used = new Set(Object.values(mapping).filter(Boolean));
  const unused = columns.headers.filter((h) => !used.has(h));
  const problems = mappingProblems(mapping);
  const set = (column: string, header: string) => {
    const next: Mapping = { ...mapping };
    // A header feeds one column: choosing it here takes it from wherever it was.
    if (header) for (const [c, h] of Object.entries(next)) if (h === header) next[c] = null;
    next[column] = header || null;
    onChange(next);
  };
  const changed = Object.entries(mapping).filter(([c, h]) => (suggested[c] ?? null) !== (h ?? null)).length;

  return (
    <div className="header-mapping">
      <p className="muted">
        Your file has {columns.headers.length} columns. Quarterdeck recognized the common spellings
        {changed > 0 ? ` (you changed ${changed})` : ''}; choose a column of your file for anything it missed.
        Columns left as “Not in this file” are not read, and existing values stay as they are.
      </p>
      {problems.length > 0 ? (
        <ul className="callout callout--watch header-mapping__problems" aria-label="Mapping problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <div className="import-table-scroll">
        <table className="simple-table header-mapping__table">
          <caption className="visually-hidden">
            Which column of your file fills each Quarterdeck column
          </caption>
          <thead>
            <tr>
              <th scope="col">Quarterdeck column</th>
              <th scope="col">Column in your file</th>
              <th scope="col">Meaning</th>
              <th scope="col">Example</th>
            </tr>
          </thead>
          <tbody>
            {columns.columns.map((c) => {
              const value = mapping[c.name] ?? NONE;
              const guessed = value && suggested[c.name] === value;
              return (
                <tr key={c.name} className={value ? undefined : 'header-mapping__row--empty'}>
                  <th scope="row">
                    <code>{c.name}</code>
                    {c.required ? <span className="header-mapping__required"> required</span> : null}
                  </th>
                  <td>
                    <select
                      aria-label={`Column for ${c.name}`}
                      value={value}
                      onChange={(e) => set(c.name, e.target.value)}
                    >
                      <option value={NONE}>Not in this file</option>
                      {columns.headers.map((h) => (
                        <option key={h} value={h}>
                          {h}
                        </option>
                      ))}
                    </select>
                    {guessed ? <span className="header-mapping__guess"> recognized</span> : null}
                  </td>
                  <td className="header-mapping__meaning">{c.description}</td>
                  <td>{c.example ? <code>{c.example}</code> : <span className="muted">—</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {unused.length > 0 ? (
        <p className="muted">
          Not imported:{' '}
          {unused.map((h, i) => (
            <span key={h}>
              {i > 0 ? ', ' : null}
              <q>{h}</q>
            </span>
          ))}
          .
        </p>
      ) : (
        <p className="muted">Every column of your file is used.</p>
      )}
    </div>
  );
}
