import { describe, expect, it } from 'vitest';
import { moved, patternError, toDrafts, toRules, weightOf } from './investment-data';
import { daysSince, gapPhrase, gapRows, gapsAffecting, qualityDays } from './quality-data';

describe('investment rules as edited', () => {
  it('keeps the order shown, numbering positions 10, 20, 30…', () => {
    const drafts = toDrafts([
      { category: 'bug', kind: 'label', pattern: 'bug', position: 300 },
      { category: 'new', kind: 'commit-type', pattern: 'feat', position: 100 },
      { category: 'toil', kind: 'title', pattern: ' chore* ', position: 100 },
    ]);
    expect(drafts.map((d) => d.pattern)).toEqual(['feat', ' chore* ', 'bug']);
    expect(new Set(drafts.map((d) => d.key)).size).toBe(3);
    const rules = toRules(moved(drafts, 2, 0));
    expect(rules.map((r) => [r.pattern, r.position])).toEqual([
      ['bug', 10],
      ['feat', 20],
      ['chore*', 30],
    ]);
    expect(moved([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moved([1, 2, 3], 2, 1)).toEqual([1, 3, 2]);
  });

  it('says what is wrong with a pattern', () => {
    expect(patternError('  ')).toMatch(/Enter a pattern/);
    expect(patternError('x'.repeat(201))).toMatch(/under 200/);
    expect(patternError('feat*')).toBeNull();
    expect(weightOf('lines')).toBe('lines');
    expect(weightOf('bogus')).toBe('items');
  });
});

describe('data-quality gaps', () => {
  const gaps = {
    incidentsWithoutService: 0,
    deploymentsWithUnknownCommit: 3,
    commits: 120,
    commitsWithoutPerson: 1,
    authorIdentitiesWithoutPerson: 1,
    somethingNew: 2,
  };

  it('lists the gaps found first, known ones in their order, new ones too, context counts apart', () => {
    const rows = gapRows(gaps);
    expect(rows.map((r) => [r.info.key, r.count])).toEqual([
      ['deploymentsWithUnknownCommit', 3],
      ['commitsWithoutPerson', 1],
      ['somethingNew', 2],
      ['incidentsWithoutService', 0],
    ]);
    expect(rows.map(gapPhrase)).toEqual([
      '3 production deployments whose commit is not in the imported history',
      '1 commit whose author is not matched to a person',
      '2 something new',
      '0 incidents without a service',
    ]);
    expect(gapsAffecting(gaps, ['Lead time for changes']).map((r) => r.info.key)).toEqual([
      'deploymentsWithUnknownCommit',
      'commitsWithoutPerson',
    ]);
  });

  it('reads the range from the URL and covers a page’s range in days', () => {
    expect(qualityDays('30')).toBe(30);
    expect(qualityDays('31')).toBe(90);
    expect(qualityDays(null)).toBe(90);
    const now = Date.parse('2026-05-20T10:00:00Z');
    expect(daysSince('2026-05-20', now)).toBe(1);
    expect(daysSince('2026-02-19', now)).toBe(91);
    expect(daysSince('1990-01-01', now)).toBe(3650);
  });
});
