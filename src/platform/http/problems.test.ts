import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestPlatform, type TestPlatform } from '../testing.js';

describe('bad input gets the right status and a problem+json body', () => {
  let t: TestPlatform;
  let admin: Client;
  beforeAll(async () => {
    t = await startTestPlatform({ config: { bodyLimit: 4096 } });
    admin = await t.signIn('admin');
  });
  afterAll(async () => t.close());

  const post = (payload: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    admin.request({ method: 'POST', url: '/api/v1/users', payload, headers });

  it('malformed JSON → 400 malformed-json', async () => {
    const res = await post('{"email": "a@b.test", ');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ type: 'urn:quarterdeck:problem:malformed-json', status: 400 });
  });

  it('wrong types → 400 validation-failed naming each field', async () => {
    const res = await post(JSON.stringify({ email: 42, name: 'X', role: 'pilot' }));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.type).toBe('urn:quarterdeck:problem:validation-failed');
    expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.email', 'body.role']);
    expect(body.detail).toMatch(/body\.(email|role)/);
  });

  it('unknown fields → 400 naming them', async () => {
    const res = await post(JSON.stringify({ email: 'x@y.test', name: 'X', role: 'member', isRoot: true }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toContain('isRoot');
  });

  it('oversized bodies → 413', async () => {
    const res = await post(JSON.stringify({ email: 'x@y.test', name: 'x'.repeat(10_000), role: 'member' }));
    expect(res.statusCode).toBe(413);
    expect(res.json().type).toBe('urn:quarterdeck:problem:payload-too-large');
  });

  it('unsupported content type → 415', async () => {
    const res = await post('email=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.statusCode).toBe(415);
    expect(res.json().type).toBe('urn:quarterdeck:problem:unsupported-media-type');
  });

  it('bad tokens → 401 invalid-token; no credentials → 401 unauthenticated', async () => {
    for (const authorization of ['Bearer qdt_not-a-real-token', 'Bearer', 'Basic YTpi']) {
      const res = await t.anonymous.request({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { authorization },
      });
      expect(res.statusCode, authorization).toBe(401);
      expect(res.json().type).toBe('urn:quarterdeck:problem:invalid-token');
    }
    const none = await t.anonymous.request({ method: 'GET', url: '/api/v1/users' });
    expect(none.statusCode).toBe(401);
    expect(none.json().type).toBe('urn:quarterdeck:problem:unauthenticated');
  });

  it('unknown API routes → 404 problem+json; bad path params → 400', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json().type).toBe('urn:quarterdeck:problem:not-found');
    const bad = await admin.request({ method: 'GET', url: '/api/v1/users/abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('params.id');
  });

  it('carries a request id in the response and the problem, honouring a sane incoming one', async () => {
    const res = await admin.request({
      method: 'GET',
      url: '/api/v1/nope',
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.json().requestId).toBe('trace-123');
    const odd = await admin.request({
      method: 'GET',
      url: '/api/v1/nope',
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(odd.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('sets security headers and keeps serving after all of the above', async () => {
    const res = await t.anonymous.request({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('rate-limits sign-in attempts', async () => {
    let last = 0;
    for (let i = 0; i < 15; i++) {
      last = (
        await t.anonymous.request({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: 'nobody@x.test', password: 'x' },
        })
      ).statusCode;
    }
    expect(last).toBe(429);
  });

  it('serves readiness, metrics and the OpenAPI document', async () => {
    expect((await t.anonymous.request({ method: 'GET', url: '/readyz' })).json().status).toBe('ready');
    const metrics = await t.anonymous.request({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('quarterdeck_http_requests_total');
    expect(metrics.body).toContain('quarterdeck_db_pool_connections');
    const doc = (await t.anonymous.request({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/users');
    expect((await t.anonymous.request({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
  });
});
