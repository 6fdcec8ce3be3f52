import { describe, expect, it } from 'vitest';
import { detectAnomalies } from './anomaly.js';
import { byKey, contributors, expectedBand } from './anomaly-explain.js';
import { dateOfDay, dayNumber } from './daily-series.js';

describe('contributors', () => {
  it('ranks keys by their change against the median of the same weekday before', () => {
    const day = byKey([
      { key: 'i-big', cost: 300 },
      { key: 'db-1', cost: 50 },
      { key: 'i-new', cost: 40 },
      { key: 'i-big', cost: 10 },
    ]);
    const earlier = [
      new Map([
        ['i-big', 100],
        ['db-1', 50],
      ]),
      new Map([
        ['i-big', 110],
        ['db-1', 50],
        ['gone', 5],
      ]),
      new Map([
        ['i-big', 90],
        ['db-1', 50],
      ]),
    ];
    expect(contributors(day, earlier, 'spike')).toEqual([
      { key: 'i-big', actual: 310, expected: 100, delta: 210 },
      { key: 'i-new', actual: 40, expected: 0, delta: 40 },
    ]);
    // 'gone' (median 0) and db-1 (unchanged) explain nothing.
    expect(contributors(day, earlier, 'drop').map((c) => c.key)).toEqual(['i-new', 'i-big']);
  });

  it('puts the largest decrease first for a drop', () => {
    const day = new Map([
      ['a', 10],
      ['b', 80],
    ]);
    const earlier = [
      new Map([
        ['a', 100],
        ['b', 90],
      ]),
      new Map([
        ['a', 100],
        ['b', 90],
      ]),
    ];
    expect(contributors(day, earlier, 'drop').map((c) => [c.key, c.delta])).toEqual([
      ['a', -90],
      ['b', -10],
    ]);
  });
});

describe('expectedBand', () => {
  it('draws a band that the detected anomalies — and only they — leave', () => {
    const start = '2026-08-01';
    const values = Array.from({ length: 60 }, (_, i) => 100 + ((i * 7) % 5) - 2);
    values[45] = 400;
    const band = expectedBand(start, values);
    expect(band[10]!.expected).toBeNull();
    const outside = band.filter((p) => p.expected !== null && (p.actual > p.upper! || p.actual < p.lower!));
    const lines = values.map((cost, i) => ({
      date: dateOfDay(dayNumber(start) + i),
      unit: 'u',
      key: 'k',
      cost,
    }));
    const detected = detectAnomalies(lines);
    expect(outside.map((p) => p.date)).toEqual(detected.map((a) => a.date));
    expect(detected.map((a) => a.date)).toContain(dateOfDay(dayNumber(start) + 45));
  });
});
