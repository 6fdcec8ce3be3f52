/**
 * Goals (objectives) of the organization and of teams, a tree through `parentId`, each with key
 * results. A key result is checked in by hand or bound to a live figure of the delivery domain
 * (key-result-metrics.service.ts) for the goal's team; progress is metrics/key-result-progress.ts.
 */

import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import { badRequest, notFound } from '../../platform/http/problem.js';
import { personNames, teamNames } from '../org/org-lookup.service.js';
import { ownTeams } from './direction-access.service.js';
import * as repo from './goal.repo.js';
import {
  KEY_RESULT_METRICS,
  type KeyResultMetric,
  metricKey,
  readMetrics,
} from './key-result-metrics.service.js';
import { goalProgress, keyResultProgress } from './metrics/key-result-progress.js';

export interface KeyResultOutput {
  id: number;
  goalId: number;
  title: string;
  unit: string;
  direction: 'increase' | 'decrease';
  start: number;
  target: number;
  current: number | null;
  progress: number | null;
  confidence: number | null;
  metric: { id: string; label: string; href: string; from: string; to: string } | null;
  checkins: {
    id: number;
    at: string;
    value: number | null;
    confidence: number | null;
    note: string;
    by: string;
  }[];
}

export interface GoalOutput {
  id: number;
  parentId: number | null;
  team: { id: number; name: string } | null;
  period: string;
  title: string;
  description: string;
  owner: { id: number; name: string } | null;
  progress: number | null;
  keyResults: KeyResultOutput[];
  /** Whether the caller may change this goal and its key results. */
  mayChange: boolean;
}

const CHECKINS_SHOWN = 5;

export async function goalTree(
  db: Db,
  principal: Principal,
  period: string | null,
  now = Date.now(),
): Promise<{ periods: string[]; period: string | null; items: GoalOutput[] }> {
  const periods = await repo.periods(db);
  const chosen = period ?? periods[0] ?? null;
  const goals = chosen ? await repo.listGoals(db, chosen) : [];
  return { periods, period: chosen, items: await shapeGoals(db, principal, goals, now) };
}

export async function shapeGoals(db: Db, principal: Principal, goals: repo.GoalRow[], now = Date.now()) {
  const krs = await repo.keyResultsOf(
    db,
    goals.map((g) => g.id),
  );
  const checkins = await repo.checkinsOf(
    db,
    krs.map((k) => k.id),
  );
  const teamOf = new Map(goals.map((g) => [g.id, g.team_id]));
  const readings = await readMetrics(
    db,
    principal,
    krs
      .filter((k) => k.metric !== null && k.metric in KEY_RESULT_METRICS)
      .map((k) => ({ metric: k.metric as KeyResultMetric, teamId: teamOf.get(k.goal_id) ?? null })),
    now,
  );
  const [teams, people, own] = await Promise.all([
    teamNames(db),
    personNames(
      db,
      goals.map((g) => g.owner_person_id).filter((x): x is number => x !== null),
    ),
    ownTeams(db, principal),
  ]);
  const byKr = new Map<number, repo.CheckinRow[]>();
  for (const c of checkins) byKr.set(c.key_result_id, [...(byKr.get(c.key_result_id) ?? []), c]);
  const krOut = (k: repo.KeyResultRow): KeyResultOutput => {
    const reading = k.metric ? readings.get(metricKey(k.metric, teamOf.get(k.goal_id) ?? null)) : undefined;
    const current = reading ? reading.value : k.current_value;
    return {
      id: k.id,
      goalId: k.goal_id,
      title: k.title,
      unit: k.unit,
      direction: k.direction,
      start: k.start_value,
      target: k.target_value,
      current,
      progress: keyResultProgress(k.start_value, k.target_value, current),
      confidence: k.confidence,
      metric:
        k.metric && reading
          ? {
              id: k.metric,
              label: KEY_RESULT_METRICS[k.metric as KeyResultMetric].label,
              href: reading.href,
              from: reading.window.from,
              to: reading.window.to,
            }
          : null,
      checkins: (byKr.get(k.id) ?? []).slice(0, CHECKINS_SHOWN).map((c) => ({
        id: c.id,
        at: c.at.toISOString(),
        value: c.value,
        confidence: c.confidence,
        note: c.note,
        by: c.by_label,
      })),
    };
  };
  return goals.map((g): GoalOutput => {
    const keyResults = krs.filter((k) => k.goal_id === g.id).map(krOut);
    return {
      id: g.id,
      parentId: g.parent_id,
      team:
        g.team_id === null ? null : { id: g.team_id, name: teams.get(g.team_id)?.name ?? `#${g.team_id}` },
      period: g.period,
      title: g.title,
      description: g.description,
      owner:
        g.owner_person_id === null
          ? null
          : { id: g.owner_person_id, name: people.get(g.owner_person_id) ?? `#${g.owner_person_id}` },
      progress: goalProgress(keyResults.map((k) => k.progress)),
      keyResults,
      mayChange: own === 'all' || (g.team_id !== null && own.has(g.team_id)),
    };
  });
}

export async function requireGoal(db: Db, id: number): Promise<repo.GoalRow> {
  const g = await repo.findGoal(db, id);
  if (!g) throw notFound(`Goal ${id}`);
  return g;
}

/** A parent must exist and must not be the goal itself or below it. */
export async function checkParent(db: Db, goalId: number | null, parentId: number | null): Promise<void> {
  if (parentId === null) return;
  let at: number | null = parentId;
  for (let depth = 0; at !== null && depth < 64; depth++) {
    if (at === goalId)
      throw badRequest('A goal cannot roll up to itself or to a goal below it.', [
        { field: 'body.parentId', message: `goal ${parentId} is below goal ${goalId}` },
      ]);
    const g = await repo.findGoal(db, at);
    if (!g)
      throw badRequest('The parent goal does not exist.', [
        { field: 'body.parentId', message: `no goal ${at}` },
      ]);
    at = g.parent_id;
  }
}

export async function checkKnown(db: Db, teamId: number | null, ownerPersonId: number | null) {
  if (teamId !== null && !(await teamNames(db)).has(teamId))
    throw badRequest('The team does not exist.', [{ field: 'body.teamId', message: `no team ${teamId}` }]);
  if (ownerPersonId !== null && (await personNames(db, [ownerPersonId])).size === 0)
    throw badRequest('The owner is not a known person.', [
      { field: 'body.ownerPersonId', message: `no person ${ownerPersonId}` },
    ]);
}
