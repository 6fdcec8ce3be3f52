import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { Chart } from '../../ui/chart/chart.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { formatBytes, pct, type StackParams, stackQuery } from './stack-data';
import { StackNothingScanned } from './stack-empty.component';

/** Language shares by bytes of source files (vendored and generated files left out). */
export function StackLanguages({ state }: { state: StackParams }) {
  const query = stackQuery(state);
  const { data, error, loading, reload } = useApi(`stack-languages:${JSON.stringify(query)}`, (signal) =>
    unwrap(api.GET('/api/v1/strategy/stack/languages', { params: { query }, signal })),
  );
  if (error) return <ProblemView error={error} onRetry={reload} />;
  if (!data) return loading ? <p className="loading">Loading languages…</p> : null;
  if (data.languages.length === 0) return <StackNothingScanned />;
  const top = data.languages.slice(0, 12);
  return (
    <>
      <Chart
        title="Share of source code by language"
        summary={`${formatBytes(data.bytes)} of source in ${data.repositories.length} repositories.`}
        height={Math.max(200, top.length * 28)}
        spec={{
          preset: 'bar',
          horizontal: true,
          unit: '%',
          categories: top.map((l) => l.language),
          series: [{ name: 'Share of bytes', values: top.map((l) => Math.round(l.share * 1000) / 10) }],
        }}
      />
      <table className="simple-table stack-table">
        <caption className="stack-table__caption">Languages</caption>
        <thead>
          <tr>
            <th scope="col">Language</th>
            <th scope="col" className="num">
              Share
            </th>
            <th scope="col" className="num">
              Size
            </th>
            <th scope="col" className="num">
              Files
            </th>
            <th scope="col" className="num">
              Repositories
            </th>
          </tr>
        </thead>
        <tbody>
          {data.languages.map((l) => (
            <tr key={l.language}>
              <th scope="row">{l.language}</th>
              <td className="num">{pct(l.share)}</td>
              <td className="num">{formatBytes(l.bytes)}</td>
              <td className="num">{l.files}</td>
              <td className="num">{l.repositories}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
