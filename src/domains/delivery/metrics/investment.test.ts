import { describe, expect, it } from 'vitest';
import {
  allocateInvestment,
  classifyInvestment,
  conventionalCommitType,
  DEFAULT_INVESTMENT_RULES,
  type InvestmentRule,
  parseConventionalCommit,
} from './investment.js';

describe('conventional commits', () => {
  it('parses type(scope)!: description', () => {
    expect(parseConventionalCommit('feat(api)!: drop v1 endpoints')).toEqual({
      type: 'feat',
      scope: 'api',
      breaking: true,
      description: 'drop v1 endpoints',
    });
    expect(parseConventionalCommit('fix: handle null')).toEqual({
      type: 'fix',
      scope: null,
      breaking: false,
      description: 'handle null',
    });
    expect(conventionalCommitType('FIX(UI): y')).toBe('fix'); // case-insensitive (spec item 15)
    expect(conventionalCommitType('fix!: x')).toBe('fix');
    expect(conventionalCommitType('chore(deps-dev): bump vitest')).toBe('chore');
  });

  it('rejects subjects that are not conventional commits', () => {
    for (const s of [
      'Merge pull request #12 from acme/feature',
      'feat:no space',
      'feat(): empty scope',
      'feat: ',
      ': no type',
      '1feat: starts with a digit',
      'WIP',
    ]) {
      expect(conventionalCommitType(s), s).toBeNull();
    }
  });
});

describe('classifyInvestment', () => {
  it('the first matching rule by position wins; labels before linked issues before commit types', () => {
    const c = (item: Parameters<typeof classifyInvestment>[0]) => classifyInvestment(item).category;
    expect(c({ id: 1, labels: ['feature', 'Bug'] })).toBe('bug'); // label bug (100) before feature (120)
    expect(c({ id: 2, labels: ['enhancement'], title: 'fix: typo' })).toBe('new'); // label before commit type
    expect(c({ id: 3, title: 'chore(deps): bump yaml' })).toBe('toil');
    expect(c({ id: 4, commitSubjects: ['refactor: split', 'feat: add'] })).toBe('new'); // feat (300) first
    expect(c({ id: 5, issueLabels: ['Defect'], title: 'refactor: x' })).toBe('bug');
    expect(c({ id: 6, labels: ['Tech-Debt'] })).toBe('maintenance');
    expect(c({ id: 7, labels: ['debug'] })).toBe('unclassified'); // `bug` matches the whole label only
    expect(c({ id: 8, title: 'Update README' })).toBe('unclassified');
    expect(classifyInvestment({ id: 9 })).toEqual({ id: 9, category: 'unclassified', rule: null });
  });

  it('user rules with globs, ordered by position', () => {
    const rules: InvestmentRule[] = [
      ...DEFAULT_INVESTMENT_RULES,
      { category: 'toil', kind: 'title', pattern: '*bump*', position: 1 },
      { category: 'bug', kind: 'label', pattern: 'sev-*', position: 0 },
    ];
    const r = classifyInvestment({ id: 1, labels: ['feature'], title: 'Bump lodash' }, rules);
    expect(r.category).toBe('toil');
    expect(r.rule).toEqual({ category: 'toil', kind: 'title', pattern: '*bump*', position: 1 });
    expect(classifyInvestment({ id: 2, labels: ['SEV-2'], title: 'bump' }, rules).category).toBe('bug');
  });
});

describe('allocateInvestment', () => {
  it('shares by count, unclassified included, with ids', () => {
    const a = allocateInvestment([
      { id: 1, labels: ['bug'] },
      { id: 2, title: 'feat: a' },
      { id: 3, title: 'feat: b' },
      { id: 4, title: 'misc' },
    ]);
    // 4 items: new 2/4, bug 1/4, unclassified 1/4
    expect(a.totalWeight).toBe(4);
    expect(a.categories).toEqual([
      { category: 'new', count: 2, weight: 2, share: 0.5, ids: [2, 3] },
      { category: 'maintenance', count: 0, weight: 0, share: 0, ids: [] },
      { category: 'bug', count: 1, weight: 1, share: 0.25, ids: [1] },
      { category: 'toil', count: 0, weight: 0, share: 0, ids: [] },
      { category: 'unclassified', count: 1, weight: 1, share: 0.25, ids: [4] },
    ]);
  });

  it('weighted shares; nothing to share is null', () => {
    // weights 30 (new) + 10 (toil) = 40 → 0.75 and 0.25
    const a = allocateInvestment([
      { id: 1, labels: ['feature'], weight: 30 },
      { id: 2, labels: ['ci'], weight: 10 },
    ]);
    expect(a.categories.find((c) => c.category === 'new')!.share).toBe(0.75);
    expect(a.categories.find((c) => c.category === 'toil')!.share).toBe(0.25);
    expect(allocateInvestment([]).categories.every((c) => c.share === null)).toBe(true);
    expect(() => allocateInvestment([{ id: 1, weight: -1 }])).toThrow(RangeError);
  });
});
