import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '../http/problem.js';
import { startTestPlatform, TEST_PASSWORD, type TestPlatform } from '../testing.js';
import { issueSetupToken, updateUser } from './auth.service.js';

describe('accounts, sessions and API tokens', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t.close());

  it('signs in with a password, sets an HttpOnly SameSite cookie, and signs out', async () => {
    const admin = await t.signIn('admin');
    const res = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: admin.email, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'qd_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const csrf = res.json().csrfToken as string;
    const me = await t.anonymous.request({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `qd_session=${cookie.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(admin.email);

    // A change with the cookie but without the CSRF token is refused.
    const noCsrf = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: `qd_session=${cookie.value}` },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().type).toBe('urn:quarterdeck:problem:csrf-failed');

    const out = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: `qd_session=${cookie.value}`, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    const after = await t.anonymous.request({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `qd_session=${cookie.value}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it('refuses a wrong password with problem+json and audits the attempt', async () => {
    const admin = await t.signIn('admin');
    const res = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: admin.email, password: 'wrong password!' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const log = await admin.request({ method: 'GET', url: '/api/v1/audit?action=auth.login.failed' });
    expect(log.json().items[0].details.reason).toBe('wrong password');
  });

  it('issues API tokens once, stores them hashed, honours scopes, and revokes them', async () => {
    const member = await t.signIn('member');
    const created = await member.request({
      method: 'POST',
      url: '/api/v1/tokens',
      payload: { name: 'ci', scopes: ['read'], expiresInDays: 1 },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^qdt_/);
    const stored = await t.handle.db
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    expect(
      (await member.request({ method: 'GET', url: '/api/v1/tokens' })).json().items[0],
    ).not.toHaveProperty('token');

    const bearer = { authorization: `Bearer ${token}` };
    expect(
      (await t.anonymous.request({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode,
    ).toBe(200);
    // read scope: no changes, and no CSRF needed for bearer tokens
    const write = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: bearer,
      payload: { name: 'x', scopes: ['read'] },
    });
    expect(write.statusCode).toBe(403);

    expect((await member.request({ method: 'DELETE', url: `/api/v1/tokens/${id}` })).statusCode).toBe(204);
    const revoked = await t.anonymous.request({ method: 'GET', url: '/api/v1/auth/me', headers: bearer });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().type).toBe('urn:quarterdeck:problem:invalid-token');
  });

  it('expires tokens and sessions', async () => {
    const member = await t.signIn('member');
    const { token, id } = (
      await member.request({
        method: 'POST',
        url: '/api/v1/tokens',
        payload: { name: 'short', scopes: ['read', 'write'], expiresInDays: 1 },
      })
    ).json();
    await t.handle.db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', id)
      .execute();
    expect(
      (
        await t.anonymous.request({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: { authorization: `Bearer ${token}` },
        })
      ).statusCode,
    ).toBe(401);

    await t.handle.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', member.userId!)
      .execute();
    expect((await member.request({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });

  it('lets admins manage accounts; disabling one ends its sessions', async () => {
    const admin = await t.signIn('admin');
    const manager = await t.signIn('manager');
    const res = await admin.request({
      method: 'PATCH',
      url: `/api/v1/users/${manager.userId}`,
      payload: { disabled: true },
    });
    expect(res.statusCode).toBe(200);
    expect((await manager.request({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);

    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        email: 'New.Person@Example.test',
        name: 'New Person',
        role: 'executive',
        grants: ['compensation'],
        password: 'long enough password',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().email).toBe('new.person@example.test');
    const dup = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: 'new.person@example.test', name: 'X', role: 'member' },
    });
    expect(dup.statusCode).toBe(409);
    const short = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: 'a@b.test', name: 'X', role: 'member', password: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].field).toBe('body.password');
  });

  it('lists and revokes one’s own sessions, not someone else’s', async () => {
    const a = await t.signIn('member');
    const b = await t.signIn('member');
    const mine = (await a.request({ method: 'GET', url: '/api/v1/auth/sessions' })).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0].current).toBe(true);
    expect(
      (await b.request({ method: 'DELETE', url: `/api/v1/auth/sessions/${mine[0].id}` })).statusCode,
    ).toBe(404);
    expect((await a.request({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    expect(
      (await a.request({ method: 'DELETE', url: `/api/v1/auth/sessions/${mine[0].id}` })).statusCode,
    ).toBe(204);
    expect((await a.request({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });
});

describe('first run', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t.close());

  it('creates the first admin with the one-time setup token, once', async () => {
    expect((await t.anonymous.request({ method: 'GET', url: '/api/v1/setup' })).json().needed).toBe(true);
    const token = await issueSetupToken(t.handle.db);
    expect(token).toBeTruthy();
    const body = { email: 'first@x.test', name: 'First Admin', password: 'a long enough password' };
    const wrong = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { ...body, token: 'guess' },
    });
    expect(wrong.statusCode).toBe(401);
    const ok = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { ...body, token },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().user.role).toBe('admin');
    expect(ok.cookies.find((c) => c.name === 'qd_session')).toBeTruthy();
    const again = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { ...body, email: 'second@x.test', token },
    });
    expect(again.statusCode).toBe(409);
    expect(await issueSetupToken(t.handle.db)).toBeNull();
    expect((await t.anonymous.request({ method: 'GET', url: '/api/v1/setup' })).json().needed).toBe(false);
  });

  it('keeps the last active admin', async () => {
    const first = await t.handle.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'first@x.test')
      .executeTakeFirstOrThrow();
    const other = await t.signIn('admin');
    // two admins: one may step down
    expect(
      (
        await other.request({
          method: 'PATCH',
          url: `/api/v1/users/${other.userId}`,
          payload: { role: 'executive' },
        })
      ).statusCode,
    ).toBe(200);
    const admin = await t.signIn('member');
    await t.handle.db.updateTable('users').set({ role: 'admin' }).where('id', '=', admin.userId!).execute();
    await t.handle.db
      .updateTable('users')
      .set({ disabled_at: new Date() })
      .where('id', '=', admin.userId!)
      .execute();
    // the remaining active admin cannot be demoted or disabled
    const res = await updateUser(t.handle.db, { userId: null, label: 'test' }, first.id, {
      role: 'member',
    }).catch((e) => e);
    expect(res).toBeInstanceOf(Problem);
    expect((res as Problem).status).toBe(409);
  });
});

describe('request log', () => {
  it('does not write a calendar token sent in an address', async () => {
    const { loggedUrl } = await import('../http/authorize.js');
    expect(loggedUrl('/api/v1/cost/tools/renewals.ics?days=90&token=qdt_secret&x=1')).toBe(
      '/api/v1/cost/tools/renewals.ics?days=90&token=[redacted]&x=1',
    );
    expect(loggedUrl('/api/v1/cost/tools/renewals.ics?TOKEN=qdt_secret')).toBe(
      '/api/v1/cost/tools/renewals.ics?TOKEN=[redacted]',
    );
    expect(loggedUrl('/api/v1/cost/tools?team=token')).toBe('/api/v1/cost/tools?team=token');
  });
});
