/**
 * Cost anomalies: the daily usage cost of each allocation unit (the team and service groupings of
 * `costSeries`, unallocated included) over the last 90 days, scored with the robust median/MAD rule of
 * metrics/anomaly.ts, each anomaly explained by the billing lines (`costLines`) of that day against the
 * same weekday before. Definition: docs/metrics.md, "Cost anomalies".
 */

import type { Db } from '../../platform/db/database.js';
import { servicesOwnedBy, teamSubtree } from '../org/org-lookup.service.js';
import { addDays } from './analysis-scope.service.js';
import { type CostSeries, costLines, costSeries, lineGroup } from './billing-query.service.js';
import { lastChargeDay } from './budget.repo.js';
import { type CostAnomaly, detectAnomalies, type UnitCostLine } from './metrics/anomaly.js';
import { type BandPoint, byKey, contributors, expectedBand } from './metrics/anomaly-explain.js';
import { dayNumber } from './metrics/daily-series.js';

export type Grouping = 'team' | 'service';

export const ANOMALY_METHOD = { window: 28, threshold: 3.5, minDelta: 1, minHistory: 14 } as const;
const DEFAULT_DAYS = 90;
/**
 * Usage cost only: purchases, taxes, credits and adjustments follow invoices and contracts (a monthly
 * fee on the 1st would be a "spike" every month), not what teams run.
 */
const USAGE = { chargeCategory: 'Usage' };
/** Lines read per day to explain an anomaly (largest first). */
const LINES_PER_DAY = 2000;

export interface UnitRef {
  key: string;
  label: string;
  kind: string;
  id: number | null;
}

export interface Anomaly {
  id: string;
  grouping: Grouping;
  unit: UnitRef;
  date: string;
  direction: 'spike' | 'drop';
  actual: number;
  expected: number;
  delta: number;
  score: number;
  contributors: { key: string; service: string | null; actual: number; expected: number; delta: number }[];
  linesHref: string;
}

export interface AnomalyQuery {
  grouping?: Grouping | undefined;
  teamId?: number | null | undefined;
  days?: number | undefined;
}

interface Scored {
  series: CostSeries;
  units: Map<string, UnitRef>;
}

function unitRef(g: CostSeries['groups'][number]): UnitRef {
  return { key: g.key, label: g.label, kind: g.kind, id: g.id };
}

/** The groups of a grouping a team filter keeps (its subtree's teams, or the services they own). */
async function keepFilter(db: Db, grouping: Grouping, teamId: number | null | undefined) {
  if (!teamId) return () => true;
  const teams = await teamSubtree(db, teamId);
  const ids = new Set(grouping === 'team' ? teams : await servicesOwnedBy(db, teams));
  return (g: CostSeries['groups'][number]) => g.id !== null && ids.has(g.id);
}

function lineHref(grouping: Grouping, unit: UnitRef, date: string): string {
  const q = new URLSearchParams({
    from: date,
    to: date,
    step: 'day',
    group: grouping,
    lines: unit.key,
    chargeCategory: 'Usage',
  });
  return `/cost/explorer?${q.toString()}`;
}

/** Costs of a unit's billing lines on one day, by ResourceId (else ServiceName). */
async function dayCosts(
  db: Db,
  grouping: Grouping,
  unit: UnitRef,
  date: string,
): Promise<{ costs: Map<string, number>; services: Map<string, string | null> }> {
  const r = await costLines(db, {
    from: date,
    to: date,
    filters: USAGE,
    group: lineGroup(unit.key, grouping),
    limit: LINES_PER_DAY,
    offset: 0,
    sort: 'cost',
  });
  const services = new Map<string, string | null>();
  const costs = byKey(
    r.rows.map((l) => {
      const key = l.resource_id ?? l.service_name ?? '(no resource)';
      if (!services.has(key)) services.set(key, l.service_name ?? null);
      return { key, cost: Number(l.effective_cost) };
    }),
  );
  return { costs, services };
}

type DayCosts = Awaited<ReturnType<typeof dayCosts>>;

async function explain(
  db: Db,
  grouping: Grouping,
  unit: UnitRef,
  a: CostAnomaly,
  first: string,
  cache: Map<string, Promise<DayCosts>>,
) {
  const days = [a.date];
  for (let k = 1; k <= 4; k++) {
    const d = addDays(a.date, -7 * k);
    if (d >= first) days.push(d);
  }
  const read = await Promise.all(
    days.map((d) => {
      const key = `${grouping}|${unit.key}|${d}`;
      let p = cache.get(key);
      if (!p) {
        p = dayCosts(db, grouping, unit, d);
        cache.set(key, p);
      }
      return p;
    }),
  );
  const services = new Map(read.flatMap((r) => [...r.services]));
  return contributors(
    read[0]!.costs,
    read.slice(1).map((r) => r.costs),
    a.direction,
  ).map((c) => ({ ...c, service: services.get(c.key) ?? null }));
}

