/**
 * Changes to goals, key results and check-ins: each authorized (direction-access.service.ts), checked
 * and audited in the transaction that makes it.
 */

import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import { badRequest, notFound } from '../../platform/http/problem.js';
import { assertMayChange } from './direction-access.service.js';
import * as repo from './goal.repo.js';
import { checkKnown, checkParent, requireGoal, shapeGoals } from './goal.service.js';
import {
  KEY_RESULT_METRICS,
  type KeyResultMetric,
  metricKey,
  readMetrics,
} from './key-result-metrics.service.js';
import { directionAgrees, type KeyResultDirection } from './metrics/key-result-progress.js';
import { periodSpan } from './metrics/vision-review.js';

export interface GoalInput {
  parentId: number | null;
  teamId: number | null;
  period: string;
  title: string;
  description: string;
  ownerPersonId: number | null;
}

export interface KeyResultInput {
  title: string;
  unit: string;
  direction: KeyResultDirection;
  start: number;
  target: number;
  current: number | null;
  confidence: number | null;
  metric: KeyResultMetric | null;
}

function checkPeriod(period: string) {
  if (!periodSpan(period))
    throw badRequest('A period is a year (2026), a half (2026-H2) or a quarter (2026-Q3).', [
      { field: 'body.period', message: `"${period}" is not a period` },
    ]);
}

async function oneGoal(db: Db, principal: Principal, id: number) {
  const [g] = await shapeGoals(db, principal, [await requireGoal(db, id)]);
  return g!;
}

export async function createGoal(db: Db, principal: Principal, actor: AuditActor, input: GoalInput) {
  await assertMayChange(db, principal, [input.teamId], 'goals');
  checkPeriod(input.period);
  await checkKnown(db, input.teamId, input.ownerPersonId);
  await checkParent(db, null, input.parentId);
  const id = await db.transaction().execute(async (trx) => {
    const id = await repo.insertGoal(trx, {
      parent_id: input.parentId,
      team_id: input.teamId,
      period: input.period,
      title: input.title,
      description: input.description,
      owner_person_id: input.ownerPersonId,
    });
    await record(trx, actor, {
      action: 'strategy.goal.create',
      targetType: 'goal',
      targetId: id,
      details: { ...input },
    });
    return id;
  });
  return oneGoal(db, principal, id);
}

export async function updateGoal(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: number,
  input: GoalInput,
) {
  const before = await requireGoal(db, id);
  await assertMayChange(db, principal, [before.team_id], 'goals');
  await assertMayChange(db, principal, [input.teamId], 'goals');
  checkPeriod(input.period);
  await checkKnown(db, input.teamId, input.ownerPersonId);
  await checkParent(db, id, input.parentId);
  await db.transaction().execute(async (trx) => {
    await repo.updateGoal(trx, id, {
      parent_id: input.parentId,
      team_id: input.teamId,
      period: input.period,
      title: input.title,
      description: input.description,
      owner_person_id: input.ownerPersonId,
    });
    await record(trx, actor, {
      action: 'strategy.goal.update',
      targetType: 'goal',
      targetId: id,
      details: {
        before: { title: before.title, teamId: before.team_id, parentId: before.parent_id },
        after: { ...input },
      },
    });
  });
  return oneGoal(db, principal, id);
}

export async function deleteGoal(db: Db, principal: Principal, actor: AuditActor, id: number) {
  const before = await requireGoal(db, id);
  await assertMayChange(db, principal, [before.team_id], 'goals');
  await db.transaction().execute(async (trx) => {
    await repo.deleteGoal(trx, id);
    await record(trx, actor, {
      action: 'strategy.goal.delete',
      targetType: 'goal',
      targetId: id,
      details: { title: before.title },
    });
  });
}

function checkKeyResult(k: KeyResultInput) {
  if (k.start === k.target)
    throw badRequest('Start and target must differ.', [
      { field: 'body.target', message: 'equals the start value' },
    ]);
  if (!directionAgrees(k.direction, k.start, k.target))
    throw badRequest(
      `An "${k.direction}" key result needs a target ${k.direction === 'increase' ? 'above' : 'below'} its start.`,
      [
        {
          field: 'body.target',
          message: `${k.target} is ${k.direction === 'increase' ? 'not above' : 'not below'} ${k.start}`,
        },
      ],
    );
  if (k.metric !== null && !(k.metric in KEY_RESULT_METRICS))
    throw badRequest('Unknown metric.', [{ field: 'body.metric', message: `no metric ${k.metric}` }]);
}

