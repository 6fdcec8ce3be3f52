-- strategy: the technical vision (versioned), goals with key results and their check-ins, and
-- initiatives with milestones, acceptance items and links to the delivery data behind their actuals.
-- Plain PostgreSQL; runs on PGlite and on a PostgreSQL server (15+).

-- One vision document per period (`2026-H2`, `2027`); the current text lives here, every save also
-- in strategy_vision_versions.
create table strategy_visions (
  id bigint generated always as identity primary key,
  period text not null unique,
  title text not null,
  body text not null default '',
  -- The business objectives the technical direction serves.
  objectives jsonb not null default '[]',
  owner_person_id bigint references people (id) on delete set null,
  review_on date,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by text not null
);

create table strategy_vision_versions (
  id bigint generated always as identity primary key,
  vision_id bigint not null references strategy_visions (id) on delete cascade,
  version integer not null,
  title text not null,
  body text not null,
  objectives jsonb not null,
  owner_person_id bigint,
  review_on date,
  saved_at timestamptz not null default now(),
  saved_by text not null,
  saved_by_user_id bigint,
  unique (vision_id, version)
);

-- Objectives: team_id null is an organization goal; parent_id rolls a team goal up to another goal.
create table strategy_goals (
  id bigint generated always as identity primary key,
  parent_id bigint references strategy_goals (id) on delete set null,
  team_id bigint references teams (id) on delete cascade,
  period text not null,
  title text not null,
  description text not null default '',
  owner_person_id bigint references people (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index strategy_goals_period on strategy_goals (period);
create index strategy_goals_parent on strategy_goals (parent_id);

create table strategy_key_results (
  id bigint generated always as identity primary key,
  goal_id bigint not null references strategy_goals (id) on delete cascade,
  position integer not null default 0,
  title text not null,
  unit text not null default '',
  direction text not null check (direction in ('increase', 'decrease')),
  start_value double precision not null,
  target_value double precision not null,
  -- Entered by check-ins; ignored while a metric is bound (the metric gives the current value).
  current_value double precision,
  confidence double precision check (confidence between 0 and 1),
  -- A live figure of another domain (metrics/key-result-metrics.ts lists them); null: checked in by hand.
  metric text,
  check (start_value <> target_value)
);
create index strategy_key_results_goal on strategy_key_results (goal_id);

create table strategy_key_result_checkins (
  id bigint generated always as identity primary key,
  key_result_id bigint not null references strategy_key_results (id) on delete cascade,
  at timestamptz not null default now(),
  value double precision,
  confidence double precision check (confidence between 0 and 1),
  note text not null default '',
  by_label text not null
);
create index strategy_key_result_checkins_kr on strategy_key_result_checkins (key_result_id, at);

create table strategy_initiatives (
  id bigint generated always as identity primary key,
  name text not null,
  description text not null default '',
  owner_person_id bigint references people (id) on delete set null,
  status text not null check (status in ('proposed', 'active', 'done', 'cancelled', 'on_hold')),
  planned_start date not null,
  planned_end date not null,
  -- Money as numeric with an explicit currency, and/or effort in engineer-weeks.
  budget_amount numeric(16, 2),
  budget_currency text check (budget_currency ~ '^[A-Z]{3}$'),
  budget_weeks numeric(10, 1),
  -- Entered by hand until the cost domain reports an initiative's spend.
  actual_cost_amount numeric(16, 2),
  completed_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (planned_end >= planned_start),
  check ((budget_amount is null) = (budget_currency is null))
);
create index strategy_initiatives_status on strategy_initiatives (status);

create table strategy_initiative_teams (
  initiative_id bigint not null references strategy_initiatives (id) on delete cascade,
  team_id bigint not null references teams (id) on delete cascade,
  primary key (initiative_id, team_id)
);

create table strategy_initiative_goals (
  initiative_id bigint not null references strategy_initiatives (id) on delete cascade,
  goal_id bigint not null references strategy_goals (id) on delete cascade,
  primary key (initiative_id, goal_id)
);

create table strategy_milestones (
  id bigint generated always as identity primary key,
  initiative_id bigint not null references strategy_initiatives (id) on delete cascade,
  name text not null,
  due_on date not null,
  done_on date
);
create index strategy_milestones_initiative on strategy_milestones (initiative_id, due_on);

-- The scope ("spec"): acceptance items that are ticked when met.
create table strategy_acceptance_items (
  id bigint generated always as identity primary key,
  initiative_id bigint not null references strategy_initiatives (id) on delete cascade,
  position integer not null default 0,
  text text not null,
  done boolean not null default false
);
create index strategy_acceptance_items_initiative on strategy_acceptance_items (initiative_id);

-- What delivery data belongs to an initiative: repositories, services, pull-request labels, single
-- pull requests (docs/metrics.md, "Initiative actuals", says how they combine).
create table strategy_initiative_links (
  id bigint generated always as identity primary key,
  initiative_id bigint not null references strategy_initiatives (id) on delete cascade,
  kind text not null check (kind in ('repository', 'service', 'label', 'pull_request')),
  repository_id bigint references repositories (id) on delete cascade,
  service_id bigint references catalog_entities (id) on delete cascade,
  label text,
  pull_request_id bigint references pull_requests (id) on delete cascade,
  check (
    (kind = 'repository' and repository_id is not null) or
    (kind = 'service' and service_id is not null) or
    (kind = 'label' and label is not null) or
    (kind = 'pull_request' and pull_request_id is not null)
  )
);
create unique index strategy_initiative_links_unique on strategy_initiative_links
  (initiative_id, kind, coalesce(repository_id, 0), coalesce(service_id, 0), coalesce(label, ''), coalesce(pull_request_id, 0));
