import { useMemo } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { useApi } from '../../../api/use-api.hook';
import { Chart, type ChartSpec } from '../../../ui/chart/chart.component';
import { EmptyState } from '../../../ui/empty-state/empty-state.component';
import { PageHeader } from '../../../ui/page/page-header.component';
import { ProblemView } from '../../../ui/problem/problem-view.component';
import { HowMeasured } from './how-measured.component';
import { type HeadcountMonth, monthEnd, monthLabel, percent } from './insight-data';
import { InsightTabs } from './insight-tabs.component';
import { KeyFigures } from './key-figures.component';
import { useInsightScope } from './use-insight-scope.hook';
import './insights.css';

function signed(n: number): string {
  return n > 0 ? `+${n.toLocaleString()}` : n.toLocaleString();
}

function HeadcountCharts({ months }: { months: HeadcountMonth[] }) {
  const specs = useMemo(() => {
    const headcount: ChartSpec = {
      preset: 'time-series',
      series: [
        {
          name: 'Headcount',
          points: months.map((m) => ({ at: monthEnd(m.month), value: m.headcount })),
        },
      ],
      unit: 'people',
    };
    const flows: ChartSpec = {
      preset: 'bar',
      categories: months.map((m) => monthLabel(m.month)),
      series: [
        { name: 'Joiners', values: months.map((m) => m.joiners) },
        { name: 'Leavers', values: months.map((m) => m.leavers) },
      ],
      unit: 'people',
    };
    const rated = months.filter((m) => m.attrition.rate !== null);
    const attrition: ChartSpec | null =
      rated.length > 1
        ? {
            preset: 'time-series',
            series: [
              {
                name: 'Attrition, trailing 12 months',
                points: rated.map((m) => ({
                  at: monthEnd(m.month),
                  value: Math.round((m.attrition.rate ?? 0) * 1000) / 10,
                })),
              },
            ],
            unit: '%',
          }
        : null;
    return { headcount, flows, attrition };
  }, [months]);
  return (
    <div className="insight-charts insight-charts--stacked">
      <section className="panel" aria-label="Headcount at the end of each month">
        <Chart title="Headcount at the end of each month" spec={specs.headcount} height={260} />
        <Chart
          title="Joiners and leavers per month"
          spec={specs.flows}
          height={200}
          summary="The months line up with the headcount line above."
        />
      </section>
      {specs.attrition ? (
        <section className="panel" aria-label="Attrition over the trailing 12 months">
          <Chart
            title="Attrition over the trailing 12 months (%)"
            spec={specs.attrition}
            height={220}
            summary="Leavers in the 12 months up to each month, divided by the average month-end headcount of those months."
          />
        </section>
      ) : null}
    </div>
  );
}

/** `/org/insights/headcount`: month-end headcount, joiners and leavers, trailing 12-month attrition. */
export function HeadcountPage() {
  const { teamId, phrase, scope, canImport } = useInsightScope();
  // The scope's default (last 90 days) is too short for a trend: without a chosen range, 24 months.
  const range = scope.explicit ? { from: scope.from.slice(0, 7), to: scope.to.slice(0, 7) } : {};
  const query = { ...range, ...(teamId ? { teamId } : {}) };
  const { data, error, loading, reload } = useApi(`headcount:${JSON.stringify(query)}`, (signal) =>
    unwrap(api.GET('/api/v1/org/insights/headcount', { params: { query }, signal })),
  );
  const months = data?.months ?? [];
  const first = months[0];
  const last = months[months.length - 1];
  const joiners = months.reduce((n, m) => n + m.joiners, 0);
  const leavers = months.reduce((n, m) => n + m.leavers, 0);
  const empty = data && months.every((m) => m.headcount === 0 && m.joiners === 0 && m.leavers === 0);

  return (
    <div className="page insight-page">
      <PageHeader
        title="Headcount and attrition"
        description={
          <>
            People at the end of each month, who joined and who left: {phrase},{' '}
            {first && last ? `${monthLabel(first.month)} to ${monthLabel(last.month)}` : 'by month'}
            {scope.explicit
              ? ' (the range in the scope bar)'
              : ' (the last 24 months; choose a range in the scope bar to change it)'}
            .
          </>
        }
      />
      <InsightTabs />
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {!data && loading ? <p className="loading">Loading headcount…</p> : null}
      {empty ? (
        <EmptyState
          title="No headcount in this range"
          action={
            canImport ? (
              <Link to="/org/import" className="button">
                Import people
              </Link>
            ) : undefined
          }
        >
          Headcount comes from people’s start and end dates. Import an HR export with start and end date
          columns, or choose a wider range in the scope bar.
        </EmptyState>
      ) : null}
      {data && !empty && first && last ? (
        <>
          <KeyFigures
            label="Headcount in figures"
            items={[
              {
                label: `Headcount, ${monthLabel(last.month)}`,
                value: last.headcount.toLocaleString(),
                note: `${signed(last.headcount - first.headcount)} since ${monthLabel(first.month)}`,
              },
              { label: 'Joiners', value: joiners.toLocaleString(), note: `${months.length} months` },
              { label: 'Leavers', value: leavers.toLocaleString(), note: `${months.length} months` },
              {
                label: 'Attrition, 12 months',
                value: percent(last.attrition.rate, 1),
                note: `${last.attrition.leavers} leavers / ${last.attrition.averageHeadcount.toLocaleString(undefined, { maximumFractionDigits: 1 })} average headcount`,
              },
            ]}
          />
          <HeadcountCharts months={months} />
          <section className="panel" aria-labelledby="headcount-months">
            <h2 id="headcount-months">By month</h2>
            <section
              className="insight-table-scroll"
              aria-label="Headcount by month (scrolls)"
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard
              tabIndex={0}
            >
              <table className="simple-table">
                <caption className="visually-hidden">
                  Headcount, joiners, leavers and attrition by month
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col" className="num">
                      Headcount at month end
                    </th>
                    <th scope="col" className="num">
                      Joiners
                    </th>
                    <th scope="col" className="num">
                      Leavers
                    </th>
                    <th scope="col" className="num">
                      Attrition, trailing 12 months
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...months].reverse().map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{monthLabel(m.month)}</th>
                      <td className="num">{m.headcount.toLocaleString()}</td>
                      <td className="num">{m.joiners}</td>
                      <td className="num">{m.leavers}</td>
                      <td className="num">{percent(m.attrition.rate, 1)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </section>
        </>
      ) : null}
      <HowMeasured section="Headcount and attrition">
        <blockquote>
          Per UTC calendar month — headcount on the month’s last day, joiners (start date in the month),
          leavers (end date in the month), and attrition over the trailing 12 months ending with the month.
          […] The end date is the last day worked. […] Attrition = leavers over the 12 months / the average of
          those 12 month-end headcounts (already annual: no scaling); no data when that average is 0.
        </blockquote>
        <p>
          This follows the U.S. Bureau of Labor Statistics (JOLTS) annual separations rate and SHRM’s turnover
          rate.
        </p>
      </HowMeasured>
    </div>
  );
}
