import { describe, expect, it } from 'vitest';
import { detectAnomalies, type UnitCostLine } from './anomaly.js';
import { dateOfDay, dayNumber, weekday } from './daily-series.js';

/** Six weeks of a team's costs: two resources, weekdays busier, small day-to-day wobble. */
function history(unit: string, from: string, days: number): UnitCostLine[] {
  const start = dayNumber(from);
  const out: UnitCostLine[] = [];
  for (let i = 0; i < days; i++) {
    const day = start + i;
    const busy = weekday(day) < 5;
    const wobble = ((i * 7) % 5) - 2; // -2..2
    out.push({ date: dateOfDay(day), unit, key: 'db-orders', cost: (busy ? 50 : 20) + wobble });
    out.push({ date: dateOfDay(day), unit, key: 'i-api', cost: (busy ? 30 : 30) + wobble / 2 });
  }
  return out;
}

describe('detectAnomalies', () => {
  const base = history('payments-team', '2026-09-07', 42);
  const last = dayNumber('2026-09-07') + 41;

  it('finds nothing in a normal weekly pattern (weekends are not anomalies)', () => {
    expect(detectAnomalies(base)).toEqual([]);
  });

  it('flags a spike with expected value, actual and the resource that explains it', () => {
    const spike = dateOfDay(last);
    const lines = [
      ...base,
      { date: spike, unit: 'payments-team', key: 'nat-gateway-1', cost: '140.00' },
      { date: spike, unit: 'payments-team', key: 'i-api', cost: '5' },
    ];
    const found = detectAnomalies(lines);
    expect(found).toHaveLength(1);
    const a = found[0];
    expect(a).toMatchObject({ unit: 'payments-team', date: spike, direction: 'spike' });
    expect(a?.delta).toBeGreaterThan(140);
    expect(a?.actual).toBeCloseTo((a?.expected ?? 0) + (a?.delta ?? 0), 1);
    expect(a?.score).toBeGreaterThanOrEqual(3.5);
    expect(a?.contributors[0]).toEqual({ key: 'nat-gateway-1', actual: 140, expected: 0, delta: 140 });
    expect(a?.contributors[1]?.key).toBe('i-api');
  });

  it('flags a drop, explained by the resource that went quiet', () => {
    const drop = last - 2;
    const lines = base.filter((l) => !(l.key === 'db-orders' && dayNumber(l.date) === drop));
    const found = detectAnomalies(lines, { from: dateOfDay(last - 6) });
    expect(found.map((f) => [f.date, f.direction])).toEqual([[dateOfDay(drop), 'drop']]);
    expect(found[0]?.contributors[0]).toMatchObject({ key: 'db-orders', actual: 0 });
  });

  it('ignores changes below minDelta and scores units separately', () => {
    const tiny = history('search', '2026-09-07', 42).map((l) => ({ ...l, cost: Number(l.cost) / 1000 }));
    const spiked = [...tiny, { date: dateOfDay(last), unit: 'search', key: 'x', cost: 0.5 }];
    expect(detectAnomalies([...base, ...spiked])).toEqual([]);
    expect(detectAnomalies(spiked, { minDelta: 0.1 }).map((a) => a.unit)).toEqual(['search']);
  });

  it('needs minHistory days before scoring', () => {
    const short = history('core', '2026-09-07', 10);
    short.push({ date: '2026-09-16', unit: 'core', key: 'x', cost: 1000 });
    expect(detectAnomalies(short)).toEqual([]);
  });
});
