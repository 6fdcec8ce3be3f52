/**
 * Cost's answers on the scorecard: is spend within budget, is cost allocated, are we paying for what we
 * don't use, and how cost per engineer moves. Definitions: docs/metrics.md#budget-burn,
 * #cost-allocation, #savings-opportunities and #unit-costs.
 */

import { noData } from '../../platform/checks.js';
import type { CheckDefinition, CheckResult } from '../../platform/modules.js';
import { servicesOwnedBy, teamSubtree } from '../org/org-lookup.service.js';
import { costSeries } from './billing-query.service.js';
import { lastChargeDay } from './budget.repo.js';
import { listBudgets } from './budget.service.js';
import { sumDecimals } from './importers/focus-decimal.js';
import { monthsBetween } from './metrics/unit-costs.js';
import * as savingsRepo from './savings.repo.js';
import { listTools, toolSavings } from './tools.service.js';
import { unitCosts } from './unit-cost.service.js';

const addDaysTo = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const day = (d: Date) => d.toISOString().slice(0, 10);
const LEADERS = ['admin', 'executive', 'manager'] as const;
const BRING_BILLS =
  'Import a cloud bill (FOCUS 1.0–1.3 or AWS CUR) with `quarterdeck import cost <file>` or under Cost › Imports.';

function money(amount: string | number, currency: string): string {
  const n = Number(amount);
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);
  } catch {
    return `${Math.round(n)} ${currency}`;
  }
}

/** The last day of the range with billing data, or null when the range has none. */
async function rangeEnd(db: Parameters<CheckDefinition['evaluate']>[0]['db'], from: Date, to: Date) {
  const last = await lastChargeDay(db);
  if (!last) return null;
  const end = day(new Date(Math.min(to.getTime() - 1, Date.now())));
  const stop = last < end ? last : end;
  return stop < day(from) ? null : stop;
}

export const withinBudgetCheck: CheckDefinition = {
  id: 'cost.within-budget',
  group: 'cost',
  title: 'Is spend within budget?',
  roles: [...LEADERS],
  explanation:
    'Budgets (team, service, service category, organization) for the period holding the end of the range: over when the cost to date exceeds the amount, at risk when the forecast to the period’s end does. ' +
    'Good when every budget is under, watch when some are at risk, bad when any is over. Definition: docs/metrics.md#budget-burn.',
  async evaluate({ db, from, to, teamId }) {
    const on = await rangeEnd(db, from, to);
    if (!on)
      return noData('No cloud billing data in this range.', BRING_BILLS, {
        href: '/cost/budgets',
        label: 'Budgets',
      });
    const { items } = await listBudgets(db, { on, teamId });
    const measured = items.filter((b) => b.current && !b.current.currencyMismatch);
    const evidence = {
      href: teamId ? `/cost/budgets?team=${teamId}` : '/cost/budgets',
      label: `${items.length} budgets`,
    };
    if (measured.length === 0)
      return noData(
        items.length ? 'No budget is in the reporting currency.' : 'No budgets.',
        'Set budgets per team, service or category under Cost › Budgets.',
        evidence,
      );
    const over = measured.filter((b) => b.current!.status === 'over').length;
    const risk = measured.filter((b) => b.current!.status === 'at-risk').length;
    const fine = measured.length - over - risk;
    return {
      status: over ? 'bad' : risk ? 'watch' : 'good',
      value: Math.round((fine / measured.length) * 1000) / 10,
      unit: '%',
      display: `${fine} of ${measured.length} budgets on track · ${risk} at risk · ${over} over`,
      target: 'every budget under its amount, forecast included',
      trend: [],
      evidence,
      noData: null,
    };
  },
};