const krRow = (k: KeyResultInput) => ({
  title: k.title,
  unit: k.metric ? KEY_RESULT_METRICS[k.metric].unit : k.unit,
  direction: k.direction,
  start_value: k.start,
  target_value: k.target,
  current_value: k.metric ? null : k.current,
  confidence: k.confidence,
  metric: k.metric,
});

export async function createKeyResult(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  goalId: number,
  k: KeyResultInput,
) {
  const goal = await requireGoal(db, goalId);
  await assertMayChange(db, principal, [goal.team_id], 'goals');
  checkKeyResult(k);
  await db.transaction().execute(async (trx) => {
    const position = (await repo.keyResultsOf(trx, [goalId])).length;
    const id = await repo.insertKeyResult(trx, { ...krRow(k), goal_id: goalId, position });
    await record(trx, actor, {
      action: 'strategy.key-result.create',
      targetType: 'key-result',
      targetId: id,
      details: { goalId, ...k },
    });
  });
  return oneGoal(db, principal, goalId);
}

async function requireKeyResult(db: Db, id: number) {
  const k = await repo.findKeyResult(db, id);
  if (!k) throw notFound(`Key result ${id}`);
  return { kr: k, goal: await requireGoal(db, k.goal_id) };
}

export async function updateKeyResult(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: number,
  k: KeyResultInput,
) {
  const { kr, goal } = await requireKeyResult(db, id);
  await assertMayChange(db, principal, [goal.team_id], 'goals');
  checkKeyResult(k);
  await db.transaction().execute(async (trx) => {
    await repo.updateKeyResult(trx, id, krRow(k));
    await record(trx, actor, {
      action: 'strategy.key-result.update',
      targetType: 'key-result',
      targetId: id,
      details: {
        before: { title: kr.title, start: kr.start_value, target: kr.target_value, metric: kr.metric },
        after: { ...k },
      },
    });
  });
  return oneGoal(db, principal, goal.id);
}

export async function deleteKeyResult(db: Db, principal: Principal, actor: AuditActor, id: number) {
  const { kr, goal } = await requireKeyResult(db, id);
  await assertMayChange(db, principal, [goal.team_id], 'goals');
  await db.transaction().execute(async (trx) => {
    await repo.deleteKeyResult(trx, id);
    await record(trx, actor, {
      action: 'strategy.key-result.delete',
      targetType: 'key-result',
      targetId: id,
      details: { title: kr.title },
    });
  });
  return oneGoal(db, principal, goal.id);
}

/**
 * A check-in: a new current value (ignored for a bound key result, whose live value is recorded
 * instead) and/or confidence, with a note.
 */
export async function checkIn(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: number,
  input: { value: number | null; confidence: number | null; note: string },
) {
  const { kr, goal } = await requireKeyResult(db, id);
  await assertMayChange(db, principal, [goal.team_id], 'goals');
  if (kr.metric === null && input.value === null && input.confidence === null)
    throw badRequest('A check-in needs a value or a confidence.', [
      { field: 'body.value', message: 'missing' },
    ]);
  let value = input.value;
  if (kr.metric !== null && kr.metric in KEY_RESULT_METRICS) {
    const r = await readMetrics(db, principal, [
      { metric: kr.metric as KeyResultMetric, teamId: goal.team_id },
    ]);
    value = r.get(metricKey(kr.metric, goal.team_id))?.value ?? null;
  }
  await db.transaction().execute(async (trx) => {
    const checkinId = await repo.insertCheckin(trx, {
      key_result_id: id,
      value,
      confidence: input.confidence,
      note: input.note,
      by_label: actor.label,
    });
    const set = {
      ...(kr.metric === null && value !== null ? { current_value: value } : {}),
      ...(input.confidence !== null ? { confidence: input.confidence } : {}),
    };
    if (Object.keys(set).length) await repo.updateKeyResult(trx, id, set);
    await record(trx, actor, {
      action: 'strategy.key-result.check-in',
      targetType: 'key-result',
      targetId: id,
      details: { checkinId, value, confidence: input.confidence },
    });
  });
  return oneGoal(db, principal, goal.id);
}

export async function checkinHistory(db: Db, id: number) {
  const { kr } = await requireKeyResult(db, id);
  const rows = await repo.checkinsOf(db, [kr.id]);
  return rows.map((c) => ({
    id: c.id,
    at: c.at.toISOString(),
    value: c.value,
    confidence: c.confidence,
    note: c.note,
    by: c.by_label,
  }));
}
