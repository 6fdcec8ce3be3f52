import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../platform/demo.js';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { ChartOutput } from './org.schemas.js';

describe('org chart API', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
    await seedDemo(t.ctx, { size: 'm', seed: 5 });
  });
  afterAll(async () => t.close());

  it('answers the documented shape: every active person with their manager and primary team', async () => {
    const member = await t.signIn('member');
    const res = await member.request({ method: 'GET', url: '/api/v1/org/chart' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const chart = ChartOutput.parse(res.json());
    const active = await t.ctx.db
      .selectFrom('people as p')
      .leftJoin('team_members as tm', (j) =>
        j.onRef('tm.person_id', '=', 'p.id').on('tm.is_primary', '=', true),
      )
      .select(['p.id', 'p.manager_id', 'tm.team_id'])
      .where('p.status', '=', 'active')
      .orderBy('p.id')
      .execute();
    expect(chart.rows.map((r) => [r[0], r[3], r[4]])).toEqual(
      active.map((p) => [p.id, p.manager_id, p.team_id]),
    );
    expect(chart.teams.length).toBeGreaterThan(5);
  });

  it('shows the org as it was on a past day, and refuses a malformed date', async () => {
    const member = await t.signIn('member');
    const then = ChartOutput.parse(
      (await member.request({ method: 'GET', url: '/api/v1/org/chart?asOf=2025-01-01' })).json(),
    );
    const started = await t.ctx.db
      .selectFrom('people')
      .select('id')
      .where('start_date', '<=', '2025-01-01')
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', '2025-01-01')]))
      .execute();
    expect(then.asOf).toBe('2025-01-01');
    expect(then.rows.map((r) => r[0]).sort((a, b) => a - b)).toEqual(
      started.map((p) => p.id).sort((a, b) => a - b),
    );
    const bad = await member.request({ method: 'GET', url: '/api/v1/org/chart?asOf=yesterday' });
    expect(bad.statusCode).toBe(400);
  });
});
