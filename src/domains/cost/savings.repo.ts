/**
 * Savings opportunities (SQL only) over cost_lines and cost_daily — idle resources, unallocated and
 * untagged resources, commitment-discount utilization and coverage, non-production environments. The
 * tables are declared by billing-write.repo.ts (cost_lines) and billing.repo.ts (the others). Amounts are
 * exact decimal strings, one row per currency (never added across currencies here).
 */

import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export interface Window {
  /** First and last charge day, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  /** Team ids (a team and the teams below it), or null for the organization. */
  teamIds: number[] | null;
}

const teamFilter = (w: Window, column = sql.ref('k.team_id')) =>
  w.teamIds === null
    ? sql`true`
    : sql`${column} = any(${`{${(w.teamIds.length ? w.teamIds : [-1]).join(',')}}`}::bigint[])`;

export interface IdleResourceRow {
  resource_id: string;
  resource_name: string | null;
  service_name: string | null;
  provider: string;
  account: string | null;
  team_id: number | null;
  currency: string;
  cost: string;
  usage_lines: number;
}

/**
 * Resources with a positive cost in the window whose usage lines all consumed nothing (ConsumedQuantity
 * 0 or null on every line with ChargeCategory Usage), largest cost first. The unused part of a
 * commitment (CommitmentDiscountStatus Unused) is counted under commitments, not here.
 */
export async function idleResources(db: Db, w: Window, limit = 100): Promise<IdleResourceRow[]> {
  const r = await sql<IdleResourceRow>`
    select l.resource_id, max(l.resource_name) as resource_name, max(l.service_name) as service_name,
      max(l.provider) as provider, max(l.sub_account_id) as account, max(k.team_id) as team_id, l.currency,
      sum(l.effective_cost)::text as cost,
      (count(*) filter (where l.charge_category = 'Usage'))::int as usage_lines
    from cost_lines l join cost_alloc_keys k on k.id = l.alloc_key_id
    where l.charge_day between ${w.from}::date and ${w.to}::date and l.resource_id is not null
      and l.commitment_discount_status is distinct from 'Unused'
      and ${teamFilter(w)}
    group by l.resource_id, l.currency
    having sum(l.effective_cost) > 0
      and count(*) filter (where l.charge_category = 'Usage') > 0
      and coalesce(bool_and(coalesce(l.consumed_quantity, 0) = 0) filter (where l.charge_category = 'Usage'), false)
    order by sum(l.effective_cost) desc, l.resource_id
    limit ${limit}`.execute(db);
  return r.rows.map((x) => ({ ...x, team_id: x.team_id === null ? null : Number(x.team_id) }));
}

/** Sum of the idle resources' cost per currency (all of them, not only the listed ones). */
export async function idleTotals(
  db: Db,
  w: Window,
): Promise<{ currency: string; cost: string; resources: number }[]> {
  const r = await sql<{ currency: string; cost: string; resources: number }>`
    select currency, sum(cost)::text as cost, count(*)::int as resources from (
      select l.currency, sum(l.effective_cost) as cost
      from cost_lines l join cost_alloc_keys k on k.id = l.alloc_key_id
      where l.charge_day between ${w.from}::date and ${w.to}::date and l.resource_id is not null
      and l.commitment_discount_status is distinct from 'Unused'
        and ${teamFilter(w)}
      group by l.resource_id, l.currency
      having sum(l.effective_cost) > 0
        and count(*) filter (where l.charge_category = 'Usage') > 0
        and coalesce(bool_and(coalesce(l.consumed_quantity, 0) = 0) filter (where l.charge_category = 'Usage'), false)
    ) idle group by currency order by currency`.execute(db);
  return r.rows;
}

export interface UnallocatedRow {
  resource_id: string | null;
  service_name: string | null;
  provider: string;
  account: string | null;
  currency: string;
  cost: string;
  /** No line of it carries a tag. */
  untagged: boolean;
}

/**
 * Cost no allocation rule reaches (no unit, no shared pool), per resource (or per service for lines
 * without a resource id), largest first. Only for the organization: unallocated cost belongs to no team.
 */
export async function unallocatedResources(db: Db, w: Window, limit = 100): Promise<UnallocatedRow[]> {
  const r = await sql<UnallocatedRow>`
    select l.resource_id, max(l.service_name) as service_name, max(l.provider) as provider,
      max(l.sub_account_id) as account, l.currency, sum(l.effective_cost)::text as cost,
      bool_and(k.tags is null or k.tags = '{}'::jsonb) as untagged
    from cost_lines l join cost_alloc_keys k on k.id = l.alloc_key_id
    where l.charge_day between ${w.from}::date and ${w.to}::date and k.unit is null and k.pool is null
    group by l.resource_id, case when l.resource_id is null then l.service_name end, l.currency
    having sum(l.effective_cost) > 0
    order by sum(l.effective_cost) desc, l.resource_id nulls last
    limit ${limit}`.execute(db);
  return r.rows;
}

