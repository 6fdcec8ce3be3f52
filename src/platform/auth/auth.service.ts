import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type AuditActor, record } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { conflict, notFound, Problem } from '../http/problem.js';
import * as repo from './auth.repo.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import type { Grant, Principal, Role, Scope } from './policy.js';

export const SESSION_COOKIE = 'qd_session';
export const CSRF_HEADER = 'x-csrf-token';
const TOKEN_PREFIX = 'qdt_';
const SESSION_MAX_AGE_MS = 30 * 24 * 3600_000;
const TOUCH_EVERY_MS = 60_000;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface UserOutput {
  id: number;
  email: string;
  name: string;
  role: Role;
  grants: Grant[];
  personId: number | null;
  sso: boolean;
  disabled: boolean;
  createdAt: string;
}

export function toUserOutput(u: repo.UserRow): UserOutput {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    grants: u.grants,
    personId: u.person_id,
    sso: u.oidc_subject !== null,
    disabled: u.disabled_at !== null,
    createdAt: u.created_at.toISOString(),
  };
}

// ---- authentication of requests

export interface SessionPrincipal extends Principal {
  csrfToken: string;
}

function principalOfRow(row: {
  user_id: number;
  email: string;
  name: string;
  role: Role;
  grants: Grant[];
  person_id: number | null;
}): Pick<Principal, 'userId' | 'email' | 'name' | 'role' | 'grants' | 'personId'> {
  return {
    userId: row.user_id,
    email: row.email,
    name: row.name,
    role: row.role,
    grants: row.grants,
    personId: row.person_id,
  };
}

export async function principalFromSession(
  db: Db,
  token: string,
  ttlMs: number,
): Promise<SessionPrincipal | null> {
  const now = new Date();
  const row = await repo.findLiveSession(db, sha256(token), now);
  if (!row) return null;
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
    // Sliding expiry: an active session stays alive, an idle one ends after the TTL.
    await repo.touchSession(db, row.session_id, now, new Date(now.getTime() + ttlMs));
  }
  return {
    ...principalOfRow(row),
    via: 'session',
    scopes: ['read', 'write'],
    sessionId: row.session_id,
    csrfToken: row.csrf_token,
  };
}

export async function principalFromToken(db: Db, token: string): Promise<Principal | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const now = new Date();
  const row = await repo.findLiveToken(db, sha256(token), now);
  if (!row) return null;
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > TOUCH_EVERY_MS) {
    await repo.touchToken(db, row.token_id, now);
  }
  return { ...principalOfRow(row), via: 'token', scopes: row.scopes, tokenId: row.token_id };
}

// ---- sign-in

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: repo.UserRow;
}

export async function createSession(
  db: Db,
  user: repo.UserRow,
  method: 'password' | 'oidc',
  meta: { ip: string | null; userAgent: string | null; ttlMs: number },
): Promise<NewSession> {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = new Date(Date.now() + Math.min(meta.ttlMs, SESSION_MAX_AGE_MS));
  const session = await repo.insertSession(db, {
    token_hash: sha256(token),
    user_id: user.id,
    csrf_token: csrfToken,
    auth_method: method,
    ip: meta.ip,
    user_agent: meta.userAgent?.slice(0, 400) ?? null,
    expires_at: expiresAt,
  });
  await record(db, actorOf(user, meta.ip), {
    action: 'auth.session.create',
    targetType: 'session',
    targetId: session.id,
    details: { method },
  });
  return { token, csrfToken, expiresAt, user };
}

export async function loginWithPassword(
  db: Db,
  email: string,
  password: string,
  meta: { ip: string | null; userAgent: string | null; ttlMs: number },
): Promise<NewSession> {
  const user = await repo.findUserByEmail(db, email);
  const ok = await verifyPassword(password, user?.password_hash ?? null);
  if (!user || !ok || user.disabled_at) {
    await record(
      db,
      { userId: user?.id ?? null, label: `login:${email.slice(0, 200)}`, ip: meta.ip },
      {
        action: 'auth.login.failed',
        details: {
          reason: !user ? 'unknown account' : user.disabled_at ? 'account disabled' : 'wrong password',
        },
      },
    );
    throw new Problem('invalid-credentials', 'The email or password is wrong, or the account is disabled.');
  }
  return createSession(db, user, 'password', meta);
}

export function actorOf(
  user: { id: number; email: string },
  ip?: string | null,
  requestId?: string | null,
): AuditActor {
  return {
    userId: user.id,
    label: `user:${user.id} ${user.email}`,
    ip: ip ?? null,
    requestId: requestId ?? null,
  };
}

// ---- users

/** Checks a new password against the rules and hashes it; the problem names the field. */
async function hashNewPassword(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) {
    throw new Problem('validation-failed', `The password ${problem}.`, [
      { field: 'body.password', message: problem },
    ]);
  }
  return hashPassword(password);
}

export interface CreateUserInput {
  email: string;
  name: string;
  password?: string | undefined;
  role: Role;
  grants?: Grant[] | undefined;
  personId?: number | null | undefined;
  oidcSubject?: string | null | undefined;
}

