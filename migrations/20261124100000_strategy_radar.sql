-- strategy: the technology radar (quadrants, rings, entries and their dated moves).
-- Plain PostgreSQL; runs on PGlite and on a PostgreSQL server (15+).

-- One radar per installation; its quadrants and rings are configurable (Zalando/Backstage shape).
-- Positions and names are unique at commit time (deferred), so a configuration can reorder or rename.
create table radar_quadrants (
  id bigint generated always as identity primary key,
  -- Stable id used by the Backstage JSON format (`quadrants[].id`).
  key text not null,
  position integer not null check (position between 0 and 3),
  name text not null,
  constraint radar_quadrants_key unique (key) deferrable initially deferred,
  constraint radar_quadrants_position unique (position) deferrable initially deferred,
  constraint radar_quadrants_name unique (name) deferrable initially deferred
);

create table radar_rings (
  id bigint generated always as identity primary key,
  key text not null,
  -- 0 is the innermost ring.
  position integer not null check (position >= 0),
  name text not null,
  -- What the ring asks of teams: adopt (use it), trial, assess, hold (stop starting new work with it).
  stance text not null check (stance in ('adopt', 'trial', 'assess', 'hold')),
  color text,
  description text not null default '',
  constraint radar_rings_key unique (key) deferrable initially deferred,
  constraint radar_rings_position unique (position) deferrable initially deferred,
  constraint radar_rings_name unique (name) deferrable initially deferred
);

-- The default radar: Thoughtworks' quadrants and rings (configurable through the API or an import).
insert into radar_quadrants (key, position, name) values
  ('techniques', 0, 'Techniques'),
  ('platforms', 1, 'Platforms'),
  ('tools', 2, 'Tools'),
  ('languages-and-frameworks', 3, 'Languages & Frameworks');
insert into radar_rings (key, position, name, stance, color) values
  ('adopt', 0, 'Adopt', 'adopt', '#5BA300'),
  ('trial', 1, 'Trial', 'trial', '#009EB0'),
  ('assess', 2, 'Assess', 'assess', '#C7BA00'),
  ('hold', 3, 'Hold', 'hold', '#E09B96');

create table radar_entries (
  id bigint generated always as identity primary key,
  -- Stable key used by imports and exports (Backstage `id`/`key`); lower-case.
  key text not null unique check (key = lower(key) and key <> ''),
  name text not null,
  quadrant_id bigint not null references radar_quadrants (id),
  ring_id bigint not null references radar_rings (id),
  description text not null default '',
  -- Backstage's `url` (where the entry is explained), and further `[{url, title}]`.
  url text,
  links jsonb not null default '[]',
  -- Flagged new on this edition of the radar (BYOR `isNew`).
  is_new boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index radar_entries_ring on radar_entries (ring_id);
create index radar_entries_quadrant on radar_entries (quadrant_id);

-- The dated history of an entry: where it was placed and why (Backstage `timeline[]`).
create table radar_moves (
  id bigint generated always as identity primary key,
  entry_id bigint not null references radar_entries (id) on delete cascade,
  moved_on date not null,
  ring_id bigint not null references radar_rings (id),
  -- Backstage's `moved`: 1 moved in (towards the innermost ring), -1 moved out, 0 unchanged or new.
  direction integer not null default 0 check (direction between -1 and 1),
  description text not null default '',
  unique (entry_id, moved_on, ring_id)
);
create index radar_moves_ring on radar_moves (ring_id);
