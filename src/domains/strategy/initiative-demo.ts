/**
 * The demo's initiatives (5 to 30 by size), each linked to a team's repository (one also by label, one
 * by single pull requests) so that its actual start, latest delivery and effort come from the delivery
 * demo's pull requests. Budgets are set from that effort so that the portfolio shows every state: on
 * track, late, over budget, done, proposed, on hold and cancelled.
 */

import type { Db } from '../../platform/db/database.js';
import { seededRandom } from '../../platform/seeded-random.js';
import { initiativePullRequests, repositoryActivity } from '../delivery/delivery-initiatives.service.js';
import { repositoriesOfServices, servicesOwnedBy } from '../org/org-lookup.service.js';
import * as repo from './initiative.repo.js';
import { actualsOf, LEAD_IN_DAYS, linksOf } from './initiative.service.js';
import { elapsedShare } from './metrics/initiative-status.js';

const DAY = 86_400_000;

type Scenario = 'on-track' | 'late' | 'over-budget' | 'done' | 'proposed' | 'on-hold' | 'cancelled';
const FIRST: Scenario[] = ['on-track', 'late', 'over-budget', 'done', 'proposed'];
const THEN: Scenario[] = [
  'on-track',
  'late',
  'over-budget',
  'done',
  'on-track',
  'on-hold',
  'cancelled',
  'on-track',
];

const NAMES = [
  'Deploy on merge',
  'Checkout service extraction',
  'Search relevance v2',
  'Service template and paved road',
  'Multi-region failover',
  'Payments provider migration',
  'Observability with OpenTelemetry',
  'Feature flag platform',
  'Database upgrade to PostgreSQL 16',
  'API rate limiting',
  'Mobile release automation',
  'SLOs for customer-facing services',
  'Data pipeline consolidation',
  'Single sign-on for customers',
  'Cost allocation tags',
  'Accessibility fixes',
];

const ITEMS = [
  'Runbook written and reviewed',
  'Load test at twice the peak traffic',
  'Dashboards and alerts in place',
  'Old path switched off',
  'Security review passed',
  'Documentation for other teams',
];

/** Span of each scenario in days relative to now: [start, end]. */
const SPAN: Record<Scenario, [number, number]> = {
  'on-track': [-60, 50],
  late: [-130, -12],
  'over-budget': [-40, 80],
  done: [-220, -120],
  proposed: [21, 140],
  'on-hold': [-90, 30],
  cancelled: [-150, -60],
};

