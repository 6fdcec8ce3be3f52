/**
 * Cost allocation: cost lines (one currency) -> allocation units (teams or services), exactly.
 *
 * Definition (follows the FinOps Foundation's "Allocation" capability: direct allocation by metadata —
 * tags/labels, accounts, resource hierarchy — then shared costs split by an even, fixed-proportion or
 * proportional-to-usage strategy, with unallocated cost always visible):
 * 1. A line matching a shared pool (by account, resource glob, service or tag) goes to that pool.
 * 2. Otherwise the rules are tried in order; the first that matches names the line's unit:
 *    - tag: the first of the keys (default team, service, cost_center, owner) the line's tags carry,
 *      keys compared after normalization (`CostCenter`, `cost-center`, `Cost Center` -> `cost_center`),
 *      the value turned into a slug (`Payments-Team`, `payments_team`, `PaymentsTeam` -> `payments-team`);
 *    - account: the line's account/subscription/project id (FOCUS SubAccountId) in a map;
 *    - resource-glob: the line's ResourceId matches a glob (`*` any run of characters, `?` one);
 *    - ownership: the line's ResourceId in an ownership map (resource -> owner, e.g. Backstage
 *      catalog Resource entities' spec.owner).
 *    A line no rule matches is unallocated ("no-rule").
 * 3. Each pool is split among its recipients (its `units`, default every unit with direct cost):
 *    even (equal weights), headcount (weights = people per unit) or proportional (weights = each
 *    recipient's direct cost; negative totals weigh 0). A pool without recipients or with zero total
 *    weight stays unallocated ("shared:<pool>").
 * Splits are exact: amounts are integers of 10^-s (s = the largest scale among the inputs); each
 * recipient gets floor(|P|·w/W), and the remaining units go one each to the largest remainders, ties by
 * unit name — so the parts always sum to the pool (largest remainder method, Hamilton).
 * Invariant (property-tested): sum of unit totals + unallocated total = sum of the input lines.
 */
import { decimalScale, formatScaled, toUnits } from '../importers/focus-decimal.js';

export interface CostLine {
  id: string;
  /** A plain decimal string (as the importers produce): BilledCost or EffectiveCost. */
  cost: string;
  tags?: Readonly<Record<string, unknown>> | null | undefined;
  /** SubAccountId: AWS account, Azure subscription, GCP project. */
  accountId?: string | null | undefined;
  resourceId?: string | null | undefined;
  serviceName?: string | null | undefined;
}

export type AllocationRule =
  | { kind: 'tag'; keys?: readonly string[] | undefined }
  | { kind: 'account'; accounts: Readonly<Record<string, string>> }
  | { kind: 'resource-glob'; pattern: string; unit: string }
  | {
      kind: 'ownership';
      owners: Readonly<Record<string, string>>;
      /** Also every catalog Resource's owner (its name and cloud-id annotations), filled in when applied. */
      catalog?: boolean | undefined;
    };

export interface SharedPool {
  name: string;
  match: {
    accounts?: readonly string[] | undefined;
    resourceGlobs?: readonly string[] | undefined;
    services?: readonly string[] | undefined;
    tag?: { key: string; value: string } | undefined;
  };
  split: 'even' | 'headcount' | 'proportional';
  /** Recipients; default every unit with direct cost. */
  units?: readonly string[] | undefined;
  /** For `headcount`: non-negative whole numbers per unit (missing = 0). */
  headcount?: Readonly<Record<string, number>> | undefined;
}

export interface UnitAllocation {
  direct: string;
  shared: string;
  total: string;
}

export interface AllocationResult {
  /** Sum of all input lines. */
  total: string;
  /** By unit, sorted by unit name. */
  units: Record<string, UnitAllocation>;
  /** Always present, zero when everything was allocated; `reasons` by cause ("no-rule", "shared:<pool>"). */
  unallocated: { total: string; lines: number; reasons: Record<string, string> };
  /** Per line: its unit (null when unallocated or shared) and what decided it. */
  assignments: { id: string; unit: string | null; via: string }[];
}

