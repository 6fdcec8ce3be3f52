/** Reading billing data (SQL only): daily sums by a dimension, the lines behind a figure, facets. */

import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export type CostDimension =
  | 'team'
  | 'service'
  | 'provider'
  | 'service_category'
  | 'service_name'
  | 'account'
  | 'environment'
  | 'charge_category'
  | 'tag'
  | 'none';

export interface CostFilters {
  teamId?: number | undefined;
  serviceId?: number | undefined;
  provider?: string | undefined;
  serviceCategory?: string | undefined;
  serviceName?: string | undefined;
  account?: string | undefined;
  environment?: string | undefined;
  chargeCategory?: string | undefined;
}

export interface DailySumRow {
  bucket: string;
  currency: string;
  value: string | null;
  team_id: number | null;
  service_id: number | null;
  unit: string | null;
  pool: string | null;
  amount: string;
}

const VALUE_COLUMN: Record<Exclude<CostDimension, 'team' | 'service'>, string> = {
  provider: 'provider',
  service_category: 'service_category',
  service_name: 'service_name',
  account: 'sub_account_id',
  environment: 'environment',
  charge_category: 'charge_category',
  tag: '',
  none: '',
};

/** Filters on columns both cost_daily and cost_lines have (team and service are applied by the caller). */
export function dimensionFilters(f: CostFilters, alias = ''): RawBuilder<unknown> {
  const c = (name: string) => sql.ref(alias ? `${alias}.${name}` : name);
  const parts: RawBuilder<unknown>[] = [];
  if (f.provider) parts.push(sql`${c('provider')} = ${f.provider}`);
  if (f.serviceCategory) parts.push(sql`${c('service_category')} = ${f.serviceCategory}`);
  if (f.serviceName) parts.push(sql`${c('service_name')} = ${f.serviceName}`);
  if (f.account) parts.push(sql`${c('sub_account_id')} = ${f.account}`);
  if (f.environment)
    parts.push(
      f.environment === '(none)'
        ? sql`${c('environment')} is null`
        : sql`${c('environment')} = ${f.environment}`,
    );
  if (f.chargeCategory) parts.push(sql`${c('charge_category')} = ${f.chargeCategory}`);
  return parts.length ? sql`and ${sql.join(parts, sql` and `)}` : sql``;
}

/**
 * Sums of cost_daily per bucket (day or month), currency and the dimension; for team and service the
 * allocation columns come along so that shared pools can be split by the caller.
 */
export async function dailySums(
  db: Db,
  q: {
    from: string;
    to: string;
    step: 'day' | 'month';
    dimension: CostDimension;
    metric: 'effective' | 'billed';
    filters: CostFilters;
    /** Restrict to the allocation of one team or service (direct cost only). */
    direct?: { teamId?: number | undefined; serviceId?: number | undefined };
  },
): Promise<DailySumRow[]> {
  const bucket =
    q.step === 'month' ? sql`to_char(charge_day, 'YYYY-MM')` : sql`to_char(charge_day, 'YYYY-MM-DD')`;
  const money = q.metric === 'billed' ? sql`billed_cost` : sql`effective_cost`;
  const alloc = q.dimension === 'team' || q.dimension === 'service';
  const value =
    q.dimension === 'team' || q.dimension === 'service' || q.dimension === 'none' || q.dimension === 'tag'
      ? sql`null::text`
      : sql`${sql.ref(VALUE_COLUMN[q.dimension])}::text`;
  const allocCols = alloc
    ? sql`team_id, service_id, unit, pool`
    : sql`null::bigint as team_id, null::bigint as service_id, null::text as unit, null::text as pool`;
  const direct: RawBuilder<unknown>[] = [];
  if (q.direct?.teamId !== undefined) direct.push(sql`and team_id = ${q.direct.teamId}`);
  if (q.direct?.serviceId !== undefined) direct.push(sql`and service_id = ${q.direct.serviceId}`);
  const r = await sql<DailySumRow>`
    select ${bucket} as bucket, currency, ${value} as value, ${allocCols}, sum(${money})::text as amount
    from cost_daily
    where charge_day between ${q.from}::date and ${q.to}::date ${dimensionFilters(q.filters)} ${sql.join(direct, sql` `)}
    group by 1, 2, 3, 4, 5, 6, 7`.execute(db);
  return r.rows.map((row) => ({
    ...row,
    team_id: row.team_id === null ? null : Number(row.team_id),
    service_id: row.service_id === null ? null : Number(row.service_id),
  }));
}

