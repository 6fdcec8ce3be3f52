/**
 * Cost over time by team, service, provider, category, account, environment or charge category, from the
 * daily sums — exact decimals throughout. For team and service groupings the shared pools of the current
 * allocation rules are split per bucket (even, by headcount, or in proportion to direct cost, with the
 * exact largest-remainder split of allocation.ts), and the cost no rule allocated is always its own group.
 * Several currencies: the reporting currency is the one with the most cost in the range; others are
 * converted with the month's rate (cost_exchange_rates) or, without a rate, listed apart, never added.
 */

import type { Db } from '../../platform/db/database.js';
import { allTeams, primaryTeams, servicesWithOwners } from '../org/org-lookup.service.js';
import { getAllocationRules } from './allocation-rules.service.js';
import * as repo from './billing.repo.js';
import * as q from './billing-query.repo.js';
import { formatScaled, scaledDecimal } from './importers/focus-decimal.js';
import { normalizeTagKey, type SharedPool, splitExactly, unitSlug } from './metrics/allocation.js';

export type { CostDimension, CostFilters } from './billing-query.repo.js';

export interface CostQuery {
  from: string;
  to: string;
  step: 'day' | 'month';
  groupBy: q.CostDimension;
  metric?: 'effective' | 'billed' | undefined;
  filters?: q.CostFilters | undefined;
  /** With groupBy `tag`: the tag key whose values are the groups (compared loosely: `Team` = `team`). */
  tagKey?: string | undefined;
}

export type GroupKind = 'team' | 'service' | 'unallocated' | 'unknown-unit' | 'value';

export interface CostGroup {
  key: string;
  label: string;
  kind: GroupKind;
  id: number | null;
  total: string;
  direct: string;
  shared: string;
  values: string[];
}

export interface CostSeries {
  currency: string | null;
  buckets: string[];
  groups: CostGroup[];
  total: string;
  unallocated: string;
  otherCurrencies: { currency: string; total: string }[];
}

/** Amounts are integers of 10^-SCALE in this module (enough for every bill seen; sums stay exact). */
const SCALE = 10;
const ONE = 10n ** BigInt(SCALE);

function units(value: string): bigint {
  const v = scaledDecimal(value);
  if (v.scale <= SCALE) return v.units * 10n ** BigInt(SCALE - v.scale);
  const div = 10n ** BigInt(v.scale - SCALE);
  const q0 = v.units / div;
  const rest = v.units % div;
  return 2n * (rest < 0n ? -rest : rest) >= div ? q0 + (v.units < 0n ? -1n : 1n) : q0;
}

export function fmt(u: bigint): string {
  return formatScaled(u, SCALE);
}

/** Every bucket between from and to: days `YYYY-MM-DD` or months `YYYY-MM`. */
export function bucketsOf(from: string, to: string, step: 'day' | 'month'): string[] {
  const out: string[] = [];
  if (step === 'month') {
    let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
    const end = to.slice(0, 7);
    for (;;) {
      const b = `${y}-${String(m).padStart(2, '0')}`;
      if (b > end) break;
      out.push(b);
      m += 1;
      if (m > 12) {
        m = 1;
        y += 1;
      }
    }
    return out;
  }
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += 86_400_000)
    out.push(new Date(d).toISOString().slice(0, 10));
  return out;
}

/**
 * The currency the views show: the one exchange rates convert to (the most common `to_currency`), else the
 * currency of most of the range's cost rows. Amounts of different currencies are never compared.
 */
async function reportingCurrency(db: Db, rows: readonly { currency: string }[]): Promise<string | null> {
  const count = (xs: Iterable<string>) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  };
  const present = new Set(rows.map((r) => r.currency));
  if (present.size <= 1) return [...present][0] ?? null;
  const target = count((await repo.exchangeRates(db)).map((r) => r.to_currency));
  return target && present.has(target) ? target : count(rows.map((r) => r.currency));
}

/** Converts amounts to the reporting currency with monthly rates; null when no rate is known. */
async function converter(db: Db, reporting: string) {
  const rates = new Map<string, { units: bigint; scale: number; inverse: boolean }>();
  for (const r of await repo.exchangeRates(db)) {
    const month = String(r.month).slice(0, 7);
    if (r.to_currency === reporting)
      rates.set(`${month}|${r.currency}`, { ...scaledDecimal(String(r.rate)), inverse: false });
    else if (r.currency === reporting && !rates.has(`${month}|${r.to_currency}`))
      rates.set(`${month}|${r.to_currency}`, { ...scaledDecimal(String(r.rate)), inverse: true });
  }
  return (amount: bigint, currency: string, bucket: string): bigint | null => {
    if (currency === reporting) return amount;
    const rate = rates.get(`${bucket.slice(0, 7)}|${currency}`);
    if (!rate) return null;
    const f = 10n ** BigInt(rate.scale);
    const [num, den] = rate.inverse ? [amount * f, rate.units] : [amount * rate.units, f];
    const q0 = num / den;
    const rest = num % den;
    return 2n * (rest < 0n ? -rest : rest) >= den ? q0 + (num < 0n ? -1n : 1n) : q0;
  };
}

