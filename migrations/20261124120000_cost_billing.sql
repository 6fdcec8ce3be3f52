-- cost: cloud billing lines (FOCUS, and AWS CUR mapped onto FOCUS), their imports, allocation to teams
-- and services, and a daily roll-up for fast views. Plain PostgreSQL; runs on PGlite and PostgreSQL.
-- Money is numeric (never float) with its currency beside it.

-- One import of one file: what it replaced, its totals and its validation report.
create table cost_imports (
  id bigint generated always as identity primary key,
  file text not null,
  -- focus-csv, focus-parquet, cur2, cur-legacy (the reader's detection).
  format text not null,
  focus_version text,
  rows_read integer not null default 0,
  rows_imported integer not null default 0,
  rows_replaced integer not null default 0,
  -- [{provider, billingAccountId, billingPeriodStart, rows, replaced}] — the periods this import now owns.
  periods jsonb not null default '[]',
  -- {currency: {rows, billedCost, effectiveCost}} exact decimal strings.
  totals jsonb not null default '{}',
  -- Warnings summarized per column and kind: [{column, kind, count, firstRow, message}].
  warnings jsonb not null default '[]',
  imported_by text,
  imported_at timestamptz not null default now(),
  duration_ms integer
);

-- Who gets a line's cost: a unit named by the allocation rules, resolved to a team and/or service.
-- One row per distinct (account, service, resource, tags) combination, so re-applying the rules touches
-- these rows, not every billing line.
create table cost_alloc_keys (
  id bigint generated always as identity primary key,
  -- md5 of the json of the four inputs below; lines find their key by it.
  fingerprint text not null unique,
  sub_account_id text,
  service_name text,
  resource_id text,
  tags jsonb,
  -- What the rules decided: a unit slug, a shared pool, or nothing (unallocated).
  unit text,
  pool text,
  via text not null default 'no-rule',
  team_id bigint references teams (id) on delete set null,
  service_id bigint references catalog_entities (id) on delete set null,
  rules_version integer not null default 0
);

create table cost_lines (
  id bigint generated always as identity primary key,
  -- The import and the allocation key are not foreign keys: checking them costs about 40 % of the
  -- bulk write, and both are written by the import itself in the same transaction.
  import_id bigint not null,
  -- The row number in the imported file (header = row 1 in CSV), for tracing a figure to its source.
  source_row integer not null,
  provider text not null,
  billing_account_id text not null,
  billing_period_start date not null,
  charge_day date not null,
  charge_period_start timestamptz not null,
  charge_period_end timestamptz,
  sub_account_id text,
  sub_account_name text,
  service_name text,
  service_category text,
  region text,
  resource_id text,
  resource_name text,
  resource_type text,
  sku_id text,
  charge_category text,
  charge_frequency text,
  charge_description text,
  pricing_category text,
  billed_cost numeric not null,
  effective_cost numeric not null,
  list_cost numeric,
  contracted_cost numeric,
  currency text not null,
  consumed_quantity numeric,
  consumed_unit text,
  commitment_discount_id text,
  commitment_discount_category text,
  commitment_discount_type text,
  commitment_discount_status text,
  -- From the tags `env`, `environment`, `stage` (normalized: prod, staging, dev, test, …); null when untagged.
  environment text,
  tags jsonb,
  alloc_key_id bigint not null
);
create index cost_lines_period on cost_lines (provider, billing_account_id, billing_period_start);
create index cost_lines_day on cost_lines (charge_day);
create index cost_lines_key_day on cost_lines (alloc_key_id, charge_day);

-- Sums per day over the dimensions the views group by, with the allocation the rules gave (unit, pool,
-- team, service). Rebuilt for the periods an import replaces, and for every period when the rules change
-- (re-applying rules re-evaluates the keys, then rebuilds these sums in one pass over the lines).
create table cost_daily (
  charge_day date not null,
  provider text not null,
  billing_account_id text not null,
  billing_period_start date not null,
  sub_account_id text,
  service_name text,
  service_category text,
  charge_category text,
  environment text,
  currency text not null,
  unit text,
  pool text,
  team_id bigint,
  service_id bigint,
  billed_cost numeric not null,
  effective_cost numeric not null,
  list_cost numeric not null,
  lines integer not null
);
create index cost_daily_day on cost_daily (charge_day);
create index cost_daily_period on cost_daily (provider, billing_account_id, billing_period_start);
create index cost_daily_team on cost_daily (team_id, charge_day);
create index cost_daily_service on cost_daily (service_id, charge_day);

-- Allocation rules, versioned: each save is a new version; the newest applies.
create table cost_allocation_rules (
  version integer primary key,
  -- {rules: AllocationRule[], pools: SharedPool[]} as in src/domains/cost/metrics/allocation.ts.
  body jsonb not null,
  note text not null default '',
  saved_by text,
  saved_at timestamptz not null default now()
);

-- Exchange rates by month, to show costs in several currencies in one: 1 `currency` = `rate` `to_currency`.
create table cost_exchange_rates (
  month date not null,
  currency text not null,
  to_currency text not null,
  rate numeric not null check (rate > 0),
  primary key (month, currency, to_currency)
);
