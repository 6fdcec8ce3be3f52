import { Link } from 'react-router';
import { useApi } from '../../api/use-api.hook';
import { formatRange } from '../../scope/scope';
import { useScope } from '../../scope/use-scope.hook';
import { Chart } from '../../ui/chart/chart.component';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { stackedCostChart } from './billing-chart';
import { BillingLines, LINE_SORTS } from './billing-lines.component';
import { CostTable } from './billing-table.component';
import { getCostSeries } from './cost-api';
import { CostFilters, CostViewControls, useCostFacets, useCostView } from './cost-filters.component';
import { bucketRange, formatBucket, formatMoney } from './cost-format';
import { changedQuery, costHref, GROUP_BYS, METRICS } from './cost-query';
import { CloudCostTabs } from './cost-tabs.component';
import './billing.css';

/** The explorer's own keys: the figure whose lines are open, and their page. */
const ALL = 'all';

/**
 * `/cost/explorer`: the cost of the range grouped by team, service, provider, category, cloud service,
 * account, environment or charge category, per day or month, amortized or billed, filtered — all in the
 * URL. A stacked chart, and a table whose every figure opens the billing lines behind it.
 */
export function CostExplorerPage() {
  const scope = useScope();
  const { params, view, set } = useCostView();
  const facets = useCostFacets(scope.from, scope.to);
  const key = JSON.stringify({ from: scope.from, to: scope.to, view });
  const series = useApi(`cost-explorer:${key}`, (signal) =>
    getCostSeries(
      {
        from: scope.from,
        to: scope.to,
        step: view.step,
        groupBy: view.group,
        metric: view.metric,
        filters: view.filters,
      },
      signal,
    ),
  );
  const groupLabel = GROUP_BYS.find((g) => g.id === view.group)?.label ?? 'Group';
  const metric = METRICS.find((m) => m.id === view.metric) ?? METRICS[0]!;
  const here = (change: Record<string, string | number | undefined>) =>
    `?${changedQuery(params, change).toString()}`;

  // The open figure: `lines` = a group key (or `all`), `bucket` = a day or month (or none: the range).
  const linesParam = params.get('lines');
  const bucket = params.get('bucket') ?? undefined;
  const openGroup = linesParam && linesParam !== ALL ? linesParam : undefined;
  const open = linesParam !== null;
  const data = series.data;
  const groupName = openGroup
    ? (data?.groups.find((g) => g.key === openGroup)?.label ?? openGroup)
    : `Every ${groupLabel.toLowerCase()}`;
  const range = bucket ? bucketRange(bucket) : { from: scope.from, to: scope.to };
  // A month at the edge of the range: only its days inside the range.
  const linesFrom = range.from < scope.from ? scope.from : range.from;
  const linesTo = range.to > scope.to ? scope.to : range.to;
  const offset = Math.max(0, Number(params.get('offset')) || 0);

  return (
    <div className="page cost-page">
      <PageHeader
        title="Cost explorer"
        description="Cloud cost grouped and filtered as you need it; every figure opens the billing lines behind it, with the file and row each came from."
      />
      <CloudCostTabs />
      <CostViewControls
        view={view}
        onChange={(change) => set({ ...change, lines: undefined, bucket: undefined })}
      />
      <CostFilters
        filters={view.filters}
        facets={facets.data}
        onChange={(change) => set({ ...change, lines: undefined, bucket: undefined })}
      />
      {series.error ? <ProblemView error={series.error} onRetry={series.reload} /> : null}
      {!data && series.loading ? <p className="loading">Loading the cost…</p> : null}
      {data ? (
        <>
          <p className="cost-explorer__summary" role="status">
            <strong className="cost-money">{formatMoney(data.total, data.currency)}</strong>{' '}
            {metric.label.toLowerCase()} cost, {formatRange(scope.from, scope.to)}, by{' '}
            {groupLabel.toLowerCase()} and {view.step}
            {view.group === 'team' || view.group === 'service' ? (
              <>
                {' '}
                — unallocated{' '}
                <strong className="cost-money">{formatMoney(data.unallocated, data.currency)}</strong>
              </>
            ) : null}
            . <span className="muted">{metric.hint}.</span>
          </p>
          {data.otherCurrencies.length > 0 ? (
            <p className="callout callout--watch">
              Not included (no exchange rate for their months):{' '}
              {data.otherCurrencies.map((o) => formatMoney(o.total, o.currency)).join(', ')}.
            </p>
          ) : null}
          {data.groups.length > 0 ? (
            <>
              <section className="panel cost-panel" aria-label="Chart">
                <Chart
                  title={`${metric.label} cost per ${view.step} by ${groupLabel.toLowerCase()} (${data.currency})`}
                  spec={stackedCostChart(data)}
                  height={320}
                  summary={`Total ${formatMoney(data.total, data.currency)} over ${data.buckets.length} ${view.step}s, ${data.groups.length} groups.`}
                />
              </section>
              <CostTable
                series={data}
                groupLabel={groupLabel}
                fileName={`cost-by-${view.group}-${view.step}-${scope.from}-${scope.to}.csv`}
                cellHref={(group, b) => here({ lines: group ?? ALL, bucket: b })}
                selected={open ? { group: openGroup, bucket } : null}
              />
            </>
          ) : (
            <p className="callout callout--watch">
              No billing lines match this range and these filters. The{' '}
              <Link to={costHref('/cost', params)}>overview</Link> shows the days the bills cover;{' '}
              <Link to="/cost/imports">import history</Link>.
            </p>
          )}
        </>
      ) : null}
      {open ? (
        <BillingLines
          title={`Billing lines: ${groupName}, ${bucket ? formatBucket(bucket) : formatRange(scope.from, scope.to)}`}
          from={linesFrom}
          to={linesTo}
          filters={view.filters}
          groupBy={view.group}
          group={openGroup}
          metric={view.metric}
          offset={offset}
          sort={LINE_SORTS.find((o) => o.id === params.get('sort'))?.id ?? 'cost'}
          sortHref={(o) => here({ sort: o === 'cost' ? undefined : o })}
          closeHref={here({ lines: undefined, bucket: undefined, sort: undefined })}
          pageHref={(o) => here({ offset: o || undefined })}
        />
      ) : null}
    </div>
  );
}
