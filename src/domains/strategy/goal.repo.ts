/** Goals, their key results and check-ins (SQL only). */

import type { Generated, Insertable, Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.js';

interface StrategyGoalsTable {
  id: Generated<number>;
  parent_id: number | null;
  team_id: number | null;
  period: string;
  title: string;
  description: Generated<string>;
  owner_person_id: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

interface StrategyKeyResultsTable {
  id: Generated<number>;
  goal_id: number;
  position: Generated<number>;
  title: string;
  unit: Generated<string>;
  direction: 'increase' | 'decrease';
  start_value: number;
  target_value: number;
  current_value: number | null;
  confidence: number | null;
  metric: string | null;
}

interface StrategyKeyResultCheckinsTable {
  id: Generated<number>;
  key_result_id: number;
  at: Generated<Date>;
  value: number | null;
  confidence: number | null;
  note: Generated<string>;
  by_label: string;
}

declare module '../../platform/db/database.js' {
  interface Database {
    strategy_goals: StrategyGoalsTable;
    strategy_key_results: StrategyKeyResultsTable;
    strategy_key_result_checkins: StrategyKeyResultCheckinsTable;
  }
}

export type GoalRow = Selectable<StrategyGoalsTable>;
export type KeyResultRow = Selectable<StrategyKeyResultsTable>;
export type CheckinRow = Selectable<StrategyKeyResultCheckinsTable>;
export type NewGoal = Insertable<StrategyGoalsTable>;
export type NewKeyResult = Insertable<StrategyKeyResultsTable>;

export function listGoals(db: Db, period: string | null): Promise<GoalRow[]> {
  let q = db.selectFrom('strategy_goals').selectAll().orderBy('team_id', 'desc').orderBy('id');
  if (period) q = q.where('period', '=', period);
  return q.execute();
}

export function findGoal(db: Db, id: number): Promise<GoalRow | undefined> {
  return db.selectFrom('strategy_goals').selectAll().where('id', '=', id).executeTakeFirst();
}

export function goalsByIds(db: Db, ids: number[]): Promise<GoalRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('strategy_goals').selectAll().where('id', 'in', ids).execute();
}

export async function periods(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('strategy_goals')
    .select('period')
    .distinct()
    .orderBy('period', 'desc')
    .execute();
  return rows.map((r) => r.period);
}

export async function insertGoal(db: Db, g: NewGoal): Promise<number> {
  const r = await db.insertInto('strategy_goals').values(g).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateGoal(db: Db, id: number, g: Partial<NewGoal>): Promise<void> {
  await db
    .updateTable('strategy_goals')
    .set({ ...g, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function deleteGoal(db: Db, id: number): Promise<void> {
  await db.deleteFrom('strategy_goals').where('id', '=', id).execute();
}

export function keyResultsOf(db: Db, goalIds: number[]): Promise<KeyResultRow[]> {
  if (goalIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('strategy_key_results')
    .selectAll()
    .where('goal_id', 'in', goalIds)
    .orderBy('goal_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export function findKeyResult(db: Db, id: number): Promise<KeyResultRow | undefined> {
  return db.selectFrom('strategy_key_results').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertKeyResult(db: Db, kr: NewKeyResult): Promise<number> {
  const r = await db.insertInto('strategy_key_results').values(kr).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateKeyResult(db: Db, id: number, kr: Partial<NewKeyResult>): Promise<void> {
  await db.updateTable('strategy_key_results').set(kr).where('id', '=', id).execute();
}

export async function deleteKeyResult(db: Db, id: number): Promise<void> {
  await db.deleteFrom('strategy_key_results').where('id', '=', id).execute();
}

export function checkinsOf(db: Db, keyResultIds: number[]): Promise<CheckinRow[]> {
  if (keyResultIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('strategy_key_result_checkins')
    .selectAll()
    .where('key_result_id', 'in', keyResultIds)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function insertCheckin(
  db: Db,
  c: {
    key_result_id: number;
    value: number | null;
    confidence: number | null;
    note: string;
    by_label: string;
    at?: Date;
  },
): Promise<number> {
  const r = await db
    .insertInto('strategy_key_result_checkins')
    .values(c)
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Goals of these periods, with how many key results each has (for the scorecard). */
export async function goalMeasurability(db: Db, periodsWanted: string[]) {
  if (periodsWanted.length === 0) return [];
  return db
    .selectFrom('strategy_goals as g')
    .leftJoin('strategy_key_results as k', 'k.goal_id', 'g.id')
    .select(['g.id', 'g.team_id'])
    .select((eb) => eb.fn.count<string>('k.id').as('key_results'))
    .where('g.period', 'in', periodsWanted)
    .groupBy(['g.id', 'g.team_id'])
    .execute();
}
