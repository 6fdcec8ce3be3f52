import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { formatRange } from '../../scope/scope';
import { useScope } from '../../scope/use-scope.hook';
import { Chart } from '../../ui/chart/chart.component';
import { formatDate, formatDateTime, formatRelative } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { stackedCostChart } from './billing-chart';
import { NoBillYet } from './billing-empty.component';
import { CostFigures, TopGroups } from './billing-figures.component';
import { type CostGroup, type CostSeries, getCostSeries, getCostSummary } from './cost-api';
import { parseCostFilters } from './cost-filters.component';
import { describeChange, formatMoney, formatShare, isZeroMoney, moneyShare } from './cost-format';
import { costHref } from './cost-query';
import { CloudCostTabs } from './cost-tabs.component';
import './billing.css';

const BREAKDOWNS = [
  { id: 'provider', label: 'Provider' },
  { id: 'team', label: 'Team' },
] as const;

/**
 * `/cost`: what the cloud cost in the scope's range, against the range before; per month by provider or
 * team; the largest teams and services; the unallocated share (always shown, linked to its lines); the
 * last import and the days the bills cover.
 */
export function CostOverviewPage() {
  const scope = useScope();
  const [params, setParams] = useSearchParams();
  const { can } = useSession();
  const byId = useId();
  const by = params.get('by') === 'team' ? 'team' : 'provider';
  const filters = parseCostFilters(params);
  const base = {
    from: scope.from,
    to: scope.to,
    step: 'month' as const,
    metric: 'effective' as const,
    filters,
  };
  const key = `${scope.from}:${scope.to}:${JSON.stringify(filters)}`;
  const summary = useApi(`cost-summary:${key}`, (signal) =>
    getCostSummary({ from: scope.from, to: scope.to, filters }, signal),
  );
  const teams = useApi(`cost-series:team:${key}`, (signal) =>
    getCostSeries({ ...base, groupBy: 'team' }, signal),
  );
  const services = useApi(`cost-series:service:${key}`, (signal) =>
    getCostSeries({ ...base, groupBy: 'service' }, signal),
  );
  const providers = useApi(by === 'provider' ? `cost-series:provider:${key}` : null, (signal) =>
    getCostSeries({ ...base, groupBy: 'provider' }, signal),
  );
  const chartSeries: CostSeries | undefined = by === 'team' ? teams.data : providers.data;
  const s = summary.data;
  const error = summary.error ?? teams.error ?? services.error ?? providers.error;
  const noBill = s !== undefined && s.coverage.lastImportAt === null;
  const currency = s?.currency ?? teams.data?.currency ?? 'USD';
  const unallocatedGroup = teams.data?.groups.find((g) => g.kind === 'unallocated');
  const unallocated = teams.data?.unallocated ?? s?.unallocated ?? '0';
  const unallocatedShare = teams.data
    ? moneyShare(unallocated, teams.data.total)
    : (s?.unallocatedShare ?? null);
  const groupHref = (group: 'team' | 'service') => (g: CostGroup) =>
    costHref('/cost/explorer', params, { group, lines: g.key });
  const emptyRange =
    s !== undefined && !noBill && isZeroMoney(s.total) && (teams.data?.groups.length ?? 0) === 0;

  return (
    <div className="page cost-page">
      <PageHeader
        title="Cloud cost"
        description="What the cloud bills cost in this range, per month, by provider and team — and what is not allocated to anyone yet."
      />
      <CloudCostTabs />
      {error ? (
        <ProblemView
          error={error}
          onRetry={() => {
            summary.reload();
            teams.reload();
            services.reload();
            providers.reload();
          }}
        />
      ) : null}
      {!s && summary.loading ? <p className="loading">Loading the cloud cost…</p> : null}
      {noBill ? <NoBillYet canUpload={can(['admin', 'executive'])} /> : null}
      {s && !noBill ? (
        <>
          <CostFigures
            label="Cloud cost in this range"
            items={[
              {
                label: 'Cloud spend (amortized)',
                value: <span className="cost-money">{formatMoney(s.total, currency)}</span>,
                note: describeChange(s.total, s.previousTotal, currency),
                href: costHref('/cost/explorer', params),
                hrefLabel: 'Explore it',
              },
              {
                label: 'Unallocated',
                value: <span className="cost-money">{formatMoney(unallocated, currency)}</span>,
                note: `${formatShare(unallocatedShare)} of the spend has no team or service`,
                href: costHref('/cost/explorer', params, {
                  group: 'team',
                  lines: unallocatedGroup?.key ?? 'unallocated',
                }),
                hrefLabel: 'The unallocated lines',
              },
              {
                label: 'Last import',
                text: true,
                value: (
                  <span title={formatDateTime(s.coverage.lastImportAt)}>
                    {formatRelative(s.coverage.lastImportAt)}
                  </span>
                ),
                note: formatDateTime(s.coverage.lastImportAt),
                href: '/cost/imports',
                hrefLabel: 'Import history',
              },
              {
                label: 'Data coverage',
                text: true,
                value:
                  s.coverage.first && s.coverage.last
                    ? formatRange(s.coverage.first, s.coverage.last)
                    : 'No billing lines',
                note: `Charge days the imported bills cover; this page shows ${formatRange(scope.from, scope.to)}.`,
              },
            ]}
          />
          {s.otherCurrencies.length > 0 ? (
            <p className="callout callout--watch">
              Not included (no exchange rate for their months):{' '}
              {s.otherCurrencies.map((o) => formatMoney(o.total, o.currency)).join(', ')}.
            </p>
          ) : null}
          {emptyRange ? (
            <p className="callout callout--watch">
              No billing lines in this range.{' '}
              {s.coverage.first && s.coverage.last ? (
                <Link to={costHref('/cost', params, { from: s.coverage.first, to: s.coverage.last })}>
                  Show the days the bills cover ({formatDate(s.coverage.first)} –{' '}
                  {formatDate(s.coverage.last)})
                </Link>
              ) : null}
            </p>
          ) : null}
          <section className="panel cost-panel" aria-label="Spend per month">
            <div className="cost-panel__head">
              <h2>Spend per month by {by}</h2>
              <div className="cost-filters__field">
                <label htmlFor={byId}>Break down by</label>
                <select
                  id={byId}
                  value={by}
                  onChange={(e) =>
                    setParams((current) => {
                      const next = new URLSearchParams(current);
                      if (e.target.value === 'provider') next.delete('by');
                      else next.set('by', e.target.value);
                      return next;
                    })
                  }
                >
                  {BREAKDOWNS.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.label}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            {chartSeries ? (
              <Chart
                title={`Amortized cost per month by ${by} (${chartSeries.currency})`}
                spec={stackedCostChart(chartSeries)}
                height={300}
                summary={`Total ${formatMoney(chartSeries.total, chartSeries.currency)} over ${chartSeries.buckets.length} months; shared costs are split into the teams.`}
              />
            ) : (
              <p className="loading">Drawing the chart…</p>
            )}
          </section>
          <div className="cost-columns">
            <section className="panel cost-panel" aria-labelledby={`${byId}-teams`}>
              <h2 id={`${byId}-teams`}>Top teams</h2>
              {teams.data ? (
                <TopGroups
                  caption="Teams with the largest cloud cost"
                  groups={teams.data.groups}
                  total={teams.data.total}
                  currency={teams.data.currency}
                  hrefOf={groupHref('team')}
                />
              ) : (
                <p className="loading">Loading…</p>
              )}
            </section>
            <section className="panel cost-panel" aria-labelledby={`${byId}-services`}>
              <h2 id={`${byId}-services`}>Top services</h2>
              {services.data ? (
                <TopGroups
                  caption="Services with the largest cloud cost"
                  groups={services.data.groups}
                  total={services.data.total}
                  currency={services.data.currency}
                  hrefOf={groupHref('service')}
                />
              ) : (
                <p className="loading">Loading…</p>
              )}
            </section>
          </div>
        </>
      ) : null}
    </div>
  );
}