async function score(
  db: Db,
  grouping: Grouping,
  from: string,
  to: string,
  teamId?: number | null,
): Promise<Scored> {
  const series = await costSeries(db, { from, to, step: 'day', groupBy: grouping, filters: USAGE });
  const keep = await keepFilter(db, grouping, teamId);
  // The service grouping's other groups (a team's cost without a service, unallocated) are the team
  // grouping's business: scoring them twice would list the same anomaly twice.
  series.groups = series.groups.filter((g) => keep(g) && (grouping === 'team' || g.kind === 'service'));
  return { series, units: new Map(series.groups.map((g) => [g.key, unitRef(g)])) };
}

/** Anomalies of the last `days` days, newest first, each with the lines that explain it. */
export async function listAnomalies(
  db: Db,
  q: AnomalyQuery = {},
): Promise<{ currency: string; from: string | null; to: string | null; items: Anomaly[] }> {
  const to = await lastChargeDay(db);
  if (!to) return { currency: '', from: null, to: null, items: [] };
  const days = q.days ?? DEFAULT_DAYS;
  const from = addDays(to, -(days - 1));
  const readFrom = addDays(from, -ANOMALY_METHOD.window);
  const groupings: Grouping[] = q.grouping ? [q.grouping] : ['team', 'service'];
  const items: Anomaly[] = [];
  const cache = new Map<string, Promise<DayCosts>>();
  let currency = '';
  for (const grouping of groupings) {
    const { series, units } = await score(db, grouping, readFrom, to, q.teamId);
    currency = series.currency ?? currency;
    const lines: UnitCostLine[] = [];
    for (const g of series.groups)
      g.values.forEach((v, i) => {
        if (Number(v) !== 0) lines.push({ date: series.buckets[i]!, unit: g.key, key: g.key, cost: v });
      });
    const found = detectAnomalies(lines, { from, ...ANOMALY_METHOD, topContributors: 0 });
    for (const a of found) {
      const unit = units.get(a.unit)!;
      items.push({
        id: `${grouping}:${a.unit}:${a.date}`,
        grouping,
        unit,
        date: a.date,
        direction: a.direction,
        actual: a.actual,
        expected: a.expected,
        delta: a.delta,
        score: a.score,
        contributors: await explain(db, grouping, unit, a, readFrom, cache),
        linesHref: lineHref(grouping, unit, a.date),
      });
    }
  }
  items.sort((a, b) =>
    a.date === b.date ? Math.abs(b.score) - Math.abs(a.score) : a.date < b.date ? 1 : -1,
  );
  return { currency, from, to, items };
}

/** A unit's daily cost with its expected band, and the days flagged as anomalies. */
export async function anomalySeries(
  db: Db,
  q: { grouping: Grouping; unit: string; days?: number | undefined },
): Promise<{ currency: string; unit: UnitRef; days: (BandPoint & { anomaly: 'spike' | 'drop' | null })[] }> {
  const to = await lastChargeDay(db);
  const fallback = { key: q.unit, label: q.unit, kind: 'unknown', id: null };
  if (!to) return { currency: '', unit: fallback, days: [] };
  const from = addDays(to, -((q.days ?? DEFAULT_DAYS) - 1));
  const readFrom = addDays(from, -ANOMALY_METHOD.window);
  const { series, units } = await score(db, q.grouping, readFrom, to);
  const group = series.groups.find((g) => g.key === q.unit);
  if (!group) return { currency: series.currency ?? '', unit: fallback, days: [] };
  const values = group.values.map(Number);
  const band = expectedBand(series.buckets[0] ?? readFrom, values, ANOMALY_METHOD);
  const found = new Map(
    detectAnomalies(
      group.values
        .map((v, i) => ({ date: series.buckets[i]!, unit: q.unit, key: q.unit, cost: v }))
        .filter((l) => Number(l.cost) !== 0),
      { from, ...ANOMALY_METHOD, topContributors: 0 },
    ).map((a) => [a.date, a.direction]),
  );
  const start = dayNumber(from);
  return {
    currency: series.currency ?? '',
    unit: units.get(q.unit) ?? fallback,
    days: band
      .filter((p) => dayNumber(p.date) >= start)
      .map((p) => ({ ...p, anomaly: found.get(p.date) ?? null })),
  };
}
