-- Accounts, sessions, API tokens, first-run setup and single sign-on state.

create table settings (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now()
);

create table users (
  id bigint generated always as identity primary key,
  email text not null,
  name text not null,
  password_hash text,
  role text not null check (role in ('admin', 'executive', 'manager', 'member')),
  grants text[] not null default '{}' check (grants <@ array['compensation', 'finance', 'security']::text[]),
  person_id bigint,
  oidc_subject text unique,
  disabled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index users_email_key on users (lower(email));

create table sessions (
  id bigint generated always as identity primary key,
  token_hash text not null unique,
  user_id bigint not null references users (id) on delete cascade,
  csrf_token text not null,
  auth_method text not null check (auth_method in ('password', 'oidc')),
  ip text,
  user_agent text,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz
);
create index sessions_user on sessions (user_id);

create table api_tokens (
  id bigint generated always as identity primary key,
  user_id bigint not null references users (id) on delete cascade,
  name text not null,
  token_hash text not null unique,
  scopes text[] not null check (scopes <@ array['read', 'write']::text[] and cardinality(scopes) > 0),
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz
);
create index api_tokens_user on api_tokens (user_id);

create table setup_tokens (
  token_hash text primary key,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

create table oidc_login_states (
  state text primary key,
  code_verifier text not null,
  nonce text not null,
  return_to text not null default '/',
  created_at timestamptz not null default now()
);
