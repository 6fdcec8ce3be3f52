import { describe, expect, it } from 'vitest';
import { historyEvents, levelChange, type PersonVersion, tenureWords } from './person-history';

const v = (validFrom: string, over: Partial<PersonVersion> = {}): PersonVersion => ({
  validFrom,
  validTo: null,
  managerId: 1,
  managerName: 'Ada',
  teamId: 10,
  teamName: 'Payments',
  title: 'Engineer',
  level: 'E3',
  role: 'engineer',
  status: 'active',
  ...over,
});

describe('person history', () => {
  it('tells the versions as events, newest first', () => {
    const events = historyEvents([
      v('2025-03-01', { teamId: 11, teamName: 'Checkout', level: 'E4', managerId: 2, managerName: 'Bo' }),
      v('2023-01-01'),
    ]);
    expect(events.map((e) => e.date)).toEqual(['2025-03-01', '2023-01-01']);
    expect(events[0]?.changes.map((c) => c.text)).toEqual([
      'Moved from team Payments to Checkout',
      'Promoted E3 → E4',
      'Now reports to Bo',
    ]);
    expect(events[0]?.changes[0]?.link).toEqual({ href: '/org/teams/11', label: 'Checkout' });
    expect(events[1]?.changes[0]?.text).toBe('Started as Engineer (E3) in Payments, reporting to Ada');
  });

  it('leaves out versions that change nothing shown, and names track changes', () => {
    expect(historyEvents([v('2023-01-01'), v('2024-01-01')]).length).toBe(1);
    expect(levelChange('E5', 'M1').text).toBe('Changed track E5 → M1');
    expect(levelChange('E4', 'E3').kind).toBe('level');
  });

  it('says tenure in years and months', () => {
    expect(tenureWords(477)).toBe('1 year 3 months');
    expect(tenureWords(12)).toBe('12 days');
  });
});
