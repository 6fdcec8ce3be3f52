import { describe, expect, it } from 'vitest';
import { engineerWeeks, isoWeek } from './initiative-effort.js';
import { budget, elapsedShare, schedule, specShare } from './initiative-status.js';
import { directionAgrees, goalProgress, keyResultProgress } from './key-result-progress.js';
import { halfOf, periodSpan, visionState } from './vision-review.js';

const at = (d: string) => Date.parse(`${d}T12:00:00Z`);

describe('key-result progress', () => {
  it('moves from start to target in both directions, clamped', () => {
    expect(keyResultProgress(10, 20, 15)).toBe(0.5);
    expect(keyResultProgress(48, 12, 30)).toBe(0.5);
    expect(keyResultProgress(48, 12, 60)).toBe(0);
    expect(keyResultProgress(10, 20, 25)).toBe(1);
    expect(keyResultProgress(10, 20, null)).toBeNull();
    expect(keyResultProgress(5, 5, 5)).toBeNull();
  });
  it('checks the direction and averages known progress for a goal', () => {
    expect(directionAgrees('increase', 1, 2)).toBe(true);
    expect(directionAgrees('decrease', 1, 2)).toBe(false);
    expect(goalProgress([0.5, null, 1])).toBe(0.75);
    expect(goalProgress([null])).toBeNull();
  });
});

describe('periods and vision state', () => {
  it('spans years, halves and quarters', () => {
    expect(periodSpan('2026-H2')).toEqual({ start: '2026-07-01', end: '2026-12-31' });
    expect(periodSpan('2026-Q1')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(periodSpan('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(periodSpan('2026-H3')).toBeNull();
    expect(halfOf('2026-11-24')).toBe('2026-H2');
    expect(halfOf('2026-06-30')).toBe('2026-H1');
  });
  it('is current within its period until the review date passes', () => {
    expect(visionState('2026-H2', '2026-12-01', '2026-11-24')).toBe('current');
    expect(visionState('2026-H2', '2026-11-01', '2026-11-24')).toBe('review-due');
    expect(visionState('2026-H1', null, '2026-11-24')).toBe('out-of-period');
  });
});

describe('initiative effort', () => {
  it('names ISO weeks across the year boundary', () => {
    expect(isoWeek(at('2026-01-01'))).toBe('2026-W01');
    expect(isoWeek(at('2027-01-01'))).toBe('2026-W53');
    expect(isoWeek(at('2024-12-30'))).toBe('2025-W01');
  });
  it('counts distinct (engineer, ISO week) pairs of commits, and PR spans without commits', () => {
    const r = engineerWeeks([
      {
        authorKey: 'person:1',
        startedAt: at('2026-03-02'),
        endedAt: at('2026-03-20'),
        commits: [
          { authorKey: 'person:1', at: at('2026-03-02') },
          { authorKey: 'person:1', at: at('2026-03-04') },
          { authorKey: 'person:2', at: at('2026-03-04') },
          { authorKey: 'person:1', at: at('2026-03-10') },
        ],
      },
      { authorKey: 'person:3', startedAt: at('2026-03-02'), endedAt: at('2026-03-10'), commits: [] },
    ]);
    expect(r).toEqual({ weeks: 5, engineers: 3 });
  });
});

describe('on spec, on time, on budget', () => {
  const ms = (dueOn: string, doneOn: string | null) => ({ dueOn, doneOn });
  it('spec is the share of acceptance items and milestones done', () => {
    expect(
      specShare([{ done: true }, { done: false }], [ms('2026-01-01', '2026-01-02'), ms('2026-02-01', null)]),
    ).toBe(0.5);
    expect(specShare([], [])).toBeNull();
  });
  it('forecasts slip from the planned end, overdue milestones and the pace of the last one', () => {
    const base = {
      status: 'active' as const,
      plannedStart: '2026-01-01',
      plannedEnd: '2026-06-30',
      completedOn: null,
    };
    expect(schedule({ ...base, milestones: [ms('2026-05-01', null)], today: '2026-04-01' })).toMatchObject({
      slipDays: 0,
      onTime: true,
    });
    expect(schedule({ ...base, milestones: [ms('2026-03-01', null)], today: '2026-04-01' })).toMatchObject({
      slipDays: 31,
      end: '2026-07-31',
      onTime: false,
    });
    expect(
      schedule({ ...base, milestones: [ms('2026-02-01', '2026-02-06')], today: '2026-04-01' }).slipDays,
    ).toBe(5);
    expect(schedule({ ...base, milestones: [], today: '2026-07-10' }).slipDays).toBe(10);
    expect(
      schedule({ ...base, status: 'done', completedOn: '2026-07-20', milestones: [], today: '2026-09-01' }),
    ).toMatchObject({ slipDays: 20, forecast: false, onTime: false });
    expect(schedule({ ...base, status: 'proposed', milestones: [], today: '2026-04-01' }).onTime).toBeNull();
  });
  it('compares burn with the elapsed share, preferring engineer-weeks, and reports CPI', () => {
    expect(elapsedShare('2026-01-01', '2026-01-11', '2026-01-06')).toBe(0.5);
    const base = {
      status: 'active' as const,
      plannedStart: '2026-01-01',
      plannedEnd: '2026-01-11',
      today: '2026-01-06',
      money: { budget: 1000, spent: 900 },
      spec: 0.5,
    };
    const ok = budget({ ...base, weeks: { budget: 20, spent: 11 } });
    expect(ok).toMatchObject({ basis: 'engineer-weeks', burn: 0.55, onBudget: true });
    expect(ok.cpi).toBeCloseTo(10 / 11);
    expect(budget({ ...base, weeks: { budget: 20, spent: 13 } }).onBudget).toBe(false);
    expect(budget({ ...base, weeks: { budget: null, spent: 13 } })).toMatchObject({
      basis: 'money',
      onBudget: false,
    });
    expect(budget({ ...base, status: 'done', weeks: { budget: 20, spent: 21 } }).onBudget).toBe(true);
    expect(
      budget({ ...base, weeks: { budget: null, spent: 3 }, money: { budget: null, spent: null } }).onBudget,
    ).toBeNull();
  });
});
