/**
 * Changes to initiatives, their milestones and acceptance items: authorized (a manager for initiatives
 * of their own teams, leaders for all), checked with errors naming the field, audited.
 */

import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import type { FieldError } from '../../platform/http/problem.js';
import { badRequest, notFound } from '../../platform/http/problem.js';
import { pullRequestIdsByRef } from '../delivery/delivery-initiatives.service.js';
import { personNames, repositoryRefs, serviceRefs, teamNames } from '../org/org-lookup.service.js';
import { assertMayChange } from './direction-access.service.js';
import * as goals from './goal.repo.js';
import * as repo from './initiative.repo.js';
import { initiativeDetail, requireInitiative } from './initiative.service.js';
import type { InitiativeStatus } from './metrics/initiative-status.js';

export interface InitiativeInput {
  name: string;
  description: string;
  ownerPersonId: number | null;
  status: InitiativeStatus;
  plannedStart: string;
  plannedEnd: string;
  completedOn: string | null;
  budget: { amount: string | null; currency: string | null; weeks: number | null };
  actualCostAmount: string | null;
  teamIds: number[];
  goalIds: number[];
  acceptance: { text: string; done: boolean }[];
  links: { repositories: string[]; services: string[]; labels: string[]; pullRequests: string[] };
}

/** Checks references and turns link names into ids; throws one error listing every bad field. */
export async function resolveInput(db: Db, input: InitiativeInput) {
  const errors: FieldError[] = [];
  if (input.plannedEnd < input.plannedStart)
    errors.push({
      field: 'body.plannedEnd',
      message: `${input.plannedEnd} is before the planned start ${input.plannedStart}`,
    });
  if ((input.budget.amount === null) !== (input.budget.currency === null))
    errors.push({
      field: 'body.budget.currency',
      message: 'a money budget needs both an amount and a currency',
    });
  if (input.actualCostAmount !== null && input.budget.currency === null)
    errors.push({ field: 'body.actualCostAmount', message: 'an actual cost needs the budget currency' });
  if (input.ownerPersonId !== null && (await personNames(db, [input.ownerPersonId])).size === 0)
    errors.push({ field: 'body.ownerPersonId', message: `no person ${input.ownerPersonId}` });
  const teams = await teamNames(db);
  input.teamIds.forEach((t, i) => {
    if (!teams.has(t)) errors.push({ field: `body.teamIds[${i}]`, message: `no team ${t}` });
  });
  const known = new Set((await goals.goalsByIds(db, input.goalIds)).map((g) => g.id));
  input.goalIds.forEach((g, i) => {
    if (!known.has(g)) errors.push({ field: `body.goalIds[${i}]`, message: `no goal ${g}` });
  });
  const repos = await repositoryRefs(db);
  const services = await serviceRefs(db);
  const links: repo.NewLink[] = [];
  input.links.repositories.forEach((name, i) => {
    const r = repos.get(name.trim().toLowerCase());
    if (!r) errors.push({ field: `body.links.repositories[${i}]`, message: `no repository "${name}"` });
    else links.push({ kind: 'repository', repository_id: r.id });
  });
  input.links.services.forEach((name, i) => {
    const s = services.get(name.trim().toLowerCase());
    if (!s) errors.push({ field: `body.links.services[${i}]`, message: `no service "${name}"` });
    else links.push({ kind: 'service', service_id: s.id });
  });
  for (const label of new Set(input.links.labels.map((l) => l.trim()).filter(Boolean)))
    links.push({ kind: 'label', label });
  const refs: { repositoryId: number; number: number; at: number }[] = [];
  input.links.pullRequests.forEach((ref, i) => {
    const m = /^(.+)#(\d+)$/.exec(ref.trim());
    const r = m ? repos.get(m[1]!.toLowerCase()) : undefined;
    if (!m || !r)
      errors.push({
        field: `body.links.pullRequests[${i}]`,
        message: m ? `no repository "${m[1]}"` : `"${ref}" is not owner/name#number`,
      });
    else refs.push({ repositoryId: r.id, number: Number(m[2]), at: i });
  });
  const prIds = await pullRequestIdsByRef(db, refs);
  for (const r of refs) {
    const id = prIds.get(`${r.repositoryId}#${r.number}`);
    if (id === undefined)
      errors.push({
        field: `body.links.pullRequests[${r.at}]`,
        message: `no pull request ${input.links.pullRequests[r.at]}`,
      });
    else links.push({ kind: 'pull_request', pull_request_id: id });
  }
  const seen = new Set<string>();
  const unique = links.filter((l) => {
    const k = `${l.kind}|${l.repository_id ?? ''}|${l.service_id ?? ''}|${l.label ?? ''}|${l.pull_request_id ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (errors.length)
    throw badRequest(
      `The initiative has ${errors.length} problem(s): ${errors[0]!.field} ${errors[0]!.message}`,
      errors,
    );
  return unique;
}

const rowOf = (input: InitiativeInput) => ({
  name: input.name,
  description: input.description,
  owner_person_id: input.ownerPersonId,
  status: input.status,
  planned_start: input.plannedStart,
  planned_end: input.plannedEnd,
  completed_on: input.completedOn,
  budget_amount: input.budget.amount,
  budget_currency: input.budget.currency,
  budget_weeks: input.budget.weeks === null ? null : String(input.budget.weeks),
  actual_cost_amount: input.actualCostAmount,
});

export async function createInitiative(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  input: InitiativeInput,
) {
  await assertMayChange(db, principal, input.teamIds, 'initiatives');
  const links = await resolveInput(db, input);
  const id = await db.transaction().execute(async (trx) => {
    const id = await repo.insertInitiative(trx, rowOf(input));
    await repo.replaceParts(trx, id, {
      teamIds: input.teamIds,
      goalIds: input.goalIds,
      items: input.acceptance,
      links,
    });
    await record(trx, actor, {
      action: 'strategy.initiative.create',
      targetType: 'initiative',
      targetId: id,
      details: { ...input },
    });
    return id;
  });
  return initiativeDetail(db, principal, id);
}

async function currentTeams(db: Db, id: number) {
  return (await repo.partsOf(db, [id])).teams.map((t) => t.team_id);
}

export async function updateInitiative(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: number,
  input: InitiativeInput,
) {
  const before = await requireInitiative(db, id);
  await assertMayChange(db, principal, await currentTeams(db, id), 'initiatives');
  await assertMayChange(db, principal, input.teamIds, 'initiatives');
  const links = await resolveInput(db, input);
  await db.transaction().execute(async (trx) => {
    await repo.updateInitiative(trx, id, rowOf(input));
    await repo.replaceParts(trx, id, {
      teamIds: input.teamIds,
      goalIds: input.goalIds,
      items: input.acceptance,
      links,
    });
    await record(trx, actor, {
      action: 'strategy.initiative.update',
      targetType: 'initiative',
      targetId: id,
      details: {
        before: { name: before.name, status: before.status, plannedEnd: before.planned_end },
        after: { ...input },
      },
    });
  });
  return initiativeDetail(db, principal, id);
}

export async function deleteInitiative(db: Db, principal: Principal, actor: AuditActor, id: number) {
  const before = await requireInitiative(db, id);
  await assertMayChange(db, principal, await currentTeams(db, id), 'initiatives');
  await db.transaction().execute(async (trx) => {
    await repo.deleteInitiative(trx, id);
    await record(trx, actor, {
      action: 'strategy.initiative.delete',
      targetType: 'initiative',
      targetId: id,
      details: { name: before.name },
    });
  });
}

export async function setAcceptanceItem(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: number,
  itemId: number,
  done: boolean,
) {
  await requireInitiative(db, id);
  await assertMayChange(db, principal, await currentTeams(db, id), 'initiatives');
  const item = (await repo.partsOf(db, [id])).items.find((i) => i.id === itemId);
  if (!item) throw notFound(`Acceptance item ${itemId} of initiative ${id}`);
  await db.transaction().execute(async (trx) => {
    await repo.setItemDone(trx, itemId, done);
    await record(trx, actor, {
      action: 'strategy.initiative.acceptance',
      targetType: 'initiative',
      targetId: id,
      details: { itemId, text: item.text, done },
    });
  });
  return initiativeDetail(db, principal, id);
}

export interface MilestoneInput {
  name: string;
  dueOn: string;
  doneOn: string | null;
}

export async function addMilestone(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: number,
  m: MilestoneInput,
) {
  await requireInitiative(db, id);
  await assertMayChange(db, principal, await currentTeams(db, id), 'initiatives');
  await db.transaction().execute(async (trx) => {
    const mid = await repo.insertMilestone(trx, {
      initiative_id: id,
      name: m.name,
      due_on: m.dueOn,
      done_on: m.doneOn,
    });
    await record(trx, actor, {
      action: 'strategy.milestone.create',
      targetType: 'milestone',
      targetId: mid,
      details: { initiativeId: id, ...m },
    });
  });
  return initiativeDetail(db, principal, id);
}

async function requireMilestone(db: Db, id: number, milestoneId: number) {
  const m = await repo.findMilestone(db, milestoneId);
  if (!m || m.initiative_id !== id) throw notFound(`Milestone ${milestoneId} of initiative ${id}`);
  return m;
}

export async function updateMilestone(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: number,
  milestoneId: number,
  m: MilestoneInput,
) {
  const before = await requireMilestone(db, id, milestoneId);
  await assertMayChange(db, principal, await currentTeams(db, id), 'initiatives');
  await db.transaction().execute(async (trx) => {
    await repo.updateMilestone(trx, milestoneId, { name: m.name, due_on: m.dueOn, done_on: m.doneOn });
    await record(trx, actor, {
      action: 'strategy.milestone.update',
      targetType: 'milestone',
      targetId: milestoneId,
      details: {
        initiativeId: id,
        before: { name: before.name, dueOn: before.due_on, doneOn: before.done_on },
        after: { ...m },
      },
    });
  });
  return initiativeDetail(db, principal, id);
}

export async function deleteMilestone(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: number,
  milestoneId: number,
) {
  const before = await requireMilestone(db, id, milestoneId);
  await assertMayChange(db, principal, await currentTeams(db, id), 'initiatives');
  await db.transaction().execute(async (trx) => {
    await repo.deleteMilestone(trx, milestoneId);
    await record(trx, actor, {
      action: 'strategy.milestone.delete',
      targetType: 'milestone',
      targetId: milestoneId,
      details: { initiativeId: id, name: before.name },
    });
  });
  return initiativeDetail(db, principal, id);
}
