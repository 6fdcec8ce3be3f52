/**
 * Investment allocation: what share of the delivered work went to new capabilities, maintenance, bugs
 * and toil, from labels, conventional-commit types, titles and linked issues, with rules users can edit.
 *
 * Definition (see docs/metrics.md, "Delivery", "Investment allocation"):
 * - Categories: `new`, `maintenance`, `bug`, `toil`, and `unclassified` when no rule matches.
 * - A rule has a category, a kind and a case-insensitive glob `pattern` (`*` = any characters; the whole
 *   value must match). Kinds: `label` — any of the item's labels; `issue-label` — any label of the issues
 *   it closes; `commit-type` — the conventional-commit type of the item's title or of any of its commit
 *   subjects; `title` — the title.
 * - Rules are tried by ascending `position` (ties: their order in the list); the first rule matching the
 *   item decides its category.
 * - Allocation: each item weighs `weight` (default 1; pass lines changed or effort for other views);
 *   share of a category = its weight ÷ the total weight, `unclassified` included, so shares sum to 1.
 * - Conventional commit: `type(scope)!: description` — a type of letters, digits, `-` or `_` starting with
 *   a letter, an optional non-empty scope in parentheses, an optional `!` (breaking change), then `: `
 *   (extra spaces tolerated) and a non-empty description. Types are compared case-insensitively (returned
 *   in lower case). Anything else (`Merge pull request #1`, `WIP`) has no type.
 *
 * Reference: Conventional Commits 1.0.0 (conventionalcommits.org), specification items 1–5 and 15;
 * the `feat`/`fix` types and the others (`build`, `chore`, `ci`, `docs`, `style`, `refactor`, `perf`,
 * `test`) as the specification's summary lists them after @commitlint/config-conventional. The four
 * categories and the default rules are Quarterdeck's starting point, meant to be edited.
 */

import { share } from '../../org/metrics/metric-helpers.js';
import { globMatch } from './glob-match.js';

export type InvestmentCategory = 'new' | 'maintenance' | 'bug' | 'toil' | 'unclassified';

export const INVESTMENT_CATEGORIES: readonly InvestmentCategory[] = [
  'new',
  'maintenance',
  'bug',
  'toil',
  'unclassified',
];

export type InvestmentRuleKind = 'label' | 'commit-type' | 'title' | 'issue-label';

export interface InvestmentRule {
  category: Exclude<InvestmentCategory, 'unclassified'>;
  kind: InvestmentRuleKind;
  /** Case-insensitive glob with `*`, matched against the whole value. */
  pattern: string;
  position: number;
}

const rules = (
  kind: InvestmentRuleKind,
  start: number,
  list: [InvestmentRule['category'], string][],
): InvestmentRule[] =>
  list.map(([category, pattern], i) => ({ category, kind, pattern, position: start + i * 10 }));

/** The rules a new installation starts with: labels first, then linked issues, then commit types. */
export const DEFAULT_INVESTMENT_RULES: readonly InvestmentRule[] = [
  ...rules('label', 100, [
    ['bug', 'bug'],
    ['bug', 'defect'],
    ['new', 'feature'],
    ['new', 'enhancement'],
    ['toil', 'chore'],
    ['toil', 'dependencies'],
    ['toil', 'ci'],
    ['maintenance', 'refactor'],
    ['maintenance', 'tech-debt'],
  ]),
  ...rules('issue-label', 200, [
    ['bug', 'bug'],
    ['bug', 'defect'],
    ['new', 'feature'],
    ['new', 'enhancement'],
  ]),
  ...rules('commit-type', 300, [
    ['new', 'feat'],
    ['bug', 'fix'],
    ['maintenance', 'refactor'],
    ['maintenance', 'perf'],
    ['maintenance', 'docs'],
    ['maintenance', 'test'],
    ['maintenance', 'style'],
    ['toil', 'chore'],
    ['toil', 'ci'],
    ['toil', 'build'],
  ]),
];

export interface ConventionalCommit {
  /** Lower case. */
  type: string;
  scope: string | null;
  breaking: boolean;
  description: string;
}

