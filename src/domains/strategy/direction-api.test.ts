/**
 * The direction API on the demo organization: versions of the vision, goals and key results bound to
 * delivery figures, initiatives linked to pull requests; who may change what; errors naming the field;
 * every change audited.
 */

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../platform/demo.js';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { doraFor } from '../delivery/delivery-metrics.service.js';
import { DEMO_READER } from './direction-demo.js';

let t: TestPlatform;
/** An engineering manager of the demo, their primary team, and a team that is not theirs. */
let em: { personId: number; teamId: number; otherTeamId: number };

beforeAll(async () => {
  t = await startTestPlatform();
  await seedDemo(t.ctx, { size: 's', seed: 7 });
  const rows = await sql<{ person_id: number; team_id: number }>`
    select p.id as person_id, tm.team_id from people p
    join team_members tm on tm.person_id = p.id and tm.is_primary
    join teams t on t.id = tm.team_id and t.kind = 'team'
    where p.role = 'engineering manager' and p.status = 'active' order by p.id`.execute(t.ctx.db);
  const first = rows.rows[0]!;
  const other = rows.rows.find((r) => Number(r.team_id) !== Number(first.team_id))!;
  em = {
    personId: Number(first.person_id),
    teamId: Number(first.team_id),
    otherTeamId: Number(other.team_id),
  };
}, 120_000);
afterAll(async () => t.close());

const audited = async (action: string) =>
  Number(
    (await sql<{ n: string }>`select count(*) as n from audit_log where action = ${action}`.execute(t.ctx.db))
      .rows[0]!.n,
  );

describe('vision', () => {
  it('keeps every save as a version; leaders only; periods checked', async () => {
    const exec = await t.signIn('executive');
    const body = {
      title: 'Direction 2031',
      body: '# One',
      objectives: ['Grow'],
      ownerPersonId: null,
      reviewOn: '2031-05-01',
    };
    const first = await exec.request({
      method: 'PUT',
      url: '/api/v1/strategy/visions/2031-H1',
      payload: body,
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await exec.request({
      method: 'PUT',
      url: '/api/v1/strategy/visions/2031-H1',
      payload: { ...body, body: '# Two' },
    });
    const v = second.json();
    expect(v.version).toBe(2);
    expect(v.body).toBe('# Two');
    expect(v.versions.map((x: { body: string }) => x.body)).toEqual(['# Two', '# One']);
    expect(v.versions[0].savedBy).toContain(exec.email);
    expect(v.state).toBe('out-of-period');
    expect(await audited('strategy.vision.save')).toBe(2);

    const manager = await t.signIn('manager');
    expect(
      (await manager.request({ method: 'PUT', url: '/api/v1/strategy/visions/2031-H1', payload: body }))
        .statusCode,
    ).toBe(403);
    const member = await t.signIn('member');
    expect(
      (await member.request({ method: 'GET', url: '/api/v1/strategy/visions/2031-H1' })).statusCode,
    ).toBe(200);
    const bad = await exec.request({ method: 'PUT', url: '/api/v1/strategy/visions/2031-H3', payload: body });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors)).toContain('params.period');
    expect((await exec.request({ method: 'GET', url: '/api/v1/strategy/visions/2030-H1' })).statusCode).toBe(
      404,
    );
  });
});

