import type { ImportIssue, ImportReport } from './import-api';

const SHOWN = 500;

/** The counts of an import or its preview ("people created 3", "rows 120"). */
export function ImportCounts({ counts, label }: { counts: ImportReport['counts']; label: string }) {
  const entries = Object.entries(counts);
  if (entries.length === 0) return <p className="muted">Nothing to count: the file changes nothing.</p>;
  return (
    <dl className="import-counts" aria-label={label}>
      {entries.map(([k, n]) => (
        <div key={k} className="import-counts__item">
          <dt>{k}</dt>
          <dd>{n.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every issue of a file, row by row: where (file, row or entity, column) and what is wrong. */
export function IssuesTable({ issues, caption }: { issues: readonly ImportIssue[]; caption: string }) {
  if (issues.length === 0) return null;
  const shown = issues.slice(0, SHOWN);
  return (
    <div className="import-issues">
      <section
        className="import-table-scroll"
        aria-label={`${caption} (scrolls)`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard
        tabIndex={0}
      >
        <table className="simple-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">File</th>
              <th scope="col" className="num">
                Row
              </th>
              <th scope="col">Column or field</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((i, n) => (
              // Issues have no id; their order is the file's order.
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
              <tr key={n} className={`import-issue import-issue--${i.severity}`}>
                <td>
                  <span className={`import-issue__severity import-issue__severity--${i.severity}`}>
                    <span aria-hidden="true">{i.severity === 'error' ? '✕ ' : '! '}</span>
                    {i.severity === 'error' ? 'Error' : 'Warning'}
                  </span>
                </td>
                <td>{i.file}</td>
                <td className="num">{i.row ?? '—'}</td>
                <td>{i.field ? <code>{i.field}</code> : i.entity ? <code>{i.entity}</code> : '—'}</td>
                <td>{i.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {issues.length > SHOWN ? (
        <p className="muted">
          The first {SHOWN} of {issues.length.toLocaleString()} issues are shown.
        </p>
      ) : null}
    </div>
  );
}
