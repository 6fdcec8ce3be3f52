/**
 * The daily or monthly cost of one analysis scope — the organization, a team (with the teams below it),
 * a service, a service category — cut out of `costSeries` (effective cost, shared costs included, in the
 * reporting currency), and the web paths of the lines behind a figure.
 */

import type { Db } from '../../platform/db/database.js';
import { teamSubtree } from '../org/org-lookup.service.js';
import { type CostQuery, type CostSeries, costSeries } from './billing-query.service.js';
import type { BudgetScope } from './budget.repo.js';
import { DecimalSum } from './importers/focus-decimal.js';

export interface ScopeRef {
  scope: BudgetScope;
  teamId?: number | null | undefined;
  serviceId?: number | null | undefined;
  serviceCategory?: string | null | undefined;
}

export type SeriesGroup = CostSeries['groups'][number];

/** The grouping of `costSeries` a scope is cut from. */
export function groupingOf(ref: ScopeRef): CostQuery['groupBy'] {
  return ref.scope === 'team'
    ? 'team'
    : ref.scope === 'service'
      ? 'service'
      : ref.scope === 'service_category'
        ? 'service_category'
        : 'none';
}

/** Which groups of a series belong to the scope (teams: the subtree ids). */
export function groupMatcher(
  ref: ScopeRef,
  subtree: ReadonlySet<number> | null,
): (g: SeriesGroup) => boolean {
  switch (ref.scope) {
    case 'team':
      return (g) => g.kind === 'team' && g.id !== null && (subtree?.has(g.id) ?? g.id === ref.teamId);
    case 'service':
      return (g) => g.kind === 'service' && g.id === ref.serviceId;
    case 'service_category': {
      const c = (ref.serviceCategory ?? '').toLowerCase();
      return (g) => g.key.toLowerCase() === c || g.label.toLowerCase() === c;
    }
    default:
      return () => true;
  }
}

/** Sums the matching groups bucket by bucket (exact decimals). */
export function sumGroups(
  series: CostSeries,
  match: (g: SeriesGroup) => boolean,
): { bucket: string; cost: string }[] {
  const groups = series.groups.filter(match);
  return series.buckets.map((bucket, i) => {
    const sum = new DecimalSum();
    for (const g of groups) sum.add(g.values[i] ?? '0');
    return { bucket, cost: sum.toString() };
  });
}

/** Caches `costSeries` calls by query, so several scopes share one read. */
export class SeriesCache {
  private readonly cache = new Map<string, Promise<CostSeries>>();
  private readonly subtrees = new Map<number, Promise<Set<number>>>();
  constructor(private readonly db: Db) {}

  series(q: CostQuery): Promise<CostSeries> {
    const key = JSON.stringify(q);
    let p = this.cache.get(key);
    if (!p) {
      p = costSeries(this.db, q);
      this.cache.set(key, p);
    }
    return p;
  }

  subtree(teamId: number): Promise<Set<number>> {
    let p = this.subtrees.get(teamId);
    if (!p) {
      p = teamSubtree(this.db, teamId).then((ids) => new Set(ids));
      this.subtrees.set(teamId, p);
    }
    return p;
  }

  /** The scope's cost per bucket over [from, to] (days or months), plus the reporting currency. */
  async scopeCost(
    ref: ScopeRef,
    from: string,
    to: string,
    step: 'day' | 'month',
  ): Promise<{ currency: string; points: { bucket: string; cost: string }[] }> {
    const series = await this.series({ from, to, step, groupBy: groupingOf(ref) });
    const subtree = ref.scope === 'team' && ref.teamId ? await this.subtree(ref.teamId) : null;
    return { currency: series.currency ?? '', points: sumGroups(series, groupMatcher(ref, subtree)) };
  }
}

/** The cost explorer showing the billing lines of a scope and range. */
export function linesHref(ref: ScopeRef, from: string, to: string): string {
  const q = new URLSearchParams({ from, to, step: 'day' });
  if (ref.scope === 'team' && ref.teamId) {
    q.set('group', 'team');
    q.set('lines', `team:${ref.teamId}`);
  } else if (ref.scope === 'service' && ref.serviceId) {
    q.set('group', 'service');
    q.set('lines', `service:${ref.serviceId}`);
  } else if (ref.scope === 'service_category' && ref.serviceCategory) {
    q.set('group', 'service_category');
    q.set('lines', `value:${ref.serviceCategory}`);
  }
  return `/cost/explorer?${q.toString()}`;
}

/** `YYYY-MM-DD` plus `n` days. */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
