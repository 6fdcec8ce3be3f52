import { useId } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { Chart } from '../../ui/chart/chart.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { type StackParams, stackHref, stackQuery, type Versions } from './stack-data';
import { StackNothingScanned } from './stack-empty.component';

type Pkg = Versions['packages'][number];
const behindText = (b: Pkg['versions'][number]['behind']) =>
  b.unit ? `${b.count} ${b.unit}${b.count === 1 ? '' : 's'} behind` : 'newest seen';
const keyOf = (p: Pkg) => `${p.ecosystem}:${p.name}`;

/** Version spread of each technology: versions, repositories on each, and how far behind the newest seen. */
export function StackVersions({
  state,
  params,
  set,
}: {
  state: StackParams;
  params: URLSearchParams;
  set: (change: Record<string, string | number | undefined>) => void;
}) {
  const id = useId();
  const query = stackQuery(state);
  const { data, error, loading, reload } = useApi(`stack-versions:${JSON.stringify(query)}`, (signal) =>
    unwrap(api.GET('/api/v1/strategy/stack/versions', { params: { query }, signal })),
  );
  if (error) return <ProblemView error={error} onRetry={reload} />;
  if (!data) return loading ? <p className="loading">Loading versions…</p> : null;
  if (data.scanned === 0) return <StackNothingScanned />;
  if (data.packages.length === 0) return <p className="muted">No versioned package matches these filters.</p>;
  const chosen =
    data.packages.find((p) => p.name === state.pkg || keyOf(p) === state.pkg) ?? data.packages[0]!;
  return (
    <>
      <div className="stack-filters">
        <div className="stack-filters__field">
          <label htmlFor={`${id}-pkg`}>Package</label>
          <select id={`${id}-pkg`} value={keyOf(chosen)} onChange={(e) => set({ pkg: e.target.value })}>
            {data.packages.map((p) => (
              <option key={keyOf(p)} value={keyOf(p)}>
                {p.name} ({p.ecosystem}, {p.distinct} versions)
              </option>
            ))}
          </select>
        </div>
      </div>
      <Chart
        title={`Repositories on each version of ${chosen.name}`}
        summary={`${chosen.repositories} repositories on ${chosen.distinct} versions; newest seen ${chosen.newest}.`}
        height={Math.max(200, chosen.versions.length * 30)}
        spec={{
          preset: 'bar',
          horizontal: true,
          categories: chosen.versions.map((v) => v.version),
          series: [{ name: 'Repositories', values: chosen.versions.map((v) => v.repositories) }],
        }}
      />
      <table className="simple-table stack-table">
        <caption className="stack-table__caption">Version spread of every technology</caption>
        <thead>
          <tr>
            <th scope="col">Package</th>
            <th scope="col">Radar entry</th>
            <th scope="col" className="num">
              Repositories
            </th>
            <th scope="col" className="num">
              Versions
            </th>
            <th scope="col">Newest seen</th>
            <th scope="col" className="num">
              A major or more behind
            </th>
            <th scope="col">Spread</th>
          </tr>
        </thead>
        <tbody>
          {data.packages.map((p) => (
            <tr key={keyOf(p)} aria-current={p === chosen ? 'true' : undefined}>
              <th scope="row" className="stack-mono">
                <Link to={stackHref(params, { pkg: keyOf(p) })}>{p.name}</Link>{' '}
                <span className="muted">{p.ecosystem}</span>
              </th>
              <td>{p.entry ? <Link to={stackHref(params, { entry: p.entry })}>{p.entry}</Link> : '–'}</td>
              <td className="num">{p.repositories}</td>
              <td className="num">{p.distinct}</td>
              <td className="stack-mono">{p.newest}</td>
              <td className="num">{p.majorsBehind}</td>
              <td className="stack-spread">
                {p.versions
                  .slice(0, 5)
                  .map((v) => `${v.version} ×${v.repositories} (${behindText(v.behind)})`)
                  .join(' · ')}
                {p.versions.length > 5 ? ' …' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
