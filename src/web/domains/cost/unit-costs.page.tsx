import { Link } from 'react-router';
import { useApi } from '../../api/use-api.hook';
import { useScope } from '../../scope/use-scope.hook';
import { Chart } from '../../ui/chart/chart.component';
import { EmptyState } from '../../ui/empty-state/empty-state.component';
import { definitionHref } from '../../ui/format/metric-links';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { percent } from './budget-data';
import { formatBucket, formatMoney } from './cost-format';
import { getUnitCosts, type UnitCosts } from './savings-data';
import './budget.css';

const change = (x: number | null) =>
  x === null ? 'not enough complete months' : `${x >= 0 ? '+' : '−'}${percent(Math.abs(x))} in three months`;

function trend(u: UnitCosts, pick: (m: UnitCosts['months'][number]) => string | null) {
  // Partial months (the first with data, the current one) would dip: the table shows them, not the charts.
  return u.months
    .filter((m) => !m.partial && pick(m) !== null)
    .map((m) => ({ at: `${m.month}-01T00:00:00.000Z`, value: Number(pick(m)) }));
}

/** Cloud cost per engineer, per service and per production deployment, month by month. */
export function UnitCostsPage() {
  const { team } = useScope();
  const { data, error, loading, reload } = useApi(`cost-unit-costs:${team ?? ''}`, (signal) =>
    getUnitCosts({ team }, signal),
  );
  const cur = data?.currency || 'USD';
  const last = data?.months.filter((m) => !m.partial).at(-1);
  return (
    <div className="page cost-analysis">
      <PageHeader
        title="Unit costs"
        description={
          <>
            What a month of cloud spend costs per engineer, per service and per production deployment.{' '}
            <Link to={definitionHref('unit-costs')}>Definitions</Link>
          </>
        }
      />
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {loading && !data ? <p className="loading">Computing unit costs…</p> : null}
      {data && data.months.length === 0 ? (
        <EmptyState title="No cloud billing data yet">
          Import a bill (FOCUS or AWS CUR) under Cost › Imports.
        </EmptyState>
      ) : null}
      {data && data.months.length > 0 ? (
        <>
          <ul
            className="savings-grid"
            aria-label={`Unit costs in ${last ? formatBucket(last.month) : 'the last month'}`}
          >
            <li className="panel savings-card">
              <h2>Per engineer</h2>
              <p className="savings-card__amount">{formatMoney(last?.costPerEngineer, cur)}</p>
              <p className="muted">
                {last?.engineers ?? 0} engineers · {change(data.change.costPerEngineer)}
              </p>
            </li>
            <li className="panel savings-card">
              <h2>Per service</h2>
              <p className="savings-card__amount">{formatMoney(last?.costPerService, cur)}</p>
              <p className="muted">
                {last?.services ?? 0} services with cost · {change(data.change.costPerService)}
              </p>
            </li>
            <li className="panel savings-card">
              <h2>Per production deployment</h2>
              <p className="savings-card__amount">{formatMoney(last?.costPerDeployment, cur)}</p>
              <p className="muted">
                {last?.deployments ?? 0} deployments · {change(data.change.costPerDeployment)}
              </p>
            </li>
          </ul>
          <section className="panel" aria-label="Trends">
            <Chart
              title={`Cost per engineer (${cur})`}
              spec={{
                preset: 'time-series',
                series: [{ name: 'Per engineer', points: trend(data, (m) => m.costPerEngineer) }],
              }}
            />
            <Chart
              title={`Cost per production deployment (${cur})`}
              spec={{
                preset: 'time-series',
                series: [{ name: 'Per deployment', points: trend(data, (m) => m.costPerDeployment) }],
              }}
            />
            <Chart
              title={`Average cost per service (${cur})`}
              spec={{
                preset: 'time-series',
                series: [{ name: 'Per service', points: trend(data, (m) => m.costPerService) }],
              }}
            />
          </section>
          <section className="panel" aria-labelledby="unit-months">
            <h2 id="unit-months">Month by month</h2>
            <div className="analysis-table-wrap">
              <table className="simple-table">
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col" className="num">
                      Cloud cost
                    </th>
                    <th scope="col" className="num">
                      Engineers
                    </th>
                    <th scope="col" className="num">
                      Per engineer
                    </th>
                    <th scope="col" className="num">
                      Services
                    </th>
                    <th scope="col" className="num">
                      Per service
                    </th>
                    <th scope="col" className="num">
                      Deployments
                    </th>
                    <th scope="col" className="num">
                      Per deployment
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.months.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">
                        {formatBucket(m.month)}
                        {m.partial ? ' (part of the month)' : ''}
                      </th>
                      <td className="num">{formatMoney(m.cost, cur)}</td>
                      <td className="num">{m.engineers}</td>
                      <td className="num">{formatMoney(m.costPerEngineer, cur)}</td>
                      <td className="num">{m.services}</td>
                      <td className="num">{formatMoney(m.costPerService, cur)}</td>
                      <td className="num">{m.deployments}</td>
                      <td className="num">{formatMoney(m.costPerDeployment, cur)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          {data.services.length ? (
            <section className="panel" aria-labelledby="unit-services">
              <h2 id="unit-services">Cost per service</h2>
              <div className="analysis-table-wrap">
                <table className="simple-table">
                  <thead>
                    <tr>
                      <th scope="col">Service</th>
                      <th scope="col" className="num">
                        {data.months.length} months
                      </th>
                      <th scope="col" className="num">
                        {formatBucket(data.months.at(-1)!.month)}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.services.slice(0, 25).map((s) => (
                      <tr key={s.key}>
                        <th scope="row">{s.label}</th>
                        <td className="num">{formatMoney(s.total, cur)}</td>
                        <td className="num">{formatMoney(s.values.at(-1) ?? '0', cur)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
