import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { Chart } from '../../ui/chart/chart.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { pct, type RepositoryRef, type StackParams, stackHref, stackQuery } from './stack-data';
import { StackNothingScanned } from './stack-empty.component';
import { StackMappings } from './stack-mappings.component';

const repoList = (rs: RepositoryRef[], max = 6) => {
  const shown = rs.slice(0, max).map((r) => `${r.name}${r.team ? ` (${r.team})` : ''}`);
  return rs.length > max ? `${shown.join(', ')} and ${rs.length - max} more` : shown.join(', ');
};

/** Hold technologies still in use (by service and team) and adopt technologies missing; the mapping rules. */
export function StackCompliance({ state, params }: { state: StackParams; params: URLSearchParams }) {
  const query = stackQuery(state);
  const { data, error, loading, reload } = useApi(`stack-compliance:${JSON.stringify(query)}`, (signal) =>
    unwrap(api.GET('/api/v1/strategy/stack/compliance', { params: { query }, signal })),
  );
  if (error) return <ProblemView error={error} onRetry={reload} />;
  if (!data) return loading ? <p className="loading">Loading radar compliance…</p> : null;
  return (
    <>
      {data.scanned === 0 ? (
        <StackNothingScanned />
      ) : (
        <>
          <p className="stack-summary">
            <strong>{pct(data.shareOnHold)}</strong> of {data.scanned} scanned repositories (
            {data.repositoriesOnHold}) still use a technology the radar puts on hold.
          </p>
          <section aria-labelledby="stack-hold">
            <h2 id="stack-hold">Hold technologies still in use</h2>
            {data.hold.length === 0 ? (
              <p className="muted">No repository in view uses a hold technology.</p>
            ) : (
              <table className="simple-table stack-table">
                <thead>
                  <tr>
                    <th scope="col">Technology</th>
                    <th scope="col" className="num">
                      Repositories
                    </th>
                    <th scope="col">Where (team)</th>
                  </tr>
                </thead>
                <tbody>
                  {data.hold.map((h) => (
                    <tr key={h.key}>
                      <th scope="row">
                        <Link to={stackHref(params, { entry: h.key })}>{h.name}</Link>
                      </th>
                      <td className="num">{h.repositories.length}</td>
                      <td>{repoList(h.repositories)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          {data.holdByTeam.length ? (
            <Chart
              title="Repositories on hold technologies, by owning team"
              height={Math.max(200, data.holdByTeam.length * 28)}
              spec={{
                preset: 'bar',
                horizontal: true,
                categories: data.holdByTeam.map((t) => t.team ?? 'No owning team'),
                series: [{ name: 'Repositories', values: data.holdByTeam.map((t) => t.repositories) }],
              }}
            />
          ) : null}
          <section aria-labelledby="stack-adopt">
            <h2 id="stack-adopt">Adopt technologies missing</h2>
            <p className="muted">
              Repositories that use the ecosystem an adopt technology belongs to (npm, Go, PyPI, Maven, Cargo,
              RubyGems, Composer) but not the technology itself — a prompt to ask why, not a violation.
            </p>
            {data.adoptMissing.length === 0 ? (
              <p className="muted">Every repository of their ecosystems uses the adopt technologies.</p>
            ) : (
              <table className="simple-table stack-table">
                <thead>
                  <tr>
                    <th scope="col">Technology</th>
                    <th scope="col">Ecosystems</th>
                    <th scope="col" className="num">
                      Using
                    </th>
                    <th scope="col" className="num">
                      Missing
                    </th>
                    <th scope="col">Missing in</th>
                  </tr>
                </thead>
                <tbody>
                  {data.adoptMissing.map((a) => (
                    <tr key={a.key}>
                      <th scope="row">
                        <Link to={stackHref(params, { entry: a.key })}>{a.name}</Link>
                      </th>
                      <td>{a.ecosystems.join(', ')}</td>
                      <td className="num">
                        {a.using} of {a.candidates}
                      </td>
                      <td className="num">{a.missing.length}</td>
                      <td>{repoList(a.missing, 4)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
      <StackMappings onSaved={reload} />
    </>
  );
}
