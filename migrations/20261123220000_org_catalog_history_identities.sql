-- The org domain grows: where each person and team came from, dated history, the service catalog,
-- repositories with their CODEOWNERS, and identities (git, GitHub, SSO) mapped to people.
-- Plain PostgreSQL; runs on PGlite and on a PostgreSQL server (15+).

alter table people add column external_id text;
alter table people add column catalog_name text;
alter table people add column github_login text;
alter table people add column source text;
create unique index people_external_id_key on people (external_id) where external_id is not null;
create unique index people_catalog_name_key on people (catalog_name) where catalog_name is not null;

alter table teams add column description text;
alter table teams add column email text;
alter table teams add column source text;
alter table teams add column updated_at timestamptz not null default now();

-- One row per version of a person's place in the org: [valid_from, valid_to), valid_to null = current.
create table person_history (
  id bigint generated always as identity primary key,
  person_id bigint not null references people (id) on delete cascade,
  valid_from date not null,
  valid_to date,
  manager_id bigint references people (id) on delete set null,
  team_id bigint references teams (id) on delete set null,
  title text,
  level text,
  role text not null,
  status text not null check (status in ('active', 'leaver')),
  source text,
  recorded_at timestamptz not null default now(),
  check (valid_to is null or valid_to >= valid_from)
);
create unique index person_history_current on person_history (person_id) where valid_to is null;
create index person_history_person on person_history (person_id, valid_from);
create index person_history_manager on person_history (manager_id);

-- Backstage-style catalog: components (services, websites, libraries), systems, APIs, resources, domains.
create table catalog_entities (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('component', 'system', 'api', 'resource', 'domain')),
  namespace text not null default 'default',
  name text not null,
  title text,
  description text,
  type text,
  lifecycle text,
  tier text,
  owner_ref text,
  owner_team_id bigint references teams (id) on delete set null,
  owner_person_id bigint references people (id) on delete set null,
  parent_id bigint references catalog_entities (id) on delete set null,
  tags text[] not null default '{}',
  annotations jsonb not null default '{}',
  links jsonb not null default '[]',
  source text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (kind, namespace, name)
);
create index catalog_entities_owner_team on catalog_entities (owner_team_id);
create index catalog_entities_owner_person on catalog_entities (owner_person_id);
create index catalog_entities_parent on catalog_entities (parent_id);

create table catalog_relations (
  from_id bigint not null references catalog_entities (id) on delete cascade,
  type text not null check (type in ('dependsOn', 'providesApi', 'consumesApi')),
  to_id bigint not null references catalog_entities (id) on delete cascade,
  primary key (from_id, type, to_id)
);
create index catalog_relations_to on catalog_relations (to_id);

-- Source repositories (owner/name), linked to the component that lives in them.
create table repositories (
  id bigint generated always as identity primary key,
  name text not null,
  url text,
  entity_id bigint references catalog_entities (id) on delete set null,
  source text,
  created_at timestamptz not null default now()
);
create unique index repositories_name_key on repositories (lower(name));
create index repositories_entity on repositories (entity_id);

-- CODEOWNERS rules of a repository, in file order (the last matching rule wins).
create table codeowners_rules (
  id bigint generated always as identity primary key,
  repository_id bigint not null references repositories (id) on delete cascade,
  line integer not null,
  pattern text not null,
  owners text[] not null,
  team_ids bigint[] not null default '{}',
  person_ids bigint[] not null default '{}',
  source_file text not null,
  unique (repository_id, line)
);

-- Who a git author, GitHub login, e-mail address or SSO subject is.
create table identities (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('email', 'git', 'github', 'sso')),
  value text not null,
  display_name text,
  person_id bigint references people (id) on delete set null,
  match_method text check (match_method in ('email', 'noreply', 'mailmap', 'name', 'import', 'manual')),
  ignored boolean not null default false,
  first_seen timestamptz not null default now(),
  last_seen timestamptz not null default now(),
  unique (kind, value)
);
create index identities_person on identities (person_id);
create index identities_queue on identities (id) where person_id is null and not ignored;

-- Each manual assignment or merge is one change that can be undone.
create table identity_changes (
  id bigint generated always as identity primary key,
  person_id bigint references people (id) on delete set null,
  action text not null check (action in ('assign', 'merge', 'unassign', 'ignore')),
  created_by bigint,
  created_at timestamptz not null default now(),
  undone_at timestamptz
);
create table identity_change_items (
  change_id bigint not null references identity_changes (id) on delete cascade,
  identity_id bigint not null references identities (id) on delete cascade,
  previous_person_id bigint references people (id) on delete set null,
  previous_method text,
  previous_ignored boolean not null,
  primary key (change_id, identity_id)
);
