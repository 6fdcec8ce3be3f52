/**
 * Initiatives with their actuals and status: the pull requests behind them (delivery's
 * delivery-initiatives.service.ts), effort in engineer-weeks, actual dates, actual cost, and whether
 * each is on spec, on time and on budget (metrics/initiative-status.ts; docs/metrics.md, "Initiatives").
 */

import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import { notFound } from '../../platform/http/problem.js';
import { taggedInitiativeCost } from '../cost/billing-query.service.js';
import { sumDecimals } from '../cost/importers/focus-decimal.js';
import {
  type InitiativePullRequest,
  initiativePullRequests,
  pullRequestRefs,
} from '../delivery/delivery-initiatives.service.js';
import { displayNames, personNames, teamNames } from '../org/org-lookup.service.js';
import { ownTeams } from './direction-access.service.js';
import * as goals from './goal.repo.js';
import * as repo from './initiative.repo.js';
import { engineerWeeks } from './metrics/initiative-effort.js';
import { budget, schedule, specShare } from './metrics/initiative-status.js';

const DAY = 86_400_000;
/** Repository, service and label links count pull requests opened from this long before the planned start. */
export const LEAD_IN_DAYS = 14;

const num = (x: string | null) => (x === null ? null : Number(x));
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The actual cost of an initiative: the amount entered by hand (people, contractors, anything the cloud
 * bills do not show), plus the cloud cost tagged to it (tags `initiative` or `project` carrying its name;
 * the cost domain's `taggedInitiativeCost`) in the budget's currency. Cloud cost in another currency is
 * not added and is reported apart.
 */
export function actualCost(
  i: repo.InitiativeRow,
  cloud: ReadonlyMap<string, string> | undefined,
): {
  amount: string | null;
  currency: string | null;
  source: 'manual' | 'cloud' | 'manual+cloud' | null;
  cloud: { currency: string; amount: string }[];
} {
  const tagged = [...(cloud ?? [])].map(([currency, amount]) => ({ currency, amount }));
  const currency = i.budget_currency ?? (tagged.length === 1 ? tagged[0]!.currency : null);
  const same = tagged.find((c) => c.currency === currency);
  if (!same)
    return i.actual_cost_amount === null
      ? { amount: null, currency, source: null, cloud: tagged }
      : { amount: i.actual_cost_amount, currency, source: 'manual', cloud: tagged };
  if (i.actual_cost_amount === null) return { amount: same.amount, currency, source: 'cloud', cloud: tagged };
  return {
    amount: sumDecimals([i.actual_cost_amount, same.amount]),
    currency,
    source: 'manual+cloud',
    cloud: tagged,
  };
}

/** The delivery links of an initiative, as delivery's service takes them. */
export function linksOf(i: repo.InitiativeRow, links: repo.LinkRow[], now: number) {
  const pick = <K extends keyof repo.LinkRow>(kind: repo.LinkKind, key: K) =>
    links.filter((l) => l.kind === kind).map((l) => l[key]) as NonNullable<repo.LinkRow[K]>[];
  const finished = i.status === 'done' || i.status === 'cancelled';
  const end = finished && i.completed_on ? Date.parse(`${i.completed_on}T23:59:59Z`) : now;
  return {
    repositoryIds: pick('repository', 'repository_id'),
    serviceIds: pick('service', 'service_id'),
    labels: pick('label', 'label'),
    pullRequestIds: pick('pull_request', 'pull_request_id'),
    window: {
      from: new Date(Date.parse(`${i.planned_start}T00:00:00Z`) - LEAD_IN_DAYS * DAY),
      to: new Date(end),
    },
  };
}

export function actualsOf(prs: InitiativePullRequest[], now: number) {
  const starts = prs.map((p) => Date.parse(p.firstCommitAt ?? p.createdAt));
  const delivered = prs
    .filter((p) => p.mergedAt !== null)
    .map((p) => Date.parse(p.deployedAt ?? p.mergedAt!));
  const effort = engineerWeeks(
    prs.map((p) => ({
      authorKey: p.authorKey,
      startedAt: Date.parse(p.firstCommitAt ?? p.createdAt),
      endedAt: Date.parse(p.mergedAt ?? p.closedAt ?? new Date(now).toISOString()),
      commits: p.commits,
    })),
  );
  return {
    start: starts.length ? new Date(Math.min(...starts)).toISOString() : null,
    latestDelivery: delivered.length ? new Date(Math.max(...delivered)).toISOString() : null,
    engineerWeeks: effort.weeks,
    engineers: effort.engineers,
    pullRequests: prs.length,
    merged: prs.filter((p) => p.state === 'merged').length,
    open: prs.filter((p) => p.state === 'open').length,
    deployed: prs.filter((p) => p.deployedAt !== null).length,
  };
}

export type InitiativeView = Awaited<ReturnType<typeof initiativeViews>>[number];

/** Initiatives (all, or these ids) with parts, actuals and status as of `now`. */
export async function initiativeViews(db: Db, principal: Principal, ids?: number[], now = Date.now()) {
  const rows = await repo.listInitiatives(db, ids);
  const parts = await repo.partsOf(
    db,
    rows.map((r) => r.id),
  );
  const [teams, people, own, goalRows, prRefs, cloudCost] = await Promise.all([
    teamNames(db),
    personNames(
      db,
      rows.map((r) => r.owner_person_id).filter((x): x is number => x !== null),
    ),
    ownTeams(db, principal),
    goals.goalsByIds(db, [...new Set(parts.goals.map((g) => g.goal_id))]),
    pullRequestRefs(
      db,
      parts.links.filter((l) => l.kind === 'pull_request').map((l) => l.pull_request_id!),
    ),
    taggedInitiativeCost(db, rows),
  ]);
  const linkNames = await displayNames(db, {
    repositoryIds: parts.links.filter((l) => l.kind === 'repository').map((l) => l.repository_id!),
    serviceIds: parts.links.filter((l) => l.kind === 'service').map((l) => l.service_id!),
  });
  const goalTitle = new Map(goalRows.map((g) => [g.id, g.title]));
  const today = dayOf(now);
  const out = [];
  for (const i of rows) {
    const links = parts.links.filter((l) => l.initiative_id === i.id);
    const prs = links.length ? await initiativePullRequests(db, linksOf(i, links, now)) : [];
    const actuals = actualsOf(prs, now);
    const milestones = parts.milestones.filter((m) => m.initiative_id === i.id);
    const items = parts.items.filter((m) => m.initiative_id === i.id);
    const spec = specShare(
      items,
      milestones.map((m) => ({ dueOn: m.due_on, doneOn: m.done_on })),
    );
    const completedOn =
      i.completed_on ??
      (i.status === 'done' && actuals.latestDelivery ? actuals.latestDelivery.slice(0, 10) : null);
    const time = schedule({
      status: i.status,
      plannedStart: i.planned_start,
      plannedEnd: i.planned_end,
      completedOn,
      milestones: milestones.map((m) => ({ dueOn: m.due_on, doneOn: m.done_on })),
      today,
    });
    const cost = actualCost(i, cloudCost.get(i.id));
    const money = budget({
      status: i.status,
      plannedStart: i.planned_start,
      plannedEnd: i.planned_end,
      today,
      weeks: { budget: num(i.budget_weeks), spent: links.length ? actuals.engineerWeeks : null },
      money: { budget: num(i.budget_amount), spent: num(cost.amount) },
      spec,
    });
    const teamIds = parts.teams.filter((t) => t.initiative_id === i.id).map((t) => t.team_id);
    out.push({
      id: i.id,
      name: i.name,
      description: i.description,
      status: i.status,
      owner:
        i.owner_person_id === null
          ? null
          : { id: i.owner_person_id, name: people.get(i.owner_person_id) ?? `#${i.owner_person_id}` },
      teams: teamIds.map((id) => ({ id, name: teams.get(id)?.name ?? `#${id}` })),
      goals: parts.goals
        .filter((g) => g.initiative_id === i.id)
        .map((g) => ({ id: g.goal_id, title: goalTitle.get(g.goal_id) ?? `#${g.goal_id}` })),
      plannedStart: i.planned_start,
      plannedEnd: i.planned_end,
      completedOn: i.completed_on,
      budget: { amount: i.budget_amount, currency: i.budget_currency, weeks: num(i.budget_weeks) },
      actualCost: cost,
      milestones: milestones.map((m) => ({ id: m.id, name: m.name, dueOn: m.due_on, doneOn: m.done_on })),
      acceptance: items.map((it) => ({ id: it.id, text: it.text, done: it.done })),
      links: links.map((l) => ({
        id: l.id,
        kind: l.kind,
        value:
          l.kind === 'repository'
            ? (linkNames.repositories.get(l.repository_id!) ?? `#${l.repository_id}`)
            : l.kind === 'service'
              ? (linkNames.services.get(l.service_id!) ?? `#${l.service_id}`)
              : l.kind === 'label'
                ? l.label!
                : (prRefs.get(l.pull_request_id!) ?? `#${l.pull_request_id}`),
      })),
      actuals,
      state: {
        spec,
        schedule: time,
        budget: money,
        onTrack: time.onTime === null || money.onBudget === null ? null : time.onTime && money.onBudget,
      },
      mayChange: own === 'all' || (teamIds.length > 0 && teamIds.every((t) => own.has(t))),
      pullRequestList: prs,
    });
  }
  return out;
}

/** The portfolio: every initiative without its pull-request list. */
export async function portfolio(db: Db, principal: Principal, now = Date.now()) {
  const views = await initiativeViews(db, principal, undefined, now);
  return views.map(({ pullRequestList: _, ...rest }) => rest);
}

export async function initiativeDetail(db: Db, principal: Principal, id: number, now = Date.now()) {
  const [view] = await initiativeViews(db, principal, [id], now);
  if (!view) throw notFound(`Initiative ${id}`);
  const { pullRequestList, ...rest } = view;
  return {
    ...rest,
    pullRequests: pullRequestList.map(({ commits, authorKey: _, ...p }) => ({
      ...p,
      commits: commits.length,
    })),
  };
}

export async function requireInitiative(db: Db, id: number) {
  const i = await repo.findInitiative(db, id);
  if (!i) throw notFound(`Initiative ${id}`);
  return i;
}
