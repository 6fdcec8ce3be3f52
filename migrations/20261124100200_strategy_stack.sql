-- strategy: the stack inventory — what the repositories really use, read from their manifests (scan of
-- local clones or folders, CycloneDX SBOMs, the demo), matched to the tech radar; runtimes against an
-- end-of-life dataset. Plain PostgreSQL; runs on PGlite and on a PostgreSQL server (15+).

-- One row per manifest (or runtime file) of a repository, with the content hash it was parsed from: a
-- git blob sha (or the same hash computed over a folder's file), so a re-scan reads only changed files.
create table stack_files (
  id bigint generated always as identity primary key,
  repository_id bigint not null references repositories (id) on delete cascade,
  path text not null,
  kind text not null,
  content_hash text not null,
  -- The problems found in this file (`[{line, message}]`); the file's components are what could be read.
  warnings jsonb not null default '[]',
  scanned_at timestamptz not null default now(),
  unique (repository_id, path)
);

-- What a repository uses: from a manifest (file_id set) or from an imported SBOM (source 'sbom').
create table stack_components (
  id bigint generated always as identity primary key,
  repository_id bigint not null references repositories (id) on delete cascade,
  file_id bigint references stack_files (id) on delete cascade,
  source text not null check (source in ('manifest', 'sbom')),
  ecosystem text not null,
  name text not null,
  version text,
  requirement text,
  scope text,
  direct boolean not null,
  file text not null,
  line integer
);
create index stack_components_repository on stack_components (repository_id, source);
create index stack_components_package on stack_components (ecosystem, name);
create index stack_components_file on stack_components (file_id);

-- Runtimes a repository declares (Dockerfile base image, engines.node, .nvmrc, go directive...).
create table stack_runtimes (
  id bigint generated always as identity primary key,
  repository_id bigint not null references repositories (id) on delete cascade,
  file_id bigint not null references stack_files (id) on delete cascade,
  -- endoflife.date product id: nodejs, python, go, java (eclipse-temurin), ruby, php, postgresql...
  product text not null,
  -- The release cycle (`18`, `3.8`, `1.22`) and the version as written.
  cycle text not null,
  version text not null,
  file text not null,
  line integer
);
create index stack_runtimes_repository on stack_runtimes (repository_id);

-- Bytes and files per language of each repository's HEAD (vendored and generated paths left out).
create table stack_languages (
  repository_id bigint not null references repositories (id) on delete cascade,
  language text not null,
  bytes bigint not null,
  files integer not null,
  primary key (repository_id, language)
);

-- The last scan of each repository: what was read and where from.
create table stack_scans (
  repository_id bigint primary key references repositories (id) on delete cascade,
  source text not null check (source in ('git', 'folder', 'demo')),
  location text,
  -- HEAD's tree for git (an unchanged tree means nothing to read); null for folders.
  tree_hash text,
  files integer not null default 0,
  parsed integer not null default 0,
  warnings integer not null default 0,
  scanned_at timestamptz not null default now()
);

-- How packages map to radar entries: ecosystem ('*' for any) + name glob (* and ?) -> entry key.
create table stack_mappings (
  id bigint generated always as identity primary key,
  ecosystem text not null,
  pattern text not null,
  entry_key text not null,
  position integer not null default 0,
  unique (ecosystem, pattern)
);

-- End-of-life cycles imported by people (endoflife.date shape); they replace the shipped dataset's
-- cycles of the same product.
create table stack_eol_cycles (
  product text not null,
  cycle text not null,
  release_date date,
  -- An end date, or null with eol_flag saying whether the cycle has ended (endoflife.date allows booleans).
  eol date,
  eol_flag boolean not null default false,
  latest text,
  imported_at timestamptz not null default now(),
  primary key (product, cycle)
);
