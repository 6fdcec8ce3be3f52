-- cost: budgets per team, service, service category or the whole organization — an amount in one
-- currency for every period (month, quarter or year). Burn, forecast and status are computed from the
-- billing lines when read (src/domains/cost/budget.service.ts). Plain PostgreSQL; runs on PGlite and
-- PostgreSQL.

create table cost_budgets (
  id bigint generated always as identity primary key,
  name text not null,
  scope text not null check (scope in ('organization', 'team', 'service', 'service_category')),
  team_id bigint references teams (id) on delete cascade,
  -- A service is a catalog component.
  service_id bigint references catalog_entities (id) on delete cascade,
  -- A FOCUS ServiceCategory (Compute, Storage, Databases…).
  service_category text,
  period text not null check (period in ('month', 'quarter', 'year')),
  -- The amount for each period, exact; never a float.
  amount numeric not null check (amount > 0),
  currency text not null check (currency ~ '^[A-Z]{3}$'),
  notes text not null default '',
  created_by text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((scope = 'team') = (team_id is not null)),
  check ((scope = 'service') = (service_id is not null)),
  check ((scope = 'service_category') = (service_category is not null))
);
-- One budget per scope and period length.
create unique index cost_budgets_scope on cost_budgets
  (scope, coalesce(team_id, 0), coalesce(service_id, 0), coalesce(service_category, ''), period);
create index cost_budgets_team on cost_budgets (team_id);