export const allocatedCheck: CheckDefinition = {
  id: 'cost.allocated',
  group: 'cost',
  title: 'Is cost allocated?',
  roles: [...LEADERS],
  explanation:
    'Share of the range’s cloud cost that no allocation rule gives to a team, a service or a shared pool (the organization), or, for a team, share of its cost not allocated to one of its services. ' +
    'Good at ≤ 10% unallocated, watch at ≤ 20%. Definition: docs/metrics.md#cost-allocation.',
  async evaluate({ db, from, to, teamId }) {
    const end = await rangeEnd(db, from, to);
    const evidence = { href: '/cost/allocation', label: 'Allocation rules' };
    if (!end) return noData('No cloud billing data in this range.', BRING_BILLS, evidence);
    const start = day(from);
    const series = await costSeries(db, {
      from: start,
      to: end,
      step: 'month',
      groupBy: teamId ? 'service' : 'team',
    });
    // Organization: unallocated and unknown units; a team: its cost without one of its services.
    let groups = series.groups;
    let isUnallocated = (g: (typeof groups)[number]) => g.kind === 'unallocated' || g.kind === 'unknown-unit';
    if (teamId) {
      const teams = new Set(await teamSubtree(db, teamId));
      const owned = new Set(await servicesOwnedBy(db, [...teams]));
      groups = groups.filter(
        (g) =>
          g.id !== null &&
          ((g.kind === 'team' && teams.has(g.id)) || (g.kind === 'service' && owned.has(g.id))),
      );
      isUnallocated = (g) => g.kind === 'team';
    }
    const totalOf = (i?: number) =>
      sumDecimals(groups.map((g) => (i === undefined ? g.total : (g.values[i] ?? '0'))));
    const unallocatedOf = (i?: number) =>
      sumDecimals(
        groups.filter(isUnallocated).map((g) => (i === undefined ? g.total : (g.values[i] ?? '0'))),
      );
    const currency = series.currency ?? '';
    const total = Number(totalOf());
    if (total === 0) return noData('No cost in this range.', BRING_BILLS, evidence);
    const unallocated = unallocatedOf();
    const share = Number(unallocated) / total;
    const trend = series.buckets.flatMap((b, i) => {
      const all = Number(totalOf(i));
      return all
        ? [{ at: `${b}-01T00:00:00.000Z`, value: Math.round((Number(unallocatedOf(i)) / all) * 1000) / 10 }]
        : [];
    });
    return {
      status: share <= 0.1 ? 'good' : share <= 0.2 ? 'watch' : 'bad',
      value: Math.round(share * 1000) / 10,
      unit: '%',
      display: `${pct(share)} unallocated · ${money(unallocated, currency)} of ${money(totalOf(), currency)}${teamId ? ' (not on one of the team’s services)' : ''}`,
      target: '≤ 10% unallocated',
      trend,
      evidence: teamId ? evidence : { href: `/cost/savings`, label: 'Unallocated resources' },
      noData: null,
    };
  },
};