export interface LineRow {
  id: number;
  import_id: number;
  file: string;
  source_row: number;
  charge_day: string;
  provider: string;
  billing_account_id: string;
  sub_account_id: string | null;
  service_name: string | null;
  service_category: string | null;
  region: string | null;
  resource_id: string | null;
  charge_category: string | null;
  environment: string | null;
  tags: Record<string, unknown> | null;
  billed_cost: string;
  effective_cost: string;
  currency: string;
  unit: string | null;
  pool: string | null;
  via: string;
  team_id: number | null;
  service_id: number | null;
}

export type LineGroup =
  | { kind: 'team'; id: number }
  | { kind: 'service'; id: number }
  | { kind: 'pool'; name: string }
  | { kind: 'unit'; slug: string }
  | { kind: 'unallocated' }
  | { kind: 'value'; dimension: CostDimension; value: string | null }
  /** Lines of these allocation keys (or of all other keys when `except`): a tag value's lines. */
  | { kind: 'keys'; ids: readonly number[]; except: boolean };

function groupCondition(g: LineGroup | undefined): RawBuilder<unknown> {
  if (!g) return sql``;
  switch (g.kind) {
    case 'team':
      return sql`and k.team_id = ${g.id} and k.pool is null`;
    case 'service':
      return sql`and k.service_id = ${g.id} and k.pool is null`;
    case 'pool':
      return sql`and k.pool = ${g.name}`;
    case 'unit':
      return sql`and k.unit = ${g.slug} and k.team_id is null and k.service_id is null`;
    case 'unallocated':
      // Lines no rule matched (units no team or service answers to are their own groups, `unit`).
      return sql`and k.pool is null and k.unit is null`;
    case 'keys': {
      const ids = sql`(select unnest(${`{${g.ids.join(',')}}`}::bigint[]))`;
      return g.except ? sql`and k.id not in ${ids}` : sql`and k.id in ${ids}`;
    }
    case 'value': {
      if (
        g.dimension === 'team' ||
        g.dimension === 'service' ||
        g.dimension === 'none' ||
        g.dimension === 'tag'
      )
        return sql``;
      const col = sql.ref(`l.${VALUE_COLUMN[g.dimension]}`);
      return g.value === null ? sql`and ${col} is null` : sql`and ${col} = ${g.value}`;
    }
  }
}

const SORTS: Record<string, RawBuilder<unknown>> = {
  cost: sql`l.effective_cost desc, l.id`,
  billed: sql`l.billed_cost desc, l.id`,
  day: sql`l.charge_day desc, l.id`,
  row: sql`l.import_id, l.source_row`,
};

/** The billing lines behind a figure, biggest first by default, with the file and row each came from. */
export async function lines(
  db: Db,
  q: {
    from: string;
    to: string;
    filters: CostFilters;
    group?: LineGroup | undefined;
    limit: number;
    offset: number;
    sort: 'cost' | 'day' | 'row';
    /** Which cost `sort=cost` orders by. */
    metric?: 'effective' | 'billed' | undefined;
  },
): Promise<{ total: number; rows: LineRow[] }> {
  const where = sql`where l.charge_day between ${q.from}::date and ${q.to}::date
    ${dimensionFilters(q.filters, 'l')}
    ${q.filters.teamId !== undefined ? sql`and k.team_id = ${q.filters.teamId}` : sql``}
    ${q.filters.serviceId !== undefined ? sql`and k.service_id = ${q.filters.serviceId}` : sql``}
    ${groupCondition(q.group)}`;
  const count = await sql<{ n: number }>`select count(*)::int as n
    from cost_lines l join cost_alloc_keys k on k.id = l.alloc_key_id ${where}`.execute(db);
  const rows = await sql<LineRow>`
    select l.id, l.import_id, i.file, l.source_row, to_char(l.charge_day, 'YYYY-MM-DD') as charge_day,
      l.provider, l.billing_account_id, l.sub_account_id, l.service_name, l.service_category, l.region,
      l.resource_id, l.charge_category, l.environment, k.tags, l.billed_cost::text as billed_cost,
      l.effective_cost::text as effective_cost, l.currency, k.unit, k.pool, k.via, k.team_id, k.service_id
    from cost_lines l join cost_alloc_keys k on k.id = l.alloc_key_id join cost_imports i on i.id = l.import_id
    ${where}
    order by ${SORTS[q.sort === 'cost' && q.metric === 'billed' ? 'billed' : q.sort]} limit ${q.limit} offset ${q.offset}`.execute(
    db,
  );
  return {
    total: count.rows[0]?.n ?? 0,
    rows: rows.rows.map((r) => ({
      ...r,
      id: Number(r.id),
      import_id: Number(r.import_id),
      team_id: r.team_id === null ? null : Number(r.team_id),
      service_id: r.service_id === null ? null : Number(r.service_id),
    })),
  };
}

