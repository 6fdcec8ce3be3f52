-- jobs_creator_index
-- Plain PostgreSQL; runs on PGlite and on a PostgreSQL server (15+).

-- Non-admins list only the jobs they started (GET /api/v1/jobs); keep that a range scan.
create index jobs_creator on jobs (created_by, id desc) where created_by is not null;

-- Workers look up their own running jobs (heartbeats, release on shutdown).
create index jobs_locked_by on jobs (locked_by) where state = 'running';
