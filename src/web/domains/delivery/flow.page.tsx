import { useCallback } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { formatDuration } from '../../ui/format/format';
import type { TrendPoint } from '../../ui/metric-tile/sparkline.component';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import {
  decimal,
  type Flow,
  type FlowMetric,
  type FlowTrend,
  METRICS,
  percent,
  plural,
} from './delivery-data';
import { NoDeliveryData } from './delivery-empty.component';
import { DeliveryTabs } from './delivery-tabs.component';
import { DeliveryTile } from './delivery-tile.component';
import { DeliveryToolbar } from './delivery-toolbar.component';
import { FlowCharts, PhaseBreakdown } from './flow-charts.component';
import { HowMeasured } from './how-measured.component';
import { QualityNote } from './quality-note.component';
import { bucketStart } from './trend-labels';
import { deliverySearch, useDeliveryScope } from './use-delivery-scope.hook';
import './delivery.css';

function points(trend: readonly FlowTrend[], pick: (t: FlowTrend) => number | null): TrendPoint[] {
  return trend.flatMap((t) => {
    const v = pick(t);
    const at = bucketStart(t.label);
    return v === null || at === null ? [] : [{ at, value: v }];
  });
}

function FlowTiles({ data, rowsHref }: { data: Flow; rowsHref: (m: FlowMetric) => string }) {
  const drill = (metric: FlowMetric, count: number, label: string) =>
    count > 0 ? { href: rowsHref(metric), label } : null;
  const c = data.cycleTime;
  const r = data.timeToFirstReview;
  const v = data.reviewCoverage;
  const w = data.workInProgress;
  const s = data.size;
  return (
    <div className="delivery-tiles delivery-tiles--wide">
      <DeliveryTile
        info={METRICS['cycle-time']}
        value={c.medianMs === null ? null : formatDuration(c.medianMs)}
        note={
          <>
            Median of {plural(c.count, 'merged pull request')}; p75 {formatDuration(c.p75Ms)}, p90{' '}
            {formatDuration(c.p90Ms)}
          </>
        }
        trend={points(data.trend, (t) => t.cycleMedianMs)}
        formatTrend={formatDuration}
        drill={drill('cycle-time', c.count, 'The pull requests')}
        empty="no pull request was merged in this range."
      />
      <DeliveryTile
        info={METRICS['time-to-first-review']}
        value={r.medianMs === null ? null : formatDuration(r.medianMs)}
        note={
          <>
            Median of {plural(r.count, 'reviewed pull request')}; p90 {formatDuration(r.p90Ms)}. {r.waiting}{' '}
            still waiting, {r.neverReviewed} closed without a review
          </>
        }
        drill={drill('time-to-first-review', r.count, 'The reviewed pull requests')}
        empty="no pull request ready in this range has been reviewed by someone else."
      />
      <DeliveryTile
        info={METRICS['review-coverage']}
        value={v.rate === null ? null : percent(v.rate)}
        note={
          <>
            {plural(v.covered, 'merged pull request')} approved by someone else, {v.uncovered} not
          </>
        }
        trend={points(data.trend, (t) => t.reviewCoverage)}
        formatTrend={(x) => percent(x)}
        drill={drill('review-coverage', v.uncovered, 'The unapproved pull requests')}
        empty="no pull request was merged in this range."
      />
      <DeliveryTile
        info={METRICS['work-in-progress']}
        value={`${w.openAtEnd.toLocaleString()} open`}
        note={<>At the end of the range; {decimal(w.averageOpen)} open on average during it</>}
        drill={drill('work-in-progress', w.openAtEnd, 'The open pull requests')}
      />
      <DeliveryTile
        info={METRICS.size}
        value={s.median === null ? null : `${decimal(s.median, 0)} lines`}
        note={
          <>
            Median of {plural(s.count, 'merged pull request')}
            {s.unknown ? <>; {s.unknown} without line counts</> : null}
          </>
        }
        drill={drill('size', s.count, 'The pull requests by size')}
        empty="no merged pull request in this range has line counts."
      />
      <DeliveryTile
        info={METRICS['not-deployed']}
        value={data.notDeployed.toLocaleString()}
        note={
          <>
            Of {plural(data.merged, 'merged pull request')}
            {data.anomalies ? (
              <>
                ; {plural(data.anomalies, 'pull request')} with impossible timestamps (
                <Link to={rowsHref('anomalies')}>anomalies</Link>)
              </>
            ) : null}
          </>
        }
        drill={drill('not-deployed', data.notDeployed, 'The pull requests not deployed')}
      />
    </div>
  );
}

/** The figures of this page, as the data-quality gaps name what they affect. */
const FLOW_FIGURES = ['Pull-request cycle time'];

/** `/delivery/flow`: pull-request cycle time and its phases, size, first review, review coverage, WIP. */
export function FlowPage() {
  const scope = useDeliveryScope();
  const { data, error, loading, reload } = useApi(`flow:${scope.key}`, (signal) =>
    unwrap(api.GET('/api/v1/delivery/flow', { params: { query: scope.query }, signal })),
  );
  const rowsHref = useCallback(
    (metric: FlowMetric) => `/delivery/rows${deliverySearch(scope.params, { metric })}`,
    [scope.params],
  );
  const empty =
    data && data.merged === 0 && data.workInProgress.openAtEnd === 0 && data.timeToFirstReview.count === 0;

  return (
    <div className="page delivery-page">
      <PageHeader
        title="Pull-request flow"
        description={
          <>
            How work moves from the first commit to production for {scope.phrase}: {scope.range}, by{' '}
            {scope.bucket}.
          </>
        }
      />
      <DeliveryTabs />
      <DeliveryToolbar scope={scope} />
      {error ? <ProblemView error={error} onRetry={reload} /> : null}
      {!data && loading ? <p className="loading">Loading the pull-request flow…</p> : null}
      {empty ? (
        <NoDeliveryData
          title="No pull requests in this range"
          scoped={Boolean(scope.teamId || scope.serviceId)}
          what="pull requests, their reviews and the deployments that ship them"
        />
      ) : null}
      {data && !empty ? (
        <>
          <QualityNote figures={FLOW_FIGURES} from={scope.from} />
          <section aria-labelledby="flow-key">
            <h2 id="flow-key" className="visually-hidden">
              Flow in figures
            </h2>
            <FlowTiles data={data} rowsHref={rowsHref} />
          </section>
          <PhaseBreakdown data={data} rowsHref={rowsHref} />
          <FlowCharts data={data} bucket={scope.bucket} />
        </>
      ) : null}
      <HowMeasured
        sections={[
          'Pull-request cycle time',
          'Pull-request size',
          'Time to first review',
          'Review coverage',
          'Work in progress',
        ]}
      >
        <p>
          <strong>Cycle time</strong> runs from the first commit of a pull request (or its opening, when
          earlier) to the first production deployment that shipped it, over pull requests merged in the range.
          Its phases: coding (to ready for review), pickup (to the first review by someone other than the
          author), review (to the merge) and deploy (to production). Reviews by the author are ignored
          everywhere; pull requests not deployed yet end at the merge.
        </p>
        <p>
          A team’s pull requests are those of its people (their primary team); a service’s are those of its
          repositories.
        </p>
      </HowMeasured>
    </div>
  );
}