const STATUS: Record<Scenario, repo.InitiativeRow['status']> = {
  'on-track': 'active',
  late: 'active',
  'over-budget': 'active',
  done: 'done',
  proposed: 'proposed',
  'on-hold': 'on_hold',
  cancelled: 'cancelled',
};

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export async function seedInitiatives(
  db: Db,
  o: {
    sizeName: 's' | 'm' | 'l' | 'xl';
    seed: number;
    now: number;
    teams: { id: number; name: string }[];
    managerOf: Map<number, number>;
    goalIds: number[];
    owner: number;
  },
): Promise<Record<string, number>> {
  const rnd = seededRandom(o.seed + 707);
  const count = { s: 5, m: 10, l: 20, xl: 30 }[o.sizeName];
  // The repositories of each team's services, busiest first over the demo's spans.
  const activity = new Map(
    (await repositoryActivity(db, new Date(o.now - 240 * DAY), new Date(o.now))).map((a) => [
      a.repositoryId,
      a.pullRequests,
    ]),
  );
  const teamRepos: { teamId: number; repositories: number[] }[] = [];
  for (const t of o.teams) {
    const repos = (await repositoriesOfServices(db, await servicesOwnedBy(db, [t.id])))
      .filter((r) => (activity.get(r) ?? 0) > 0)
      .sort((a, b) => (activity.get(b) ?? 0) - (activity.get(a) ?? 0) || a - b);
    if (repos.length) teamRepos.push({ teamId: t.id, repositories: repos });
  }
  if (teamRepos.length === 0) return { initiatives: 0 };

  let linked = 0;
  let milestones = 0;
  for (let i = 0; i < count; i++) {
    const scenario = i < FIRST.length ? FIRST[i]! : THEN[(i - FIRST.length) % THEN.length]!;
    const team = teamRepos[i % teamRepos.length]!;
    const [s, e] = SPAN[scenario];
    const jitter = Math.floor(rnd() * 7);
    const start = o.now + (s - jitter) * DAY;
    const end = o.now + (e + (scenario === 'late' ? 0 : jitter)) * DAY;
    const repository = team.repositories[Math.floor(i / teamRepos.length) % team.repositories.length]!;
    const row = {
      name:
        NAMES[i % NAMES.length]! + (i >= NAMES.length ? ` (phase ${Math.floor(i / NAMES.length) + 1})` : ''),
      description: `Owned by the team; linked to its repository so that actual dates and effort come from its pull requests.`,
      owner_person_id: o.managerOf.get(team.teamId) ?? o.owner,
      status: STATUS[scenario],
      planned_start: dayOf(start),
      planned_end: dayOf(end),
      budget_amount: null as string | null,
      budget_currency: null as string | null,
      budget_weeks: null as string | null,
      actual_cost_amount: null as string | null,
      completed_on:
        scenario === 'done'
          ? dayOf(end + 3 * DAY)
          : scenario === 'cancelled'
            ? dayOf(o.now - 100 * DAY)
            : null,
    };
    const id = await repo.insertInitiative(db, row);
    let links: repo.NewLink[] = [{ kind: 'repository', repository_id: repository }];
    if (i === 5) links.push({ kind: 'label', label: 'feature' });
    if (scenario === 'done' && i === 3) {
      // linked one by one: the merged pull requests of the repository during the plan
      const prs = await initiativePullRequests(db, {
        repositoryIds: [repository],
        serviceIds: [],
        labels: [],
        pullRequestIds: [],
        window: { from: new Date(start - LEAD_IN_DAYS * DAY), to: new Date(end) },
      });
      const merged = prs.filter((p) => p.state === 'merged').slice(0, 12);
      if (merged.length)
        links = merged.map((p) => ({ kind: 'pull_request' as const, pull_request_id: p.id }));
    }
    const itemCount = 3 + Math.floor(rnd() * 3);
    const done = scenario === 'done' ? itemCount : scenario === 'proposed' ? 0 : Math.floor(itemCount / 2);
    await repo.replaceParts(db, id, {
      teamIds: [team.teamId],
      goalIds: o.goalIds.length ? [o.goalIds[i % o.goalIds.length]!] : [],
      items: ITEMS.slice(0, itemCount).map((text, k) => ({ text, done: k < done })),
      links,
    });
    linked++;
    const ms = demoMilestones(scenario, start, end, o.now);
    for (const m of ms) await repo.insertMilestone(db, { initiative_id: id, ...m });
    milestones += ms.length;

    // Budgets follow the effort delivery data shows, so that each scenario reads as intended.
    const stored = (await repo.partsOf(db, [id])).links;
    const actuals = actualsOf(
      await initiativePullRequests(db, linksOf({ ...row, id } as repo.InitiativeRow, stored, o.now)),
      o.now,
    );
    const effort = Math.max(1, actuals.engineerWeeks);
    const elapsed = elapsedShare(row.planned_start, row.planned_end, dayOf(o.now));
    const set: Partial<repo.NewInitiative> = {};
    if (scenario === 'on-track')
      set.budget_weeks = String(Math.ceil((effort / Math.max(elapsed, 0.2)) * 1.25));
    if (scenario === 'late' || scenario === 'cancelled') set.budget_weeks = String(Math.ceil(effort * 1.3));
    if (scenario === 'over-budget')
      set.budget_weeks = String(Math.max(1, Math.floor(effort / (elapsed + 0.45))));
    if (scenario === 'on-hold') set.budget_weeks = String(Math.ceil(effort * 2));
    if (scenario === 'proposed') set.budget_weeks = String(10 + Math.floor(rnd() * 20));
    if (scenario === 'done') {
      const budget = 60_000 + Math.floor(rnd() * 20) * 10_000;
      set.budget_amount = budget.toFixed(2);
      set.budget_currency = 'EUR';
      set.actual_cost_amount = (budget * (0.85 + rnd() * 0.2)).toFixed(2);
    }
    await repo.updateInitiative(db, id, set);
  }
  return { initiatives: count, 'initiative links': linked, milestones };
}

function demoMilestones(scenario: Scenario, start: number, end: number, now: number) {
  const d = (ms: number) => dayOf(ms);
  const mid = start + (end - start) / 2;
  switch (scenario) {
    case 'on-track':
      return [
        { name: 'Design agreed', due_on: d(start + 20 * DAY), done_on: d(start + 18 * DAY) },
        { name: 'First team on it', due_on: d(now + 10 * DAY), done_on: null },
        { name: 'Generally available', due_on: d(end), done_on: null },
      ];
    case 'late':
      return [
        { name: 'Design agreed', due_on: d(start + 20 * DAY), done_on: d(start + 21 * DAY) },
        { name: 'Beta with two customers', due_on: d(now - 40 * DAY), done_on: d(now - 22 * DAY) },
        { name: 'Generally available', due_on: d(end), done_on: null },
      ];
    case 'over-budget':
      return [
        { name: 'Design agreed', due_on: d(start + 15 * DAY), done_on: d(start + 14 * DAY) },
        { name: 'Pilot', due_on: d(mid), done_on: null },
        { name: 'Rolled out', due_on: d(end), done_on: null },
      ];
    case 'done':
    case 'cancelled':
      return [
        { name: 'Design agreed', due_on: d(start + 20 * DAY), done_on: d(start + 19 * DAY) },
        { name: 'Rolled out', due_on: d(end), done_on: scenario === 'done' ? d(end) : null },
      ];
    default:
      return [
        { name: 'Design agreed', due_on: d(start + 20 * DAY), done_on: null },
        { name: 'Rolled out', due_on: d(end), done_on: null },
      ];
  }
}
