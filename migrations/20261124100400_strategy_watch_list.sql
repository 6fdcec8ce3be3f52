-- strategy: the watch list of emerging technology (AI tooling, new platforms…): who watches it, what
-- the assessment found and which decision it led to. Plain PostgreSQL; runs on PGlite and PostgreSQL.

create table watch_items (
  id bigint generated always as identity primary key,
  name text not null unique,
  -- The person who watches it (from the org); kept when they leave, cleared when they are deleted.
  owner_person_id bigint references people (id) on delete set null,
  category text not null default '',
  status text not null default 'watching'
    check (status in ('watching', 'assessing', 'decided', 'dropped')),
  -- Assessment notes, markdown.
  notes text not null default '',
  -- The decision it led to, in words, and optionally the decision record (`ADR-0007`).
  decision text not null default '',
  decision_ref text check (decision_ref ~ '^ADR-[0-9]{1,6}$'),
  radar_entry_id bigint references radar_entries (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index watch_items_status on watch_items (status);
