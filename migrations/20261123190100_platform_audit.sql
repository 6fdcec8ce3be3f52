-- Append-only, hash-chained audit log of every change and every read of sensitive data.

create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null,
  actor_user_id bigint,
  actor text not null,
  action text not null,
  target_type text,
  target_id text,
  ip text,
  request_id text,
  details jsonb not null default '{}',
  prev_hash text not null,
  hash text not null unique
);
create index audit_log_action on audit_log (action, at);
create index audit_log_actor on audit_log (actor_user_id, at);

-- Defence in depth: the application never rewrites history. `quarterdeck audit verify` still
-- detects rows changed by anyone who disables this trigger.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
