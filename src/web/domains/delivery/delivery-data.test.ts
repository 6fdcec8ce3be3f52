import { describe, expect, it } from 'vitest';
import type { Team } from '../../api/types';
import {
  anchorOf,
  durationUnit,
  isDeliveryMetric,
  levelStatus,
  METRICS,
  teamsToCompare,
} from './delivery-data';
import { bucketLabel, bucketStart, markPartial } from './trend-labels';

const team = (id: number, name: string, parentId: number | null, kind: Team['kind'] = 'team'): Team => ({
  id,
  name,
  parentId,
  kind,
  slug: name.toLowerCase(),
  description: null,
  leads: null,
  members: 1,
  owns: 0,
});

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

  it('compares the teams of the organization, or those below the chosen unit, capped', () => {
    const teams = [
      team(1, 'Engineering', null, 'department'),
      team(2, 'Platform', 1, 'group'),
      team(3, 'Zeta', 2),
      team(4, 'Alpha', 2),
      team(5, 'Payments', 1),
    ];
    expect(teamsToCompare(teams, null, 2)).toEqual({ teams: [teams[3], teams[4]], total: 3 });
    expect(teamsToCompare(teams, 2, 10).teams.map((t) => t.name)).toEqual(['Alpha', 'Zeta']);
    expect(teamsToCompare(teams, 5, 10).total).toBe(0);
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
