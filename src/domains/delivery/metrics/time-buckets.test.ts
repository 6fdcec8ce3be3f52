import { describe, expect, it } from 'vitest';
import { buckets, completeIsoWeeks, DAY_MS, isoWeekLabel, isoWeekStart } from './time-buckets.js';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('time buckets', () => {
  it('ISO weeks start on Monday and belong to the year of their Thursday', () => {
    expect(isoWeekStart(day(2024, 1, 3) + 5 * 3_600_000)).toBe(day(2024, 1, 1)); // Wed → Mon 1 Jan 2024
    expect(isoWeekStart(day(2024, 1, 7))).toBe(day(2024, 1, 1)); // Sunday
    expect(isoWeekLabel(day(2024, 1, 1))).toBe('2024-W01');
    expect(isoWeekLabel(day(2021, 1, 1))).toBe('2020-W53'); // a Friday: its Thursday is 31 Dec 2020
    expect(isoWeekLabel(day(2024, 12, 30))).toBe('2025-W01'); // Monday; Thursday is 2 Jan 2025
    expect(isoWeekLabel(day(2026, 12, 31))).toBe('2026-W53');
  });

  it('weekly buckets of a range, cut to it', () => {
    expect(buckets({ from: day(2024, 1, 3), to: day(2024, 1, 17) }, 'week')).toEqual([
      { label: '2024-W01', start: day(2024, 1, 3), end: day(2024, 1, 8), partial: true },
      { label: '2024-W02', start: day(2024, 1, 8), end: day(2024, 1, 15), partial: false },
      { label: '2024-W03', start: day(2024, 1, 15), end: day(2024, 1, 17), partial: true },
    ]);
    expect(buckets({ from: 5, to: 5 }, 'week')).toEqual([]);
  });

  it('monthly buckets (February 2024 has 29 days)', () => {
    expect(buckets({ from: day(2024, 1, 15), to: day(2024, 3, 1) }, 'month')).toEqual([
      { label: '2024-01', start: day(2024, 1, 15), end: day(2024, 2, 1), partial: true },
      { label: '2024-02', start: day(2024, 2, 1), end: day(2024, 3, 1), partial: false },
    ]);
    expect(day(2024, 3, 1) - day(2024, 2, 1)).toBe(29 * DAY_MS);
  });

  it('complete ISO weeks inside a range', () => {
    expect(completeIsoWeeks({ from: day(2024, 1, 3), to: day(2024, 1, 22) })).toEqual([
      day(2024, 1, 8),
      day(2024, 1, 15),
    ]);
    expect(completeIsoWeeks({ from: day(2024, 1, 1), to: day(2024, 1, 7) })).toEqual([]);
  });
});
