import { describe, expect, it } from 'vitest';
import { type HeadcountPersonInput, headcountAt, headcountByMonth } from './headcount.js';

const person = (id: number, startDate: string | null, endDate: string | null): HeadcountPersonInput => ({
  id,
  startDate,
  endDate,
});

const people: HeadcountPersonInput[] = [
  person(1, '2023-01-15', null), // A: there all along
  person(2, null, '2024-01-31'), // B: unknown start, last day = last day of January
  person(3, '2024-02-29', null), // C: joins on leap day
  person(4, '2024-02-01', '2024-02-29'), // D: joins and leaves in February, last day = month end
  person(5, '2024-03-01', '2024-03-15'), // E: joins and leaves within March
  person(6, '2023-06-01', '2023-12-31'), // F: leaves on New Year's Eve
  person(7, '2024-04-01', null), // G: after the range
];

describe('headcountAt', () => {
  it('counts a person on their last day and not after', () => {
    expect(headcountAt(people, '2024-01-31')).toBe(2); // A, B
    expect(headcountAt(people, '2024-02-01')).toBe(2); // A, D
    expect(headcountAt(people, '2024-02-29')).toBe(3); // A, C, D
    expect(headcountAt(people, '2024-03-01')).toBe(3); // A, C, E
    expect(headcountAt(people, '2024-03-16')).toBe(2); // A, C
  });

  it('takes timestamps and Dates as their UTC day', () => {
    expect(headcountAt(people, new Date('2024-02-29T23:59:59Z'))).toBe(3);
    expect(headcountAt(people, '2024-03-01T01:00:00+02:00')).toBe(3); // = 2024-02-29T23:00Z
  });

  it('rejects dates that do not exist', () => {
    expect(() => headcountAt(people, '2023-02-29')).toThrow(RangeError);
    expect(() => headcountAt([person(9, '2024-13-01', null)], '2024-01-01')).toThrow(/person 9/);
  });

  it('is 0 for nobody', () => {
    expect(headcountAt([], '2024-01-01')).toBe(0);
  });
});

describe('headcountByMonth', () => {
  it('a small org by hand: month ends, joiners, leavers, trailing attrition', () => {
    const { months, inconsistent } = headcountByMonth(people, { from: '2024-01', to: '2024-03' });
    expect(inconsistent).toEqual([]);
    expect(months.map(({ attrition: _, ...m }) => m)).toEqual([
      { month: '2024-01', monthEnd: '2024-01-31', headcount: 2, joiners: 0, leavers: 1 },
      { month: '2024-02', monthEnd: '2024-02-29', headcount: 3, joiners: 2, leavers: 1 },
      { month: '2024-03', monthEnd: '2024-03-31', headcount: 2, joiners: 1, leavers: 1 },
    ]);
    // Month ends Feb 2023..Jan 2024: 2,2,2,2 (Feb–May), 3×7 (Jun–Dec), 2 (Jan) = 31; leavers F, B.
    expect(months[0]!.attrition).toEqual({
      fromMonth: '2023-02',
      toMonth: '2024-01',
      leavers: 2,
      averageHeadcount: 31 / 12,
      rate: 24 / 31,
    });
    // Mar 2023..Feb 2024: 2,2,2 + 21 + 2 + 3 = 32; leavers F, B, D.
    expect(months[1]!.attrition.leavers).toBe(3);
    expect(months[1]!.attrition.rate).toBeCloseTo(36 / 32, 12);
    // Apr 2023..Mar 2024: 2,2 + 21 + 2 + 3 + 2 = 32; leavers F, B, D, E.
    expect(months[2]!.attrition).toEqual({
      fromMonth: '2023-04',
      toMonth: '2024-03',
      leavers: 4,
      averageHeadcount: 32 / 12,
      rate: 1.5,
    });
  });

  it('knows which Februaries have 29 days', () => {
    const end = (m: string) => headcountByMonth([], { from: m, to: m }).months[0]!.monthEnd;
    expect(end('2023-02')).toBe('2023-02-28');
    expect(end('2024-02')).toBe('2024-02-29');
    expect(end('2100-02')).toBe('2100-02-28');
    expect(end('2000-02')).toBe('2000-02-29');
    expect(end('2024-12')).toBe('2024-12-31');
  });

  it('a range across a year boundary', () => {
    const { months } = headcountByMonth(people, { from: '2023-11', to: '2024-01' });
    expect(months.map((m) => [m.month, m.headcount, m.leavers])).toEqual([
      ['2023-11', 3, 0],
      ['2023-12', 3, 1], // F counted on 31 December, their last day
      ['2024-01', 2, 1],
    ]);
  });

  it('no people: zeros for counts, no attrition rate', () => {
    const { months } = headcountByMonth([], { from: '2024-01', to: '2024-01' });
    expect(months).toEqual([
      {
        month: '2024-01',
        monthEnd: '2024-01-31',
        headcount: 0,
        joiners: 0,
        leavers: 0,
        attrition: { fromMonth: '2023-02', toMonth: '2024-01', leavers: 0, averageHeadcount: 0, rate: null },
      },
    ]);
  });

  it('leaves out and lists rows that end before they start', () => {
    const out = headcountByMonth([...people, person(8, '2024-02-10', '2024-02-01')], {
      from: '2024-02',
      to: '2024-02',
    });
    expect(out.inconsistent).toEqual([8]);
    expect(out.months[0]!.joiners).toBe(2);
    expect(out.months[0]!.leavers).toBe(1);
  });

  it('rejects a bad range', () => {
    expect(() => headcountByMonth([], { from: '2024-03', to: '2024-01' })).toThrow(RangeError);
    expect(() => headcountByMonth([], { from: '2024-13', to: '2024-13' })).toThrow(RangeError);
  });
});
