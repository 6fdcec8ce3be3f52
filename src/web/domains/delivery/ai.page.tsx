import { type ReactNode, useMemo } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Output } from '../../api/types';
import { useApi } from '../../api/use-api.hook';
import { Chart, type ChartSpec } from '../../ui/chart/chart.component';
import { formatDuration } from '../../ui/format/format';
import { definitionHref } from '../../ui/format/metric-links';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { decimal, durationUnit, percent, plural } from './delivery-data';
import { NoDeliveryData } from './delivery-empty.component';
import { DeliveryTabs } from './delivery-tabs.component';
import { DeliveryToolbar } from './delivery-toolbar.component';
import { HowMeasured } from './how-measured.component';
import { useDeliveryScope } from './use-delivery-scope.hook';
import './delivery.css';
import './delivery-insights.css';

/** `GET /api/v1/delivery/ai` (docs/metrics.md#ai-assisted-work). */
export type AiSplit = Output<'/api/v1/delivery/ai'>;

const share = (part: number, total: number) => (total ? part / total : null);
const SERIES = ['AI-assisted', 'The rest'] as const;

interface Row {
  label: string;
  anchor: string;
  ai: ReactNode;
  other: ReactNode;
}

function rowsOf(d: AiSplit): Row[] {
  const c = d.changeFailureRate;
  const p = d.pullRequests;
  const cfr = (x: AiSplit['changeFailureRate']['ai']) =>
    x.total ? `${percent(x.rate)} (${x.failed} of ${x.total})` : '—';
  const lines = (n: number | null) => (n === null ? '—' : `${decimal(n, 0)} lines`);
  return [
    {
      label: 'Changes shipped',
      anchor: 'lead-time-for-changes',
      ai: d.leadTime.ai.count.toLocaleString(),
      other: d.leadTime.other.count.toLocaleString(),
    },
    {
      label: 'Lead time for changes, median',
      anchor: 'lead-time-for-changes',
      ai: formatDuration(d.leadTime.ai.medianMs),
      other: formatDuration(d.leadTime.other.medianMs),
    },
    {
      label: 'Change failure rate (deployments with / without an AI-assisted change)',
      anchor: 'change-failure-rate',
      ai: cfr(c.ai),
      other: cfr(c.other),
    },
    {
      label: 'Merged pull requests',
      anchor: 'pull-request-cycle-time',
      ai: p.ai.merged.toLocaleString(),
      other: p.other.merged.toLocaleString(),
    },
    {
      label: 'Pull-request cycle time, median',
      anchor: 'pull-request-cycle-time',
      ai: formatDuration(p.ai.cycleMedianMs),
      other: formatDuration(p.other.cycleMedianMs),
    },
    {
      label: 'Review (first review to merge), median',
      anchor: 'pull-request-cycle-time',
      ai: formatDuration(p.ai.reviewMedianMs),
      other: formatDuration(p.other.reviewMedianMs),
    },
    {
      label: 'Pull-request size, median',
      anchor: 'pull-request-size',
      ai: lines(p.ai.sizeMedian),
      other: lines(p.other.sizeMedian),
    },
    {
      label: 'Review coverage',
      anchor: 'review-coverage',
      ai: percent(p.ai.reviewCoverage),
      other: percent(p.other.reviewCoverage),
    },
  ];
}

