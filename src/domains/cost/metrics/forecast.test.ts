import { describe, expect, it } from 'vitest';
import { type DailyCost, dateOfDay, dayNumber, weekday } from './daily-series.js';
import { backtestForecast, forecastPeriod } from './forecast.js';

function series(from: string, days: number, cost: (day: number, i: number) => number): DailyCost[] {
  const start = dayNumber(from);
  return Array.from({ length: days }, (_, i) => ({
    date: dateOfDay(start + i),
    cost: cost(start + i, i).toFixed(2),
  }));
}
/** Weekdays 100, weekends 40. */
const weekly = (day: number) => (weekday(day) >= 5 ? 40 : 100);

describe('forecastPeriod', () => {
  it('reproduces a weekly pattern and projects the month: actual so far + expected rest', () => {
    // 2026-09-01 .. 2026-10-20, then forecast October to its end. Factors: 100 and 40 over (5·100 + 2·40)/7.
    const history = series('2026-09-01', 50, weekly);
    const f = forecastPeriod(history, { periodStart: '2026-10-01', periodEnd: '2026-11-01' });
    expect(f.factors.map((x) => Math.round(x * 1000) / 1000)).toEqual([
      1.207, 1.207, 1.207, 1.207, 1.207, 0.483, 0.483,
    ]);
    expect(f.daily[0]).toEqual({ date: '2026-10-21', expected: 100 });
    expect(f.daily.at(-1)).toEqual({ date: '2026-10-31', expected: 40 });
    // Oct 1–20: 14 weekdays + 6 weekend days = 1640; Oct 21–31: 8 weekdays + 3 weekend days = 920.
    expect(f.actualToDate).toBe('1640');
    expect([f.forecastRemaining, f.projectedTotal]).toEqual([920, 2560]);
  });

  it('uses no seasonality with under two weeks of history', () => {
    const f = forecastPeriod(
      series('2026-10-01', 10, (_d, i) => (i % 2 ? 30 : 10)),
      {
        periodStart: '2026-10-01',
        periodEnd: '2026-10-13',
        asOf: '2026-10-10',
      },
    );
    expect(f.factors).toEqual([1, 1, 1, 1, 1, 1, 1]);
    // level: mean of the last 7 days = (4×30 + 3×10)/7 or (3×30+4×10)/7
    expect(f.daily).toHaveLength(2);
    expect(f.actualToDate).toBe('200');
    expect(f.projectedTotal).toBeCloseTo(200 + 2 * f.level, 1);
  });

  it('refuses malformed dates', () => {
    expect(() =>
      forecastPeriod([{ date: '2026-10-32', cost: '1' }], {
        periodStart: '2026-10-01',
        periodEnd: '2026-11-01',
      }),
    ).toThrow(RangeError);
  });
});

describe('backtestForecast', () => {
  it('MAPE and MASE by hand: a level shift the model could not know', () => {
    const history = series('2026-01-05', 28, (day, i) => (i < 21 ? weekly(day) + (i % 3) : 2 * weekly(day)));
    const b = backtestForecast(history, { horizon: 7, origins: 1 });
    expect(b.points).toBe(7);
    // The forecast is ~ the old level, the actuals double: about 50% off.
    expect(b.mape).toBeGreaterThan(45);
    expect(b.mape).toBeLessThan(55);
    expect(b.mase).toBeGreaterThan(10);
  });

  it('beats the seasonal naive forecast on a noisy weekly series (MASE < 1)', () => {
    let a = 7;
    const noise = () => {
      a = (a * 1103515245 + 12345) % 2147483648;
      return (a / 2147483648 - 0.5) * 20;
    };
    const b = backtestForecast(series('2026-01-05', 84, (day) => weekly(day) + noise()));
    expect(b.points).toBe(28);
    expect(b.mase).toBeLessThan(1);
    expect(b.mape).toBeLessThan(15);
  });

  it('returns nulls without enough history', () => {
    expect(backtestForecast(series('2026-01-05', 10, weekly))).toEqual({ mase: null, mape: null, points: 0 });
  });
});
