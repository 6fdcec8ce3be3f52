-- Persisted background jobs with progress, logs, retries, cancellation and cron schedules.

create table jobs (
  id bigint generated always as identity primary key,
  kind text not null,
  payload jsonb not null default '{}',
  state text not null default 'queued' check (state in ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  progress_done bigint not null default 0,
  progress_total bigint,
  message text,
  checkpoint jsonb,
  result jsonb,
  attempts integer not null default 0,
  max_attempts integer not null default 3 check (max_attempts > 0),
  run_at timestamptz not null default now(),
  locked_by text,
  locked_until timestamptz,
  cancel_requested boolean not null default false,
  last_error text,
  created_by bigint,
  schedule_name text,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz not null default now()
);
create index jobs_queued on jobs (run_at) where state = 'queued';
create index jobs_running on jobs (locked_until) where state = 'running';
create index jobs_created on jobs (created_at desc);

create table job_logs (
  id bigint generated always as identity primary key,
  job_id bigint not null references jobs (id) on delete cascade,
  at timestamptz not null default now(),
  level text not null check (level in ('info', 'warn', 'error')),
  message text not null
);
create index job_logs_job on job_logs (job_id, id);

create table job_schedules (
  name text primary key,
  cron text not null,
  kind text not null,
  payload jsonb not null default '{}',
  enabled boolean not null default true,
  next_run_at timestamptz not null,
  last_run_at timestamptz,
  last_job_id bigint
);