export async function createUser(db: Db, actor: AuditActor, input: CreateUserInput): Promise<repo.UserRow> {
  const passwordHash = input.password === undefined ? null : await hashNewPassword(input.password);
  const run = async (trx: Db) => {
    if (await repo.findUserByEmail(trx, input.email))
      throw conflict(`An account for ${input.email} exists already.`);
    const user = await repo.insertUser(trx, {
      email: input.email,
      name: input.name,
      password_hash: passwordHash,
      role: input.role,
      grants: [...new Set(input.grants ?? [])],
      person_id: input.personId ?? null,
      oidc_subject: input.oidcSubject ?? null,
    });
    await record(trx, actor, {
      action: 'auth.user.create',
      targetType: 'user',
      targetId: user.id,
      details: { email: user.email, role: user.role, grants: user.grants },
    });
    return user;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

export interface UpdateUserInput {
  name?: string | undefined;
  role?: Role | undefined;
  grants?: Grant[] | undefined;
  personId?: number | null | undefined;
  disabled?: boolean | undefined;
  password?: string | undefined;
}

export async function updateUser(
  db: Db,
  actor: AuditActor,
  id: number,
  input: UpdateUserInput,
): Promise<repo.UserRow> {
  const passwordHash = input.password === undefined ? undefined : await hashNewPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const before = await repo.findUserById(trx, id);
    if (!before) throw notFound(`User ${id}`);
    const patch: repo.UserPatch = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.role !== undefined) patch.role = input.role;
    if (input.grants !== undefined) patch.grants = [...new Set(input.grants)];
    if (input.personId !== undefined) patch.person_id = input.personId;
    if (input.disabled !== undefined)
      patch.disabled_at = input.disabled ? (before.disabled_at ?? new Date()) : null;
    if (passwordHash !== undefined) patch.password_hash = passwordHash;
    if (before.role === 'admin' && ((patch.role && patch.role !== 'admin') || input.disabled)) {
      const admins = (await repo.listUsers(trx)).filter((u) => u.role === 'admin' && !u.disabled_at);
      if (admins.length <= 1) throw conflict('This is the last active admin; make another admin first.');
    }
    const after = (await repo.updateUser(trx, id, patch))!;
    // A changed role, grant, password or a disabled account ends the person's open sessions.
    if (patch.role || patch.grants || patch.password_hash || input.disabled)
      await repo.revokeUserSessions(trx, id);
    await record(trx, actor, {
      action: 'auth.user.update',
      targetType: 'user',
      targetId: id,
      details: {
        changed: Object.keys(input).filter((k) => k !== 'password'),
        passwordChanged: input.password !== undefined,
        role: after.role,
        grants: after.grants,
        disabled: after.disabled_at !== null,
      },
    });
    return after;
  });
}

// ---- API tokens

export interface CreateTokenInput {
  name: string;
  scopes: Scope[];
  expiresInDays?: number | null | undefined;
}

export async function createApiToken(
  db: Db,
  actor: AuditActor,
  userId: number,
  input: CreateTokenInput,
): Promise<{ token: string; row: repo.ApiTokenRow }> {
  const token = `${TOKEN_PREFIX}${randomToken()}`;
  const expiresAt =
    input.expiresInDays === null || input.expiresInDays === undefined
      ? null
      : new Date(Date.now() + input.expiresInDays * 24 * 3600_000);
  return db.transaction().execute(async (trx) => {
    const row = await repo.insertToken(trx, {
      user_id: userId,
      name: input.name,
      token_hash: sha256(token),
      scopes: [...new Set(input.scopes)],
      expires_at: expiresAt,
    });
    await record(trx, actor, {
      action: 'auth.token.create',
      targetType: 'api_token',
      targetId: row.id,
      details: { userId, name: input.name, scopes: row.scopes, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { token, row };
  });
}

export async function revokeApiToken(db: Db, actor: AuditActor, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await repo.revokeToken(trx, id))) throw notFound(`Active API token ${id}`);
    await record(trx, actor, { action: 'auth.token.revoke', targetType: 'api_token', targetId: id });
  });
}

export async function revokeSession(db: Db, actor: AuditActor, id: number, ownerId?: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await repo.revokeSession(trx, id, ownerId))) throw notFound(`Active session ${id}`);
    await record(trx, actor, { action: 'auth.session.revoke', targetType: 'session', targetId: id });
  });
}

// ---- first run

/** When no account exists: a one-time token that lets the first person create the admin account. */
export async function issueSetupToken(db: Db, validForMs = 24 * 3600_000): Promise<string | null> {
  if ((await repo.countUsers(db)) > 0) return null;
  const token = randomToken(18);
  await repo.insertSetupToken(db, sha256(token), new Date(Date.now() + validForMs));
  return token;
}

export async function completeSetup(
  db: Db,
  meta: { ip: string | null },
  token: string,
  input: { email: string; name: string; password: string },
): Promise<repo.UserRow> {
  return db.transaction().execute(async (trx) => {
    if ((await repo.countUsers(trx)) > 0) throw conflict('Quarterdeck is set up already; sign in instead.');
    if (!(await repo.useSetupToken(trx, sha256(token), new Date()))) {
      throw new Problem(
        'invalid-token',
        'The setup token is wrong, used or expired. Restart the server for a new one.',
      );
    }
    return createUser(trx, { userId: null, label: 'setup', ip: meta.ip }, { ...input, role: 'admin' });
  });
}

export const findUserById = repo.findUserById;
export const findUserByEmail = repo.findUserByEmail;
export const findUserByOidcSubject = repo.findUserByOidcSubject;
export const listUsers = repo.listUsers;
export const countUsers = repo.countUsers;
export const listTokens = repo.listTokens;
export const findToken = repo.findToken;
export const listSessions = repo.listSessions;
export const linkOidcSubject = (db: Db, id: number, subject: string) =>
  repo.updateUser(db, id, { oidc_subject: subject });
