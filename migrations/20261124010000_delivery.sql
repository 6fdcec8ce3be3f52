-- delivery: git history, pull requests with reviews, deployments, incidents, workflow runs; the
-- changes each production deployment shipped; sync state of git and GitHub sources; webhook deliveries.
-- Plain PostgreSQL; runs on PGlite and on a PostgreSQL server (15+).

-- Delivery settings of a repository (the repository itself is the org catalog's).
create table delivery_repositories (
  repository_id bigint primary key references repositories (id) on delete cascade,
  default_branch text,
  -- A local clone read by `quarterdeck import git` and the scheduled sync.
  git_path text,
  -- for-each-ref patterns of the refs read (null: heads, tags and remotes).
  ref_patterns text[],
  -- Tags matching this glob count as production deployments of the repository's service.
  release_tag_pattern text,
  last_synced_at timestamptz,
  last_sync_summary jsonb
);

-- The refs as the last git sync saw them, to read only what is new and notice force-pushes.
create table git_refs (
  repository_id bigint not null references repositories (id) on delete cascade,
  name text not null,
  sha text not null,
  commit_sha text,
  primary key (repository_id, name)
);

create table commits (
  id bigint generated always as identity primary key,
  repository_id bigint not null references repositories (id) on delete cascade,
  sha text not null,
  parents text[] not null default '{}',
  author_identity_id bigint references identities (id) on delete set null,
  committer_identity_id bigint references identities (id) on delete set null,
  authored_at timestamptz not null,
  committed_at timestamptz not null,
  subject text not null,
  -- Null when not known (a partial clone, a source without stats).
  additions integer,
  deletions integer,
  files_changed integer,
  trailers jsonb,
  co_author_identity_ids bigint[] not null default '{}',
  ai_assisted boolean not null default false,
  source text not null,
  unique (repository_id, sha)
);
create index commits_repository_time on commits (repository_id, authored_at);
create index commits_author on commits (author_identity_id, authored_at);

create table pull_requests (
  id bigint generated always as identity primary key,
  repository_id bigint not null references repositories (id) on delete cascade,
  number integer not null,
  title text not null,
  state text not null check (state in ('open', 'closed', 'merged')),
  draft boolean not null default false,
  author_identity_id bigint references identities (id) on delete set null,
  created_at timestamptz not null,
  ready_at timestamptz,
  merged_at timestamptz,
  closed_at timestamptz,
  merge_commit_sha text,
  base_ref text,
  head_ref text,
  additions integer,
  deletions integer,
  changed_files integer,
  labels text[] not null default '{}',
  linked_issue_labels text[] not null default '{}',
  url text,
  -- Derived on import and after each deployment mapping.
  first_commit_at timestamptz,
  deployed_at timestamptz,
  deployment_id bigint,
  ai_assisted boolean not null default false,
  source text not null,
  updated_at timestamptz not null default now(),
  unique (repository_id, number)
);
create index pull_requests_merged on pull_requests (merged_at) where merged_at is not null;
create index pull_requests_open on pull_requests (created_at) where state = 'open';
create index pull_requests_author on pull_requests (author_identity_id, created_at);
create index pull_requests_merge_commit on pull_requests (repository_id, merge_commit_sha);

create table pull_request_commits (
  pull_request_id bigint not null references pull_requests (id) on delete cascade,
  sha text not null,
  position integer not null,
  primary key (pull_request_id, sha)
);

create table pull_request_reviews (
  pull_request_id bigint not null references pull_requests (id) on delete cascade,
  external_id text not null,
  reviewer_identity_id bigint references identities (id) on delete set null,
  state text not null check (state in ('approved', 'changes_requested', 'commented', 'dismissed')),
  submitted_at timestamptz not null,
  primary key (pull_request_id, external_id)
);

create table pull_request_comments (
  pull_request_id bigint not null references pull_requests (id) on delete cascade,
  external_id text not null,
  author_identity_id bigint references identities (id) on delete set null,
  created_at timestamptz not null,
  primary key (pull_request_id, external_id)
);

create table deployments (
  id bigint generated always as identity primary key,
  source text not null,
  external_id text not null,
  service_id bigint references catalog_entities (id) on delete set null,
  repository_id bigint references repositories (id) on delete set null,
  environment text not null check (environment in ('production', 'staging', 'testing', 'development', 'other')),
  environment_name text not null,
  sha text,
  ref text,
  status text not null check (status in ('success', 'failure', 'error', 'cancelled', 'in_progress', 'queued')),
  created_at timestamptz not null,
  started_at timestamptz,
  finished_at timestamptz,
  name text,
  url text,
  rework boolean,
  -- Set by the change mapping: the commits this deployment shipped are in deployment_changes.
  mapped_at timestamptz,
  first_of_repository boolean not null default false,
  sha_unknown boolean not null default false,
  unique (source, external_id)
);
create index deployments_production on deployments (finished_at)
  where environment = 'production' and status = 'success';
create index deployments_service on deployments (service_id, finished_at);
create index deployments_repository on deployments (repository_id, finished_at);

-- The commits a successful production deployment shipped (commit-graph reachability, see docs/metrics.md).
create table deployment_changes (
  deployment_id bigint not null references deployments (id) on delete cascade,
  commit_id bigint not null references commits (id) on delete cascade,
  primary key (deployment_id, commit_id)
);
create unique index deployment_changes_commit on deployment_changes (commit_id);

create table incidents (
  id bigint generated always as identity primary key,
  source text not null,
  external_id text not null,
  title text not null,
  service_id bigint references catalog_entities (id) on delete set null,
  repository_id bigint references repositories (id) on delete set null,
  severity text,
  status text not null check (status in ('open', 'resolved')),
  started_at timestamptz not null,
  resolved_at timestamptz,
  -- As the source gives it (external id of a deployment of the same source).
  deployment_external_id text,
  change_related boolean,
  url text,
  -- Set by attribution (docs/metrics.md): the deployment that caused it and how that was decided.
  deployment_id bigint references deployments (id) on delete set null,
  attribution text check (attribution in ('explicit', 'previous-deployment', 'not-change-related', 'no-deployment')),
  unique (source, external_id)
);
create index incidents_started on incidents (started_at);
create index incidents_deployment on incidents (deployment_id);

create table workflow_runs (
  id bigint generated always as identity primary key,
  source text not null,
  external_id text not null,
  repository_id bigint not null references repositories (id) on delete cascade,
  name text not null,
  head_sha text not null,
  head_branch text,
  event text not null,
  status text not null,
  conclusion text,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  url text,
  unique (source, external_id)
);

-- Where a connector (GitHub) stopped, so an interrupted sync resumes: cursor and HTTP cache.
create table delivery_sync_state (
  source text not null,
  key text not null,
  cursor jsonb not null default '{}',
  http_cache jsonb not null default '{}',
  updated_at timestamptz not null default now(),
  primary key (source, key)
);

-- Webhook deliveries, kept to refuse replays (GitHub's X-GitHub-Delivery) and to show what arrived.
create table webhook_deliveries (
  id bigint generated always as identity primary key,
  source text not null,
  delivery_id text not null,
  event text not null,
  received_at timestamptz not null default now(),
  outcome text not null check (outcome in ('applied', 'ignored', 'rejected')),
  summary text,
  unique (source, delivery_id)
);

-- Rules that classify pull requests and commits into investment categories; the first match wins.
create table investment_rules (
  id bigint generated always as identity primary key,
  position integer not null,
  category text not null check (category in ('new', 'maintenance', 'bug', 'toil')),
  kind text not null check (kind in ('label', 'commit-type', 'title', 'issue-label')),
  pattern text not null,
  created_at timestamptz not null default now()
);
