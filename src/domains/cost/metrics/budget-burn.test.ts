import { describe, expect, it } from 'vitest';
import { budgetStatus, burnShares, compareDecimals, periodOf, previousPeriod } from './budget-burn.js';
import { type DailyCost, dateOfDay, dayNumber, weekday } from './daily-series.js';
import { forecastPeriod } from './forecast.js';
import { backtestSigma, burnUp, projectedInterval, Z80 } from './forecast-band.js';

describe('periodOf', () => {
  it('finds the calendar month, quarter and year of a day', () => {
    expect(periodOf('2026-11-24', 'month')).toEqual({
      start: '2026-11-01',
      end: '2026-12-01',
      label: '2026-11',
      days: 30,
    });
    expect(periodOf('2026-12-31', 'month').end).toBe('2027-01-01');
    expect(periodOf('2026-11-24', 'quarter')).toEqual({
      start: '2026-10-01',
      end: '2027-01-01',
      label: '2026-Q4',
      days: 92,
    });
    expect(periodOf('2024-02-10', 'quarter')).toMatchObject({
      start: '2024-01-01',
      end: '2024-04-01',
      days: 91,
    });
    expect(periodOf('2024-06-30', 'year')).toMatchObject({
      start: '2024-01-01',
      end: '2025-01-01',
      days: 366,
    });
    expect(previousPeriod(periodOf('2026-01-15', 'month'), 'month').label).toBe('2025-12');
    expect(previousPeriod(periodOf('2026-01-15', 'quarter'), 'quarter').label).toBe('2025-Q4');
  });
});

describe('budgetStatus', () => {
  it('is over once the actual cost exceeds the amount, at risk when only the projection does', () => {
    expect(budgetStatus('1000.01', 1500, '1000')).toBe('over');
    expect(budgetStatus('1000', 1500, '1000')).toBe('at-risk');
    expect(budgetStatus('400', 999.99, '1000')).toBe('under');
    expect(budgetStatus('400', 1000, '1000')).toBe('under');
  });

  it('compares decimals exactly, whatever their scale', () => {
    expect(compareDecimals('0.1000000000000000001', '0.1')).toBe(1);
    expect(compareDecimals('-2', '-10.5')).toBe(1);
    expect(compareDecimals('3.50', '3.5')).toBe(0);
  });

  it('reports burn against elapsed time', () => {
    const span = periodOf('2026-11-10', 'month');
    expect(burnShares(span, '2026-11-15', '600', 1300, '1000')).toEqual({
      burnShare: 0.6,
      elapsedShare: 0.5,
      projectedShare: 1.3,
      daysElapsed: 15,
    });
  });
});

function series(from: string, days: number, cost: (day: number, i: number) => number): DailyCost[] {
  const start = dayNumber(from);
  return Array.from({ length: days }, (_, i) => ({
    date: dateOfDay(start + i),
    cost: cost(start + i, i).toFixed(2),
  }));
}

describe('forecast band', () => {
  it('has no width on a perfectly weekly history and grows with √k otherwise', () => {
    const weekly = series('2026-09-01', 75, (d) => (weekday(d) >= 5 ? 40 : 100));
    expect(backtestSigma(weekly)).toBeCloseTo(0, 6);
    // Alternating ±10 around the weekly pattern: every backtest error is about 10.
    const noisy = series('2026-09-01', 75, (d, i) => (weekday(d) >= 5 ? 40 : 100) + (i % 2 ? 10 : -10));
    const sigma = backtestSigma(noisy)!;
    expect(sigma).toBeGreaterThan(5);
    expect(sigma).toBeLessThan(20);
    const span = periodOf('2026-11-01', 'month');
    const f = forecastPeriod(noisy, { periodStart: span.start, periodEnd: span.end });
    const points = burnUp(noisy, f, span, '2026-11-14', sigma);
    expect(points).toHaveLength(30);
    expect(points[13]).toMatchObject({ date: '2026-11-14', forecast: null });
    expect(points[13]!.cumulative).toBeCloseTo(Number(f.actualToDate), 2);
    const first = points[14]!;
    const last = points[29]!;
    expect(first.upper! - first.forecast!).toBeCloseTo(Z80 * sigma, 1);
    expect(last.upper! - last.forecast!).toBeCloseTo(Z80 * sigma * 4, 1);
    expect(last.forecast).toBeCloseTo(f.projectedTotal, 1);
    expect(projectedInterval(f, sigma)!.upper).toBeCloseTo(f.projectedTotal + Z80 * sigma * 4, 1);
  });

  it('has no band without three weeks of history', () => {
    expect(backtestSigma(series('2026-11-01', 15, () => 10))).toBeNull();
  });
});