export const DEFAULT_TAG_KEYS = ['team', 'service', 'cost_center', 'owner'] as const;
const KEY_ALIASES: Readonly<Record<string, string>> = {
  costcenter: 'cost_center',
  team_name: 'team',
  teamname: 'team',
  service_name: 'service',
  servicename: 'service',
};

function words(text: string): string[] {
  return text
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A tag key compared loosely: `CostCenter`, `cost-center`, `Cost Center` -> `cost_center`. */
export function normalizeTagKey(key: string): string {
  const k = words(key.replace(/^user[:_]/, '')).join('_');
  return KEY_ALIASES[k] ?? k;
}

/** A unit slug: `Payments-Team`, `payments_team`, `PaymentsTeam`, ` payments team ` -> `payments-team`. */
export function unitSlug(value: string): string {
  return words(value).join('-');
}

/** A glob (`*` any run, `?` one character; anchored, case-sensitive) as a RegExp. */
export function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\*?]/g, (c) => (c === '*' ? '.*' : c === '?' ? '.' : `\\${c}`));
  return new RegExp(`^${body}$`, 's');
}

function tagValue(tags: CostLine['tags'], key: string): string | null {
  if (!tags) return null;
  const want = normalizeTagKey(key);
  for (const [k, v] of Object.entries(tags))
    if (normalizeTagKey(k) === want && v !== null && v !== undefined && String(v).trim() !== '')
      return String(v);
  return null;
}

type Matcher = (line: CostLine) => string | null;

function compileRule(rule: AllocationRule): Matcher {
  switch (rule.kind) {
    case 'tag': {
      const keys = rule.keys ?? DEFAULT_TAG_KEYS;
      return (line) => {
        for (const key of keys) {
          const value = tagValue(line.tags, key);
          const slug = value === null ? '' : unitSlug(value);
          if (slug) return slug;
        }
        return null;
      };
    }
    case 'account':
      return (line) => (line.accountId ? (rule.accounts[line.accountId] ?? null) : null);
    case 'resource-glob': {
      const re = globToRegExp(rule.pattern);
      return (line) => (line.resourceId && re.test(line.resourceId) ? rule.unit : null);
    }
    case 'ownership':
      return (line) => (line.resourceId ? (rule.owners[line.resourceId] ?? null) : null);
  }
}

function poolMatcher(pool: SharedPool): (line: CostLine) => boolean {
  const globs = (pool.match.resourceGlobs ?? []).map(globToRegExp);
  const accounts = new Set(pool.match.accounts ?? []);
  const services = new Set(pool.match.services ?? []);
  const tag = pool.match.tag;
  return (line) =>
    (line.accountId != null && accounts.has(line.accountId)) ||
    (line.serviceName != null && services.has(line.serviceName)) ||
    (line.resourceId != null && globs.some((re) => re.test(line.resourceId as string))) ||
    (tag !== undefined &&
      unitSlug(tagValue(line.tags, tag.key) ?? '') === unitSlug(tag.value) &&
      tag.value !== '');
}

/**
 * Splits `amount` (integer units) by non-negative integer weights, exactly (largest remainder, ties by
 * name). Returns null when the weights sum to zero.
 */
export function splitExactly(
  amount: bigint,
  weights: ReadonlyMap<string, bigint>,
): Map<string, bigint> | null {
  let total = 0n;
  for (const w of weights.values()) {
    if (w < 0n) throw new RangeError('Split weights must not be negative.');
    total += w;
  }
  if (total === 0n) return null;
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const parts = [...weights].map(([unit, w]) => ({
    unit,
    share: (abs * w) / total,
    rest: (abs * w) % total,
  }));
  let left = abs - parts.reduce((s, p) => s + p.share, 0n);
  const order = [...parts].sort((a, b) =>
    a.rest === b.rest ? (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0) : a.rest > b.rest ? -1 : 1,
  );
  for (const p of order) {
    if (left === 0n) break;
    if (p.rest === 0n && weights.get(p.unit) === 0n) continue;
    p.share += 1n;
    left -= 1n;
  }
  return new Map(parts.map((p) => [p.unit, negative ? -p.share : p.share]));
}

