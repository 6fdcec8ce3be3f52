/**
 * Cloud billing (SQL only): imports, allocation keys, the daily roll-up, allocation rules and exchange
 * rates. The billing lines themselves are written by billing-write.repo.ts (the bulk path).
 */

import { type Generated, sql } from 'kysely';
import { insertJson } from '../../platform/db/bulk.js';
import type { Db } from '../../platform/db/database.js';
import type { AllocationRule, SharedPool } from './metrics/allocation.js';

interface CostImportsTable {
  id: Generated<number>;
  file: string;
  format: string;
  focus_version: string | null;
  rows_read: Generated<number>;
  rows_imported: Generated<number>;
  rows_replaced: Generated<number>;
  periods: unknown;
  totals: unknown;
  warnings: unknown;
  imported_by: string | null;
  imported_at: Generated<Date>;
  duration_ms: number | null;
}

interface CostAllocKeysTable {
  id: Generated<number>;
  fingerprint: string;
  sub_account_id: string | null;
  service_name: string | null;
  resource_id: string | null;
  tags: unknown;
  unit: string | null;
  pool: string | null;
  via: string;
  team_id: number | null;
  service_id: number | null;
  rules_version: number;
}

interface CostKeyPeriodsTable {
  alloc_key_id: number;
  provider: string;
  billing_account_id: string;
  billing_period_start: string;
  currency: string;
  billed_cost: string;
  effective_cost: string;
  first_day: string;
  last_day: string;
  lines: number;
}

interface CostDailyTable {
  charge_day: string;
  provider: string;
  billing_account_id: string;
  billing_period_start: string;
  sub_account_id: string | null;
  service_name: string | null;
  service_category: string | null;
  charge_category: string | null;
  environment: string | null;
  currency: string;
  unit: string | null;
  pool: string | null;
  team_id: number | null;
  service_id: number | null;
  billed_cost: string;
  effective_cost: string;
  list_cost: string;
  lines: number;
}

interface CostAllocationRulesTable {
  version: number;
  body: unknown;
  note: string;
  saved_by: string | null;
  saved_at: Generated<Date>;
}

interface CostExchangeRatesTable {
  month: string;
  currency: string;
  to_currency: string;
  rate: string;
}

declare module '../../platform/db/database.js' {
  interface Database {
    cost_imports: CostImportsTable;
    cost_alloc_keys: CostAllocKeysTable;
    cost_daily: CostDailyTable;
    cost_key_periods: CostKeyPeriodsTable;
    cost_allocation_rules: CostAllocationRulesTable;
    cost_exchange_rates: CostExchangeRatesTable;
  }
}

/** A billing period of one account of one provider: what an import owns and replaces. */
export interface PeriodKey {
  provider: string;
  billingAccountId: string;
  billingPeriodStart: string;
}

export interface AllocationBody {
  rules: AllocationRule[];
  pools: SharedPool[];
}

export interface AllocKeyInput {
  fingerprint: string;
  sub_account_id: string | null;
  service_name: string | null;
  resource_id: string | null;
  tags: Record<string, unknown> | null;
}

export interface AllocDecision {
  id: number;
  unit: string | null;
  pool: string | null;
  via: string;
  team_id: number | null;
  service_id: number | null;
}

function periodMatch(periods: readonly PeriodKey[]) {
  const json = JSON.stringify(
    periods.map((p) => ({ p: p.provider, a: p.billingAccountId, s: p.billingPeriodStart })),
  );
  // The constant list of period starts lets the planner use the index on billing_period_start.
  const starts = `{${[...new Set(periods.map((p) => p.billingPeriodStart))].join(',')}}`;
  return sql`billing_period_start = any(${starts}::date[]) and (provider, billing_account_id, billing_period_start) in (
    select x.p, x.a, x.s::date from json_to_recordset(${json}::json) as x(p text, a text, s text))`;
}