export async function unallocatedTotals(
  db: Db,
  w: Window,
): Promise<{ currency: string; cost: string; untagged: string; total: string }[]> {
  const r = await sql<{ currency: string; cost: string; untagged: string; total: string }>`
    select d.currency,
      coalesce(sum(d.effective_cost) filter (where d.unit is null and d.pool is null), 0)::text as cost,
      '0' as untagged,
      sum(d.effective_cost)::text as total
    from cost_daily d
    where d.charge_day between ${w.from}::date and ${w.to}::date
    group by d.currency order by d.currency`.execute(db);
  const untagged = await sql<{ currency: string; cost: string }>`
    select l.currency, sum(l.effective_cost)::text as cost
    from cost_lines l join cost_alloc_keys k on k.id = l.alloc_key_id
    where l.charge_day between ${w.from}::date and ${w.to}::date and (k.tags is null or k.tags = '{}'::jsonb)
    group by l.currency`.execute(db);
  const byCurrency = new Map(untagged.rows.map((x) => [x.currency, x.cost]));
  return r.rows.map((x) => ({ ...x, untagged: byCurrency.get(x.currency) ?? '0' }));
}

export interface CommitmentRow {
  commitment_id: string;
  type: string | null;
  category: string | null;
  provider: string;
  currency: string;
  used: string;
  unused: string;
}

/** Used and unused commitment cost per commitment discount (CommitmentDiscountStatus). */
export async function commitmentUse(db: Db, w: Window): Promise<CommitmentRow[]> {
  const r = await sql<CommitmentRow>`
    select l.commitment_discount_id as commitment_id, max(l.commitment_discount_type) as type,
      max(l.commitment_discount_category) as category, max(l.provider) as provider, l.currency,
      coalesce(sum(l.effective_cost) filter (where l.commitment_discount_status = 'Used'), 0)::text as used,
      coalesce(sum(l.effective_cost) filter (where l.commitment_discount_status = 'Unused'), 0)::text as unused
    from cost_lines l join cost_alloc_keys k on k.id = l.alloc_key_id
    where l.charge_day between ${w.from}::date and ${w.to}::date and l.commitment_discount_id is not null
      and l.commitment_discount_status in ('Used', 'Unused') and ${teamFilter(w)}
    group by l.commitment_discount_id, l.currency
    order by coalesce(sum(l.effective_cost) filter (where l.commitment_discount_status = 'Unused'), 0) desc,
      l.commitment_discount_id`.execute(db);
  return r.rows;
}

export interface CoverageRow {
  currency: string;
  provider: string;
  service_category: string | null;
  covered: string;
  on_demand: string;
}

/**
 * Usage covered by commitments and on-demand usage a commitment could have covered, in on-demand
 * equivalent cost (ListCost, else EffectiveCost), per provider and service category that has a
 * commitment in the window (definition in metrics/commitments.ts).
 */
export async function commitmentCoverage(db: Db, w: Window): Promise<CoverageRow[]> {
  const r = await sql<CoverageRow>`
    with committed as (
      select distinct provider, service_category from cost_lines
      where charge_day between ${w.from}::date and ${w.to}::date and commitment_discount_id is not null
        and commitment_discount_status = 'Used'
    )
    select l.currency, l.provider, l.service_category,
      coalesce(sum(coalesce(l.list_cost, l.effective_cost)) filter (
        where l.commitment_discount_status = 'Used' and l.charge_category = 'Usage'), 0)::text as covered,
      coalesce(sum(coalesce(l.list_cost, l.effective_cost)) filter (
        where l.charge_category = 'Usage' and l.commitment_discount_id is null
          and coalesce(l.pricing_category, 'Standard') = 'Standard'), 0)::text as on_demand
    from cost_lines l
    join committed c on c.provider = l.provider and c.service_category is not distinct from l.service_category
    join cost_alloc_keys k on k.id = l.alloc_key_id
    where l.charge_day between ${w.from}::date and ${w.to}::date and ${teamFilter(w)}
    group by l.currency, l.provider, l.service_category
    order by l.currency, l.provider, l.service_category`.execute(db);
  return r.rows;
}

export interface EnvironmentRow {
  environment: string | null;
  currency: string;
  cost: string;
}

/** Effective cost per environment (null: lines without an environment tag). */
export async function environmentCosts(db: Db, w: Window): Promise<EnvironmentRow[]> {
  const r = await sql<EnvironmentRow>`
    select d.environment, d.currency, sum(d.effective_cost)::text as cost
    from cost_daily d
    where d.charge_day between ${w.from}::date and ${w.to}::date and ${teamFilter(w, sql.ref('d.team_id'))}
    group by d.environment, d.currency
    order by sum(d.effective_cost) desc, d.environment nulls last`.execute(db);
  return r.rows;
}

/** Idle-resource cost per month (for the scorecard trend), per currency. */
export async function idleByMonth(
  db: Db,
  w: Window,
): Promise<{ month: string; currency: string; cost: string }[]> {
  const r = await sql<{ month: string; currency: string; cost: string }>`
    select month, currency, sum(cost)::text as cost from (
      select to_char(l.charge_day, 'YYYY-MM') as month, l.currency, sum(l.effective_cost) as cost
      from cost_lines l join cost_alloc_keys k on k.id = l.alloc_key_id
      where l.charge_day between ${w.from}::date and ${w.to}::date and l.resource_id is not null
      and l.commitment_discount_status is distinct from 'Unused'
        and ${teamFilter(w)}
      group by to_char(l.charge_day, 'YYYY-MM'), l.resource_id, l.currency
      having sum(l.effective_cost) > 0
        and count(*) filter (where l.charge_category = 'Usage') > 0
        and coalesce(bool_and(coalesce(l.consumed_quantity, 0) = 0) filter (where l.charge_category = 'Usage'), false)
    ) idle group by month, currency order by month, currency`.execute(db);
  return r.rows;
}
