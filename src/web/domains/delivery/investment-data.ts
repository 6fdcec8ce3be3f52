import type { paths } from '../../api/schema';
import type { Output } from '../../api/types';

/** `GET /api/v1/delivery/investment` (docs/metrics.md#investment-allocation). */
export type Investment = Output<'/api/v1/delivery/investment'>;
export type InvestmentItem = Investment['items'][number];
export type InvestmentRules = Output<'/api/v1/delivery/investment-rules'>;
export type InvestmentRule = InvestmentRules['rules'][number];
export type RuleCategory = InvestmentRule['category'];
export type RuleKind = InvestmentRule['kind'];
export type InvestmentWeight = Investment['weight'];
export type InvestmentCategory = NonNullable<
  NonNullable<paths['/api/v1/delivery/investment']['get']['parameters']['query']>['category']
>;

/** The categories in the order they are shown, and what each holds. */
export const CATEGORIES: readonly { id: InvestmentCategory; label: string; hint: string }[] = [
  { id: 'new', label: 'New capabilities', hint: 'features and enhancements' },
  { id: 'maintenance', label: 'Maintenance', hint: 'refactoring, performance, tests, docs' },
  { id: 'bug', label: 'Bugs', hint: 'fixes and defects' },
  { id: 'toil', label: 'Toil', hint: 'chores, dependencies, CI, builds' },
  { id: 'unclassified', label: 'Unclassified', hint: 'no rule matched' },
];

export const RULE_CATEGORIES = CATEGORIES.filter((c) => c.id !== 'unclassified') as readonly {
  id: RuleCategory;
  label: string;
  hint: string;
}[];

export const RULE_KINDS: readonly { id: RuleKind; label: string; hint: string }[] = [
  { id: 'label', label: 'Label', hint: 'any label of the pull request' },
  { id: 'issue-label', label: 'Issue label', hint: 'any label of the issues it closes' },
  { id: 'commit-type', label: 'Commit type', hint: 'conventional-commit type of its title or commits' },
  { id: 'title', label: 'Title', hint: 'the title' },
];

export function categoryLabel(id: string): string {
  return CATEGORIES.find((c) => c.id === id)?.label ?? id;
}

export function isCategory(value: string | null): value is InvestmentCategory {
  return CATEGORIES.some((c) => c.id === value);
}

/** `?weight=lines` weighs items by lines changed; anything else counts items. */
export function weightOf(value: string | null): InvestmentWeight {
  return value === 'lines' ? 'lines' : 'items';
}

/** The categories of an answer in the shown order, those the API adds after them. */
export function orderedCategories(data: Investment): Investment['categories'] {
  const rank = (c: string) => {
    const i = CATEGORIES.findIndex((x) => x.id === c);
    return i < 0 ? CATEGORIES.length : i;
  };
  return [...data.categories].sort((a, b) => rank(a.category) - rank(b.category));
}

/** A rule being edited: a stable key for React, the pattern as typed. */
export interface DraftRule {
  key: number;
  category: RuleCategory;
  kind: RuleKind;
  pattern: string;
}

export const PATTERN_MAX = 200;

/** What is wrong with a rule's pattern, or null. */
export function patternError(pattern: string): string | null {
  const p = pattern.trim();
  if (!p) return 'Enter a pattern, e.g. bug or feat*';
  if (p.length > PATTERN_MAX) return `Keep the pattern under ${PATTERN_MAX} characters`;
  return null;
}

/** The rules as the API takes them: in the order shown, positions 10, 20, 30… (the first match wins). */
export function toRules(drafts: readonly DraftRule[]): InvestmentRule[] {
  return drafts.map((d, i) => ({
    category: d.category,
    kind: d.kind,
    pattern: d.pattern.trim(),
    position: (i + 1) * 10,
  }));
}

/** The API's rules as drafts, by position (ties keep their order). */
export function toDrafts(rules: readonly InvestmentRule[], firstKey = 1): DraftRule[] {
  return rules
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.position - b.r.position || a.i - b.i)
    .map(({ r }, i) => ({ key: firstKey + i, category: r.category, kind: r.kind, pattern: r.pattern }));
}

/** The list with the item at `from` moved to `to`. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}
