import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SIZES, seedDemo } from '../../platform/demo.js';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { generateOrg } from './org.demo.js';

describe('demo organization', () => {
  it.each(Object.values(DEMO_SIZES))('generates a consistent org of size $name', ({ people }) => {
    const org = generateOrg(people, 42, new Date('2026-11-01T00:00:00Z'));
    expect(org.people).toHaveLength(people);
    expect(new Set(org.people.map((p) => p.row.email)).size).toBe(people);
    expect(new Set(org.teams.map((t) => t.slug)).size).toBe(org.teams.length);
    // every manager exists and precedes their reports; exactly one root (the CTO)
    for (const p of org.people) if (p.managerKey !== null) expect(p.managerKey).toBeLessThan(p.key);
    expect(org.people.filter((p) => p.managerKey === null)).toHaveLength(1);
    const slugs = new Set(org.teams.map((t) => t.slug));
    for (const p of org.people) expect(slugs.has(p.teamSlug)).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const a = generateOrg(150, 7, new Date('2026-11-01T00:00:00Z'));
    const b = generateOrg(150, 7, new Date('2026-11-01T00:00:00Z'));
    expect(b).toEqual(a);
    expect(generateOrg(150, 8, new Date('2026-11-01T00:00:00Z'))).not.toEqual(a);
  });

  describe('seeded into the database', () => {
    let t: TestPlatform;
    beforeAll(async () => {
      t = await startTestPlatform();
    });
    afterAll(async () => t.close());

    it('writes people, teams, reporting lines and demo accounts, and refuses a second seeding', async () => {
      const state = await seedDemo(t.ctx, { size: 'm', seed: 42 });
      expect(state.counts['org.people']).toBe(150);
      const people = await t.handle.db.selectFrom('people').select(['id', 'manager_id']).execute();
      expect(people).toHaveLength(150);
      expect(people.filter((p) => p.manager_id === null)).toHaveLength(1);
      const members = await t.handle.db
        .selectFrom('team_members')
        .select('person_id')
        .where('is_primary', '=', true)
        .execute();
      expect(members).toHaveLength(150);
      expect(state.logins.map((l) => l.role).sort()).toEqual([
        'admin',
        'executive',
        'executive',
        'manager',
        'member',
      ]);
      await expect(seedDemo(t.ctx, { size: 's', seed: 1 })).rejects.toThrow(/accounts already/);

      // the demo manager sees their subtree; the demo engineer is refused it
      const manager = state.logins.find((l) => l.role === 'manager')!;
      const login = await t.anonymous.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: manager.email, password: 'quarterdeck-demo' },
      });
      expect(login.statusCode).toBe(200);
      const personId = login.json().user.personId as number;
      const cookie = `qd_session=${login.cookies[0]!.value}`;
      const subtree = await t.anonymous.request({
        method: 'GET',
        url: `/api/v1/org/people/${personId}/subtree`,
        headers: { cookie },
      });
      expect(subtree.statusCode).toBe(200);
      expect(subtree.json().total).toBeGreaterThan(0);
      const cto = people.find((p) => p.manager_id === null)!;
      const above = await t.anonymous.request({
        method: 'GET',
        url: `/api/v1/org/people/${cto.id}/subtree`,
        headers: { cookie },
      });
      expect(above.statusCode).toBe(404);
    });

    it('is refused in production mode', async () => {
      await expect(
        seedDemo({ ...t.ctx, config: { ...t.ctx.config, env: 'production' } }, { size: 's', seed: 1 }),
      ).rejects.toThrow(/production/);
    });
  });
});

describe('people directory sorting', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
    await seedDemo(t.ctx, { size: 's', seed: 3 });
  });
  afterAll(async () => t.close());

  it('sorts on the server by the chosen column and direction, empty values last, pages never overlapping', async () => {
    const member = await t.signIn('member');
    const get = async (q: string) =>
      (await member.request({ method: 'GET', url: `/api/v1/org/people?${q}` })).json();
    const byStart = await get('sort=startDate&dir=desc&limit=500');
    const dates = (byStart.items as { startDate: string }[]).map((p) => p.startDate);
    expect(dates).toEqual([...dates].sort().reverse());
    const first = await get('sort=level&limit=7&offset=0');
    const second = await get('sort=level&limit=7&offset=7');
    const ids = [...first.items, ...second.items].map((p: { id: number }) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await member.request({ method: 'GET', url: '/api/v1/org/people?sort=salary' })).statusCode).toBe(
      400,
    );
  });
});
