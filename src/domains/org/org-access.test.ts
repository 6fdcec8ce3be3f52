import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../platform/demo.js';
import type { Client, TestPlatform } from '../../platform/testing.js';
import { startTestPlatform } from '../../platform/testing.js';
import { subtreeIds } from './org.repo.js';

/**
 * A manager sees their reporting subtree — and nothing more — through every org route. Each org
 * route is listed here with what it must show a manager; a new org route without an entry fails.
 */
describe('a manager sees exactly their reporting subtree through every org route', () => {
  let t: TestPlatform;
  let manager: Client;
  let managerId: number;
  let mine: Set<number>;
  let outsider: number;
  let insider: number;
  let activeMine: number;

  beforeAll(async () => {
    t = await startTestPlatform();
    await seedDemo(t.ctx, { size: 'm', seed: 3 });
    // A director: a subtree with managers inside it, and people outside it.
    const director = await t.ctx.db
      .selectFrom('people')
      .select('id')
      .where('role', '=', 'engineering director')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    managerId = director.id;
    mine = new Set([managerId, ...(await subtreeIds(t.ctx.db, managerId))]);
    const all = await t.ctx.db.selectFrom('people').select(['id', 'status']).execute();
    outsider = all.find((p) => !mine.has(p.id))!.id;
    insider = [...mine].find((id) => id !== managerId)!;
    activeMine = all.filter((p) => mine.has(p.id) && p.status === 'active').length;
    manager = await t.signIn('manager', [], { personId: managerId });
  });
  afterAll(async () => t.close());

  const get = async (url: string) => {
    const res = await manager.request({ method: 'GET', url });
    return { status: res.statusCode, body: res.statusCode === 200 ? res.json() : null };
  };

  const CHECKS: Record<string, () => Promise<void>> = {
    'GET /api/v1/org/people': async () => {
      const { body } = await get('/api/v1/org/people?limit=500');
      const detailed = body.items
        .filter((p: { detail: boolean }) => p.detail)
        .map((p: { id: number }) => p.id);
      expect(new Set(detailed)).toEqual(mine);
      for (const p of body.items)
        if (!p.detail) expect([p.level, p.startDate, p.employmentType]).toEqual([null, null, null]);
    },
    'GET /api/v1/org/people/:id': async () => {
      const out = await get(`/api/v1/org/people/${outsider}`);
      expect(out.body).toMatchObject({
        detail: false,
        history: null,
        identities: null,
        level: null,
        tenureDays: null,
      });
      const inside = await get(`/api/v1/org/people/${insider}`);
      expect(inside.body.detail).toBe(true);
      expect(inside.body.history.length).toBeGreaterThan(0);
    },
    'GET /api/v1/org/people/:id/subtree': async () => {
      expect((await get(`/api/v1/org/people/${outsider}/subtree`)).status).toBe(404);
      const own = await get(`/api/v1/org/people/${managerId}/subtree`);
      expect(new Set(own.body.items.map((p: { id: number }) => p.id))).toEqual(
        new Set([...mine].filter((id) => id !== managerId)),
      );
    },
    'GET /api/v1/org/insights/span-of-control': async () => {
      const { body } = await get('/api/v1/org/insights/span-of-control');
      for (const m of body.managers) expect(mine.has(m.id)).toBe(true);
      expect(body.managers.find((m: { id: number }) => m.id === managerId).totalReports).toBe(activeMine - 1);
    },
    'GET /api/v1/org/insights/roles-coverage': async () => {
      const { body } = await get('/api/v1/org/insights/roles-coverage');
      expect(body.summary.activePeople).toBe(activeMine);
    },
    'GET /api/v1/org/insights/headcount': async () => {
      const { body } = await get('/api/v1/org/insights/headcount');
      expect(body.months.at(-1).headcount).toBe(activeMine);
    },
    // Shared with every account: the directory's chart (directory fields only), teams and the catalog.
    'GET /api/v1/org/chart': async () => {
      const { body } = await get('/api/v1/org/chart');
      expect(body.columns).toEqual(['id', 'name', 'title', 'managerId', 'teamId', 'role']);
    },
    'GET /api/v1/org/teams': async () => expect((await get('/api/v1/org/teams')).status).toBe(200),
    'GET /api/v1/org/teams/:id': async () => expect((await get('/api/v1/org/teams/1')).status).toBe(200),
    'GET /api/v1/org/entities': async () => expect((await get('/api/v1/org/entities')).status).toBe(200),
    'GET /api/v1/org/entities/:id': async () =>
      expect([200, 404]).toContain((await get('/api/v1/org/entities/1')).status),
    'GET /api/v1/org/repositories': async () =>
      expect((await get('/api/v1/org/repositories')).status).toBe(200),
    'GET /api/v1/org/insights/ownership': async () =>
      expect((await get('/api/v1/org/insights/ownership')).status).toBe(200),
    // Organization-wide data and changes: not a manager's.
    'GET /api/v1/org/identities': async () => expect((await get('/api/v1/org/identities')).status).toBe(403),
    'GET /api/v1/org/identity-changes': async () =>
      expect((await get('/api/v1/org/identity-changes')).status).toBe(403),
    'GET /api/v1/org/export/people.csv': async () =>
      expect((await get('/api/v1/org/export/people.csv')).status).toBe(403),
    'GET /api/v1/org/export/catalog.yaml': async () =>
      expect((await get('/api/v1/org/export/catalog.yaml')).status).toBe(403),
    'POST /api/v1/org/identities/assign': async () =>
      expect(await post('/api/v1/org/identities/assign')).toBe(403),
    'POST /api/v1/org/identities/ignore': async () =>
      expect(await post('/api/v1/org/identities/ignore')).toBe(403),
    'POST /api/v1/org/identities/observe': async () =>
      expect(await post('/api/v1/org/identities/observe')).toBe(403),
    'POST /api/v1/org/identity-changes/:id/undo': async () =>
      expect(await post('/api/v1/org/identity-changes/1/undo')).toBe(403),
    'POST /api/v1/org/hr-csv/columns': async () => expect(await post('/api/v1/org/hr-csv/columns')).toBe(403),
  };
  const post = async (url: string) =>
    (await manager.request({ method: 'POST', url, payload: {} })).statusCode;

  it('has a check for every org route', () => {
    const orgRoutes = t.routes
      .filter((r) => r.url.startsWith('/api/v1/org/'))
      .map((r) => `${r.method} ${r.url}`);
    expect(orgRoutes.filter((r) => !(r in CHECKS))).toEqual([]);
  });

  for (const [route, check] of Object.entries(CHECKS)) {
    it(route, async () => {
      expect(t.routes.some((r) => `${r.method} ${r.url}` === route)).toBe(true);
      await check();
    });
  }
});
