import { describe, expect, it } from 'vitest';
import { anchorOf, durationUnit, isDeliveryMetric, levelStatus, METRICS } from './delivery-data';
import { bucketLabel, bucketStart, markPartial } from './trend-labels';

describe('delivery data', () => {
  it('links each figure to its section of docs/metrics.md', () => {
    expect(anchorOf('Lead time for changes')).toBe('lead-time-for-changes');
    expect(anchorOf('Pull-request cycle time')).toBe('pull-request-cycle-time');
    expect(METRICS['recovery-time'].anchor).toBe('failed-deployment-recovery-time');
    expect(METRICS['rework-rate'].anchor).toBe('deployment-rework-rate');
    expect(isDeliveryMetric('lead-time')).toBe(true);
    expect(isDeliveryMetric('toString')).toBe(false);
  });

  it('shows levels as a status with elite and high good, low bad', () => {
    expect(levelStatus('elite')).toBe('good');
    expect(levelStatus('medium')).toBe('watch');
    expect(levelStatus('low')).toBe('bad');
    expect(levelStatus(null)).toBe('no-data');
  });

  it('reads the first day of a trend bucket from its label', () => {
    expect(bucketStart('2024-W01')).toBe('2024-01-01');
    expect(bucketStart('2021-W01')).toBe('2021-01-04');
    expect(bucketStart('2026-W53')).toBe('2026-12-28');
    expect(bucketStart('2024-03')).toBe('2024-03-01');
    expect(bucketStart('soon')).toBeNull();
    expect(bucketLabel({ label: '2024-03', partial: true }, 'month')).toMatch(/2024\*$/);
  });

  it('marks the buckets the range cuts short', () => {
    const range = { from: '2024-01-03T00:00:00.000Z', to: '2024-01-15T00:00:00.000Z' };
    const weeks = markPartial([{ label: '2024-W01' }, { label: '2024-W02' }], range, 'week');
    expect(weeks.map((w) => w.partial)).toEqual([true, false]);
    const months = markPartial([{ label: '2024-01' }], range, 'month');
    expect(months[0]?.partial).toBe(true);
  });

  it('picks minutes, hours or days for a chart of durations', () => {
    expect(durationUnit([null, 30 * 60_000]).unit).toBe('min');
    expect(durationUnit([5 * 3_600_000]).of(5 * 3_600_000)).toBe(5);
    expect(durationUnit([10 * 86_400_000]).unit).toBe('d');
  });
});
