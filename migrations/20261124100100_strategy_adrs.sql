-- strategy: architecture decision records (MADR), their links to services and radar entries, and the
-- dated status changes behind the decisions timeline. Plain PostgreSQL; runs on PGlite and PostgreSQL.

create table adrs (
  id bigint generated always as identity primary key,
  -- Quarterdeck's number of the record (the file's number when it was free); unique in the installation.
  number integer not null unique check (number >= 0),
  -- The file name the record is exported under (`0001-use-markdown.md`).
  file_name text not null,
  title text not null,
  status text not null check (status in ('proposed', 'accepted', 'rejected', 'deprecated', 'superseded')),
  superseded_by_id bigint references adrs (id) on delete set null,
  -- When the decision was last updated (MADR `date`).
  decided_on date,
  deciders jsonb not null default '[]',
  consulted jsonb not null default '[]',
  informed jsonb not null default '[]',
  context text not null default '',
  considered_options text not null default '',
  decision_outcome text not null default '',
  consequences text not null default '',
  pros_and_cons text not null default '',
  -- The document as it stands: the imported file, with only what was edited in Quarterdeck changed.
  markdown text not null,
  -- manual (written in Quarterdeck), folder (`quarterdeck import adr <folder>`), repository (sync).
  source_kind text not null check (source_kind in ('manual', 'folder', 'repository')),
  source_repository_id bigint,
  source_repository text,
  -- Path of the file in the folder or repository.
  source_path text,
  -- git blob sha of the file as last read; the markdown differs from it only by edits made here.
  source_sha text,
  -- Set when the file disappeared from the repository at HEAD (the record is kept).
  source_removed_at timestamptz,
  edited_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index adrs_repository_path on adrs (source_repository_id, source_path)
  where source_kind = 'repository';
create index adrs_status on adrs (status);
create index adrs_search on adrs
  using gin (to_tsvector('english', title || ' ' || markdown));

-- Services (catalog components) a decision is about.
create table adr_services (
  adr_id bigint not null references adrs (id) on delete cascade,
  service_id bigint not null,
  primary key (adr_id, service_id)
);
create index adr_services_service on adr_services (service_id);

-- Radar entries a decision adopts, trials or retires.
create table adr_radar_entries (
  adr_id bigint not null references adrs (id) on delete cascade,
  entry_id bigint not null references radar_entries (id) on delete cascade,
  primary key (adr_id, entry_id)
);

-- Every status a record took, dated: the timeline and the scorecard's accepted-per-quarter read these.
create table adr_status_changes (
  id bigint generated always as identity primary key,
  adr_id bigint not null references adrs (id) on delete cascade,
  status text not null,
  changed_on date not null,
  recorded_at timestamptz not null default now(),
  actor text not null
);
create index adr_status_changes_adr on adr_status_changes (adr_id);
create index adr_status_changes_on on adr_status_changes (changed_on);
