import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api.hook';
import { useScope } from '../../scope/use-scope.hook';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { definitionHref } from '../../ui/format/metric-links';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { type Anomaly, getAnomalySeries, listAnomalies } from './anomaly-data';
import { BandChart } from './budget-chart.component';
import { formatMoney } from './cost-format';
import './budget.css';

const signed = (x: number, currency: string) =>
  `${x >= 0 ? '+' : '−'}${formatMoney(Math.abs(x).toFixed(2), currency)}`;

function AnomalyDetail({ anomaly, currency }: { anomaly: Anomaly; currency: string }) {
  const { data, error } = useApi(`cost-anomaly-series:${anomaly.grouping}:${anomaly.unit.key}`, (signal) =>
    getAnomalySeries({ grouping: anomaly.grouping, unit: anomaly.unit.key }, signal),
  );
  return (
    <section className="panel stack" aria-labelledby="anomaly-detail-title">
      <h2 id="anomaly-detail-title">
        {anomaly.unit.label} on {anomaly.date}
      </h2>
      <p>
        Cost {formatMoney(anomaly.actual.toFixed(2), currency)} against an expected{' '}
        {formatMoney(anomaly.expected.toFixed(2), currency)} ({signed(anomaly.delta, currency)}, score{' '}
        {anomaly.score.toFixed(1)}). <Link to={anomaly.linesHref}>Billing lines of that day</Link>
      </p>
      {error ? <ProblemView error={error} /> : null}
      {data ? (
        <BandChart
          title={`Daily cost of ${data.unit.label} with its expected band`}
          currency={data.currency}
          valueLabel="Daily cost"
          expectedLabel="Expected (weekly pattern)"
          bandLabel="Usual range (|score| < 3.5)"
          summary={`${data.days.filter((d) => d.anomaly).length} days outside the usual range in the last ${data.days.length} days.`}
          points={data.days.map((d) => ({
            date: d.date,
            value: d.actual,
            expected: d.expected,
            lower: d.lower,
            upper: d.upper,
            marker: d.anomaly,
          }))}
        />
      ) : (
        <p className="loading">Loading the daily cost…</p>
      )}
      <h3>What explains it</h3>
      {anomaly.contributors.length ? (
        <div className="analysis-table-wrap">
          <table className="simple-table">
            <thead>
              <tr>
                <th scope="col">Resource (or service)</th>
                <th scope="col">Cloud service</th>
                <th scope="col" className="num">
                  That day
                </th>
                <th scope="col" className="num">
                  Usual (same weekday)
                </th>
                <th scope="col" className="num">
                  Change
                </th>
              </tr>
            </thead>
            <tbody>
              {anomaly.contributors.map((c) => (
                <tr key={c.key}>
                  <th scope="row" className="break-anywhere">
                    <code>{c.key}</code>
                  </th>
                  <td>{c.service ?? '—'}</td>
                  <td className="num">{formatMoney(c.actual.toFixed(2), currency)}</td>
                  <td className="num">{formatMoney(c.expected.toFixed(2), currency)}</td>
                  <td className="num">{signed(c.delta, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">
          No single line explains it: the change comes from shared costs split to this unit or from many small
          lines.
        </p>
      )}
    </section>
  );
}

/** Days on which a team's or service's cost left its usual weekly pattern, and what explains each. */
export function AnomaliesPage() {
  const { team } = useScope();
  const [params, setParams] = useSearchParams();
  const selected = params.get('anomaly');
  const { data, error, loading, reload } = useApi(`cost-anomalies:${team ?? ''}`, (signal) =>
    listAnomalies({ team }, signal),
  );
  const current = data?.items.find((a) => a.id === selected) ?? data?.items[0];
  return (
    <div className="page cost-analysis">
      <PageHeader
        title="Anomalies"
        description={
          <>
            Days in the last 90 on which a team’s or a service’s cost left its usual weekly pattern (robust
            median and MAD, modified z-score ≥ 3.5).{' '}
            <Link to={definitionHref('cost-anomalies')}>How anomalies are found</Link>
          </>
        }
      />
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {loading && !data ? <p className="loading">Looking for anomalies…</p> : null}
      {data && data.items.length === 0 ? (
        <EmptyState title="No anomalies">
          {data.to
            ? `Every team’s and service’s daily cost stayed within its usual range from ${data.from} to ${data.to}.`
            : 'No cloud billing data yet: import a bill under Cost › Imports.'}
        </EmptyState>
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          <section className="panel" aria-labelledby="anomaly-list-title">
            <h2 id="anomaly-list-title">
              {data.items.length} anomalies from {data.from} to {data.to}
            </h2>
            <div className="analysis-table-wrap">
              <table className="simple-table">
                <thead>
                  <tr>
                    <th scope="col">Day</th>
                    <th scope="col">Team or service</th>
                    <th scope="col">Kind</th>
                    <th scope="col" className="num">
                      Cost
                    </th>
                    <th scope="col" className="num">
                      Expected
                    </th>
                    <th scope="col" className="num">
                      Change
                    </th>
                    <th scope="col">Main cause</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((a) => (
                    <tr key={a.id} className={a.id === current?.id ? 'anomaly-row--selected' : undefined}>
                      <th scope="row" className="nowrap">
                        <Link
                          to={`?${new URLSearchParams({ ...Object.fromEntries(params), anomaly: a.id }).toString()}`}
                          aria-current={a.id === current?.id ? 'true' : undefined}
                          onClick={(e) => {
                            e.preventDefault();
                            setParams((p) => {
                              const next = new URLSearchParams(p);
                              next.set('anomaly', a.id);
                              return next;
                            });
                          }}
                        >
                          {a.date}
                        </Link>
                      </th>
                      <td>
                        {a.unit.label} <span className="muted">({a.grouping})</span>
                      </td>
                      <td className={`nowrap anomaly-direction--${a.direction}`}>
                        {a.direction === 'spike' ? '▲ Spike' : '▼ Drop'}
                      </td>
                      <td className="num">{formatMoney(a.actual.toFixed(2), data.currency)}</td>
                      <td className="num">{formatMoney(a.expected.toFixed(2), data.currency)}</td>
                      <td className="num">{signed(a.delta, data.currency)}</td>
                      <td className="break-anywhere">
                        {a.contributors[0] ? <code>{a.contributors[0].key}</code> : '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          {current ? <AnomalyDetail key={current.id} anomaly={current} currency={data.currency} /> : null}
        </>
      ) : null}
    </div>
  );
}
