import { describe, expect, it } from 'vitest';
import { annualize, coverage, utilization } from './commitments.js';
import {
  engineersByMonth,
  monthEnd,
  monthsBetween,
  mulDivCents,
  perUnit,
  relativeChange,
} from './unit-costs.js';

describe('unit costs', () => {
  it('lists months and their last days', () => {
    expect(monthsBetween('2025-11-03', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2026-12')).toBe('2026-12-31');
  });

  it('counts engineers (engineer, tech lead) employed on the last day of each month', () => {
    const people = [
      { role: 'engineer', startDate: null, endDate: null },
      { role: 'tech lead', startDate: '2026-01-31', endDate: null },
      { role: 'engineer', startDate: '2025-06-01', endDate: '2026-01-30' },
      { role: 'engineering manager', startDate: null, endDate: null },
      { role: 'engineer', startDate: '2026-02-01', endDate: null },
    ];
    expect(engineersByMonth(people, ['2025-12', '2026-01', '2026-02'])).toEqual([2, 2, 3]);
  });

  it('divides exactly, rounding half away from zero to cents', () => {
    expect(perUnit('1000', 3)).toBe('333.33');
    expect(perUnit('2000', 3)).toBe('666.67');
    expect(perUnit('0.005', 1)).toBe('0.01');
    expect(perUnit('-0.005', 1)).toBe('-0.01');
    expect(perUnit('-0.004', 1)).toBe('0.00');
    expect(perUnit('123456789012345678.999', 1)).toBe('123456789012345679.00');
    expect(perUnit('10', 0)).toBeNull();
    expect(mulDivCents('30', 365, 30)).toBe('365.00');
    expect(relativeChange('100', '112.5')).toBe(0.125);
    expect(relativeChange('0', '5')).toBeNull();
  });
});

describe('commitments', () => {
  it('utilization is used over used + unused; coverage covered over eligible', () => {
    expect(utilization('750', '250')).toBe(0.75);
    expect(utilization('0', '0')).toBeNull();
    expect(coverage('300', '1200')).toBe(0.25);
    expect(coverage('0', '0')).toBeNull();
  });

  it('annualizes a 30-day amount exactly', () => {
    expect(annualize('100', 30)).toBe('1216.67');
    expect(annualize('0.01', 365)).toBe('0.01');
  });
});
