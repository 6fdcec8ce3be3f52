/**
 * DORA and flow metrics end to end: a real git repository, deployments, incidents and pull requests
 * through the delivery service, figures read through the API and checked against values computed by
 * hand (the arithmetic is in the comments).
 */

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { applyOrgInput } from '../org/org-import.service.js';
import { applyDeliveryInput } from './delivery-import.service.js';
import { syncGitRepository } from './git-sync.service.js';
import { commitAt, git, writeAndAdd } from './importers/git-fixture.js';

const H = 3_600_000;
const dir = mkdtempSync(join(tmpdir(), 'qd-dora-'));
const src = join(dir, 'shop');
const sha: Record<string, string> = {};
let t: TestPlatform;
const people: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestPlatform();
  const actor = { userId: null, label: 'test' };
  await t.ctx.db.transaction().execute((trx) =>
    applyOrgInput(
      trx,
      {
        source: 'test',
        teams: [{ slug: 'payments', name: 'Payments', kind: 'team' }],
        people: [
          { email: 'ada@old.example', name: 'Ada', teams: ['payments'], githubLogin: 'ada-gh' },
          { email: 'bob@example.com', name: 'Bob', teams: ['payments'], githubLogin: 'bob-gh' },
        ],
        entities: [
          {
            kind: 'component',
            namespace: 'default',
            name: 'shop',
            type: 'service',
            owner: 'group:default/payments',
            repository: 'acme/shop',
          },
        ],
      },
      { actor, kind: 'test' },
    ),
  );
  for (const p of await t.ctx.db.selectFrom('people').select(['id', 'name']).execute()) people[p.name] = p.id;

  mkdirSync(src);
  git(src, ['init', '-q', '-b', 'main']);
  git(src, ['remote', 'add', 'origin', 'https://github.com/acme/shop.git']);
  writeAndAdd(src, 'a.txt', '1\n');
  sha.c1 = commitAt(src, 'feat: one', '2024-03-01T09:00:00Z');
  sha.c2 = commitAt(src, 'fix: two', '2024-03-02T09:00:00Z', { GIT_AUTHOR_EMAIL: 'bob@example.com' });
  git(src, ['checkout', '-q', '-b', 'feature']);
  sha.f1 = commitAt(src, 'feat: feature', '2024-03-03T09:00:00Z');
  git(src, ['checkout', '-q', 'main']);
  git(src, ['merge', '-q', '--no-ff', '-m', 'Merge pull request #1', 'feature'], {
    GIT_AUTHOR_DATE: '2024-03-04T09:00:00Z',
    GIT_COMMITTER_DATE: '2024-03-04T09:00:00Z',
  });
  sha.m1 = git(src, ['rev-parse', 'HEAD']).trim();
  sha.c3 = commitAt(src, 'feat: three', '2024-03-05T09:00:00Z');
  await syncGitRepository(t.ctx.db, src);

  const dep = (id: string, environment: string, status: 'success' | 'failure', s: string, at: string) => ({
    id,
    service: 'shop',
    repository: 'acme/shop',
    environment,
    status,
    sha: s,
    createdAt: at,
    finishedAt: at,
  });
  await applyDeliveryInput(t.ctx.db, {
    source: 'ci',
    deployments: [
      dep('D1', 'production', 'success', sha.c2!, '2024-03-02T12:00:00Z'), // first deployment
      dep('D2', 'staging', 'success', sha.m1!, '2024-03-04T10:00:00Z'), // not production
      dep('D3', 'prod', 'failure', sha.m1!, '2024-03-04T11:00:00Z'), // failed: not a deployment
      dep('D4', 'Production', 'success', sha.m1!, '2024-03-04T12:00:00Z'),
      dep('D5', 'production', 'success', sha.c3!, '2024-03-06T09:00:00Z'),
    ],
    incidents: [
      // Before any deployment: attributed to none.
      {
        id: 'I0',
        title: 'Outage before launch',
        service: 'shop',
        status: 'resolved',
        startedAt: '2024-03-01T00:00:00Z',
        resolvedAt: '2024-03-01T02:00:00Z',
      },
      // Two incidents after D4: one failed deployment.
      {
        id: 'I1',
        title: 'Checkout errors',
        service: 'shop',
        status: 'resolved',
        startedAt: '2024-03-05T00:00:00Z',
        resolvedAt: '2024-03-05T06:00:00Z',
      },
      {
        id: 'I2',
        title: 'Slow payments',
        service: 'shop',
        status: 'resolved',
        startedAt: '2024-03-05T03:00:00Z',
        resolvedAt: '2024-03-06T10:00:00Z',
      },
    ],
    pullRequests: [
      {
        repository: 'acme/shop',
        number: 1,
        title: 'Feature',
        state: 'merged',
        author: { login: 'ada-gh' },
        createdAt: '2024-03-03T10:00:00Z',
        mergedAt: '2024-03-04T09:00:00Z',
        mergeCommitSha: sha.m1!,
        commits: [sha.f1!],
        // Submitted before the pull request was opened (clock skew in the source).
        reviews: [
          { id: 'r1', reviewer: { login: 'bob-gh' }, state: 'approved', submittedAt: '2024-03-03T08:00:00Z' },
        ],
      },
      {
        repository: 'acme/shop',
        number: 2,
        title: 'Three',
        state: 'merged',
        author: { login: 'ada-gh' },
        createdAt: '2024-03-05T10:00:00Z',
        // Merged after D5 had already shipped its commit.
        mergedAt: '2024-03-06T12:00:00Z',
        mergeCommitSha: sha.c3!,
        commits: [sha.c3!],
      },
    ],
  });
});

afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const RANGE = 'from=2024-03-01&to=2024-03-07';

describe('DORA metrics through the API', () => {
  it('computes every figure as by hand', async () => {
    const exec = await t.signIn('executive');
    const res = await exec.request({ method: 'GET', url: `/api/v1/delivery/dora?${RANGE}` });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    // D1, D4, D5 count; D2 (staging) and D3 (failed) do not.
    expect(d.deploymentFrequency.count).toBe(3);
    // Lead time: f1 → D4 = 03-04 12:00 − 03-03 09:00 = 27 h; c3 → D5 = 03-06 09:00 − 03-05 09:00 = 24 h.
    // D1 is the repository's first deployment (c1, c2 left out); the merge commit m1 is left out.
    expect(d.leadTime.count).toBe(2);
    expect(d.leadTime.medianMs).toBe(25.5 * H);
    expect(d.leadTime.excludedMergeCommits).toBe(1);
    // I1 and I2 are both attributed to D4: one failed deployment of three.
    expect(d.changeFailureRate).toMatchObject({ failed: 1, total: 3 });
    expect(d.changeFailureRate.rate).toBeCloseTo(1 / 3, 10);
    // Recovery of D4: from 03-05 00:00 (I1 start) to 03-06 10:00 (I2 resolved) = 34 h.
    expect(d.recoveryTime.medianMs).toBe(34 * H);
    // D5 finished at 03-06 09:00 while I2 (attributed to D4) was open: rework.
    expect(d.reworkRate).toMatchObject({ rework: 1, total: 3 });
    expect(d.levels.year).toBe(2023);
  });

  it('attributes incidents by the documented rule', async () => {
    const rows = await t.ctx.db
      .selectFrom('incidents')
      .leftJoin('deployments', 'deployments.id', 'incidents.deployment_id')
      .select(['incidents.external_id as incident', 'deployments.external_id as deployment', 'attribution'])
      .orderBy('incidents.external_id')
      .execute();
    expect(rows).toEqual([
      { incident: 'I0', deployment: null, attribution: 'no-deployment' },
      { incident: 'I1', deployment: 'D4', attribution: 'previous-deployment' },
      { incident: 'I2', deployment: 'D4', attribution: 'previous-deployment' },
    ]);
  });

  it('drills down to the exact changes behind the lead time', async () => {
    const exec = await t.signIn('executive');
    const res = await exec.request({
      method: 'GET',
      url: `/api/v1/delivery/dora/rows?metric=lead-time&${RANGE}`,
    });
    const body = res.json();
    expect(body.total).toBe(2);
    expect(body.commits.map((c: { sha: string; leadTimeMs: number }) => [c.sha, c.leadTimeMs])).toEqual([
      [sha.f1, 27 * H],
      [sha.c3, 24 * H],
    ]);
    const failed = (
      await exec.request({
        method: 'GET',
        url: `/api/v1/delivery/dora/rows?metric=change-failure-rate&${RANGE}`,
      })
    ).json();
    expect(failed.deployments.map((x: { externalId: string }) => x.externalId)).toEqual(['D4']);
    expect(failed.incidents.map((x: { externalId: string }) => x.externalId).sort()).toEqual(['I1', 'I2']);
  });

  it('computes the pull-request flow, with its edge cases', async () => {
    const exec = await t.signIn('executive');
    const f = (await exec.request({ method: 'GET', url: `/api/v1/delivery/flow?${RANGE}` })).json();
    expect(f.merged).toBe(2);
    // #1: first commit 03-03 09:00 → deployed 03-04 12:00 = 27 h. #2: first commit 03-05 09:00 → merged
    // 03-06 12:00 (it was deployed before it was merged, so the cycle ends at the merge) = 27 h.
    expect(f.cycleTime.medianMs).toBe(27 * H);
    // #1 deploy time: merge 03-04 09:00 → D4 12:00 = 3 h; #2: 0 (already deployed).
    expect(f.deploy.count).toBe(2);
    // Bob approved #1 (not the author); #2 had no review.
    expect(f.reviewCoverage).toMatchObject({ covered: 1, uncovered: 1, rate: 0.5 });
    // The review before the pull request was opened and the deployment before the merge are flagged.
    expect(f.anomalies).toBe(2);
  });

  it('counts a team’s services and people once, and keeps a person’s figures to them and their managers', async () => {
    const team = await t.ctx.db
      .selectFrom('teams')
      .select('id')
      .where('slug', '=', 'payments')
      .executeTakeFirstOrThrow();
    const exec = await t.signIn('executive');
    const d = (
      await exec.request({ method: 'GET', url: `/api/v1/delivery/dora?${RANGE}&teamId=${team.id}` })
    ).json();
    expect(d.deploymentFrequency.count).toBe(3);
    const bob = await t.signIn('member', [], { personId: people.Bob! });
    const own = await bob.request({
      method: 'GET',
      url: `/api/v1/delivery/flow?${RANGE}&personId=${people.Bob}`,
    });
    expect(own.statusCode).toBe(200);
    expect(own.json().merged).toBe(0);
    const other = await bob.request({
      method: 'GET',
      url: `/api/v1/delivery/flow?${RANGE}&personId=${people.Ada}`,
    });
    expect(other.statusCode).toBe(403);
    const ada = (
      await exec.request({ method: 'GET', url: `/api/v1/delivery/dora?${RANGE}&personId=${people.Ada}` })
    ).json();
    // Ada's changes: f1 (27 h) and c3 (24 h); c1 shipped in the first deployment.
    expect(ada.leadTime.count).toBe(2);
  });

  it('compares teams from one request, each with the services it owns', async () => {
    const exec = await t.signIn('executive');
    const res = await exec.request({ method: 'GET', url: `/api/v1/delivery/dora/teams?${RANGE}` });
    expect(res.json().items).toEqual([
      expect.objectContaining({
        name: 'Payments',
        services: 1,
        deployments: 3,
        changeFailureRate: 1 / 3,
        leadTimeMedianMs: 25.5 * H,
      }),
    ]);
  });

  it('changes nothing when the same input is applied again', async () => {
    const count = async () =>
      Promise.all(
        (
          [
            'commits',
            'deployments',
            'incidents',
            'pull_requests',
            'deployment_changes',
            'pull_request_reviews',
          ] as const
        ).map(async (table) =>
          Number(
            (
              await t.ctx.db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll<string>().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      );
    const before = await count();
    await syncGitRepository(t.ctx.db, src, { full: true });
    expect(await count()).toEqual(before);
  });

  it('allocates investment with the default rules, and with rules a leader edits', async () => {
    const exec = await t.signIn('executive');
    const get = async () =>
      (await exec.request({ method: 'GET', url: `/api/v1/delivery/investment?${RANGE}` })).json();
    const by = (b: { categories: { category: string; count: number }[] }) =>
      Object.fromEntries(b.categories.filter((c) => c.count).map((c) => [c.category, c.count]));
    // Merged: #1 (commit "feat: feature") and #2 ("feat: three") → new. Direct pushes: c1 "feat: one" → new,
    // c2 "fix: two" → bug. The merge commit m1 is #1's and not counted again.
    const first = await get();
    expect(first.rulesAreDefault).toBe(true);
    expect([first.pullRequests, first.directCommits]).toEqual([2, 2]);
    expect(by(first)).toEqual({ new: 3, bug: 1 });
    const member = await t.signIn('member');
    const rules = [{ category: 'toil', kind: 'title', pattern: 'three', position: 1 }];
    const refused = await member.request({
      method: 'PUT',
      url: '/api/v1/delivery/investment-rules',
      payload: { rules },
    });
    expect(refused.statusCode).toBe(403);
    const saved = await exec.request({
      method: 'PUT',
      url: '/api/v1/delivery/investment-rules',
      payload: { rules },
    });
    expect(saved.statusCode).toBe(200);
    // Only #2's title matches the one rule left; everything else is unclassified.
    expect(by(await get())).toEqual({ toil: 1, unclassified: 3 });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'delivery.investment-rules.replace')
      .execute();
    expect(audit.length).toBe(1);
    await exec.request({ method: 'PUT', url: '/api/v1/delivery/investment-rules', payload: { rules: [] } });
    expect((await get()).rulesAreDefault).toBe(true);
  });

  it('shows what was collected and what is missing', async () => {
    const exec = await t.signIn('executive');
    const q = (await exec.request({ method: 'GET', url: '/api/v1/delivery/quality?days=3650' })).json();
    const shop = q.repositories.find((r: { name: string }) => r.name === 'acme/shop');
    expect(shop).toMatchObject({ commits: 5, pullRequests: 2, deployments: 5 });
    expect(q.gaps.incidentsUnresolved).toBe(0);
    expect(q.gaps.mergedPullRequestsNotDeployed).toBe(0);
    // Bob's and Ada's commits are matched; the committer identity is not an author.
    expect(q.gaps.commitsWithoutPerson).toBe(0);
    expect(q.sources.map((s: { kind: string; source: string }) => `${s.kind}:${s.source}`)).toContain(
      'deployments:ci',
    );
  });

  it('answers the scorecard’s delivery questions against the targets', async () => {
    const exec = await t.signIn('executive');
    const card = async () => {
      const body = (await exec.request({ method: 'GET', url: `/api/v1/scorecard?${RANGE}` })).json();
      const delivery = body.groups.find((g: { id: string }) => g.id === 'delivery');
      return Object.fromEntries(delivery.checks.map((c: { id: string; status: string }) => [c.id, c.status]));
    };
    // Lead time 25.5 h ≤ 168 h, 3 deployments in one week ≥ 1: good. CFR 33% > 15%, rework 33% > 10%: bad.
    // Review coverage 50% < 80%: bad.
    expect(await card()).toMatchObject({
      'delivery.on-time': 'good',
      'delivery.change-safety': 'bad',
      'delivery.review-coverage': 'bad',
    });
    const targets = {
      leadTimeHours: 24,
      deploymentsPerWeek: 1,
      changeFailureRate: 0.5,
      reworkRate: 0.1,
      reviewCoverage: 0.5,
    };
    expect(
      (await exec.request({ method: 'PUT', url: '/api/v1/delivery/targets', payload: targets })).statusCode,
    ).toBe(200);
    expect(await card()).toMatchObject({
      'delivery.on-time': 'watch',
      'delivery.change-safety': 'watch',
      'delivery.review-coverage': 'good',
    });
  });
});