export const unusedCheck: CheckDefinition = {
  id: 'cost.unused',
  group: 'cost',
  title: 'Are we paying for what we don’t use?',
  roles: [...LEADERS],
  explanation:
    'Unused SaaS seats (annual unused-seat cost ÷ 12) plus idle cloud resources (cost with no consumed usage, last 30 days), a month, against the month’s cloud and tool spend (the last 30 days of bills + the tool register’s annual cost ÷ 12). ' +
    'Good under 2%, watch under 5%; trend: idle resources per month. Definition: docs/metrics.md#cost-scorecard-checks.',
  async evaluate({ db, from, to, teamId }) {
    const end = await rangeEnd(db, from, to);
    const evidence = { href: '/cost/savings', label: 'Savings' };
    // Tool seats are not split by team: a team's figure is its idle resources against its cloud cost.
    const [seatSavings, register] = teamId ? [[], []] : await Promise.all([toolSavings(db), listTools(db)]);
    if (!end && register.length === 0)
      return noData('No cloud billing data and no tools in this range.', BRING_BILLS, evidence);
    const start = end ? addDaysTo(end, -29) : null;
    const teamIds = teamId ? await teamSubtree(db, teamId) : null;
    const [idle, month, byMonth] = await Promise.all([
      end && start ? savingsRepo.idleTotals(db, { from: start, to: end, teamIds }) : Promise.resolve([]),
      end && start
        ? costSeries(db, { from: start, to: end, step: 'day', groupBy: teamId ? 'team' : 'none' })
        : Promise.resolve(null),
      end ? savingsRepo.idleByMonth(db, { from: day(from), to: end, teamIds }) : Promise.resolve([]),
    ]);
    const currency = month?.currency ?? seatSavings[0]?.currency ?? register[0]?.currency ?? 'USD';
    const inCurrency = <T extends { currency: string }>(xs: readonly T[]) =>
      xs.filter((x) => x.currency === currency);
    const seats = inCurrency(seatSavings).reduce((s, t) => s + Number(t.annualUnusedCost) / 12, 0);
    const tools = inCurrency(register).reduce((s, t) => s + Number(t.annualCost) / 12, 0);
    const idleCost = inCurrency(idle).reduce((s, t) => s + Number(t.cost), 0);
    let cloud = month ? Number(month.total) : 0;
    if (month && teamIds) {
      const ids = new Set(teamIds);
      cloud = month.groups
        .filter((g) => g.id !== null && ids.has(g.id))
        .reduce((s, g) => s + Number(g.total), 0);
    }
    const waste = seats + idleCost;
    const spend = cloud + tools;
    if (spend <= 0 && waste === 0) return noData('No cost in this range.', BRING_BILLS, evidence);
    const share = spend > 0 ? waste / spend : 1;
    return {
      status: share < 0.02 ? 'good' : share < 0.05 ? 'watch' : 'bad',
      value: Math.round(waste),
      unit: currency,
      display: `${money(waste, currency)} a month unused (${pct(share)} of cloud and tool spend) · ${teamId ? '' : `seats ${money(seats, currency)} · `}idle resources ${money(idleCost, currency)}`,
      target: '< 2% of the monthly cloud and tool spend',
      trend: inCurrency(byMonth).map((m) => ({
        at: `${m.month}-01T00:00:00.000Z`,
        value: Math.round(Number(m.cost)),
      })),
      evidence,
      noData: null,
    };
  },
};

export const perEngineerCheck: CheckDefinition = {
  id: 'cost.per-engineer-trend',
  group: 'cost',
  title: 'Cost per engineer trend',
  roles: [...LEADERS],
  explanation:
    'Cloud cost per engineer (engineers and tech leads employed at the month’s end) for each complete month of the range; the last complete month against three months before. ' +
    'Good when it grew ≤ 5%, watch ≤ 15%, bad above. Definition: docs/metrics.md#unit-costs.',
  async evaluate({ db, from, to, teamId, principal }) {
    const end = await rangeEnd(db, from, to);
    const evidence = { href: '/cost/unit-costs', label: 'Unit costs' };
    if (!end) return noData('No cloud billing data in this range.', BRING_BILLS, evidence);
    const months = Math.min(36, Math.max(1, monthsBetween(day(from), end).length));
    const u = await unitCosts(db, principal, { teamId, months });
    const complete = u.months.filter((m) => !m.partial && m.costPerEngineer !== null);
    const lastMonth = complete.at(-1);
    if (!lastMonth)
      return noData(
        'No complete month with both cloud cost and engineers.',
        'Import the organization (people with roles and start dates) and at least one full month of billing.',
        evidence,
      );
    const change = u.change.costPerEngineer;
    return {
      status: change === null ? 'good' : change <= 0.05 ? 'good' : change <= 0.15 ? 'watch' : 'bad',
      value: Number(lastMonth.costPerEngineer),
      unit: u.currency,
      display: `${money(lastMonth.costPerEngineer!, u.currency)} per engineer in ${lastMonth.month}${change === null ? '' : ` · ${change >= 0 ? '+' : ''}${pct(change)} in three months`}`,
      target: '≤ +5% in three months',
      trend: complete.map((m) => ({ at: `${m.month}-01T00:00:00.000Z`, value: Number(m.costPerEngineer) })),
      evidence,
      noData: null,
    } satisfies CheckResult;
  },
};

export const costChecks = [withinBudgetCheck, allocatedCheck, unusedCheck, perEngineerCheck];
