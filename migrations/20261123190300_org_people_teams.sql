-- The organization's people, teams and reporting lines (the org domain extends these).

create table teams (
  id bigint generated always as identity primary key,
  slug text not null unique,
  name text not null,
  kind text not null check (kind in ('department', 'group', 'team')),
  parent_id bigint references teams (id) on delete restrict,
  created_at timestamptz not null default now()
);
create index teams_parent on teams (parent_id);

create table people (
  id bigint generated always as identity primary key,
  email text not null,
  name text not null,
  title text,
  level text,
  role text not null default 'engineer',
  location text,
  work_mode text check (work_mode in ('remote', 'office', 'hybrid')),
  employment_type text check (employment_type in ('employee', 'contractor', 'intern')),
  start_date date,
  end_date date,
  status text not null default 'active' check (status in ('active', 'leaver')),
  manager_id bigint references people (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (manager_id is null or manager_id <> id)
);
create unique index people_email_key on people (lower(email));
create index people_manager on people (manager_id);

create table team_members (
  team_id bigint not null references teams (id) on delete cascade,
  person_id bigint not null references people (id) on delete cascade,
  is_primary boolean not null default false,
  is_lead boolean not null default false,
  primary key (team_id, person_id)
);
create unique index team_members_one_primary on team_members (person_id) where is_primary;
create index team_members_person on team_members (person_id);