/** Distinct values with cost in the range, for filter pickers. */
export async function facets(db: Db, from: string, to: string) {
  const r = await sql<{ dim: string; value: string | null; n: number }>`
    with d as (select * from cost_daily where charge_day between ${from}::date and ${to}::date)
    select 'provider' as dim, provider as value, 0 as n from d group by provider
    union all select 'service_category', service_category, 0 from d group by service_category
    union all select 'service_name', service_name, 0 from d group by service_name
    union all select 'account', sub_account_id, 0 from d group by sub_account_id
    union all select 'environment', environment, 0 from d group by environment
    union all select 'charge_category', charge_category, 0 from d group by charge_category
    union all select 'team', team_id::text, 0 from d where team_id is not null group by team_id
    union all select 'service', service_id::text, 0 from d where service_id is not null group by service_id
    union all select 'currency', currency, 0 from d group by currency`.execute(db);
  return r.rows;
}

/** First and last charge day with data, and the last import. */
export async function coverage(db: Db) {
  const r = await sql<{ first: string | null; last: string | null; imported: Date | null }>`
    select (select to_char(min(charge_day), 'YYYY-MM-DD') from cost_daily) as first,
      (select to_char(max(charge_day), 'YYYY-MM-DD') from cost_daily) as last,
      (select max(imported_at) from cost_imports) as imported`.execute(db);
  return r.rows[0]!;
}

/** Allocation keys whose tags carry one of these keys (compared by the caller), with their tags. */
export async function keysWithTags(db: Db) {
  const r = await sql<{ id: number; tags: Record<string, unknown> }>`
    select id, tags from cost_alloc_keys where tags is not null`.execute(db);
  return r.rows.map((row) => ({ id: Number(row.id), tags: row.tags }));
}

/** Cost of the lines of these allocation keys, per key and currency (from the import's sums per key and period). */
export async function costOfKeys(
  db: Db,
  keyIds: readonly number[],
  metric: 'effective' | 'billed' = 'effective',
) {
  if (keyIds.length === 0) return [];
  const money = metric === 'billed' ? sql`billed_cost` : sql`effective_cost`;
  const r = await sql<{ key: number; currency: string; amount: string; first: string; last: string }>`
    select alloc_key_id as key, currency, sum(${money})::text as amount,
      to_char(min(first_day), 'YYYY-MM-DD') as first, to_char(max(last_day), 'YYYY-MM-DD') as last
    from cost_key_periods where alloc_key_id in (select unnest(${`{${keyIds.join(',')}}`}::bigint[]))
    group by 1, 2`.execute(db);
  return r.rows.map((row) => ({ ...row, key: Number(row.key) }));
}

/**
 * Sums of the billing lines per bucket, currency and allocation key: for grouping by a tag, whose values
 * the caller reads from the keys' tags (the daily sums do not keep tags).
 */
export async function sumsByKey(
  db: Db,
  q: {
    from: string;
    to: string;
    step: 'day' | 'month';
    metric: 'effective' | 'billed';
    filters: CostFilters;
  },
) {
  const bucket =
    q.step === 'month' ? sql`to_char(l.charge_day, 'YYYY-MM')` : sql`to_char(l.charge_day, 'YYYY-MM-DD')`;
  const money = q.metric === 'billed' ? sql`l.billed_cost` : sql`l.effective_cost`;
  const r = await sql<{ bucket: string; currency: string; key: number; amount: string }>`
    select ${bucket} as bucket, l.currency, l.alloc_key_id as key, sum(${money})::text as amount
    from cost_lines l join cost_alloc_keys k on k.id = l.alloc_key_id
    where l.charge_day between ${q.from}::date and ${q.to}::date ${dimensionFilters(q.filters, 'l')}
      ${q.filters.teamId !== undefined ? sql`and k.team_id = ${q.filters.teamId}` : sql``}
      ${q.filters.serviceId !== undefined ? sql`and k.service_id = ${q.filters.serviceId}` : sql``}
    group by 1, 2, 3`.execute(db);
  return r.rows.map((row) => ({ ...row, key: Number(row.key) }));
}
