import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { fileAt, type StackParams, stackHref, stackQuery } from './stack-data';

/** `?entry=<radar key>`: every place the entry is used, down to the file and line in each repository. */
export function StackUsages({ state, params }: { state: StackParams; params: URLSearchParams }) {
  const query = { ...stackQuery(state), limit: 1000 };
  const { data, error, loading, reload } = useApi(`stack-usages:${JSON.stringify(query)}`, (signal) =>
    unwrap(api.GET('/api/v1/strategy/stack/usages', { params: { query }, signal })),
  );
  const name = data?.entry?.name ?? state.entry;
  return (
    <section className="stack-usages" aria-labelledby="stack-usages-title">
      <div className="stack-usages__head">
        <h2 id="stack-usages-title">Where {name} is used</h2>
        <Link className="button button--ghost button--small" to={stackHref(params, { entry: undefined })}>
          Show every technology
        </Link>
      </div>
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {!data && loading ? <p className="loading">Loading where it is used…</p> : null}
      {data && !data.entry ? <p className="muted">No radar entry has the key “{state.entry}”.</p> : null}
      {data?.entry ? (
        <>
          <p className="stack-summary">
            <span className={`stack-ring stack-ring--${data.entry.stance}`}>{data.entry.ring}</span>{' '}
            {data.entry.quadrant} · {data.total} declarations in {data.repositories} repositories
            {data.rows.length < data.total ? ` (the first ${data.rows.length} shown)` : ''}
          </p>
          {data.rows.length === 0 ? (
            <p className="muted">
              No scanned repository uses it{state.teamId || state.serviceId ? ' within these filters' : ''}.
            </p>
          ) : (
            <table className="simple-table stack-table">
              <thead>
                <tr>
                  <th scope="col">Repository</th>
                  <th scope="col">Service</th>
                  <th scope="col">Team</th>
                  <th scope="col">Package</th>
                  <th scope="col">Version</th>
                  <th scope="col">Where</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the same file and line may declare a package twice
                  <tr key={`${r.repository.id}:${r.file}:${r.line}:${r.name}:${i}`}>
                    <th scope="row">{r.repository.name}</th>
                    <td>{r.repository.service ?? '–'}</td>
                    <td>{r.repository.team ?? '–'}</td>
                    <td className="stack-mono">
                      {r.ecosystem}:{r.name}
                      {r.direct ? '' : ' (indirect)'}
                    </td>
                    <td className="stack-mono">{r.version ?? '–'}</td>
                    <td className="stack-mono">
                      {r.source === 'sbom' ? `${r.file} (SBOM)` : fileAt(r.file, r.line)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </section>
  );
}
