import { useMemo } from 'react';
import { Chart } from '../../ui/chart/chart.component';
import { type Bucket, type Dora, durationUnit } from './delivery-data';
import { partialNote, trendBars } from './trend-labels';

/** The DORA trend: deployments per week or month, and the medians and rate of each bucket. */
export function DoraCharts({ data }: { data: Dora }) {
  const bucket: Bucket = data.bucket;
  const step = bucket === 'week' ? 'week' : 'month';
  const specs = useMemo(() => {
    const trend = data.trend;
    const lead = durationUnit(trend.map((t) => t.leadTimeMedianMs));
    const recovery = durationUnit(trend.map((t) => t.recoveryMedianMs));
    const ofMs = (ms: number | null, u: typeof lead) => (ms === null ? null : u.of(ms));
    return {
      deployments: trendBars('Deployments', trend, bucket, (t) => t.deployments, 'deployments'),
      lead: {
        unit: lead,
        spec: trendBars('Median lead time', trend, bucket, (t) => ofMs(t.leadTimeMedianMs, lead), lead.unit),
      },
      cfr: trendBars(
        'Change failure rate',
        trend,
        bucket,
        (t) => (t.changeFailureRate === null ? null : Math.round(t.changeFailureRate * 1000) / 10),
        '%',
      ),
      recovery: {
        unit: recovery,
        spec: trendBars(
          'Median recovery time',
          trend,
          bucket,
          (t) => ofMs(t.recoveryMedianMs, recovery),
          recovery.unit,
        ),
      },
    };
  }, [data, bucket]);
  const note = partialNote(data.trend);
  return (
    <div className="delivery-charts">
      <section className="panel" aria-label={`Deployments per ${step}`}>
        <Chart
          title={`Deployments per ${step}`}
          spec={specs.deployments}
          height={240}
          summary={`Successful production deployments, by the ${step} they finished in. ${note}`}
        />
      </section>
      <section className="panel" aria-label={`Lead time for changes per ${step}`}>
        <Chart
          title={`Lead time, median per ${step} (${specs.lead.unit.label})`}
          spec={specs.lead.spec}
          height={240}
          summary={`Lead time for changes: ${step}s without a deployed change have no bar. ${note}`}
        />
      </section>
      <section className="panel" aria-label={`Change failure rate per ${step}`}>
        <Chart
          title={`Change failure rate per ${step} (%)`}
          spec={specs.cfr}
          height={240}
          summary={`Failed deployments ÷ deployments of each ${step}; none without deployments. ${note}`}
        />
      </section>
      <section className="panel" aria-label={`Failed deployment recovery time per ${step}`}>
        <Chart
          title={`Recovery time, median per ${step} (${specs.recovery.unit.label})`}
          spec={specs.recovery.spec}
          height={240}
          summary={`Failed deployment recovery time: only ${step}s with a recovered failed deployment have a bar. ${note}`}
        />
      </section>
    </div>
  );
}
