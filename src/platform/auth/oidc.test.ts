import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPeople } from '../../domains/org/org.repo.js';
import type { Config } from '../config.js';
import { startTestPlatform, type TestPlatform } from '../testing.js';
import { createUser, updateUser } from './auth.service.js';
import { OIDC_CALLBACK_PATH, safeReturnTo } from './oidc.js';
import { OIDC_STATE_COOKIE } from './oidc.routes.js';
import { type IdpClaims, signInAtIdp, startTestIdp, type TestIdp } from './oidc.testing.js';

const PUBLIC_URL = 'http://quarterdeck.test';
const CALLBACK = `${PUBLIC_URL}${OIDC_CALLBACK_PATH}`;
const SYSTEM = { userId: null, label: 'test' };
let n = 0;
const uniqueEmail = (what: string) => `${what}-${++n}-${process.pid}@example.test`;

function oidcConfig(idp: TestIdp, autoProvision = true): Partial<Config> {
  return {
    publicUrl: PUBLIC_URL,
    loginRateLimit: 10_000,
    oidc: {
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      autoProvision,
      allowHttp: true,
    },
  };
}

interface Flow {
  state: string;
  callback: URL;
  res: LightMyRequestResponse;
}

/** Starts SSO at Quarterdeck, signs in at the provider, and opens Quarterdeck's callback. */
async function ssoSignIn(
  t: TestPlatform,
  subject: string,
  options: { returnTo?: string; abort?: boolean; beforeCallback?: (state: string) => Promise<void> } = {},
): Promise<Flow> {
  const start = await t.app.inject({
    method: 'GET',
    url: `/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(options.returnTo ?? '/teams?x=1')}`,
  });
  expect(start.statusCode, start.body).toBe(302);
  const state = start.cookies.find((c) => c.name === OIDC_STATE_COOKIE)!;
  expect(state.httpOnly).toBe(true);
  expect(state.path).toBe('/api/v1/auth/oidc');
  const callback = await signInAtIdp(start.headers.location as string, subject, CALLBACK, options);
  await options.beforeCallback?.(state.value);
  const res = await openCallback(t, callback, state.value);
  return { state: state.value, callback, res };
}

function openCallback(t: TestPlatform, callback: URL, stateCookie: string | null) {
  return t.app.inject({
    method: 'GET',
    url: `${callback.pathname}${callback.search}`,
    headers: stateCookie === null ? {} : { cookie: `${OIDC_STATE_COOKIE}=${stateCookie}` },
  });
}

async function me(t: TestPlatform, res: LightMyRequestResponse) {
  const cookie = res.cookies.find((c) => c.name === 'qd_session');
  if (!cookie) return undefined;
  return t.app.inject({
    method: 'GET',
    url: '/api/v1/auth/me',
    headers: { cookie: `qd_session=${cookie.value}` },
  });
}

function expectProblem(res: LightMyRequestResponse, status: number, detail: RegExp) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.json().detail).toMatch(detail);
  expect(res.cookies.find((c) => c.name === 'qd_session')).toBeUndefined();
}

async function auditActions(t: TestPlatform, action: string) {
  return t.handle.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
}

async function addPerson(
  t: TestPlatform,
  email: string,
  name: string,
  status: 'active' | 'leaver' = 'active',
) {
  const [p] = await insertPeople(t.handle.db, [{ email, name, status }]);
  return p!.id;
}