function Comparison({ data }: { data: AiSplit }) {
  const specs = useMemo(() => {
    const p = data.pullRequests;
    const pairs = [
      ['Lead time', data.leadTime.ai.medianMs, data.leadTime.other.medianMs],
      ['Cycle time', p.ai.cycleMedianMs, p.other.cycleMedianMs],
      ['Review', p.ai.reviewMedianMs, p.other.reviewMedianMs],
    ] as const;
    const unit = durationUnit(pairs.flatMap(([, a, b]) => [a, b]));
    const times: ChartSpec = {
      preset: 'bar',
      categories: pairs.map(([name]) => name),
      series: SERIES.map((name, i) => ({
        name,
        values: pairs.map((x) => {
          const ms = x[i + 1] as number | null;
          return ms === null ? null : unit.of(ms);
        }),
      })),
      unit: unit.unit,
    };
    const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
    const rates: ChartSpec = {
      preset: 'bar',
      categories: ['Change failure rate', 'Review coverage'],
      series: [
        { name: SERIES[0], values: [pct(data.changeFailureRate.ai.rate), pct(p.ai.reviewCoverage)] },
        { name: SERIES[1], values: [pct(data.changeFailureRate.other.rate), pct(p.other.reviewCoverage)] },
      ],
      unit: '%',
    };
    return { times, rates, unitLabel: unit.label };
  }, [data]);
  return (
    <>
      <section className="panel" aria-labelledby="ai-compare">
        <h2 id="ai-compare">Side by side</h2>
        <table className="simple-table ai-table">
          <caption className="visually-hidden">AI-assisted work compared with the rest</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="num">
                AI-assisted
              </th>
              <th scope="col" className="num">
                The rest
              </th>
            </tr>
          </thead>
          <tbody>
            {rowsOf(data).map((r) => (
              <tr key={r.label}>
                <th scope="row">
                  <Link to={definitionHref(r.anchor)}>{r.label}</Link>
                </th>
                <td className="num">{r.ai}</td>
                <td className="num">{r.other}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="delivery-charts">
        <section className="panel" aria-label="Medians compared">
          <Chart
            title={`Medians, AI-assisted and the rest (${specs.unitLabel})`}
            spec={specs.times}
            height={240}
            summary="Lead time for changes, pull-request cycle time and the review phase; a side without work has no bar."
          />
        </section>
        <section className="panel" aria-label="Rates compared">
          <Chart
            title="Change failure rate and review coverage, AI-assisted and the rest (%)"
            spec={specs.rates}
            height={240}
          />
        </section>
      </div>
    </>
  );
}

/** `/delivery/ai`: AI-assisted changes and pull requests beside the rest, on the DORA and flow figures. */
export function AiPage() {
  const scope = useDeliveryScope();
  const { data, error, loading, reload } = useApi(`ai:${scope.key}`, (signal) =>
    unwrap(api.GET('/api/v1/delivery/ai', { params: { query: scope.query }, signal })),
  );
  const empty = data && data.changes.total === 0 && data.pullRequests.total === 0;
  return (
    <div className="page delivery-page">
      <PageHeader
        title="AI-assisted work"
        description={
          <>
            How the changes and pull requests of {scope.phrase} made with an AI assistant compare with the
            rest: {scope.range}.{' '}
            <Link to={definitionHref('ai-assisted-work')}>How AI assistance is recognized</Link>
          </>
        }
      />
      <DeliveryTabs />
      <DeliveryToolbar scope={scope} trend={false} />
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {!data && loading ? <p className="loading">Loading the AI-assisted work…</p> : null}
      {empty ? (
        <NoDeliveryData
          title="No changes or pull requests in this range"
          scoped={Boolean(scope.teamId || scope.serviceId)}
          what="the commits deployments shipped and the pull requests, with their co-authors and labels"
        />
      ) : null}
      {data && !empty ? (
        <>
          <dl className="ai-shares" aria-label="Share of AI-assisted work">
            <div className="panel">
              <dt>AI-assisted changes</dt>
              <dd className="ai-shares__value">{percent(data.changes.share)}</dd>
              <dd className="muted">
                {plural(data.changes.aiAssisted, 'change')} of {data.changes.total.toLocaleString()} shipped
                by a deployment in the range
              </dd>
            </div>
            <div className="panel">
              <dt>AI-assisted pull requests</dt>
              <dd className="ai-shares__value">
                {percent(share(data.pullRequests.aiAssisted, data.pullRequests.total))}
              </dd>
              <dd className="muted">
                {plural(data.pullRequests.aiAssisted, 'pull request')} of{' '}
                {data.pullRequests.total.toLocaleString()} in the range
              </dd>
            </div>
          </dl>
          {data.changes.aiAssisted + data.pullRequests.aiAssisted === 0 ? (
            <p className="callout">
              No AI-assisted work found. A commit counts when an assistant is its co-author (a{' '}
              <code>Co-authored-by:</code> trailer) or it carries an <code>Assisted-by:</code> trailer; a pull
              request when it has a label such as <code>ai-assisted</code> or one of its commits counts.
            </p>
          ) : null}
          <Comparison data={data} />
        </>
      ) : null}
      <HowMeasured sections={['AI-assisted work', 'Lead time for changes', 'Pull-request cycle time']}>
        <p>
          A commit is <strong>AI-assisted</strong> when an assistant (Claude, GitHub Copilot, Cursor, Devin,
          Codex, Gemini, aider…) is among its co-authors or it carries an <code>Assisted-by:</code> or{' '}
          <code>Generated-by:</code> trailer; a pull request when a label says so or any of its commits is. A
          deployment counts on the AI-assisted side when at least one change it shipped is AI-assisted. See{' '}
          <Link to={definitionHref('ai-assisted-work')}>AI-assisted work</Link> for the exact patterns.
        </p>
      </HowMeasured>
    </div>
  );
}
