import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { Chart } from '../../ui/chart/chart.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { type StackParams, stackHref, stackQuery } from './stack-data';
import { StackNothingScanned } from './stack-empty.component';

const list = (xs: string[], max = 4) =>
  xs.length > max ? `${xs.slice(0, max).join(', ')} and ${xs.length - max} more` : xs.join(', ') || '–';

/** Radar technologies in use, with the repositories, services and teams using them; packages not on the radar. */
export function StackTechnologies({ state, params }: { state: StackParams; params: URLSearchParams }) {
  const query = stackQuery(state);
  const { data, error, loading, reload } = useApi(`stack-tech:${JSON.stringify(query)}`, (signal) =>
    unwrap(api.GET('/api/v1/strategy/stack/technologies', { params: { query }, signal })),
  );
  if (error) return <ProblemView error={error} onRetry={reload} />;
  if (!data) return loading ? <p className="loading">Loading the technologies…</p> : null;
  if (data.scanned === 0) return <StackNothingScanned />;
  const top = data.technologies.slice(0, 20);
  return (
    <>
      <p className="stack-summary">
        {data.scanned} repositories scanned · {data.technologies.length} radar technologies in use
      </p>
      {top.length ? (
        <Chart
          title="Repositories using each radar technology"
          height={Math.max(220, top.length * 26)}
          spec={{
            preset: 'bar',
            horizontal: true,
            categories: top.map((t) => t.name),
            series: [{ name: 'Repositories', values: top.map((t) => t.repositories) }],
          }}
        />
      ) : (
        <p className="muted">
          No radar technology matches these filters. The mapping rules under Radar compliance say which
          packages stand for which entry.
        </p>
      )}
      {data.technologies.length ? (
        <table className="simple-table stack-table">
          <caption className="stack-table__caption">Radar technologies in use</caption>
          <thead>
            <tr>
              <th scope="col">Technology</th>
              <th scope="col">Ring</th>
              <th scope="col" className="num">
                Repositories
              </th>
              <th scope="col">Services</th>
              <th scope="col">Teams</th>
              <th scope="col">Found as</th>
            </tr>
          </thead>
          <tbody>
            {data.technologies.map((t) => (
              <tr key={t.key}>
                <th scope="row">
                  <Link to={stackHref(params, { entry: t.key })}>{t.name}</Link>
                </th>
                <td>
                  <span className={`stack-ring stack-ring--${t.stance}`}>{t.ring}</span>
                </td>
                <td className="num">{t.repositories}</td>
                <td>{list(t.services)}</td>
                <td>{list(t.teams)}</td>
                <td className="stack-mono">{list(t.packages, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {data.notOnRadar.length ? (
        <details className="stack-details">
          <summary>Packages used directly but not on the radar ({data.notOnRadar.length})</summary>
          <table className="simple-table stack-table">
            <thead>
              <tr>
                <th scope="col">Package</th>
                <th scope="col">Ecosystem</th>
                <th scope="col" className="num">
                  Repositories
                </th>
              </tr>
            </thead>
            <tbody>
              {data.notOnRadar.map((p) => (
                <tr key={`${p.ecosystem}:${p.name}`}>
                  <th scope="row" className="stack-mono">
                    <Link to={stackHref(params, { tab: 'versions', ecosystem: p.ecosystem, pkg: p.name })}>
                      {p.name}
                    </Link>
                  </th>
                  <td>{p.ecosystem}</td>
                  <td className="num">{p.repositories}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </>
  );
}