interface Acc {
  direct: Map<string, bigint[]>;
  shared: Map<string, bigint[]>;
}

function add(map: Map<string, bigint[]>, key: string, i: number, n: number, amount: bigint) {
  let arr = map.get(key);
  if (!arr) {
    arr = new Array<bigint>(n).fill(0n);
    map.set(key, arr);
  }
  arr[i] = (arr[i] as bigint) + amount;
}

/** Recipients and weights of a pool in one bucket. */
function poolWeights(
  pool: SharedPool,
  directInBucket: Map<string, bigint>,
  unitToKey: (slug: string) => string | null,
  headcount: Map<string, number>,
): Map<string, bigint> {
  const recipients = pool.units
    ? [...new Set(pool.units.map((u) => unitToKey(unitSlug(u))).filter((k): k is string => k !== null))]
    : [...directInBucket.keys()];
  const weights = new Map<string, bigint>();
  for (const key of recipients) {
    if (pool.split === 'even') weights.set(key, 1n);
    else if (pool.split === 'headcount') {
      // The pool's own head counts (by unit) when it lists them, else the organization's.
      let n = headcount.get(key) ?? 0;
      if (pool.headcount) {
        n = 0;
        for (const [unit, count] of Object.entries(pool.headcount))
          if (unitToKey(unitSlug(unit)) === key) n += count;
      }
      weights.set(key, BigInt(n));
    } else {
      const d = directInBucket.get(key) ?? 0n;
      weights.set(key, d > 0n ? d : 0n);
    }
  }
  return weights;
}

/** The value of a tag key in a key's tags (keys compared loosely), or null. */
function tagValueOf(tags: Record<string, unknown>, key: string): string | null {
  const want = normalizeTagKey(key);
  for (const [k, v] of Object.entries(tags))
    if (normalizeTagKey(k) === want && v !== null && v !== undefined && String(v).trim() !== '')
      return String(v).trim();
  return null;
}

/** Allocation keys by the value their tags give `tagKey`. */
export async function keysByTagValue(db: Db, tagKey: string): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  for (const k of await q.keysWithTags(db)) {
    const v = tagValueOf(k.tags, tagKey);
    if (v !== null) out.set(v, [...(out.get(v) ?? []), k.id]);
  }
  return out;
}

/** Sums by bucket, currency and the value of a tag (null: untagged), read from the lines. */
async function tagSums(db: Db, query: CostQuery, filters: q.CostFilters): Promise<q.DailySumRow[]> {
  const tagValueOfKey = new Map<number, string>();
  for (const [value, ids] of await keysByTagValue(db, query.tagKey ?? 'team'))
    for (const id of ids) tagValueOfKey.set(id, value);
  const sums = await q.sumsByKey(db, {
    from: query.from,
    to: query.to,
    step: query.step,
    metric: query.metric ?? 'effective',
    filters,
  });
  return sums.map((r) => ({
    bucket: r.bucket,
    currency: r.currency,
    value: tagValueOfKey.get(r.key) ?? null,
    team_id: null,
    service_id: null,
    unit: null,
    pool: null,
    amount: r.amount,
  }));
}

