import { formatDuration } from '../../ui/format/format';
import type { TrendPoint } from '../../ui/metric-tile/sparkline.component';
import {
  type Dora,
  type DoraMetric,
  type DoraTrend,
  decimal,
  METRICS,
  percent,
  plural,
} from './delivery-data';
import { DeliveryTile } from './delivery-tile.component';

function points(trend: readonly DoraTrend[], pick: (t: DoraTrend) => number | null): TrendPoint[] {
  return trend.flatMap((t) => {
    const v = pick(t);
    return v === null ? [] : [{ at: t.start, value: v }];
  });
}

const NO_DEPLOYMENTS = 'no production deployment finished in this range.';

/** The four DORA key metrics and the rework rate, each with its level, trend, definition and rows. */
export function DoraTiles({ data, rowsHref }: { data: Dora; rowsHref: (metric: DoraMetric) => string }) {
  const f = data.deploymentFrequency;
  const l = data.leadTime;
  const c = data.changeFailureRate;
  const r = data.recoveryTime;
  const w = data.reworkRate;
  const leftOut = [
    l.excludedFirstDeployment ? `${l.excludedFirstDeployment} of first deployments` : null,
    l.excludedMergeCommits ? plural(l.excludedMergeCommits, 'merge commit') : null,
    l.excludedNegative ? `${l.excludedNegative} authored after their deployment` : null,
  ].filter(Boolean);
  return (
    <div className="delivery-tiles">
      <DeliveryTile
        info={METRICS['deployment-frequency']}
        value={f.count > 0 ? `${decimal(f.perWeek)} / week` : null}
        level={f.level}
        note={
          <>
            {plural(f.count, 'deployment')} in {decimal(f.weeks)} weeks
            {f.category ? <>; DORA answer “{f.category}”</> : null}
          </>
        }
        trend={points(data.trend, (t) => t.deployments)}
        drill={f.count > 0 ? { href: rowsHref('deployment-frequency'), label: 'The deployments' } : null}
        empty={NO_DEPLOYMENTS}
      />
      <DeliveryTile
        info={METRICS['lead-time']}
        value={l.medianMs === null ? null : formatDuration(l.medianMs)}
        level={l.level}
        note={
          <>
            Median of {plural(l.count, 'change')}; p75 {formatDuration(l.p75Ms)}, p90{' '}
            {formatDuration(l.p90Ms)}
            {leftOut.length ? <>. Left out: {leftOut.join(', ')}</> : null}
          </>
        }
        trend={points(data.trend, (t) => t.leadTimeMedianMs)}
        formatTrend={formatDuration}
        drill={l.count > 0 ? { href: rowsHref('lead-time'), label: 'The changes' } : null}
        empty="no change shipped by a deployment in this range has a lead time (commits must be imported too)."
      />
      <DeliveryTile
        info={METRICS['change-failure-rate']}
        value={c.rate === null ? null : percent(c.rate)}
        level={c.level}
        note={
          <>
            {plural(c.failed, 'failed deployment')} of {plural(c.total, 'deployment')}
          </>
        }
        trend={points(data.trend, (t) => t.changeFailureRate)}
        formatTrend={(v) => percent(v)}
        drill={
          c.total > 0 ? { href: rowsHref('change-failure-rate'), label: 'The failed deployments' } : null
        }
        empty={NO_DEPLOYMENTS}
      />
      <DeliveryTile
        info={METRICS['recovery-time']}
        value={r.medianMs === null ? null : formatDuration(r.medianMs)}
        level={r.level}
        note={
          <>
            Median of {plural(r.count, 'recovery', 'recoveries')}; p75 {formatDuration(r.p75Ms)}, p90{' '}
            {formatDuration(r.p90Ms)}
            {r.unresolved ? <>; {r.unresolved} still unresolved</> : null}
          </>
        }
        trend={points(data.trend, (t) => t.recoveryMedianMs)}
        formatTrend={formatDuration}
        drill={r.count > 0 ? { href: rowsHref('recovery-time'), label: 'The recoveries' } : null}
        empty={
          c.failed > 0
            ? 'every failed deployment of this range still has an open incident.'
            : 'no failed deployment in this range.'
        }
      />
      <DeliveryTile
        info={METRICS['rework-rate']}
        value={w.rate === null ? null : percent(w.rate)}
        noLevel="No DORA level"
        note={
          <>
            {plural(w.rework, 'unplanned deployment')} of {plural(w.total, 'deployment')}
          </>
        }
        trend={points(data.trend, (t) => t.reworkRate)}
        formatTrend={(v) => percent(v)}
        drill={w.total > 0 ? { href: rowsHref('rework-rate'), label: 'The unplanned deployments' } : null}
        empty={NO_DEPLOYMENTS}
      />
    </div>
  );
}
