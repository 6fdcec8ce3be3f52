import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { formatDate } from '../../ui/format/format';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { type Status, StatusBadge } from '../../ui/status/status-badge.component';
import { type EndOfLife, fileAt, type StackParams, stackQuery } from './stack-data';

const STATUS: Record<EndOfLife['cycles'][number]['status'], { status: Status; label: string }> = {
  ended: { status: 'bad', label: 'Past end of life' },
  ending: { status: 'watch', label: 'Ends within 6 months' },
  supported: { status: 'good', label: 'Supported' },
  unknown: { status: 'no-data', label: 'Not in the dataset' },
};

/** Runtimes the repositories declare (base images, engines, version files) against the end-of-life dataset. */
export function StackEndOfLife({ state }: { state: StackParams }) {
  const query = stackQuery(state);
  const { data, error, loading, reload } = useApi(`stack-eol:${JSON.stringify(query)}`, (signal) =>
    unwrap(api.GET('/api/v1/strategy/stack/end-of-life', { params: { query }, signal })),
  );
  if (error) return <ProblemView error={error} onRetry={reload} />;
  if (!data) return loading ? <p className="loading">Loading runtimes…</p> : null;
  return (
    <>
      <p className="stack-summary">
        <strong>{data.repositoriesPastEol}</strong> repositories declare a runtime past its end of life on{' '}
        {formatDate(data.today)}. Dates from <a href={data.dataset.source}>endoflife.date</a> (snapshot{' '}
        {data.dataset.snapshot}
        {data.dataset.imported.length ? `; imported: ${data.dataset.imported.join(', ')}` : ''}); update them
        with <code>quarterdeck import eol</code>.
      </p>
      {data.cycles.length === 0 ? (
        <p className="muted">
          No scanned repository declares a runtime (Dockerfile base image, engines.node, .nvmrc, go
          directive…).
        </p>
      ) : (
        <>
          <table className="simple-table stack-table">
            <caption className="stack-table__caption">Runtime release cycles in use</caption>
            <thead>
              <tr>
                <th scope="col">Runtime</th>
                <th scope="col">Cycle</th>
                <th scope="col">Status</th>
                <th scope="col">End of life</th>
                <th scope="col">Latest release</th>
                <th scope="col" className="num">
                  Repositories
                </th>
              </tr>
            </thead>
            <tbody>
              {data.cycles.map((c) => (
                <tr key={`${c.product}@${c.cycle}`}>
                  <th scope="row">{c.product}</th>
                  <td className="stack-mono">{c.cycle}</td>
                  <td>
                    <StatusBadge {...STATUS[c.status]} />
                  </td>
                  <td>{c.eol ? formatDate(c.eol) : '–'}</td>
                  <td className="stack-mono">{c.latest ?? '–'}</td>
                  <td className="num">{c.repositories}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <details className="stack-details" open={data.uses.length <= 30}>
            <summary>Where each runtime is declared ({data.uses.length})</summary>
            <table className="simple-table stack-table">
              <thead>
                <tr>
                  <th scope="col">Repository</th>
                  <th scope="col">Team</th>
                  <th scope="col">Runtime</th>
                  <th scope="col">Status</th>
                  <th scope="col">Where</th>
                </tr>
              </thead>
              <tbody>
                {data.uses.slice(0, 500).map((u, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the same file and line may declare a package twice
                  <tr key={`${u.repositoryId}:${u.file}:${u.line}:${i}`}>
                    <th scope="row">{u.repository}</th>
                    <td>{u.team ?? '–'}</td>
                    <td className="stack-mono">
                      {u.product} {u.version}
                    </td>
                    <td>
                      <StatusBadge {...STATUS[u.status]} />
                    </td>
                    <td className="stack-mono">{fileAt(u.file, u.line)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </>
  );
}
