/**
 * Unit costs per month: cloud cost per engineer, per service and per production deployment, for the
 * organization or a team (with the teams below it). Definitions: docs/metrics.md, "Unit costs"
 * (metrics/unit-costs.ts).
 */

import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import { doraFor } from '../delivery/delivery-metrics.service.js';
import { peopleWithIdentities, servicesOwnedBy, teamSubtree } from '../org/org-lookup.service.js';
import { SeriesCache } from './analysis-scope.service.js';
import { firstChargeDay, lastChargeDay } from './budget.repo.js';
import { sumDecimals } from './importers/focus-decimal.js';
import { engineersByMonth, monthEnd, monthsBetween, perUnit, relativeChange } from './metrics/unit-costs.js';

export interface UnitCostQuery {
  teamId?: number | null | undefined;
  months?: number | undefined;
}

export interface UnitCostMonth {
  month: string;
  partial: boolean;
  cost: string;
  engineers: number;
  costPerEngineer: string | null;
  services: number;
  serviceCost: string;
  costPerService: string | null;
  deployments: number;
  costPerDeployment: string | null;
}

export interface UnitCosts {
  currency: string;
  months: UnitCostMonth[];
  services: { id: number | null; key: string; label: string; total: string; values: string[] }[];
  change: { costPerEngineer: number | null; costPerDeployment: number | null; costPerService: number | null };
}

function shiftMonth(month: string, n: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + n;
  const d = new Date(Date.UTC(y, m, 1));
  return d.toISOString().slice(0, 7);
}

/** The monthly unit costs of the last `months` months with billing data. */
export async function unitCosts(db: Db, principal: Principal, q: UnitCostQuery = {}): Promise<UnitCosts> {
  const last = await lastChargeDay(db);
  const empty = { costPerEngineer: null, costPerDeployment: null, costPerService: null };
  if (!last) return { currency: '', months: [], services: [], change: empty };
  const lastMonth = last.slice(0, 7);
  // Months before the first bill are not months without cost: they start with the data.
  const first = (await firstChargeDay(db)) ?? last;
  const wanted = shiftMonth(lastMonth, -((q.months ?? 12) - 1));
  const firstMonth = wanted > first.slice(0, 7) ? wanted : first.slice(0, 7);
  const months = monthsBetween(firstMonth, lastMonth);
  const from = `${firstMonth}-01`;
  const to = last;
  const cache = new SeriesCache(db);
  const teamIds = q.teamId ? await teamSubtree(db, q.teamId) : null;
  const scope = q.teamId ? { scope: 'team' as const, teamId: q.teamId } : { scope: 'organization' as const };
  const [{ currency, points }, byService, people, owned] = await Promise.all([
    cache.scopeCost(scope, from, to, 'month'),
    cache.series({ from, to, step: 'month', groupBy: 'service' }),
    peopleWithIdentities(db, []),
    teamIds ? servicesOwnedBy(db, teamIds) : Promise.resolve(null),
  ]);
  const ownedSet = owned ? new Set(owned) : null;
  const services = byService.groups.filter(
    (g) => g.kind === 'service' && (ownedSet === null || (g.id !== null && ownedSet.has(g.id))),
  );
  const teamSet = teamIds ? new Set(teamIds) : null;
  const engineers = engineersByMonth(
    people.filter((p) => teamSet === null || (p.teamId !== null && teamSet.has(p.teamId))),
    months,
  );
  const rangeTo = Date.parse(`${shiftMonth(lastMonth, 1)}-01T00:00:00Z`);
  const dora = await doraFor(db, principal, {
    scope: { teamId: q.teamId ?? null },
    range: { from: Date.parse(`${from}T00:00:00Z`), to: rangeTo },
    bucket: 'month',
  });
  const deployments = new Map(dora.trend.map((b) => [b.label, b.deploymentFrequency.count]));
  const costOf = new Map(points.map((p) => [p.bucket.slice(0, 7), p.cost]));
  const out: UnitCostMonth[] = months.map((month, i) => {
    const idx = byService.buckets.findIndex((b) => b.slice(0, 7) === month);
    const withCost = services.filter((s) => idx >= 0 && Number(s.values[idx]) !== 0);
    const serviceCost = sumDecimals(withCost.map((s) => s.values[idx]!));
    const cost = costOf.get(month) ?? '0';
    const deploys = deployments.get(month) ?? 0;
    return {
      month,
      partial:
        (month === lastMonth && last !== monthEnd(month)) ||
        (month === first.slice(0, 7) && first !== `${month}-01`),
      cost,
      engineers: engineers[i]!,
      costPerEngineer: perUnit(cost, engineers[i]!),
      services: withCost.length,
      serviceCost,
      costPerService: perUnit(serviceCost, withCost.length),
      deployments: deploys,
      costPerDeployment: perUnit(cost, deploys),
    };
  });
  // The trend compares the last complete month with three months before it.
  const complete = out.filter((m) => !m.partial);
  const recent = complete.at(-1);
  const before = complete.length > 3 ? complete[complete.length - 4] : undefined;
  return {
    currency,
    months: out,
    services: services
      .map((s) => ({
        id: s.id,
        key: s.key,
        label: s.label,
        total: s.total,
        values: months.map((m) => {
          const idx = byService.buckets.findIndex((b) => b.slice(0, 7) === m);
          return idx >= 0 ? (s.values[idx] ?? '0') : '0';
        }),
      }))
      .sort((a, b) => Number(b.total) - Number(a.total)),
    change: {
      costPerEngineer: relativeChange(before?.costPerEngineer ?? null, recent?.costPerEngineer ?? null),
      costPerDeployment: relativeChange(before?.costPerDeployment ?? null, recent?.costPerDeployment ?? null),
      costPerService: relativeChange(before?.costPerService ?? null, recent?.costPerService ?? null),
    },
  };
}
