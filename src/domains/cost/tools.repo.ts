/** The tool register's tables (SQL only): tools, the teams using them, and their seats. */

import { type Generated, type Selectable, sql } from 'kysely';
import { insertJson } from '../../platform/db/bulk.js';
import type { Db } from '../../platform/db/database.js';
import { sumDecimals } from './importers/focus-decimal.js';

interface CostToolsTable {
  id: Generated<number>;
  vendor: string;
  product: string;
  category: string;
  plan: Generated<string>;
  contract_start: string | null;
  contract_end: string | null;
  renewal_date: string | null;
  notice_days: Generated<number>;
  auto_renew: Generated<boolean>;
  annual_cost: Generated<string>;
  currency: Generated<string>;
  seats_bought: number | null;
  owner_person_id: number | null;
  notes: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

interface CostToolTeamsTable {
  tool_id: number;
  team_id: number;
}

interface CostToolSeatsTable {
  id: Generated<number>;
  tool_id: number;
  email: string;
  person_id: number | null;
  last_active_at: Date | null;
  source: 'csv' | 'sso';
  created_at: Generated<Date>;
}

declare module '../../platform/db/database.js' {
  interface Database {
    cost_tools: CostToolsTable;
    cost_tool_teams: CostToolTeamsTable;
    cost_tool_seats: CostToolSeatsTable;
  }
}

export type ToolDbRow = Selectable<CostToolsTable>;

export type ToolValues = {
  vendor: string;
  product: string;
  category: string;
  plan: string;
  contract_start: string | null;
  contract_end: string | null;
  renewal_date: string | null;
  notice_days: number;
  auto_renew: boolean;
  annual_cost: string;
  currency: string;
  seats_bought: number | null;
  owner_person_id: number | null;
  notes: string;
};

export interface SeatCounts {
  tool_id: number;
  assigned: number;
  active: number;
}

export interface SeatDbRow {
  id: number;
  tool_id: number;
  email: string;
  person_id: number | null;
  last_active_at: Date | null;
  source: 'csv' | 'sso';
}

export interface NewSeat {
  tool_id: number;
  email: string;
  person_id: number | null;
  last_active_at: string | null;
  source: 'csv' | 'sso';
}

// Dates as text (never shifted by a time zone) and money as the exact decimal text.
const toolColumns = [
  'id',
  'vendor',
  'product',
  'category',
  'plan',
  sql<string | null>`contract_start::text`.as('contract_start'),
  sql<string | null>`contract_end::text`.as('contract_end'),
  sql<string | null>`renewal_date::text`.as('renewal_date'),
  'notice_days',
  'auto_renew',
  sql<string>`annual_cost::text`.as('annual_cost'),
  'currency',
  'seats_bought',
  'owner_person_id',
  'notes',
  'created_at',
  'updated_at',
] as const;

export interface ToolFilter {
  category?: string | undefined;
  teamId?: number | undefined;
  ids?: number[] | undefined;
}

/** `1200.00` → `1200`: amounts as the shortest decimal, whatever scale was stored. */
const tidy = <T extends { annual_cost: string } | undefined>(row: T): T =>
  row ? { ...row, annual_cost: sumDecimals([row.annual_cost]) } : row;

export async function listTools(db: Db, filter: ToolFilter = {}): Promise<ToolDbRow[]> {
  let q = db.selectFrom('cost_tools').select(toolColumns);
  if (filter.category) q = q.where('category', '=', filter.category);
  if (filter.ids) q = q.where('id', 'in', filter.ids.length ? filter.ids : [-1]);
  if (filter.teamId !== undefined) {
    const teamId = filter.teamId;
    q = q.where('id', 'in', (eb) =>
      eb.selectFrom('cost_tool_teams').select('tool_id').where('team_id', '=', teamId),
    );
  }
  const rows = (await q.orderBy(sql`lower(product)`).orderBy(sql`lower(vendor)`).execute()) as ToolDbRow[];
  return rows.map(tidy);
}

export async function toolById(db: Db, id: number): Promise<ToolDbRow | undefined> {
  return tidy(
    (await db.selectFrom('cost_tools').select(toolColumns).where('id', '=', id).executeTakeFirst()) as
      | ToolDbRow
      | undefined,
  );
}

export async function toolByName(db: Db, vendor: string, product: string): Promise<ToolDbRow | undefined> {
  return tidy(
    (await db
      .selectFrom('cost_tools')
      .select(toolColumns)
      .where(
        sql<boolean>`lower(vendor) = ${vendor.toLowerCase()} and lower(product) = ${product.toLowerCase()}`,
      )
      .executeTakeFirst()) as ToolDbRow | undefined,
  );
}

export async function insertTool(db: Db, v: ToolValues): Promise<number> {
  const row = await db.insertInto('cost_tools').values(v).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function updateTool(db: Db, id: number, v: Partial<ToolValues>): Promise<void> {
  await db
    .updateTable('cost_tools')
    .set({ ...v, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function deleteTool(db: Db, id: number): Promise<void> {
  await db.deleteFrom('cost_tools').where('id', '=', id).execute();
}

/** Team ids of each tool. */
export async function toolTeams(db: Db, toolIds?: number[]): Promise<Map<number, number[]>> {
  let q = db.selectFrom('cost_tool_teams').select(['tool_id', 'team_id']).orderBy('team_id');
  if (toolIds) q = q.where('tool_id', 'in', toolIds.length ? toolIds : [-1]);
  const out = new Map<number, number[]>();
  for (const r of await q.execute()) {
    const list = out.get(Number(r.tool_id)) ?? [];
    if (list.length === 0) out.set(Number(r.tool_id), list);
    list.push(Number(r.team_id));
  }
  return out;
}

export async function setToolTeams(db: Db, toolId: number, teamIds: number[]): Promise<void> {
  await db.deleteFrom('cost_tool_teams').where('tool_id', '=', toolId).execute();
  if (teamIds.length)
    await db
      .insertInto('cost_tool_teams')
      .values(teamIds.map((team_id) => ({ tool_id: toolId, team_id })))
      .execute();
}

/**
 * One row per seat holder of a tool: a person (matched by any of their e-mails, from any source) or, for
 * e-mails matched to nobody, the e-mail — so a person seen by the CSV and by SSO, under one e-mail or two,
 * counts once. `last_active_at` is the latest activity from any source.
 */
function seatHolders(toolIds?: number[]) {
  const only = toolIds ? sql`where tool_id in (${sql.join(toolIds.length ? toolIds : [-1])})` : sql``;
  return sql`select tool_id, coalesce('p' || person_id::text, 'e' || email) as holder, min(email) as email,
      max(person_id) as person_id, max(last_active_at) as last_active_at
    from (
      select tool_id, email, max(person_id) as person_id, max(last_active_at) as last_active_at
      from cost_tool_seats ${only}
      group by tool_id, email
    ) by_email
    group by tool_id, coalesce('p' || person_id::text, 'e' || email)`;
}

/** Seats assigned and active per tool: seat holders (seatHolders), active when used on or after `since`. */
export async function seatCounts(db: Db, since: Date, toolIds?: number[]): Promise<Map<number, SeatCounts>> {
  const { rows } = await sql<{ tool_id: number; assigned: number; active: number }>`
    select tool_id, count(*)::int as assigned,
      (count(*) filter (where last_active_at >= ${since}))::int as active
    from (${seatHolders(toolIds)}) h
    group by tool_id`.execute(db);
  return new Map(
    rows.map((r) => [
      Number(r.tool_id),
      { tool_id: Number(r.tool_id), assigned: Number(r.assigned), active: Number(r.active) },
    ]),
  );
}

export async function seatsOf(db: Db, toolId: number): Promise<SeatDbRow[]> {
  const rows = await db
    .selectFrom('cost_tool_seats')
    .select(['id', 'tool_id', 'email', 'person_id', 'last_active_at', 'source'])
    .where('tool_id', '=', toolId)
    .orderBy(sql`last_active_at desc nulls last`)
    .orderBy('email')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), tool_id: Number(r.tool_id) }));
}

/**
 * Seat holders (seatHolders) whose latest activity is before `since` (or never), across the tools given
 * (all when omitted); a person with several e-mails is shown under the first of them.
 */
export async function inactiveSeats(
  db: Db,
  since: Date,
  toolIds?: number[],
): Promise<{ tool_id: number; email: string; person_id: number | null; last_active_at: Date | null }[]> {
  const { rows } = await sql<{
    tool_id: number;
    email: string;
    person_id: number | null;
    last_active_at: Date | string | null;
  }>`
    select tool_id, email, person_id, last_active_at from (${seatHolders(toolIds)}) h
    where last_active_at is null or last_active_at < ${since}
    order by tool_id, last_active_at asc nulls first, email`.execute(db);
  return rows.map((r) => ({
    tool_id: Number(r.tool_id),
    email: r.email,
    person_id: r.person_id === null ? null : Number(r.person_id),
    last_active_at: r.last_active_at === null ? null : new Date(r.last_active_at),
  }));
}

/** The seats of one tool and source, as stored, for comparing with a file. */
export async function seatsBySource(db: Db, toolIds: number[], source: 'csv' | 'sso') {
  if (toolIds.length === 0) return [];
  const rows = await db
    .selectFrom('cost_tool_seats')
    .select(['tool_id', 'email', 'person_id', 'last_active_at'])
    .where('tool_id', 'in', toolIds)
    .where('source', '=', source)
    .execute();
  return rows.map((r) => ({ ...r, tool_id: Number(r.tool_id) }));
}

/** Replaces the seats of these tools from this source with exactly `seats`. */
export async function replaceSeats(
  db: Db,
  toolIds: number[],
  source: 'csv' | 'sso',
  seats: NewSeat[],
): Promise<void> {
  if (toolIds.length)
    await db
      .deleteFrom('cost_tool_seats')
      .where('tool_id', 'in', toolIds)
      .where('source', '=', source)
      .execute();
  await insertJson(db, 'cost_tool_seats', seats, {
    columns: ['tool_id', 'email', 'person_id', 'last_active_at', 'source'],
  });
}

/**
 * Creates or updates seats of one source by (tool, source, e-mail); an update sets the person and moves
 * `last_active_at` only forward (the later of the stored and the given value). Other seats are untouched.
 */
export async function upsertSeats(db: Db, seats: NewSeat[]): Promise<void> {
  await insertJson(db, 'cost_tool_seats', seats, {
    columns: ['tool_id', 'email', 'person_id', 'last_active_at', 'source'],
    onConflict: sql`on conflict (tool_id, source, email) do update set
      person_id = excluded.person_id,
      last_active_at = greatest(cost_tool_seats.last_active_at, excluded.last_active_at)`,
  });
}