/** Allocates lines of one currency (see the header comment). */
export function allocateCosts(
  lines: readonly CostLine[],
  rules: readonly AllocationRule[],
  pools: readonly SharedPool[] = [],
): AllocationResult {
  const scale = lines.reduce((s, l) => Math.max(s, decimalScale(l.cost)), 0);
  const matchers = rules.map(compileRule);
  const poolMatchers = pools.map(poolMatcher);
  const direct = new Map<string, bigint>();
  const shared = new Map<string, bigint>();
  const poolTotals = pools.map(() => 0n);
  const reasons = new Map<string, bigint>();
  let total = 0n;
  let unallocatedLines = 0;
  const assignments: AllocationResult['assignments'] = [];
  for (const line of lines) {
    const amount = toUnits(line.cost, scale);
    total += amount;
    const p = poolMatchers.findIndex((m) => m(line));
    if (p >= 0) {
      poolTotals[p] = (poolTotals[p] as bigint) + amount;
      assignments.push({ id: line.id, unit: null, via: `shared:${pools[p]?.name}` });
      continue;
    }
    let unit: string | null = null;
    let via = 'no-rule';
    for (let r = 0; r < matchers.length && unit === null; r++) {
      unit = (matchers[r] as Matcher)(line);
      if (unit !== null) via = `${rules[r]?.kind}#${r}`;
    }
    assignments.push({ id: line.id, unit, via });
    if (unit === null) {
      unallocatedLines += 1;
      reasons.set('no-rule', (reasons.get('no-rule') ?? 0n) + amount);
    } else direct.set(unit, (direct.get(unit) ?? 0n) + amount);
  }
  pools.forEach((pool, p) => {
    const amount = poolTotals[p] as bigint;
    const recipients = pool.units ?? [...direct.keys()];
    const weights = new Map<string, bigint>();
    for (const unit of recipients) {
      if (pool.split === 'even') weights.set(unit, 1n);
      else if (pool.split === 'headcount') {
        const n = pool.headcount?.[unit] ?? 0;
        if (!Number.isInteger(n) || n < 0)
          throw new RangeError(`Headcount of ${unit} must be a whole number ≥ 0.`);
        weights.set(unit, BigInt(n));
      } else {
        const d = direct.get(unit) ?? 0n;
        weights.set(unit, d > 0n ? d : 0n);
      }
    }
    const parts = amount === 0n ? new Map<string, bigint>() : splitExactly(amount, weights);
    if (parts === null) {
      reasons.set(`shared:${pool.name}`, (reasons.get(`shared:${pool.name}`) ?? 0n) + amount);
      return;
    }
    for (const [unit, share] of parts) shared.set(unit, (shared.get(unit) ?? 0n) + share);
  });
  const units: Record<string, UnitAllocation> = {};
  for (const unit of [...new Set([...direct.keys(), ...shared.keys()])].sort()) {
    const d = direct.get(unit) ?? 0n;
    const s = shared.get(unit) ?? 0n;
    units[unit] = {
      direct: formatScaled(d, scale),
      shared: formatScaled(s, scale),
      total: formatScaled(d + s, scale),
    };
  }
  let unallocated = 0n;
  const reasonsOut: Record<string, string> = {};
  for (const [reason, amount] of [...reasons].sort(([a], [b]) => (a < b ? -1 : 1))) {
    unallocated += amount;
    reasonsOut[reason] = formatScaled(amount, scale);
  }
  return {
    total: formatScaled(total, scale),
    units,
    unallocated: { total: formatScaled(unallocated, scale), lines: unallocatedLines, reasons: reasonsOut },
    assignments,
  };
}
