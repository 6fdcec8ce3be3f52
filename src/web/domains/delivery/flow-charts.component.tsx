import { useMemo } from 'react';
import { Link } from 'react-router';
import { Chart, type ChartSpec } from '../../ui/chart/chart.component';
import { formatDuration } from '../../ui/format/format';
import { type Bucket, durationUnit, type Flow, type FlowMetric, METRICS, plural } from './delivery-data';
import { bucketLabel, markPartial, partialNote, trendBars } from './trend-labels';

const PHASES = [
  { metric: 'coding', key: 'coding', trend: 'codingMedianMs' },
  { metric: 'pickup', key: 'pickup', trend: 'pickupMedianMs' },
  { metric: 'review', key: 'review', trend: 'reviewMedianMs' },
  { metric: 'deploy', key: 'deploy', trend: 'deployMedianMs' },
] as const;

const SIZES = ['XS', 'S', 'M', 'L', 'XL'] as const;
const SIZE_RANGE: Record<(typeof SIZES)[number], string> = {
  XS: '< 10',
  S: '10–49',
  M: '50–249',
  L: '250–999',
  XL: '≥ 1,000',
};

/** Cycle time split in its four phases (medians), as one stacked bar, with each phase's rows. */
export function PhaseBreakdown({ data, rowsHref }: { data: Flow; rowsHref: (m: FlowMetric) => string }) {
  const unit = useMemo(() => durationUnit(PHASES.map((p) => data[p.key].medianMs)), [data]);
  const spec: ChartSpec = useMemo(
    () => ({
      preset: 'stacked-bar',
      horizontal: true,
      categories: ['Median pull request'],
      series: PHASES.map((p) => ({
        name: METRICS[p.metric].label,
        values: [unit.of(data[p.key].medianMs ?? 0)],
      })),
      unit: unit.unit,
    }),
    [data, unit],
  );
  return (
    <section className="panel delivery-phases" aria-labelledby="flow-phases">
      <h2 id="flow-phases">Where the time goes</h2>
      <Chart
        title={`Cycle time split in its phases, medians (${unit.label})`}
        spec={spec}
        height={150}
        summary="Each phase is the median of the pull requests that went through it, so the parts need not add up to the median cycle time."
      />
      <dl className="delivery-phases__list">
        {PHASES.map((p) => {
          const f = data[p.key];
          return (
            <div key={p.metric}>
              <dt>{METRICS[p.metric].label}</dt>
              <dd>
                <span className="delivery-phases__value">{formatDuration(f.medianMs)}</span>{' '}
                <span className="muted">median</span>
              </dd>
              <dd className="muted">
                p75 {formatDuration(f.p75Ms)} · p90 {formatDuration(f.p90Ms)}
              </dd>
              <dd>
                {f.count > 0 ? (
                  <Link to={rowsHref(p.metric)}>
                    {plural(f.count, 'pull request')}
                    <span className="visually-hidden"> behind the {METRICS[p.metric].label} phase</span>
                    <span aria-hidden="true"> →</span>
                  </Link>
                ) : (
                  <span className="muted">no pull request</span>
                )}
              </dd>
              <dd className="muted delivery-phases__definition">{METRICS[p.metric].definition}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

/** Pull requests per size bucket, and the flow trend per week or month. */
export function FlowCharts({ data, bucket }: { data: Flow; bucket: Bucket }) {
  const step = bucket === 'week' ? 'week' : 'month';
  const note = partialNote(markPartial(data.trend, data.range, bucket));
  const specs = useMemo(() => {
    const trend = markPartial(data.trend, data.range, bucket);
    const categories = trend.map((t) => bucketLabel(t, bucket));
    const unit = durationUnit(trend.flatMap((t) => PHASES.map((p) => t[p.trend])));
    const size: ChartSpec = {
      preset: 'bar',
      categories: SIZES.map((s) => `${s}\n${SIZE_RANGE[s]}`),
      series: [{ name: 'Pull requests', values: SIZES.map((s) => data.size.buckets[s] ?? 0) }],
      unit: 'pull requests',
    };
    const merged: ChartSpec = {
      preset: 'bar',
      categories,
      series: [{ name: 'Merged pull requests', values: trend.map((t) => t.merged) }],
      unit: 'pull requests',
    };
    const phases: ChartSpec = {
      preset: 'stacked-bar',
      categories,
      series: PHASES.map((p) => ({
        name: METRICS[p.metric].label,
        values: trend.map((t) => {
          const ms = t[p.trend];
          return ms === null ? null : unit.of(ms);
        }),
      })),
      unit: unit.unit,
    };
    const coverage = trendBars(
      'Review coverage',
      trend,
      bucket,
      (t) => (t.reviewCoverage === null ? null : Math.round(t.reviewCoverage * 1000) / 10),
      '%',
    );
    return { size, merged, phases, phaseUnit: unit, coverage };
  }, [data, bucket]);
  return (
    <div className="delivery-charts">
      <section className="panel" aria-label="Pull requests by size">
        <Chart
          title="Merged pull requests by size (lines changed)"
          spec={specs.size}
          height={240}
          summary={
            data.size.unknown
              ? `${plural(data.size.unknown, 'pull request')} without line counts are left out.`
              : undefined
          }
        />
      </section>
      <section className="panel" aria-label={`Cycle time phases per ${step}`}>
        <Chart
          title={`Cycle time phases, medians per ${step} (${specs.phaseUnit.label})`}
          spec={specs.phases}
          height={240}
          summary={`The pull requests merged in each ${step}; a phase without pull requests has no bar. ${note}`}
        />
      </section>
      <section className="panel" aria-label={`Merged pull requests per ${step}`}>
        <Chart title={`Merged pull requests per ${step}`} spec={specs.merged} height={240} summary={note} />
      </section>
      <section className="panel" aria-label={`Review coverage per ${step}`}>
        <Chart
          title={`Review coverage per ${step} (%)`}
          spec={specs.coverage}
          height={240}
          summary={`Merged pull requests approved by someone else before the merge; ${step}s without merges have no bar. ${note}`}
        />
      </section>
    </div>
  );
}
