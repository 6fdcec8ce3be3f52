/**
 * Savings opportunities over a trailing window (30 days ending on the last day with billing data), each
 * with its cost in the window and its annual equivalent: unused SaaS seats (the tool register), idle
 * resources, unallocated and untagged resources, unused commitment discounts (with utilization and
 * coverage), and the cost of non-production environments. Definitions: docs/metrics.md, "Savings
 * opportunities".
 */

import type { Db } from '../../platform/db/database.js';
import { teamSubtree } from '../org/org-lookup.service.js';
import { lastChargeDay } from './budget.repo.js';
import { sumDecimals } from './importers/focus-decimal.js';
import { annualize, coverage, utilization } from './metrics/commitments.js';
import * as repo from './savings.repo.js';
import { type ToolSavings, toolSavings } from './tools.service.js';

export const PRODUCTION_ENVIRONMENTS: readonly string[] = ['prod'];
const DEFAULT_DAYS = 30;

export type SavingsKind =
  | 'unused-seats'
  | 'idle-resources'
  | 'unallocated'
  | 'commitments'
  | 'non-production';

export interface Opportunity {
  kind: SavingsKind;
  title: string;
  description: string;
  amounts: { currency: string; amount: string; annual: string }[];
  href: string | null;
  available: boolean;
}

export interface SavingsQuery {
  teamId?: number | null | undefined;
  days?: number | undefined;
}

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Sums per currency of rows. */
function perCurrency<T>(rows: readonly T[], currency: (r: T) => string, amount: (r: T) => string) {
  const by = new Map<string, string[]>();
  for (const r of rows) by.set(currency(r), [...(by.get(currency(r)) ?? []), amount(r)]);
  return [...by]
    .map(([c, xs]) => ({ currency: c, amount: sumDecimals(xs) }))
    .sort((a, b) => (a.currency < b.currency ? -1 : 1));
}

const positive = (x: { amount: string }) => Number(x.amount) !== 0;

/** The unused-seat savings of the tool register per currency: seats are priced a year, so both amounts are annual. */
function seatAmounts(tools: ToolSavings[]) {
  return tools.map((t) => ({
    currency: t.currency,
    amount: t.annualUnusedCost,
    annual: t.annualUnusedCost,
  }));
}

