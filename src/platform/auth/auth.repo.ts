import type { Generated, Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { Grant, Role, Scope } from './policy.js';

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string | null;
  role: Role;
  grants: Generated<Grant[]>;
  person_id: number | null;
  oidc_subject: string | null;
  disabled_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  csrf_token: string;
  auth_method: 'password' | 'oidc';
  ip: string | null;
  user_agent: string | null;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  scopes: Scope[];
  created_at: Generated<Date>;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export interface SetupTokensTable {
  token_hash: string;
  created_at: Generated<Date>;
  expires_at: Date;
  used_at: Date | null;
}

export interface OidcLoginStatesTable {
  state: string;
  code_verifier: string;
  nonce: string;
  return_to: Generated<string>;
  created_at: Generated<Date>;
}

declare module '../db/database.js' {
  interface Database {
    users: UsersTable;
    sessions: SessionsTable;
    api_tokens: ApiTokensTable;
    setup_tokens: SetupTokensTable;
    oidc_login_states: OidcLoginStatesTable;
  }
}

export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;

// ---- users

export async function countUsers(db: Db): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

export function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserByOidcSubject(db: Db, subject: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('oidc_subject', '=', subject).executeTakeFirst();
}

export function listUsers(db: Db): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('id').execute();
}

export interface NewUser {
  email: string;
  name: string;
  password_hash: string | null;
  role: Role;
  grants: Grant[];
  person_id?: number | null;
  oidc_subject?: string | null;
}

export function insertUser(db: Db, u: NewUser): Promise<UserRow> {
  return db
    .insertInto('users')
    .values({ ...u, person_id: u.person_id ?? null, oidc_subject: u.oidc_subject ?? null, disabled_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type UserPatch = Partial<
  Pick<UsersTable, 'name' | 'role' | 'person_id' | 'oidc_subject' | 'password_hash' | 'disabled_at'> & {
    grants: Grant[];
  }
>;

export function updateUser(db: Db, id: number, patch: UserPatch): Promise<UserRow | undefined> {
  return db
    .updateTable('users')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

// ---- sessions

export function insertSession(
  db: Db,
  s: Pick<
    SessionRow,
    'token_hash' | 'user_id' | 'csrf_token' | 'auth_method' | 'ip' | 'user_agent' | 'expires_at'
  >,
): Promise<SessionRow> {
  return db
    .insertInto('sessions')
    .values({ ...s, revoked_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The account columns a request's principal is built from. */
const PRINCIPAL_COLUMNS = [
  'u.id as user_id',
  'u.email',
  'u.name',
  'u.role',
  'u.grants',
  'u.person_id',
] as const;

export function findLiveSession(db: Db, tokenHash: string, now: Date) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id as session_id', 's.csrf_token', 's.expires_at', 's.last_seen_at', ...PRINCIPAL_COLUMNS])
    .where('s.token_hash', '=', tokenHash)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', now)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function touchSession(db: Db, id: number, now: Date, expiresAt?: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now, ...(expiresAt ? { expires_at: expiresAt } : {}) })
    .where('id', '=', id)
    .execute();
}

export function listSessions(db: Db, userId: number, now: Date): Promise<SessionRow[]> {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('id', 'desc')
    .execute();
}

export async function revokeSession(db: Db, id: number, userId?: number): Promise<boolean> {
  let q = db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null);
  if (userId !== undefined) q = q.where('user_id', '=', userId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function revokeUserSessions(db: Db, userId: number): Promise<number> {
  const r = await db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

// ---- API tokens

export function insertToken(
  db: Db,
  t: Pick<ApiTokenRow, 'user_id' | 'name' | 'token_hash' | 'scopes' | 'expires_at'>,
): Promise<ApiTokenRow> {
  return db
    .insertInto('api_tokens')
    .values({ ...t, revoked_at: null, last_used_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findLiveToken(db: Db, tokenHash: string, now: Date) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id as token_id', 't.scopes', 't.last_used_at', ...PRINCIPAL_COLUMNS])
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', now)]))
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function touchToken(db: Db, id: number, now: Date): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

export function listTokens(db: Db, userId?: number): Promise<ApiTokenRow[]> {
  let q = db.selectFrom('api_tokens').selectAll().orderBy('id', 'desc');
  if (userId !== undefined) q = q.where('user_id', '=', userId);
  return q.execute();
}

export function findToken(db: Db, id: number): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function revokeToken(db: Db, id: number): Promise<boolean> {
  const r = await db
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

// ---- first-run setup tokens

export async function insertSetupToken(db: Db, tokenHash: string, expiresAt: Date): Promise<void> {
  await db
    .insertInto('setup_tokens')
    .values({ token_hash: tokenHash, expires_at: expiresAt, used_at: null })
    .execute();
}

export async function useSetupToken(db: Db, tokenHash: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('setup_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

// ---- OpenID Connect login states

export async function insertOidcState(
  db: Db,
  s: { state: string; code_verifier: string; nonce: string; return_to: string },
): Promise<void> {
  await db.insertInto('oidc_login_states').values(s).execute();
}

export async function takeOidcState(db: Db, state: string, notBefore: Date) {
  return db
    .deleteFrom('oidc_login_states')
    .where('state', '=', state)
    .where('created_at', '>', notBefore)
    .returningAll()
    .executeTakeFirst();
}

export async function pruneOidcStates(db: Db, olderThan: Date): Promise<void> {
  await db.deleteFrom('oidc_login_states').where('created_at', '<', olderThan).execute();
}