/** Cost over time by a dimension (see the header comment). */
export async function costSeries(db: Db, query: CostQuery): Promise<CostSeries> {
  const filters = query.filters ?? {};
  const dim = query.groupBy;
  const alloc = dim === 'team' || dim === 'service';
  const rows =
    dim === 'tag'
      ? await tagSums(db, query, filters)
      : await q.dailySums(db, {
          from: query.from,
          to: query.to,
          step: query.step,
          dimension: dim,
          metric: query.metric ?? 'effective',
          filters,
          direct: alloc ? undefined : { teamId: filters.teamId, serviceId: filters.serviceId },
        });
  const buckets = bucketsOf(query.from, query.to, query.step);
  const index = new Map(buckets.map((b, i) => [b, i]));
  const n = buckets.length;
  const reporting = await reportingCurrency(db, rows);
  const convert = reporting ? await converter(db, reporting) : () => null;
  const other = new Map<string, bigint>();

  const teams = new Map((await allTeams(db)).map((t) => [t.id, t]));
  const services = new Map((await servicesWithOwners(db)).map((s) => [s.id, s]));
  const acc: Acc = { direct: new Map(), shared: new Map() };
  const pools = new Map<string, bigint[]>();
  for (const r of rows) {
    const i = index.get(r.bucket);
    if (i === undefined) continue;
    const amount = convert(units(r.amount), r.currency, r.bucket);
    if (amount === null) {
      other.set(r.currency, (other.get(r.currency) ?? 0n) + units(r.amount));
      continue;
    }
    if (!alloc) {
      add(acc.direct, dim === 'none' ? 'all' : `value:${r.value ?? ''}`, i, n, amount);
      continue;
    }
    if (r.pool !== null) add(pools, r.pool, i, n, amount);
    else if (dim === 'team' && r.team_id !== null) add(acc.direct, `team:${r.team_id}`, i, n, amount);
    else if (dim === 'service' && r.service_id !== null)
      add(acc.direct, `service:${r.service_id}`, i, n, amount);
    else if (dim === 'service' && r.team_id !== null) add(acc.direct, `team:${r.team_id}`, i, n, amount);
    else if (r.unit !== null) add(acc.direct, `unit:${r.unit}`, i, n, amount);
    else add(acc.direct, 'unallocated', i, n, amount);
  }

  if (alloc && pools.size > 0) {
    const { body } = await getAllocationRules(db);
    // Primary members per team; a service counts the members of its owning team.
    const perTeam = new Map<number, number>();
    for (const teamId of (await primaryTeams(db)).values())
      perTeam.set(teamId, (perTeam.get(teamId) ?? 0) + 1);
    const headcount = new Map<string, number>();
    if (dim === 'team') for (const [id, n] of perTeam) headcount.set(`team:${id}`, n);
    else
      for (const svc of services.values())
        if (svc.ownerTeamId !== null) headcount.set(`service:${svc.id}`, perTeam.get(svc.ownerTeamId) ?? 0);
    const teamBySlug = new Map([...teams.values()].map((t) => [unitSlug(t.slug), t.id]));
    const serviceBySlug = new Map([...services.values()].map((s) => [unitSlug(s.name), s]));
    const unitToKey = (slug: string): string | null => {
      const s = serviceBySlug.get(slug);
      if (dim === 'service') return s ? `service:${s.id}` : null;
      if (s?.ownerTeamId) return `team:${s.ownerTeamId}`;
      const t = teamBySlug.get(slug);
      return t === undefined ? null : `team:${t}`;
    };
    const known = (key: string) => key.startsWith('team:') || key.startsWith('service:');
    for (const [name, amounts] of pools) {
      const pool = body.pools.find((p) => p.name === name);
      for (let i = 0; i < n; i++) {
        const amount = amounts[i] as bigint;
        if (amount === 0n) continue;
        const directInBucket = new Map<string, bigint>();
        for (const [key, arr] of acc.direct) if (known(key)) directInBucket.set(key, arr[i] as bigint);
        const parts = pool
          ? splitExactly(amount, poolWeights(pool, directInBucket, unitToKey, headcount))
          : null;
        if (parts === null) add(acc.direct, `pool:${name}`, i, n, amount);
        else for (const [key, share] of parts) add(acc.shared, key, i, n, share);
      }
    }
  }

  const groups: CostGroup[] = [];
  for (const key of new Set([
    ...acc.direct.keys(),
    ...acc.shared.keys(),
    ...(alloc ? ['unallocated'] : []),
  ])) {
    const d = acc.direct.get(key) ?? new Array<bigint>(n).fill(0n);
    const s = acc.shared.get(key) ?? new Array<bigint>(n).fill(0n);
    const values = d.map((x, i) => x + (s[i] as bigint));
    const [kind, rest] = key.includes(':')
      ? [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)]
      : [key, ''];
    let label = rest;
    let id: number | null = null;
    let gkind: GroupKind = 'value';
    if (kind === 'team') {
      id = Number(rest);
      gkind = 'team';
      label = teams.get(id)?.name ?? `team ${rest}`;
      if (dim === 'service') label = `${label} (no service)`;
    } else if (kind === 'service') {
      id = Number(rest);
      gkind = 'service';
      label = services.get(id)?.name ?? `service ${rest}`;
    } else if (kind === 'unit') {
      gkind = 'unknown-unit';
      label = `${rest} (not a known team or service)`;
    } else if (kind === 'pool') {
      gkind = 'unallocated';
      label = `Shared pool ${rest}, with no one to split it to`;
    } else if (kind === 'unallocated') {
      gkind = 'unallocated';
      label = 'Unallocated';
    } else if (kind === 'all') label = 'All cost';
    else if (rest === '') label = '(none)';
    const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);
    groups.push({
      key,
      label,
      kind: gkind,
      id,
      total: fmt(sum(values)),
      direct: fmt(sum(d)),
      shared: fmt(sum(s)),
      values: values.map(fmt),
    });
  }
  // Keep only the asked team or service once shared costs are split.
  const kept = groups.filter((g) => {
    if (alloc && filters.teamId !== undefined && dim === 'team') return g.key === `team:${filters.teamId}`;
    if (alloc && filters.serviceId !== undefined && dim === 'service')
      return g.key === `service:${filters.serviceId}`;
    return true;
  });
  kept.sort((a, b) => {
    if (a.kind === 'unallocated' || b.kind === 'unallocated') return a.kind === 'unallocated' ? 1 : -1;
    const x = units(a.total);
    const y = units(b.total);
    return x === y ? a.label.localeCompare(b.label) : x > y ? -1 : 1;
  });
  const total = kept.reduce((s, g) => s + units(g.total), 0n);
  const unallocated = kept
    .filter((g) => g.kind === 'unallocated' || g.kind === 'unknown-unit')
    .reduce((s, g) => s + units(g.total), 0n);
  return {
    currency: reporting,
    buckets,
    groups: kept,
    total: fmt(total),
    unallocated: fmt(unallocated),
    otherCurrencies: [...other].map(([currency, t]) => ({ currency, total: fmt(t) })),
  };
}

