/** Initiatives with their teams, goals, milestones, acceptance items and delivery links (SQL only). */

import type { Generated, Insertable, Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { InitiativeStatus } from './metrics/initiative-status.js';

interface StrategyInitiativesTable {
  id: Generated<number>;
  name: string;
  description: Generated<string>;
  owner_person_id: number | null;
  status: InitiativeStatus;
  planned_start: string;
  planned_end: string;
  budget_amount: string | null;
  budget_currency: string | null;
  budget_weeks: string | null;
  actual_cost_amount: string | null;
  completed_on: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

interface StrategyMilestonesTable {
  id: Generated<number>;
  initiative_id: number;
  name: string;
  due_on: string;
  done_on: string | null;
}

interface StrategyAcceptanceItemsTable {
  id: Generated<number>;
  initiative_id: number;
  position: Generated<number>;
  text: string;
  done: Generated<boolean>;
}

export type LinkKind = 'repository' | 'service' | 'label' | 'pull_request';

interface StrategyInitiativeLinksTable {
  id: Generated<number>;
  initiative_id: number;
  kind: LinkKind;
  repository_id: number | null;
  service_id: number | null;
  label: string | null;
  pull_request_id: number | null;
}

declare module '../../platform/db/database.js' {
  interface Database {
    strategy_initiatives: StrategyInitiativesTable;
    strategy_initiative_teams: { initiative_id: number; team_id: number };
    strategy_initiative_goals: { initiative_id: number; goal_id: number };
    strategy_milestones: StrategyMilestonesTable;
    strategy_acceptance_items: StrategyAcceptanceItemsTable;
    strategy_initiative_links: StrategyInitiativeLinksTable;
  }
}

export type InitiativeRow = Selectable<StrategyInitiativesTable>;
export type NewInitiative = Insertable<StrategyInitiativesTable>;
export type MilestoneRow = Selectable<StrategyMilestonesTable>;
export type AcceptanceItemRow = Selectable<StrategyAcceptanceItemsTable>;
export type LinkRow = Selectable<StrategyInitiativeLinksTable>;
export type NewLink = Omit<Insertable<StrategyInitiativeLinksTable>, 'initiative_id'>;

export function listInitiatives(db: Db, ids?: number[]): Promise<InitiativeRow[]> {
  let q = db.selectFrom('strategy_initiatives').selectAll().orderBy('planned_start').orderBy('id');
  if (ids) {
    if (ids.length === 0) return Promise.resolve([]);
    q = q.where('id', 'in', ids);
  }
  return q.execute();
}

export function findInitiative(db: Db, id: number): Promise<InitiativeRow | undefined> {
  return db.selectFrom('strategy_initiatives').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertInitiative(db: Db, row: NewInitiative): Promise<number> {
  const r = await db.insertInto('strategy_initiatives').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateInitiative(db: Db, id: number, row: Partial<NewInitiative>): Promise<void> {
  await db
    .updateTable('strategy_initiatives')
    .set({ ...row, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function deleteInitiative(db: Db, id: number): Promise<void> {
  await db.deleteFrom('strategy_initiatives').where('id', '=', id).execute();
}

/** Replaces the teams, goals, acceptance items and links of an initiative (what an edit sends whole). */
export async function replaceParts(
  db: Db,
  id: number,
  parts: {
    teamIds?: number[];
    goalIds?: number[];
    items?: { text: string; done: boolean }[];
    links?: NewLink[];
  },
): Promise<void> {
  if (parts.teamIds) {
    await db.deleteFrom('strategy_initiative_teams').where('initiative_id', '=', id).execute();
    if (parts.teamIds.length)
      await db
        .insertInto('strategy_initiative_teams')
        .values([...new Set(parts.teamIds)].map((team_id) => ({ initiative_id: id, team_id })))
        .execute();
  }
  if (parts.goalIds) {
    await db.deleteFrom('strategy_initiative_goals').where('initiative_id', '=', id).execute();
    if (parts.goalIds.length)
      await db
        .insertInto('strategy_initiative_goals')
        .values([...new Set(parts.goalIds)].map((goal_id) => ({ initiative_id: id, goal_id })))
        .execute();
  }
  if (parts.items) {
    await db.deleteFrom('strategy_acceptance_items').where('initiative_id', '=', id).execute();
    if (parts.items.length)
      await db
        .insertInto('strategy_acceptance_items')
        .values(
          parts.items.map((it, position) => ({ initiative_id: id, position, text: it.text, done: it.done })),
        )
        .execute();
  }
  if (parts.links) {
    await db.deleteFrom('strategy_initiative_links').where('initiative_id', '=', id).execute();
    if (parts.links.length)
      await db
        .insertInto('strategy_initiative_links')
        .values(parts.links.map((l) => ({ ...l, initiative_id: id })))
        .execute();
  }
}

export interface InitiativeParts {
  teams: { initiative_id: number; team_id: number }[];
  goals: { initiative_id: number; goal_id: number }[];
  milestones: MilestoneRow[];
  items: AcceptanceItemRow[];
  links: LinkRow[];
}

export async function partsOf(db: Db, ids: number[]): Promise<InitiativeParts> {
  if (ids.length === 0) return { teams: [], goals: [], milestones: [], items: [], links: [] };
  const [teams, goals, milestones, items, links] = await Promise.all([
    db.selectFrom('strategy_initiative_teams').selectAll().where('initiative_id', 'in', ids).execute(),
    db.selectFrom('strategy_initiative_goals').selectAll().where('initiative_id', 'in', ids).execute(),
    db
      .selectFrom('strategy_milestones')
      .selectAll()
      .where('initiative_id', 'in', ids)
      .orderBy('due_on')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('strategy_acceptance_items')
      .selectAll()
      .where('initiative_id', 'in', ids)
      .orderBy('position')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('strategy_initiative_links')
      .selectAll()
      .where('initiative_id', 'in', ids)
      .orderBy('id')
      .execute(),
  ]);
  return { teams, goals, milestones, items, links };
}

export function findMilestone(db: Db, id: number): Promise<MilestoneRow | undefined> {
  return db.selectFrom('strategy_milestones').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMilestone(
  db: Db,
  m: { initiative_id: number; name: string; due_on: string; done_on: string | null },
): Promise<number> {
  const r = await db.insertInto('strategy_milestones').values(m).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateMilestone(
  db: Db,
  id: number,
  m: Partial<{ name: string; due_on: string; done_on: string | null }>,
): Promise<void> {
  await db.updateTable('strategy_milestones').set(m).where('id', '=', id).execute();
}

export async function deleteMilestone(db: Db, id: number): Promise<void> {
  await db.deleteFrom('strategy_milestones').where('id', '=', id).execute();
}

export async function setItemDone(db: Db, itemId: number, done: boolean): Promise<void> {
  await db.updateTable('strategy_acceptance_items').set({ done }).where('id', '=', itemId).execute();
}