export async function insertImport(
  trx: Db,
  row: { file: string; format: string; focus_version: string | null; imported_by: string },
): Promise<number> {
  const r = await trx
    .insertInto('cost_imports')
    .values({ ...row, periods: '[]', totals: '{}', warnings: '[]' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function finishImport(
  trx: Db,
  id: number,
  row: {
    format: string;
    focus_version: string | null;
    rows_read: number;
    rows_imported: number;
    rows_replaced: number;
    periods: unknown;
    totals: unknown;
    warnings: unknown;
    duration_ms: number;
  },
): Promise<void> {
  await trx
    .updateTable('cost_imports')
    .set({
      ...row,
      periods: JSON.stringify(row.periods),
      totals: JSON.stringify(row.totals),
      warnings: JSON.stringify(row.warnings),
    })
    .where('id', '=', id)
    .execute();
}

/** Deletes the lines and daily sums of these periods; returns the number of lines deleted. */
export async function deletePeriods(trx: Db, periods: readonly PeriodKey[]): Promise<number> {
  if (periods.length === 0) return 0;
  await sql`delete from cost_daily where ${periodMatch(periods)}`.execute(trx);
  await sql`delete from cost_key_periods where ${periodMatch(periods)}`.execute(trx);
  const r = await sql`delete from cost_lines where ${periodMatch(periods)}`.execute(trx);
  return Number(r.numAffectedRows ?? 0);
}

const DAILY_GROUP = sql`l.charge_day, l.provider, l.billing_account_id, l.billing_period_start,
  l.sub_account_id, l.service_name, l.service_category, l.charge_category, l.environment, l.currency,
  k.unit, k.pool, k.team_id, k.service_id`;

/** The columns of cost_key_periods an import writes, in COPY order. */
export const KEY_PERIOD_COLUMNS = [
  'alloc_key_id',
  'provider',
  'billing_account_id',
  'billing_period_start',
  'currency',
  'billed_cost',
  'effective_cost',
  'first_day',
  'last_day',
  'lines',
] as const;

/** Rebuilds the daily sums of these periods (all periods when null) from the lines and their keys. */
export async function rebuildDaily(trx: Db, periods: readonly PeriodKey[] | null): Promise<void> {
  if (periods && periods.length === 0) return;
  const where = periods ? sql`where ${periodMatch(periods)}` : sql``;
  if (periods) await sql`delete from cost_daily ${where}`.execute(trx);
  else await sql`delete from cost_daily`.execute(trx);
  await sql`insert into cost_daily (charge_day, provider, billing_account_id, billing_period_start,
      sub_account_id, service_name, service_category, charge_category, environment, currency, unit, pool,
      team_id, service_id, billed_cost, effective_cost, list_cost, lines)
    select ${DAILY_GROUP}, sum(l.billed_cost), sum(l.effective_cost), coalesce(sum(l.list_cost), 0), count(*)::int
    from cost_lines l join cost_alloc_keys k on k.id = l.alloc_key_id
    ${where}
    group by ${DAILY_GROUP}`.execute(trx);
}

/** The cost_daily columns, in the order the billing import writes them with COPY. */
export const DAILY_COLUMNS = [
  'charge_day',
  'provider',
  'billing_account_id',
  'billing_period_start',
  'sub_account_id',
  'service_name',
  'service_category',
  'charge_category',
  'environment',
  'currency',
  'unit',
  'pool',
  'team_id',
  'service_id',
  'billed_cost',
  'effective_cost',
  'list_cost',
  'lines',
] as const;

/**
 * Merges rows of cost_daily that share every dimension (in these periods) into one: the billing import
 * writes partial sums when a file's lines of one day and key come in several stretches.
 */
export async function compactDaily(trx: Db, periods: readonly PeriodKey[]): Promise<void> {
  if (periods.length === 0) return;
  const dims = sql.raw(DAILY_COLUMNS.slice(0, 14).join(', '));
  await sql`with gone as (delete from cost_daily where ${periodMatch(periods)} returning *)
    insert into cost_daily (${dims}, billed_cost, effective_cost, list_cost, lines)
    select ${dims}, sum(billed_cost), sum(effective_cost), sum(list_cost), sum(lines)::int
    from gone group by ${dims}`.execute(trx);
}

/** A key's allocation as the daily sums carry it. */
export interface KeyAllocation {
  id: number;
  unit: string | null;
  pool: string | null;
  team_id: number | null;
  service_id: number | null;
}

/** Known allocation keys, with their allocation, by fingerprint. */
export async function findKeys(
  trx: Db,
  fingerprints: readonly string[],
): Promise<Map<string, KeyAllocation>> {
  if (fingerprints.length === 0) return new Map();
  const rows = await trx
    .selectFrom('cost_alloc_keys')
    .select(['id', 'fingerprint', 'unit', 'pool', 'team_id', 'service_id'])
    .where('fingerprint', 'in', [...fingerprints])
    .execute();
  return new Map(
    rows.map((r) => [
      r.fingerprint,
      {
        id: Number(r.id),
        unit: r.unit,
        pool: r.pool,
        team_id: r.team_id === null ? null : Number(r.team_id),
        service_id: r.service_id === null ? null : Number(r.service_id),
      },
    ]),
  );
}

/** Inserts new keys with their allocation; returns their ids by fingerprint. */
export async function insertKeys(
  trx: Db,
  keys: readonly (AllocKeyInput & Omit<AllocDecision, 'id'> & { rules_version: number })[],
): Promise<Map<string, number>> {
  const rows = await insertJson<{ id: number; fingerprint: string }>(trx, 'cost_alloc_keys', keys, {
    columns: [
      'fingerprint',
      'sub_account_id',
      'service_name',
      'resource_id',
      'tags',
      'unit',
      'pool',
      'via',
      'team_id',
      'service_id',
      'rules_version',
    ],
    returning: ['id', 'fingerprint'],
  });
  return new Map(rows.map((r) => [r.fingerprint, r.id]));
}

export async function allKeys(db: Db) {
  return db
    .selectFrom('cost_alloc_keys')
    .select(['id', 'sub_account_id', 'service_name', 'resource_id', 'tags'])
    .orderBy('id')
    .execute();
}

/** Writes re-evaluated allocations of keys (only those given). */
export async function updateKeys(
  trx: Db,
  decisions: readonly AllocDecision[],
  version: number,
): Promise<void> {
  for (let i = 0; i < decisions.length; i += 5000) {
    const json = JSON.stringify(decisions.slice(i, i + 5000));
    await sql`update cost_alloc_keys k set unit = d.unit, pool = d.pool, via = d.via, team_id = d.team_id,
        service_id = d.service_id, rules_version = ${version}
      from json_to_recordset(${json}::json) as d(id bigint, unit text, pool text, via text, team_id bigint, service_id bigint)
      where k.id = d.id`.execute(trx);
  }
}

export async function latestRules(db: Db) {
  return db
    .selectFrom('cost_allocation_rules')
    .selectAll()
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function ruleVersions(db: Db) {
  return db
    .selectFrom('cost_allocation_rules')
    .select(['version', 'note', 'saved_by', 'saved_at'])
    .orderBy('version', 'desc')
    .execute();
}

export async function insertRules(
  trx: Db,
  body: AllocationBody,
  note: string,
  savedBy: string,
): Promise<number> {
  const r = await sql<{ version: number }>`insert into cost_allocation_rules (version, body, note, saved_by)
    select coalesce(max(version), 0) + 1, ${JSON.stringify(body)}::jsonb, ${note}, ${savedBy}
    from cost_allocation_rules returning version`.execute(trx);
  return r.rows[0]!.version;
}

export async function listImports(db: Db) {
  return db.selectFrom('cost_imports').selectAll().orderBy('id', 'desc').execute();
}

export async function getImport(db: Db, id: number) {
  return db.selectFrom('cost_imports').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Lines still owned by each import (an import whose periods were all re-imported owns none). */
export async function linesPerImport(db: Db): Promise<Map<number, number>> {
  const rows = await sql<{ import_id: number; n: number }>`
    select import_id, count(*)::int as n from cost_lines group by import_id`.execute(db);
  return new Map(rows.rows.map((r) => [Number(r.import_id), r.n]));
}

export async function exchangeRates(db: Db) {
  return db.selectFrom('cost_exchange_rates').selectAll().execute();
}

export async function upsertRates(
  trx: Db,
  rates: readonly { month: string; currency: string; to_currency: string; rate: string }[],
): Promise<void> {
  if (rates.length === 0) return;
  await insertJson(trx, 'cost_exchange_rates', rates, {
    onConflict: sql`on conflict (month, currency, to_currency) do update set rate = excluded.rate`,
  });
}
