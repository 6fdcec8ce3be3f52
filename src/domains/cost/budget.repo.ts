/** Cost budgets (SQL only): migrations/20261124120200_cost_budgets.sql. */

import { type Generated, type Selectable, sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export type BudgetScope = 'organization' | 'team' | 'service' | 'service_category';
export type BudgetPeriodKind = 'month' | 'quarter' | 'year';

interface CostBudgetsTable {
  id: Generated<number>;
  name: string;
  scope: BudgetScope;
  team_id: number | null;
  service_id: number | null;
  service_category: string | null;
  period: BudgetPeriodKind;
  /** numeric: a decimal string. */
  amount: string;
  currency: string;
  notes: Generated<string>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

declare module '../../platform/db/database.js' {
  interface Database {
    cost_budgets: CostBudgetsTable;
  }
}

export type BudgetRow = Selectable<CostBudgetsTable> & {
  team_name: string | null;
  service_name: string | null;
};

export interface BudgetValues {
  name: string;
  scope: BudgetScope;
  team_id: number | null;
  service_id: number | null;
  service_category: string | null;
  period: BudgetPeriodKind;
  amount: string;
  currency: string;
  notes: string;
}

const base = (db: Db) =>
  db
    .selectFrom('cost_budgets as b')
    .leftJoin('teams as t', 't.id', 'b.team_id')
    .leftJoin('catalog_entities as s', 's.id', 'b.service_id')
    .selectAll('b')
    .select(['t.name as team_name', 's.name as service_name']);

const normalize = (r: BudgetRow): BudgetRow => ({
  ...r,
  id: Number(r.id),
  team_id: r.team_id === null ? null : Number(r.team_id),
  service_id: r.service_id === null ? null : Number(r.service_id),
  amount: String(r.amount),
});

export async function listBudgets(db: Db): Promise<BudgetRow[]> {
  const rows = await base(db).orderBy('b.scope').orderBy('b.name').orderBy('b.id').execute();
  return rows.map(normalize);
}

export async function budgetById(db: Db, id: number): Promise<BudgetRow | undefined> {
  const row = await base(db).where('b.id', '=', id).executeTakeFirst();
  return row ? normalize(row) : undefined;
}

/** The budget with the same scope and period length, if any (one per scope and period). */
export async function sameScope(db: Db, v: BudgetValues): Promise<{ id: number } | undefined> {
  const r = await sql<{ id: number }>`select id from cost_budgets
    where scope = ${v.scope} and coalesce(team_id, 0) = ${v.team_id ?? 0}
      and coalesce(service_id, 0) = ${v.service_id ?? 0}
      and coalesce(service_category, '') = ${v.service_category ?? ''} and period = ${v.period}`.execute(db);
  const row = r.rows[0];
  return row ? { id: Number(row.id) } : undefined;
}

export async function insertBudget(db: Db, v: BudgetValues, createdBy: string): Promise<number> {
  const row = await db
    .insertInto('cost_budgets')
    .values({ ...v, created_by: createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function updateBudget(db: Db, id: number, v: Partial<BudgetValues>): Promise<void> {
  await db
    .updateTable('cost_budgets')
    .set({ ...v, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function deleteBudget(db: Db, id: number): Promise<void> {
  await db.deleteFrom('cost_budgets').where('id', '=', id).execute();
}

/** The last charge day with billing data (`YYYY-MM-DD`), or null before any import. */
export async function lastChargeDay(db: Db): Promise<string | null> {
  const r = await sql<{ day: string | Date | null }>`select max(charge_day) as day from cost_daily`.execute(
    db,
  );
  const day = r.rows[0]?.day ?? null;
  if (day === null) return null;
  return day instanceof Date ? day.toISOString().slice(0, 10) : String(day).slice(0, 10);
}

/** The first charge day with billing data (`YYYY-MM-DD`), or null before any import. */
export async function firstChargeDay(db: Db): Promise<string | null> {
  const r = await sql<{ day: string | Date | null }>`select min(charge_day) as day from cost_daily`.execute(
    db,
  );
  const day = r.rows[0]?.day ?? null;
  if (day === null) return null;
  return day instanceof Date ? day.toISOString().slice(0, 10) : String(day).slice(0, 10);
}