describe('single sign-on with OpenID Connect', () => {
  let idp: TestIdp;
  let t: TestPlatform;
  const claims = (email: string, extra: IdpClaims = {}): IdpClaims => ({
    email,
    email_verified: true,
    ...extra,
  });

  beforeAll(async () => {
    idp = await startTestIdp({ redirectUri: CALLBACK });
    t = await startTestPlatform({ config: oidcConfig(idp) });
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  it('signs a known account in, links its subject, and the session cookie works', async () => {
    const email = uniqueEmail('known');
    const user = await createUser(t.handle.db, SYSTEM, { email, name: 'Known Person', role: 'manager' });
    const subject = idp.addAccount(claims(email.toUpperCase()));

    const { res } = await ssoSignIn(t, subject, { returnTo: '/teams?x=1#top' });
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/teams?x=1#top');
    const session = res.cookies.find((c) => c.name === 'qd_session')!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    const who = await me(t, res);
    expect(who!.statusCode).toBe(200);
    expect(who!.json().user).toMatchObject({ id: user.id, email, role: 'manager', sso: true });

    const row = await t.handle.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.oidc_subject).toBe(subject);
    const sessions = await t.handle.db
      .selectFrom('sessions')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(sessions.map((s) => s.auth_method)).toEqual(['oidc']);
    expect((await auditActions(t, 'auth.user.oidc-link')).some((a) => a.target_id === String(user.id))).toBe(
      true,
    );
    const created = await auditActions(t, 'auth.session.create');
    expect(created.at(-1)).toMatchObject({ actor_user_id: user.id, details: { method: 'oidc' } });

    // Once linked, the subject decides, even after the email changes at the provider.
    idp.setClaims(subject, claims(uniqueEmail('renamed')));
    const again = await ssoSignIn(t, subject);
    expect(again.res.statusCode, again.res.body).toBe(302);
    expect((await me(t, again.res))!.json().user.id).toBe(user.id);
  });

  it('auto-provisions a member account for a person of the organization', async () => {
    const email = uniqueEmail('person');
    const personId = await addPerson(t, email, 'Ada Person');
    const subject = idp.addAccount(claims(email));

    const { res } = await ssoSignIn(t, subject);
    expect(res.statusCode, res.body).toBe(302);
    const who = (await me(t, res))!;
    expect(who.statusCode).toBe(200);
    expect(who.json().user).toMatchObject({ email, name: 'Ada Person', role: 'member', personId, sso: true });
    const create = (await auditActions(t, 'auth.user.create')).at(-1)!;
    expect(create).toMatchObject({ actor: `oidc:${email}`, details: { email, role: 'member' } });
    // The SSO subject is now one of the person's identities.
    const sso = await t.ctx.db
      .selectFrom('identities')
      .selectAll()
      .where('kind', '=', 'sso')
      .where('person_id', '=', personId)
      .execute();
    expect(sso.map((i) => i.value)).toEqual([expect.stringMatching(new RegExp(`\\|${subject}$`))]);
  });

  it('refuses an email unknown to the organization, and a person who has left', async () => {
    const unknown = idp.addAccount(claims(uniqueEmail('stranger')));
    const { res } = await ssoSignIn(t, unknown);
    expectProblem(res, 403, /is not known to this organization/);
    const failed = (await auditActions(t, 'auth.login.failed')).at(-1)!;
    expect(failed.details).toMatchObject({ method: 'oidc' });

    const leaverEmail = uniqueEmail('leaver');
    await addPerson(t, leaverEmail, 'Gone Person', 'leaver');
    const leaver = await ssoSignIn(t, idp.addAccount(claims(leaverEmail)));
    expectProblem(leaver.res, 403, /is not known to this organization/);
    const users = await t.handle.db.selectFrom('users').select('email').execute();
    expect(users.map((u) => u.email)).not.toContain(leaverEmail);
  });

  it('does not match an email the provider marks as unverified', async () => {
    const email = uniqueEmail('unverified');
    const user = await createUser(t.handle.db, SYSTEM, { email, name: 'Unverified', role: 'admin' });
    const subject = idp.addAccount(claims(email, { email_verified: false }));
    const { res } = await ssoSignIn(t, subject);
    expectProblem(res, 403, /has not verified the email/);
    const row = await t.handle.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.oidc_subject).toBeNull();
  });

  it('refuses a disabled account, linked or matched by email', async () => {
    const email = uniqueEmail('disabled');
    const user = await createUser(t.handle.db, SYSTEM, { email, name: 'Disabled', role: 'member' });
    const subject = idp.addAccount(claims(email));
    expect((await ssoSignIn(t, subject)).res.statusCode).toBe(302);
    await updateUser(t.handle.db, SYSTEM, user.id, { disabled: true });
    expectProblem((await ssoSignIn(t, subject)).res, 403, /is disabled/);

    const other = uniqueEmail('disabled-unlinked');
    const unlinked = await createUser(t.handle.db, SYSTEM, {
      email: other,
      name: 'Disabled 2',
      role: 'member',
    });
    await updateUser(t.handle.db, SYSTEM, unlinked.id, { disabled: true });
    expectProblem((await ssoSignIn(t, idp.addAccount(claims(other)))).res, 403, /is disabled/);
    const row = await t.handle.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', unlinked.id)
      .executeTakeFirstOrThrow();
    expect(row.oidc_subject).toBeNull();
  });

  it('refuses an account already linked to another identity', async () => {
    const email = uniqueEmail('taken');
    await createUser(t.handle.db, SYSTEM, {
      email,
      name: 'Taken',
      role: 'member',
      oidcSubject: 'someone-else',
    });
    expectProblem((await ssoSignIn(t, idp.addAccount(claims(email)))).res, 403, /different single sign-on/);
  });

  it('refuses a replayed, forged, expired or foreign state', async () => {
    const email = uniqueEmail('states');
    await addPerson(t, email, 'State Person');
    const subject = idp.addAccount(claims(email));
    const first = await ssoSignIn(t, subject);
    expect(first.res.statusCode).toBe(302);

    // Replay: the same callback with the same state cookie.
    expectProblem(await openCallback(t, first.callback, first.state), 400, /unknown, was used already/);

    // Forged: a state Quarterdeck never issued (the cookie matches it, as an attacker could arrange).
    const forged = new URL(first.callback);
    forged.searchParams.set('state', 'forged-state-value');
    expectProblem(await openCallback(t, forged, 'forged-state-value'), 400, /unknown, was used already/);

    // Foreign: a genuine callback opened by a browser that did not start the sign-in (login CSRF).
    const start = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/login' });
    const cb = await signInAtIdp(start.headers.location as string, subject, CALLBACK);
    expectProblem(await openCallback(t, cb, null), 400, /not started in this browser/);
    expectProblem(await openCallback(t, cb, 'some-other-state'), 400, /not started in this browser/);

    // Expired: a state older than 10 minutes is refused and pruned.
    const old = await ssoSignIn(t, subject, {
      beforeCallback: async (state) => {
        await t.handle.db
          .updateTable('oidc_login_states')
          .set({ created_at: new Date(Date.now() - 11 * 60_000) })
          .where('state', '=', state)
          .execute();
      },
    });
    expectProblem(old.res, 400, /older than 10 minutes/);
    const left = await t.handle.db.selectFrom('oidc_login_states').select('state').execute();
    expect(left.map((r) => r.state)).not.toContain(old.state);
  });

  it('verifies the nonce and the PKCE verifier', async () => {
    const email = uniqueEmail('checks');
    await addPerson(t, email, 'Checked Person');
    const subject = idp.addAccount(claims(email));
    const tamper = (column: 'nonce' | 'code_verifier', value: string) => async (state: string) => {
      await t.handle.db
        .updateTable('oidc_login_states')
        .set({ [column]: value })
        .where('state', '=', state)
        .execute();
    };
    const nonce = await ssoSignIn(t, subject, { beforeCallback: tamper('nonce', 'not-the-nonce') });
    expectProblem(nonce.res, 401, /did not verify/);
    const pkce = await ssoSignIn(t, subject, {
      beforeCallback: tamper('code_verifier', 'x'.repeat(43)),
    });
    expectProblem(pkce.res, 400, /refused the code exchange \(invalid_grant/);
    expect(
      await t.handle.db.selectFrom('users').select('id').where('oidc_subject', '=', subject).execute(),
    ).toEqual([]);
  });

  it('turns a provider error into a problem', async () => {
    const subject = idp.addAccount(claims(uniqueEmail('aborts')));
    const { res } = await ssoSignIn(t, subject, { abort: true });
    expectProblem(res, 403, /did not sign you in \(access_denied/);
  });

  it('keeps returnTo on this site', async () => {
    expect(safeReturnTo('/people/7?tab=reviews#x')).toBe('/people/7?tab=reviews#x');
    for (const bad of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'people',
      '',
      '/a\nb',
      7,
    ]) {
      expect(safeReturnTo(bad)).toBe('/');
    }
    const email = uniqueEmail('return');
    await addPerson(t, email, 'Return Person');
    const { res } = await ssoSignIn(t, idp.addAccount(claims(email)), {
      returnTo: 'https://evil.example/phish',
    });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/');
  });
});

describe('single sign-on settings', () => {
  it('answers 404 on both routes when SSO is not configured', async () => {
    const t = await startTestPlatform();
    try {
      for (const url of ['/api/v1/auth/oidc/login', '/api/v1/auth/oidc/callback?code=x&state=y']) {
        const res = await t.anonymous.request({ method: 'GET', url });
        expect(res.statusCode).toBe(404);
        expect(res.json().detail).toMatch(/Single sign-on is not configured/);
      }
    } finally {
      await t.close();
    }
  });

  it('refuses a person without an account when auto-provisioning is off', async () => {
    const idp = await startTestIdp({ redirectUri: CALLBACK });
    const t = await startTestPlatform({ config: oidcConfig(idp, false) });
    try {
      const email = uniqueEmail('no-auto');
      await addPerson(t, email, 'Manual Person');
      const { res } = await ssoSignIn(t, idp.addAccount({ email, email_verified: true }));
      expectProblem(res, 403, /not created on first sign-in/);
      expect(await t.handle.db.selectFrom('users').select('id').where('email', '=', email).execute()).toEqual(
        [],
      );
    } finally {
      await t.close();
      await idp.close();
    }
  });

  it('retries discovery after the provider was down, and reads the email from UserInfo when needed', async () => {
    const idp = await startTestIdp({ redirectUri: CALLBACK, conformIdTokenClaims: true });
    const t = await startTestPlatform({ config: oidcConfig(idp) });
    try {
      idp.setDown(true);
      const down = await t.anonymous.request({ method: 'GET', url: '/api/v1/auth/oidc/login' });
      expect(down.statusCode).toBe(503);
      expect(down.json().detail).toMatch(/cannot be reached/);
      idp.setDown(false);
      const email = uniqueEmail('userinfo');
      await addPerson(t, email, 'Userinfo Person');
      const { res } = await ssoSignIn(t, idp.addAccount({ email, email_verified: true }));
      expect(res.statusCode, res.body).toBe(302);
      expect((await me(t, res))!.json().user.email).toBe(email);
    } finally {
      await t.close();
      await idp.close();
    }
  });
});
