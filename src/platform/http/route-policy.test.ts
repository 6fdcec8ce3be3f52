import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { modules } from '../../modules.js';
import { decide, type Grant, type Principal, type Role } from '../auth/policy.js';
import type { DomainModule } from '../modules.js';
import { type Client, startTestPlatform, type TestPlatform } from '../testing.js';
import { renderAccessDoc } from './access-doc.js';

interface Caller {
  label: string;
  role: Role | null;
  grants: Grant[];
  client?: Client;
}

const CALLERS: Caller[] = [
  { label: 'anonymous', role: null, grants: [] },
  { label: 'member', role: 'member', grants: [] },
  { label: 'manager', role: 'manager', grants: [] },
  { label: 'executive', role: 'executive', grants: [] },
  { label: 'executive+all grants', role: 'executive', grants: ['compensation', 'finance', 'security'] },
  { label: 'admin', role: 'admin', grants: [] },
];

/** A concrete URL for a route pattern: ids that exist nowhere, so no request changes real rows. */
function concrete(url: string): string {
  return url.replace(/:[A-Za-z_]+/g, '999999').replace(/\*$/, 'index.html');
}

describe('every route × every role', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ config: { loginRateLimit: 10_000 } });
    for (const c of CALLERS) c.client = c.role ? await t.signIn(c.role, c.grants) : t.anonymous;
  });
  afterAll(async () => t.close());

  it('covers the API', () => {
    const urls = new Set(t.routes.map((r) => r.url));
    for (const u of [
      '/api/v1/users',
      '/api/v1/tokens',
      '/api/v1/audit',
      '/api/v1/org/people',
      '/healthz',
      '/metrics',
    ]) {
      expect(urls).toContain(u);
    }
  });

  it('answers each caller as the route’s declared policy says', async () => {
    const mismatches: string[] = [];
    // Sign-out ends the caller's session, so it runs last.
    const routes = [...t.routes].sort(
      (a, b) => Number(a.url.endsWith('/logout')) - Number(b.url.endsWith('/logout')),
    );
    for (const route of routes) {
      for (const caller of CALLERS) {
        const principal: Principal | null = caller.role
          ? {
              userId: 0,
              email: '',
              name: '',
              role: caller.role,
              grants: caller.grants,
              personId: null,
              via: 'session',
              scopes: ['read', 'write'],
            }
          : null;
        const expected = decide(route.policy, principal, route.method, route.feed);
        const res = await caller.client!.request({
          method: route.method as 'GET',
          url: concrete(route.url),
          ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { payload: {} } : {}),
        });
        const got = res.statusCode;
        const ok =
          expected === 'allow'
            ? got !== 401 && got !== 403
            : expected === 'unauthenticated'
              ? got === 401
              : got === 403;
        if (!ok)
          mismatches.push(
            `${route.method} ${route.url} as ${caller.label}: expected ${expected}, got ${got}`,
          );
        if (got >= 500)
          mismatches.push(`${route.method} ${route.url} as ${caller.label}: server error ${res.body}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('matches the access table in docs/access.md (run `npm run docs:access` after changing a policy)', () => {
    expect(renderAccessDoc(t.routes)).toBe(fs.readFileSync('docs/access.md', 'utf8'));
  });

  it('refuses to register a route that declares no policy', async () => {
    const careless: DomainModule = {
      name: 'careless',
      register(r) {
        r.routes((app) => {
          app.get('/api/v1/careless', { schema: { response: { 200: z.object({}) } } }, async () => ({}));
        });
      },
    };
    await expect(startTestPlatform({ modules: [...modules, careless] })).rejects.toThrow(
      /declares no policy/,
    );
  });
});
