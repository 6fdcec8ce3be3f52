-- cost: the SaaS and tool register — what the organization subscribes to, what it costs a year, when
-- it renews and by when it must be cancelled (notice period), who owns it, which teams use it, and its
-- seats with their last activity (from a CSV of last-use dates, or SSO sign-ins once known).
-- Plain PostgreSQL; runs on PGlite and PostgreSQL. Money is numeric with its currency beside it.

create table cost_tools (
  id bigint generated always as identity primary key,
  vendor text not null check (btrim(vendor) <> ''),
  product text not null check (btrim(product) <> ''),
  -- The documented list (src/domains/cost/tools.schemas.ts, TOOL_CATEGORIES); overlaps are counted per category.
  category text not null check (category in (
    'source-control', 'ci-cd', 'observability', 'incident-management', 'project-tracking',
    'communication', 'documentation', 'design', 'security', 'ai-assistant', 'cloud-platform', 'other'
  )),
  plan text not null default '',
  contract_start date,
  contract_end date,
  -- The next renewal (defaults to contract_end when empty); the notice deadline is renewal_date - notice_days.
  renewal_date date,
  notice_days integer not null default 0 check (notice_days >= 0 and notice_days <= 3650),
  auto_renew boolean not null default true,
  annual_cost numeric not null default 0 check (annual_cost >= 0),
  currency text not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
  -- Null when the tool is not sold by seat (a flat fee, usage-based).
  seats_bought integer check (seats_bought >= 0),
  -- The person who answers for it (from the org); cleared when the person is deleted.
  owner_person_id bigint references people (id) on delete set null,
  notes text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- A tool is known by vendor and product, whatever the case.
create unique index cost_tools_vendor_product on cost_tools (lower(vendor), lower(product));
create index cost_tools_category on cost_tools (category);
create index cost_tools_renewal on cost_tools (renewal_date);

-- Teams using a tool.
create table cost_tool_teams (
  tool_id bigint not null references cost_tools (id) on delete cascade,
  team_id bigint not null references teams (id) on delete cascade,
  primary key (tool_id, team_id)
);
create index cost_tool_teams_team on cost_tool_teams (team_id);

-- A seat: someone (a person of the org, or an e-mail not matched to anyone) holding a licence of a tool.
-- Seats assigned = rows; seats active = rows with last activity within the activity window.
create table cost_tool_seats (
  id bigint generated always as identity primary key,
  tool_id bigint not null references cost_tools (id) on delete cascade,
  -- Lower-cased; the key a seat is matched to a person by (people's e-mail, or an e-mail/SSO identity).
  email text not null check (email = lower(email) and email <> ''),
  person_id bigint references people (id) on delete set null,
  -- Null: never used.
  last_active_at timestamptz,
  source text not null check (source in ('csv', 'sso')),
  created_at timestamptz not null default now(),
  unique (tool_id, source, email)
);
create index cost_tool_seats_person on cost_tool_seats (person_id);