describe('goals and key results', () => {
  it('binds a key result to the team’s live delivery figure and checks in by hand', async () => {
    const exec = await t.signIn('executive');
    const org = await exec.request({
      method: 'POST',
      url: '/api/v1/strategy/goals',
      payload: { parentId: null, teamId: null, period: '2031-H1', title: 'Ship faster', ownerPersonId: null },
    });
    expect(org.statusCode, org.body).toBe(200);
    const manager = await t.signIn('manager', [], { personId: em.personId });
    const team = await manager.request({
      method: 'POST',
      url: '/api/v1/strategy/goals',
      payload: {
        parentId: org.json().id,
        teamId: em.teamId,
        period: '2031-H1',
        title: 'Deploy daily',
        ownerPersonId: em.personId,
      },
    });
    expect(team.statusCode, team.body).toBe(200);
    const teamGoal = team.json();
    expect(teamGoal.parentId).toBe(org.json().id);
    expect(teamGoal.mayChange).toBe(true);

    const bound = await manager.request({
      method: 'POST',
      url: `/api/v1/strategy/goals/${teamGoal.id}/key-results`,
      payload: {
        title: 'Lead time',
        direction: 'decrease',
        start: 400,
        target: 24,
        metric: 'delivery.lead-time',
      },
    });
    expect(bound.statusCode, bound.body).toBe(200);
    const kr = bound.json().keyResults[0];
    const now = Date.now();
    const d = await doraFor(t.ctx.db, DEMO_READER, {
      scope: { teamId: em.teamId },
      range: { from: now - 30 * 86_400_000, to: now },
      bucket: 'month',
    });
    expect(kr.unit).toBe('h');
    expect(kr.current).toBeCloseTo(d.leadTime.median! / 3_600_000, 1);
    expect(kr.metric.href).toContain(`teamId=${em.teamId}`);
    expect(kr.progress).toBeCloseTo(Math.min(1, Math.max(0, (kr.current - 400) / (24 - 400))), 5);

    const manual = await manager.request({
      method: 'POST',
      url: `/api/v1/strategy/goals/${teamGoal.id}/key-results`,
      payload: {
        title: 'Services on the pipeline',
        unit: '%',
        direction: 'increase',
        start: 20,
        target: 100,
      },
    });
    const manualKr = manual.json().keyResults[1];
    const checked = await manager.request({
      method: 'POST',
      url: `/api/v1/strategy/key-results/${manualKr.id}/checkins`,
      payload: { value: 60, confidence: 0.7, note: 'Half way' },
    });
    expect(checked.statusCode, checked.body).toBe(200);
    const after = checked.json().keyResults[1];
    expect(after.current).toBe(60);
    expect(after.progress).toBe(0.5);
    expect(after.confidence).toBe(0.7);
    const history = (
      await exec.request({ method: 'GET', url: `/api/v1/strategy/key-results/${manualKr.id}/checkins` })
    ).json();
    expect(history.items[0]).toMatchObject({ value: 60, note: 'Half way' });
    expect(await audited('strategy.key-result.check-in')).toBe(1);

    // wrong direction: the error names the field
    const wrong = await manager.request({
      method: 'POST',
      url: `/api/v1/strategy/goals/${teamGoal.id}/key-results`,
      payload: { title: 'x', direction: 'increase', start: 10, target: 5 },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('body.target');
  });

  it('lets managers change their own teams’ goals only, leaders all, members none', async () => {
    const manager = await t.signIn('manager', [], { personId: em.personId });
    const goal = (teamId: number | null) => ({
      parentId: null,
      teamId,
      period: '2031-H1',
      title: 'g',
      ownerPersonId: null,
    });
    expect(
      (await manager.request({ method: 'POST', url: '/api/v1/strategy/goals', payload: goal(null) }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await manager.request({
          method: 'POST',
          url: '/api/v1/strategy/goals',
          payload: goal(em.otherTeamId),
        })
      ).statusCode,
    ).toBe(403);
    const member = await t.signIn('member');
    expect(
      (await member.request({ method: 'POST', url: '/api/v1/strategy/goals', payload: goal(em.teamId) }))
        .statusCode,
    ).toBe(403);
    const exec = await t.signIn('executive');
    const other = await exec.request({
      method: 'POST',
      url: '/api/v1/strategy/goals',
      payload: goal(em.otherTeamId),
    });
    expect(other.statusCode).toBe(200);
    expect(
      (await manager.request({ method: 'DELETE', url: `/api/v1/strategy/goals/${other.json().id}` }))
        .statusCode,
    ).toBe(403);
    expect(
      (await exec.request({ method: 'DELETE', url: `/api/v1/strategy/goals/${other.json().id}` })).statusCode,
    ).toBe(204);
    // a goal cannot roll up to itself or below itself
    const parent = (
      await exec.request({ method: 'POST', url: '/api/v1/strategy/goals', payload: goal(null) })
    ).json();
    const child = await exec.request({
      method: 'POST',
      url: '/api/v1/strategy/goals',
      payload: { ...goal(em.teamId), parentId: parent.id },
    });
    const loop = await exec.request({
      method: 'PUT',
      url: `/api/v1/strategy/goals/${parent.id}`,
      payload: { ...goal(null), parentId: child.json().id },
    });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().errors[0].field).toBe('body.parentId');
  });
});

describe('initiatives', () => {
  it('links repositories, labels and pull requests; actuals, milestones and acceptance items follow', async () => {
    const pr = await sql<{ name: string; number: number; repository_id: number }>`
      select r.name, p.number, p.repository_id from pull_requests p join repositories r on r.id = p.repository_id
      where p.state = 'merged' order by p.merged_at desc limit 1`.execute(t.ctx.db);
    const ref = `${pr.rows[0]!.name}#${pr.rows[0]!.number}`;
    const manager = await t.signIn('manager', [], { personId: em.personId });
    const payload = {
      name: 'Deploy on merge for everyone',
      status: 'active',
      plannedStart: '2031-01-01',
      plannedEnd: '2031-06-30',
      budget: { weeks: 10 },
      teamIds: [em.teamId],
      acceptance: [{ text: 'Pipeline template' }, { text: 'Every service on it' }],
      links: { pullRequests: [ref], labels: ['feature'] },
    };
    const created = await manager.request({ method: 'POST', url: '/api/v1/strategy/initiatives', payload });
    expect(created.statusCode, created.body).toBe(200);
    const i = created.json();
    expect(i.links.map((l: { kind: string }) => l.kind).sort()).toEqual(['label', 'pull_request']);
    // the label and repository links look at 2031 only: the single pull request is what counts
    expect(
      i.pullRequests.map((p: { repository: string; number: number }) => `${p.repository}#${p.number}`),
    ).toEqual([ref]);
    expect(i.actuals.pullRequests).toBe(1);
    expect(i.actuals.engineerWeeks).toBeGreaterThan(0);
    expect(i.actuals.latestDelivery).not.toBeNull();
    expect(i.state.spec).toBe(0);

    const ticked = await manager.request({
      method: 'PATCH',
      url: `/api/v1/strategy/initiatives/${i.id}/acceptance/${i.acceptance[0].id}`,
      payload: { done: true },
    });
    expect(ticked.json().state.spec).toBe(0.5);
    const withMilestone = await manager.request({
      method: 'POST',
      url: `/api/v1/strategy/initiatives/${i.id}/milestones`,
      payload: { name: 'Pilot', dueOn: '2031-03-01', doneOn: '2031-03-11' },
    });
    expect(withMilestone.statusCode, withMilestone.body).toBe(200);
    expect(withMilestone.json().state.spec).toBeCloseTo(2 / 3);
    expect(await audited('strategy.milestone.create')).toBe(1);
    expect(await audited('strategy.initiative.acceptance')).toBe(1);

    // bad links name the field; nothing is written
    const bad = await manager.request({
      method: 'POST',
      url: '/api/v1/strategy/initiatives',
      payload: {
        ...payload,
        name: 'Bad',
        links: { repositories: ['acme/nope'], pullRequests: ['acme-nope'] },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'body.links.repositories[0]',
      'body.links.pullRequests[0]',
    ]);
    const names = await sql<{
      name: string;
    }>`select name from strategy_initiatives where name = 'Bad'`.execute(t.ctx.db);
    expect(names.rows).toHaveLength(0);

    // other teams' initiatives are not the manager's; members change nothing
    expect(
      (
        await manager.request({
          method: 'POST',
          url: '/api/v1/strategy/initiatives',
          payload: { ...payload, teamIds: [em.otherTeamId] },
        })
      ).statusCode,
    ).toBe(403);
    const member = await t.signIn('member');
    expect(
      (await member.request({ method: 'DELETE', url: `/api/v1/strategy/initiatives/${i.id}` })).statusCode,
    ).toBe(403);
    expect(
      (await member.request({ method: 'GET', url: `/api/v1/strategy/initiatives/${i.id}` })).json().mayChange,
    ).toBe(false);
    expect(await audited('strategy.initiative.create')).toBe(1);
  });
});