export async function savings(db: Db, q: SavingsQuery = {}) {
  const last = await lastChargeDay(db);
  const days = q.days ?? DEFAULT_DAYS;
  const teamIds = q.teamId ? await teamSubtree(db, q.teamId) : null;
  // Seats of the tool register are not split by team: only the organization's view shows them.
  const tools = teamIds ? [] : await toolSavings(db);
  const unusedSeats = tools.flatMap((t) =>
    t.tools.map((x) => ({
      toolId: x.id,
      name: x.product.toLowerCase().startsWith(x.vendor.toLowerCase())
        ? x.product
        : `${x.vendor} ${x.product}`,
      unusedSeats: x.unusedSeats,
      currency: t.currency,
      annual: x.annualUnusedCost,
    })),
  );
  const seats: Opportunity = {
    kind: 'unused-seats',
    title: 'Unused SaaS seats',
    description: teamIds
      ? 'Tool seats are not split by team; see the organization’s savings.'
      : 'Seats bought and not active in the last 30 days, at each tool’s price per seat, a year.',
    amounts: seatAmounts(tools),
    href: '/cost/tools',
    available: !teamIds,
  };
  if (!last) {
    const none = (kind: SavingsKind, title: string): Opportunity => ({
      kind,
      title,
      description: 'No cloud billing data yet: import a bill (FOCUS or AWS CUR) under Cost › Imports.',
      amounts: [],
      href: null,
      available: false,
    });
    return {
      window: null,
      opportunities: [
        seats,
        none('idle-resources', 'Idle resources'),
        none('unallocated', 'Unallocated resources'),
        none('commitments', 'Unused commitments'),
        none('non-production', 'Non-production environments'),
      ],
      unusedSeats,
      idleResources: [],
      unallocated: [],
      commitments: { items: [], coverage: [] },
      environments: [],
    };
  }
  const w: repo.Window = { from: addDays(last, -(days - 1)), to: last, teamIds };
  const [idle, idleTotals, unallocated, unallocatedTotals, commitments, cover, envs] = await Promise.all([
    repo.idleResources(db, w),
    repo.idleTotals(db, w),
    teamIds ? Promise.resolve([]) : repo.unallocatedResources(db, w),
    teamIds ? Promise.resolve([]) : repo.unallocatedTotals(db, w),
    repo.commitmentUse(db, w),
    repo.commitmentCoverage(db, w),
    repo.environmentCosts(db, w),
  ]);
  const yearly = (amount: string) => annualize(amount, days);
  const withAnnual = (xs: { currency: string; amount: string }[]) =>
    xs.filter(positive).map((x) => ({ ...x, annual: yearly(x.amount) }));
  const nonProd = envs.filter(
    (e) => e.environment !== null && !PRODUCTION_ENVIRONMENTS.includes(e.environment),
  );
  const lines = `/cost/lines?from=${w.from}&to=${w.to}`;
  const opportunities: Opportunity[] = [
    seats,
    {
      kind: 'idle-resources',
      title: 'Idle resources',
      description: `${idleTotals.reduce((n, t) => n + t.resources, 0)} resources cost money in the last ${days} days while their usage lines consumed nothing (ConsumedQuantity 0 or empty).`,
      amounts: withAnnual(idleTotals.map((t) => ({ currency: t.currency, amount: t.cost }))),
      href: null,
      available: true,
    },
    {
      kind: 'unallocated',
      title: 'Unallocated resources',
      description: teamIds
        ? 'Unallocated cost belongs to no team; see the organization’s savings.'
        : 'Cost no allocation rule reaches (no team, service or shared pool) — tag it or add a rule so someone owns it. Untagged cost in the window is shown per resource.',
      amounts: withAnnual(unallocatedTotals.map((t) => ({ currency: t.currency, amount: t.cost }))),
      href: teamIds ? null : `${lines}&groupBy=team&group=unallocated`,
      available: !teamIds,
    },
    {
      kind: 'commitments',
      title: 'Unused commitments',
      description:
        'Reservations and savings plans paid for and not used (CommitmentDiscountStatus Unused), with utilization and coverage.',
      amounts: withAnnual(
        perCurrency(
          commitments,
          (c) => c.currency,
          (c) => c.unused,
        ),
      ),
      href: null,
      available: true,
    },
    {
      kind: 'non-production',
      title: 'Non-production environments',
      description:
        'Cost of resources tagged with a non-production environment (staging, dev, test, sandbox…): candidates for schedules, smaller sizes or clean-up.',
      amounts: withAnnual(
        perCurrency(
          nonProd,
          (e) => e.currency,
          (e) => e.cost,
        ),
      ),
      href: `${lines}&environment=${encodeURIComponent(nonProd[0]?.environment ?? 'staging')}`,
      available: true,
    },
  ];
  return {
    window: { from: w.from, to: w.to, days },
    opportunities,
    unusedSeats,
    idleResources: idle.map((r) => ({
      resourceId: r.resource_id,
      resourceName: r.resource_name,
      serviceName: r.service_name,
      provider: r.provider,
      account: r.account,
      teamId: r.team_id,
      currency: r.currency,
      cost: r.cost,
      annual: yearly(r.cost),
    })),
    unallocated: unallocated.map((r) => ({
      resourceId: r.resource_id,
      serviceName: r.service_name,
      provider: r.provider,
      account: r.account,
      untagged: r.untagged,
      currency: r.currency,
      cost: r.cost,
      annual: yearly(r.cost),
    })),
    commitments: {
      items: commitments.map((c) => ({
        commitmentId: c.commitment_id,
        type: c.type,
        category: c.category,
        provider: c.provider,
        currency: c.currency,
        used: c.used,
        unused: c.unused,
        utilization: utilization(c.used, c.unused),
        annualUnused: yearly(c.unused),
      })),
      coverage: cover.map((c) => {
        const eligible = sumDecimals([c.covered, c.on_demand]);
        return {
          currency: c.currency,
          provider: c.provider,
          serviceCategory: c.service_category,
          covered: c.covered,
          eligible,
          coverage: coverage(c.covered, eligible),
        };
      }),
    },
    environments: envs.map((e) => ({
      environment: e.environment,
      production: e.environment !== null && PRODUCTION_ENVIRONMENTS.includes(e.environment),
      currency: e.currency,
      cost: e.cost,
      annual: yearly(e.cost),
    })),
  };
}

export type Savings = Awaited<ReturnType<typeof savings>>;
