import { describe, expect, it } from 'vitest';
import { type SpanPersonInput, spanOfControl } from './span-of-control.js';

const p = (
  id: number,
  managerId: number | null,
  role = 'engineer',
  status: 'active' | 'leaver' = 'active',
): SpanPersonInput => ({ id, managerId, status, role });

/** `n` engineers with ids from `firstId`, all reporting to `managerId`. */
const reports = (managerId: number, firstId: number, n: number): SpanPersonInput[] =>
  Array.from({ length: n }, (_, i) => p(firstId + i, managerId));

describe('spanOfControl', () => {
  it('a small org by hand: spans, subtrees, layers, flags, orphans', () => {
    const people = [
      p(1, null, 'cto'),
      p(2, 1, 'head of engineering'),
      p(3, 2, 'engineering manager'),
      p(4, 2, 'engineering manager'),
      ...reports(3, 5, 6), // 5..10
      p(11, 4),
      p(12, 4),
      p(13, 4, 'engineer', 'leaver'),
      p(14, 13), // reports to a leaver
      p(15, 999), // reports to nobody known
      p(16, null), // no manager at all
    ];
    const { managers, summary } = spanOfControl(people);
    expect(managers).toEqual([
      { id: 1, role: 'cto', directReports: 1, totalReports: 11, layer: 1, flag: 'narrow' },
      { id: 2, role: 'head of engineering', directReports: 2, totalReports: 10, layer: 2, flag: 'narrow' },
      { id: 3, role: 'engineering manager', directReports: 6, totalReports: 6, layer: 3, flag: null },
      { id: 4, role: 'engineering manager', directReports: 2, totalReports: 2, layer: 3, flag: 'narrow' },
    ]);
    expect(summary).toEqual({
      activePeople: 15,
      managerCount: 4,
      medianSpan: 2, // spans 1, 2, 2, 6
      withinRangeShare: 0.25,
      narrowManagers: 3,
      wideManagers: 0,
      layers: 4,
      root: { id: 1, reason: 'no-manager', managerId: null, size: 12 },
      orphans: [
        { id: 16, reason: 'no-manager', managerId: null, size: 1 },
        { id: 14, reason: 'manager-is-leaver', managerId: 13, size: 1 },
        { id: 15, reason: 'manager-unknown', managerId: 999, size: 1 },
      ],
      cycles: [],
      outsideTree: [],
      minSpan: 4,
      maxSpan: 8,
    });
  });

  it('flags at the boundaries: 3 narrow, 4 and 8 within, 9 wide; thresholds are parameters', () => {
    const people = [
      p(1, null, 'head of engineering'),
      p(2, 1, 'engineering manager'),
      p(3, 1, 'engineering manager'),
      p(4, 1, 'engineering manager'),
      p(5, 1, 'engineering manager'),
      ...reports(2, 100, 3),
      ...reports(3, 200, 4),
      ...reports(4, 300, 8),
      ...reports(5, 400, 9),
    ];
    const { managers, summary } = spanOfControl(people);
    expect(managers.map((m) => [m.id, m.directReports, m.flag])).toEqual([
      [1, 4, null],
      [2, 3, 'narrow'],
      [3, 4, null],
      [4, 8, null],
      [5, 9, 'wide'],
    ]);
    expect(summary.medianSpan).toBe(4); // 3, 4, 4, 8, 9
    expect(summary.withinRangeShare).toBeCloseTo(3 / 5, 12);
    expect(summary.narrowManagers).toBe(1);
    expect(summary.wideManagers).toBe(1);
    expect(managers[0]!.totalReports).toBe(4 + 3 + 4 + 8 + 9);
    expect(summary.layers).toBe(3);

    const strict = spanOfControl(people, { minSpan: 4, maxSpan: 6 });
    expect(strict.managers.map((m) => m.flag)).toEqual([null, 'narrow', null, 'wide', 'wide']);
    expect(strict.summary.withinRangeShare).toBeCloseTo(2 / 5, 12);
  });

  it('median of an even number of spans is the mean of the two middle ones', () => {
    const people = [p(1, null), ...reports(1, 10, 6), p(2, null), ...reports(2, 20, 9)];
    expect(spanOfControl(people).summary.medianSpan).toBe(7.5);
  });

  it('detects cycles, terminates, and keeps them out of layers', () => {
    const people = [
      p(1, 2), // 1 and 2 report to each other
      p(2, 1),
      p(3, 1), // below the cycle
      p(4, 3),
      p(10, null, 'cto'),
      p(11, 10),
      p(20, 20), // reports to themselves
    ];
    const { managers, summary } = spanOfControl(people);
    expect(summary.cycles).toEqual([[1, 2], [20]]);
    expect(summary.outsideTree).toEqual([1, 2, 3, 4, 20]);
    expect(managers).toEqual([
      { id: 10, role: 'cto', directReports: 1, totalReports: 1, layer: 1, flag: 'narrow' },
      { id: 1, role: 'engineer', directReports: 2, totalReports: 3, layer: null, flag: 'narrow' },
      { id: 2, role: 'engineer', directReports: 1, totalReports: 3, layer: null, flag: 'narrow' },
      { id: 3, role: 'engineer', directReports: 1, totalReports: 1, layer: null, flag: 'narrow' },
    ]);
    expect(summary.root).toEqual({ id: 10, reason: 'no-manager', managerId: null, size: 2 });
    expect(summary.orphans).toEqual([]);
    expect(summary.layers).toBe(2);
  });

  it('a long cycle of 10 000 people is found once', () => {
    const n = 10_000;
    const people = Array.from({ length: n }, (_, i) => p(i + 1, ((i + 1) % n) + 1));
    const { summary, managers } = spanOfControl(people);
    expect(summary.cycles).toHaveLength(1);
    expect(summary.cycles[0]).toHaveLength(n);
    expect(summary.root).toBeNull();
    expect(managers.every((m) => m.totalReports === n - 1 && m.layer === null)).toBe(true);
  });

  it('the main root is the largest tree, even when its top reports to a leaver', () => {
    const people = [
      p(1, null),
      p(2, 1),
      p(9, null, 'cto', 'leaver'),
      p(5, 9, 'head of engineering'),
      p(6, 5),
      p(7, 5),
    ];
    const { summary } = spanOfControl(people);
    expect(summary.root).toEqual({ id: 5, reason: 'manager-is-leaver', managerId: 9, size: 3 });
    expect(summary.orphans).toEqual([{ id: 1, reason: 'no-manager', managerId: null, size: 2 }]);
  });

  it('leavers are not counted as reports or managers', () => {
    const people = [p(1, null), p(2, 1), p(3, 1, 'engineer', 'leaver'), p(4, 3, 'engineer', 'leaver')];
    const { managers, summary } = spanOfControl(people);
    expect(managers).toEqual([
      { id: 1, role: 'engineer', directReports: 1, totalReports: 1, layer: 1, flag: 'narrow' },
    ]);
    expect(summary.activePeople).toBe(2);
  });

  it('empty input gives no data rather than zeros', () => {
    expect(spanOfControl([]).summary).toEqual({
      activePeople: 0,
      managerCount: 0,
      medianSpan: null,
      withinRangeShare: null,
      narrowManagers: 0,
      wideManagers: 0,
      layers: 0,
      root: null,
      orphans: [],
      cycles: [],
      outsideTree: [],
      minSpan: 4,
      maxSpan: 8,
    });
  });

  it('rejects thresholds that cross', () => {
    expect(() => spanOfControl([], { minSpan: 9, maxSpan: 8 })).toThrow(RangeError);
  });
});