const CONVENTIONAL = /^([a-z][a-z0-9_-]*)(?:\(([^()\r\n]+)\))?(!)?: +(\S.*)$/iu;

/** The parts of a conventional-commit subject, or null when it is not one. */
export function parseConventionalCommit(subject: string): ConventionalCommit | null {
  const m = CONVENTIONAL.exec(subject.trim());
  if (!m) return null;
  return {
    type: m[1]!.toLowerCase(),
    scope: m[2] ?? null,
    breaking: m[3] === '!',
    description: m[4]!.trim(),
  };
}

/** The conventional-commit type of a subject (`feat(api)!: x` → `feat`), or null. */
export function conventionalCommitType(subject: string): string | null {
  return parseConventionalCommit(subject)?.type ?? null;
}

export interface InvestmentItem {
  id: number;
  title?: string | null | undefined;
  labels?: readonly string[] | undefined;
  issueLabels?: readonly string[] | undefined;
  commitSubjects?: readonly string[] | undefined;
  /** Default 1. */
  weight?: number | undefined;
}

export interface Classification {
  id: number;
  category: InvestmentCategory;
  /** The rule that decided; null for `unclassified`. */
  rule: InvestmentRule | null;
}

/** The rules in the order they are tried. */
export function orderRules(list: readonly InvestmentRule[]): InvestmentRule[] {
  return list
    .map((rule, i) => ({ rule, i }))
    .sort((a, b) => a.rule.position - b.rule.position || a.i - b.i)
    .map((x) => x.rule);
}

/** The category of one item: the first matching rule by position (pass `orderRules(rules)` for speed). */
export function classifyInvestment(
  item: InvestmentItem,
  list: readonly InvestmentRule[] = DEFAULT_INVESTMENT_RULES,
  ordered = false,
): Classification {
  const types: string[] = [];
  for (const s of [item.title ?? '', ...(item.commitSubjects ?? [])]) {
    const t = conventionalCommitType(s);
    if (t !== null) types.push(t);
  }
  const values: Record<InvestmentRuleKind, readonly string[]> = {
    label: item.labels ?? [],
    'issue-label': item.issueLabels ?? [],
    'commit-type': types,
    title: item.title ? [item.title] : [],
  };
  for (const rule of ordered ? list : orderRules(list)) {
    if (values[rule.kind].some((v) => globMatch(rule.pattern, v))) {
      return { id: item.id, category: rule.category, rule };
    }
  }
  return { id: item.id, category: 'unclassified', rule: null };
}

export interface InvestmentShare {
  category: InvestmentCategory;
  count: number;
  weight: number;
  /** weight ÷ total weight; null when the total is 0. */
  share: number | null;
  ids: number[];
}

export interface InvestmentAllocation {
  categories: InvestmentShare[];
  totalWeight: number;
  items: Classification[];
}

/** Shares of the categories over `items`, with the ids of each (definition in the file comment). */
export function allocateInvestment(
  items: readonly InvestmentItem[],
  list: readonly InvestmentRule[] = DEFAULT_INVESTMENT_RULES,
): InvestmentAllocation {
  const ordered = orderRules(list);
  const classified = items.map((item) => classifyInvestment(item, ordered, true));
  const totals = new Map<InvestmentCategory, { count: number; weight: number; ids: number[] }>(
    INVESTMENT_CATEGORIES.map((c) => [c, { count: 0, weight: 0, ids: [] }]),
  );
  let totalWeight = 0;
  items.forEach((item, i) => {
    const weight = item.weight ?? 1;
    if (!(weight >= 0)) throw new RangeError(`item ${item.id}: weight must be 0 or more, got ${weight}`);
    const t = totals.get(classified[i]!.category)!;
    t.count++;
    t.weight += weight;
    t.ids.push(item.id);
    totalWeight += weight;
  });
  return {
    categories: INVESTMENT_CATEGORIES.map((category) => {
      const t = totals.get(category)!;
      return { category, count: t.count, weight: t.weight, share: share(t.weight, totalWeight), ids: t.ids };
    }),
    totalWeight,
    items: classified,
  };
}
