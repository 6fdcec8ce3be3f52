/**
 * The direction demo (size s) and the issue's "done when": an initiative linked to pull requests shows
 * its actual dates and effort from delivery data, and its on-time/on-budget state reaches the scorecard.
 */

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoState, seedDemo } from '../../platform/demo.js';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { isoWeek } from './metrics/initiative-effort.js';

let t: TestPlatform;
let state: DemoState;

beforeAll(async () => {
  t = await startTestPlatform();
  state = await seedDemo(t.ctx, { size: 's', seed: 42 });
}, 120_000);
afterAll(async () => t.close());

interface Initiative {
  id: number;
  name: string;
  status: string;
  links: { kind: string; value: string }[];
  actuals: {
    start: string | null;
    latestDelivery: string | null;
    engineerWeeks: number;
    pullRequests: number;
  };
  state: {
    spec: number | null;
    schedule: { onTime: boolean | null; slipDays: number | null };
    budget: { onBudget: boolean | null; burn: number | null };
    onTrack: boolean | null;
  };
}

describe('direction demo', () => {
  it('writes a current vision with history, goals with bound key results, and initiatives', async () => {
    const c = state.counts;
    expect(c['direction.visions']).toBe(1);
    expect(c['direction.goals']).toBeGreaterThanOrEqual(5);
    expect(c['direction.initiatives']).toBe(5);
    const exec = await t.signIn('executive');
    const list = (await exec.request({ method: 'GET', url: '/api/v1/strategy/visions' })).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0].state).toBe('current');
    const detail = (
      await exec.request({ method: 'GET', url: `/api/v1/strategy/visions/${list.items[0].period}` })
    ).json();
    expect(detail.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(detail.owner.name).toBeTruthy();

    const goals = (await exec.request({ method: 'GET', url: '/api/v1/strategy/goals' })).json();
    const krs = goals.items.flatMap((g: { keyResults: unknown[] }) => g.keyResults);
    const bound = krs.filter((k: { metric: unknown }) => k.metric !== null);
    expect(bound.length).toBeGreaterThanOrEqual(4);
    // bound key results read live delivery figures and link to the rows behind them
    expect(bound.every((k: { current: number | null }) => k.current !== null)).toBe(true);
    expect(bound[0].metric.href).toMatch(/^\/delivery\/rows\?metric=/);
    const teamGoals = goals.items.filter(
      (g: { team: unknown; parentId: number | null }) => g.team && g.parentId,
    );
    expect(teamGoals.length).toBeGreaterThanOrEqual(2);
    expect(
      teamGoals.some((g: { keyResults: { metric: { href: string } | null }[] }) =>
        g.keyResults.some((k) => k.metric?.href.includes('teamId=')),
      ),
    ).toBe(true);
  });

  it('shows actual dates and effort from the delivery data behind an initiative', async () => {
    const exec = await t.signIn('executive');
    const res = await exec.request({ method: 'GET', url: '/api/v1/strategy/initiatives' });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Initiative[];
    const linked = items.filter((i) => i.actuals.pullRequests > 0);
    expect(linked.length).toBeGreaterThanOrEqual(3);
    const one = linked[0]!;
    const detail = (
      await exec.request({ method: 'GET', url: `/api/v1/strategy/initiatives/${one.id}` })
    ).json();
    const prs = detail.pullRequests as { id: number; firstCommitAt: string | null; createdAt: string }[];
    expect(prs).toHaveLength(one.actuals.pullRequests);
    // the actual start is the earliest first commit of the linked pull requests, from the database
    const ids = prs.map((p) => p.id);
    const earliest = await sql<{ s: Date }>`select min(coalesce(first_commit_at, created_at)) as s
      from pull_requests where id in (${sql.join(ids)})`.execute(t.ctx.db);
    expect(one.actuals.start).toBe(new Date(earliest.rows[0]!.s).toISOString());
    // effort: distinct (author, ISO week) pairs of the linked pull requests' commits
    const commits = await sql<{ person: string | null; identity: string; at: Date }>`
      select i.person_id as person, c.author_identity_id as identity, c.authored_at as at
      from pull_request_commits pc join pull_requests p on p.id = pc.pull_request_id
      join commits c on c.repository_id = p.repository_id and c.sha = pc.sha
      left join identities i on i.id = c.author_identity_id and not i.ignored
      where pc.pull_request_id in (${sql.join(ids)})`.execute(t.ctx.db);
    const pairs = new Set(
      commits.rows.map((r) => `${r.person ?? `i${r.identity}`}|${isoWeek(new Date(r.at).getTime())}`),
    );
    expect(one.actuals.engineerWeeks).toBe(pairs.size);
    expect(one.actuals.engineerWeeks).toBeGreaterThan(0);
    expect(items.some((i) => i.links.some((l) => l.kind === 'pull_request'))).toBe(true);
  });

  it('has one initiative late, one over budget and one on track, and the scorecard says so', async () => {
    const exec = await t.signIn('executive');
    const items = (
      await exec.request({ method: 'GET', url: '/api/v1/strategy/initiatives?status=active' })
    ).json().items as Initiative[];
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.some((i) => i.state.schedule.onTime === false)).toBe(true);
    expect(items.some((i) => i.state.schedule.onTime && i.state.budget.onBudget === false)).toBe(true);
    expect(items.some((i) => i.state.onTrack === true)).toBe(true);
    const onTrack = items.filter((i) => i.state.onTrack).length;

    const card = (await exec.request({ method: 'GET', url: '/api/v1/scorecard' })).json();
    const checks = card.groups.flatMap((g: { checks: unknown[] }) => g.checks) as {
      id: string;
      status: string;
      value: number | null;
      display: string;
      evidence: { href: string };
    }[];
    const check = checks.find((c) => c.id === 'strategy.initiatives-on-track')!;
    expect(check.value).toBe(Math.round((onTrack / items.length) * 1000) / 10);
    expect(check.status).toBe(
      onTrack / items.length >= 0.8 ? 'good' : onTrack / items.length >= 0.5 ? 'watch' : 'bad',
    );
    expect(check.display).toContain(`${onTrack} of ${items.length}`);
    expect(check.evidence.href).toBe('/strategy/initiatives?status=active');

    const direction = checks.find((c) => c.id === 'strategy.direction-current')!;
    expect(direction.status).toBe('good');
    expect(direction.value).toBe(100);

    // the state follows the data: cancelling the late initiative changes what the scorecard counts
    const late = items.find((i) => i.state.schedule.onTime === false)!;
    await sql`update strategy_initiatives set status = 'cancelled' where id = ${late.id}`.execute(t.ctx.db);
    const after = (await exec.request({ method: 'GET', url: '/api/v1/scorecard' })).json();
    const again = after.groups
      .flatMap((g: { checks: { id: string; display: string }[] }) => g.checks)
      .find((c: { id: string }) => c.id === 'strategy.initiatives-on-track');
    expect(again.display).toContain(`of ${items.length - 1}`);
  });
});