/** Parses a group key of costSeries (`team:3`, `service:9`, `unit:payments`, `value:AWS`, `pool:k8s`). */
export function lineGroup(key: string | undefined, dim: q.CostDimension): q.LineGroup | undefined {
  if (!key || key === 'all') return undefined;
  if (key === 'unallocated') return { kind: 'unallocated' };
  const at = key.indexOf(':');
  const kind = key.slice(0, at);
  const rest = key.slice(at + 1);
  if (kind === 'team') return { kind: 'team', id: Number(rest) };
  if (kind === 'service') return { kind: 'service', id: Number(rest) };
  if (kind === 'unit') return { kind: 'unit', slug: rest };
  if (kind === 'pool') return { kind: 'pool', name: rest };
  return { kind: 'value', dimension: dim, value: rest === '' ? null : rest };
}

export const costLines = q.lines;
export const costFacets = q.facets;
export const costCoverage = q.coverage;

/** Import history: each import with its report and how many of its lines are still current. */
export async function listImports(db: Db) {
  const [rows, owned] = await Promise.all([repo.listImports(db), repo.linesPerImport(db)]);
  return rows.map((r) => ({ ...r, linesCurrent: owned.get(r.id) ?? 0 }));
}

export async function getImport(db: Db, id: number) {
  const row = await repo.getImport(db, id);
  if (!row) return undefined;
  const owned = await repo.linesPerImport(db);
  return { ...row, linesCurrent: owned.get(row.id) ?? 0 };
}

export { ONE as UNIT_ONE, units as decimalUnits };

/** Tag keys that name an initiative or project on cloud resources (compared loosely, like all tag keys). */
export const INITIATIVE_TAG_KEYS = ['initiative', 'project'];

/**
 * Cloud cost tagged to each named initiative: lines whose tags `initiative` or `project` (any spelling of
 * the key) carry the initiative's name as a slug (`Checkout Revamp`, `checkout-revamp`,
 * `checkout_revamp`). Per initiative id and currency, exact.
 */
export async function taggedInitiativeCost(
  db: Db,
  initiatives: readonly { id: number; name: string }[],
): Promise<Map<number, Map<string, string>>> {
  const bySlug = new Map(initiatives.map((i) => [unitSlug(i.name), i.id]));
  const keyOwner = new Map<number, number>();
  for (const k of await q.keysWithTags(db))
    for (const [tag, value] of Object.entries(k.tags)) {
      if (!INITIATIVE_TAG_KEYS.includes(normalizeTagKey(tag)) || value === null) continue;
      const id = bySlug.get(unitSlug(String(value)));
      if (id !== undefined) keyOwner.set(k.id, id);
    }
  const out = new Map<number, Map<string, bigint>>();
  for (const row of await q.costOfKeys(db, [...keyOwner.keys()])) {
    const id = keyOwner.get(row.key)!;
    const m = out.get(id) ?? new Map<string, bigint>();
    m.set(row.currency, (m.get(row.currency) ?? 0n) + units(row.amount));
    out.set(id, m);
  }
  return new Map([...out].map(([id, m]) => [id, new Map([...m].map(([c, u]) => [c, fmt(u)]))]));
}
