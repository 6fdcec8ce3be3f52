import { describe, expect, it } from 'vitest';
import {
  changeFailureRateLevel,
  DORA_LEVEL_SOURCE,
  DORA_THRESHOLDS,
  deploymentFrequencyLevel,
  frequencyCategory,
  leadTimeLevel,
  recoveryTimeLevel,
} from './dora-levels.js';
import { DAY_MS, HOUR_MS, WEEK_MS } from './time-buckets.js';

describe('DORA levels', () => {
  it('carry their source and year', () => {
    expect(DORA_LEVEL_SOURCE).toBe('DORA, Accelerate State of DevOps Report 2023');
    expect(DORA_THRESHOLDS.source).toBe(DORA_LEVEL_SOURCE);
    expect(DORA_THRESHOLDS.year).toBe(2023);
    expect(DORA_THRESHOLDS.clusters.map((c) => [c.level, c.changeFailureRate])).toEqual([
      ['elite', 0.05],
      ['high', 0.1],
      ['medium', 0.15],
      ['low', 0.64],
    ]);
  });

  it('lead time: < 1 day, < 1 week, < 30 days; a boundary goes to the lower level', () => {
    expect(leadTimeLevel(DAY_MS - 1)).toBe('elite');
    expect(leadTimeLevel(DAY_MS)).toBe('high');
    expect(leadTimeLevel(WEEK_MS)).toBe('medium');
    expect(leadTimeLevel(30 * DAY_MS - 1)).toBe('medium');
    expect(leadTimeLevel(30 * DAY_MS)).toBe('low');
    expect(leadTimeLevel(null)).toBeNull();
  });

  it('recovery: < 1 hour, < 1 day, < 1 week', () => {
    expect(recoveryTimeLevel(0)).toBe('elite');
    expect(recoveryTimeLevel(HOUR_MS)).toBe('high');
    expect(recoveryTimeLevel(DAY_MS)).toBe('medium');
    expect(recoveryTimeLevel(WEEK_MS)).toBe('low');
  });

  it('change failure rate: ≤ 5%, ≤ 10%, ≤ 15%', () => {
    expect(changeFailureRateLevel(0)).toBe('elite');
    expect(changeFailureRateLevel(0.05)).toBe('elite');
    expect(changeFailureRateLevel(0.0501)).toBe('high');
    expect(changeFailureRateLevel(0.15)).toBe('medium');
    expect(changeFailureRateLevel(0.16)).toBe('low');
    expect(changeFailureRateLevel(null)).toBeNull();
  });

  it('frequency: category rules and levels', () => {
    const base = { weeks: 4, count: 0, rangeMs: 28 * DAY_MS };
    const cat = (days: number, perDay: number | null, count = 0) =>
      frequencyCategory({
        ...base,
        medianDeployDaysPerWeek: days,
        medianDeploymentsPerDeployDay: perDay,
        count,
      });
    expect(cat(3, 2, 24)).toBe('on demand (several per day)');
    expect(cat(5, 1.5, 30)).toBe('daily to weekly'); // every day, but not several a day
    expect(cat(1, 1, 4)).toBe('daily to weekly');
    expect(cat(0.5, 1, 1)).toBe('weekly to monthly'); // 1 × 30 days ≥ 28 days
    expect(
      frequencyCategory({
        ...base,
        rangeMs: 200 * DAY_MS,
        medianDeployDaysPerWeek: 0,
        medianDeploymentsPerDeployDay: 1,
        count: 1,
      }),
    ).toBe(
      'fewer than once every six months', // 1 × 180 days < 200 days
    );
    expect(
      frequencyCategory({
        ...base,
        weeks: 0,
        medianDeployDaysPerWeek: null,
        medianDeploymentsPerDeployDay: null,
      }),
    ).toBeNull();
    expect(deploymentFrequencyLevel('monthly to every six months')).toBe('low');
    expect(deploymentFrequencyLevel('weekly to monthly')).toBe('medium');
    expect(deploymentFrequencyLevel(null)).toBeNull();
  });
});
