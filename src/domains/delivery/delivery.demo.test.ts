/**
 * The delivery demo (size s): it seeds, its counts are the rows written, every change it maps to a
 * deployment is reachable from the deployed commit, what it derives in memory is exactly what
 * deployment-mapping.service.ts derives from the stored rows, and the DORA figures have data.
 */

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import { type DemoState, seedDemo } from '../../platform/demo.js';
import { seededRandom } from '../../platform/seeded-random.js';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { generateHistory } from './delivery-demo-history.js';
import { PROFILES } from './delivery-demo-plan.js';
import { doraFor, flowWithTrend } from './delivery-metrics.service.js';
import { refreshDerived } from './deployment-mapping.service.js';

const DAY = 86_400_000;
let t: TestPlatform;
let state: DemoState;

const executive: Principal = {
  userId: 0,
  email: 'cto@example.test',
  name: 'CTO',
  role: 'executive',
  grants: [],
  personId: null,
  via: 'session',
  scopes: [],
};

beforeAll(async () => {
  t = await startTestPlatform();
  state = await seedDemo(t.ctx, { size: 's', seed: 42 });
}, 60_000);
afterAll(async () => t.close());

const count = async (db: Db, table: string) =>
  Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]!.n);

/** Every derived column, in a stable order. */
async function derived(db: Db) {
  const [changes, deployments, prs, incidents] = await Promise.all([
    sql`select deployment_id, commit_id from deployment_changes order by 1, 2`.execute(db),
    sql`select id, mapped_at is not null as mapped, first_of_repository, sha_unknown
        from deployments order by id`.execute(db),
    sql`select id, first_commit_at, deployed_at, deployment_id from pull_requests order by id`.execute(db),
    sql`select id, deployment_id, attribution from incidents order by id`.execute(db),
  ]);
  return { changes: changes.rows, deployments: deployments.rows, prs: prs.rows, incidents: incidents.rows };
}

describe('delivery demo', () => {
  it('writes what it reports, with teams, reviews, AI-assisted work and incidents', async () => {
    const db = t.ctx.db;
    const c = state.counts;
    expect(c['delivery.commits']).toBe(await count(db, 'commits'));
    expect(c['delivery.pull requests']).toBe(await count(db, 'pull_requests'));
    expect(c['delivery.reviews']).toBe(await count(db, 'pull_request_reviews'));
    expect(c['delivery.deployments']).toBe(await count(db, 'deployments'));
    expect(c['delivery.incidents']).toBe(await count(db, 'incidents'));
    expect(c['delivery.repositories']).toBe(await count(db, 'delivery_repositories'));
    expect(c['delivery.commits']).toBeGreaterThan(1000);
    expect(c['delivery.pull requests']).toBeGreaterThan(150);

    const shape = await sql<Record<string, string>>`select
        (select count(*) from commits where ai_assisted) as ai,
        (select count(*) from commits where cardinality(parents) > 1) as merges,
        (select count(*) from pull_requests p where state = 'merged'
           and not exists (select 1 from pull_request_reviews r where r.pull_request_id = p.id)) as self_merged,
        (select count(*) from pull_requests where state = 'open') as open,
        (select count(*) from deployments where environment = 'staging') as staging,
        (select count(*) from deployments where environment = 'production' and status = 'failure') as failed,
        (select count(*) from deployments where rework) as rework,
        (select count(*) from incidents where status = 'open') as unresolved,
        (select count(*) from incidents where deployment_external_id is not null) as linked,
        (select count(*) from incidents where change_related = false) as outages,
        (select max(authored_at) from commits) as last_commit`.execute(db);
    const s = shape.rows[0]!;
    for (const k of ['ai', 'merges', 'self_merged', 'open', 'staging', 'failed', 'linked', 'outages'])
      expect(Number(s[k]), k).toBeGreaterThan(0);
    expect(Date.now() - new Date(s.last_commit!).getTime()).toBeLessThan(7 * DAY);
    // every commit and pull request is by a known identity; people's are matched to the team's people
    const orphans = await sql<{
      n: string;
    }>`select count(*) as n from commits where author_identity_id is null`.execute(db);
    expect(Number(orphans.rows[0]!.n)).toBe(0);
    // the rows are written without reference checks: every reference must hold all the same
    const broken = await sql<Record<string, string>>`select
        (select count(*) from commits c where not exists (select 1 from repositories r where r.id = c.repository_id)
           or not exists (select 1 from identities i where i.id = c.author_identity_id)
           or not exists (select 1 from identities i where i.id = c.committer_identity_id)) as commits,
        (select count(*) from commits c, unnest(c.co_author_identity_ids) x
           where not exists (select 1 from identities i where i.id = x)) as co_authors,
        (select count(*) from pull_requests p where not exists (select 1 from repositories r where r.id = p.repository_id)
           or not exists (select 1 from identities i where i.id = p.author_identity_id)) as prs,
        (select count(*) from pull_request_commits pc
           where not exists (select 1 from pull_requests p where p.id = pc.pull_request_id)) as pr_commits,
        (select count(*) from pull_request_reviews r
           where not exists (select 1 from pull_requests p where p.id = r.pull_request_id)
           or not exists (select 1 from identities i where i.id = r.reviewer_identity_id)) as reviews,
        (select count(*) from deployments d where not exists (select 1 from repositories r where r.id = d.repository_id)
           or not exists (select 1 from catalog_entities e where e.id = d.service_id)) as deployments,
        (select count(*) from deployment_changes dc
           where not exists (select 1 from deployments d where d.id = dc.deployment_id)
           or not exists (select 1 from commits c where c.id = dc.commit_id)) as changes,
        (select count(*) from incidents i where i.deployment_id is not null
           and not exists (select 1 from deployments d where d.id = i.deployment_id)) as incidents`.execute(
      db,
    );
    for (const [k, v] of Object.entries(broken.rows[0]!)) expect(Number(v), k).toBe(0);
    // the identity sequences go on after the ids the demo used
    const next = await sql<{
      id: string;
    }>`insert into incidents (source, external_id, title, status, started_at)
        values ('test', 'x', 'x', 'open', now()) returning id`.execute(db);
    const max = await sql<{ m: string }>`select max(id) as m from incidents where source = 'demo'`.execute(
      db,
    );
    expect(Number(next.rows[0]!.id)).toBeGreaterThan(Number(max.rows[0]!.m));
    await sql`delete from incidents where source = 'test'`.execute(db);
  });

  it('maps every change to a deployment that can reach it', async () => {
    const db = t.ctx.db;
    const commits = await db
      .selectFrom('commits')
      .select(['id', 'repository_id', 'sha', 'parents'])
      .execute();
    const bySha = new Map(commits.map((c) => [`${c.repository_id}:${c.sha}`, c]));
    const byId = new Map(commits.map((c) => [c.id, c]));
    const deployments = await db.selectFrom('deployments').select(['id', 'repository_id', 'sha']).execute();
    const changes = await db
      .selectFrom('deployment_changes')
      .select(['deployment_id', 'commit_id'])
      .execute();
    expect(changes.length).toBeGreaterThan(100);
    const reach = new Map<number, Set<number>>();
    for (const d of deployments) {
      const seen = new Set<number>();
      const head = bySha.get(`${d.repository_id}:${d.sha}`);
      const stack = head ? [head] : [];
      while (stack.length) {
        const c = stack.pop()!;
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        for (const p of c.parents) {
          const parent = bySha.get(`${c.repository_id}:${p}`);
          if (parent) stack.push(parent);
        }
      }
      reach.set(d.id, seen);
    }
    for (const ch of changes) {
      expect(reach.get(ch.deployment_id)!.has(ch.commit_id), `commit ${byId.get(ch.commit_id)!.sha}`).toBe(
        true,
      );
    }
  });

  it('derives exactly what the deployment mapping derives from the stored rows', async () => {
    await t.ctx.db.transaction().execute(async (trx) => {
      const before = await derived(trx);
      await sql`delete from deployment_changes`.execute(trx);
      await sql`update deployments set mapped_at = null, first_of_repository = false, sha_unknown = false`.execute(
        trx,
      );
      await sql`update pull_requests set first_commit_at = null, deployed_at = null, deployment_id = null`.execute(
        trx,
      );
      await sql`update incidents set deployment_id = null, attribution = null`.execute(trx);
      const repos = await trx.selectFrom('delivery_repositories').select('repository_id').execute();
      await refreshDerived(trx, { repositoryIds: repos.map((r) => r.repository_id), incidents: true });
      const after = await derived(trx);
      expect(after.changes).toEqual(before.changes);
      expect(after.deployments).toEqual(before.deployments);
      expect(after.prs).toEqual(before.prs);
      expect(after.incidents).toEqual(before.incidents);
    });
  });

  it('gives DORA and flow figures for the organization and for teams', async () => {
    const db = t.ctx.db;
    const to = Date.now();
    const range = { from: to - 90 * DAY, to };
    const org = await doraFor(db, executive, { scope: {}, range, bucket: 'week' });
    expect(org.deploymentFrequency.count).toBeGreaterThan(0);
    expect(org.leadTime.median).not.toBeNull();
    expect(org.changeFailureRate.rate).not.toBeNull();
    const year = await doraFor(db, executive, {
      scope: {},
      range: { from: to - 365 * DAY, to },
      bucket: 'month',
    });
    expect(year.recoveryTime.median).not.toBeNull();
    expect(year.reworkRate.rate).not.toBeNull();

    const teams = await db
      .selectFrom('teams')
      .select(['id'])
      .where('kind', '=', 'team')
      .orderBy('id')
      .execute();
    const figures = await Promise.all(
      teams.map((team) => doraFor(db, executive, { scope: { teamId: team.id }, range, bucket: 'week' })),
    );
    const withData = figures.filter((f) => f.deploymentFrequency.count > 0 && f.leadTime.median !== null);
    expect(withData.length).toBeGreaterThan(0);
    // the elite team deploys more often and faster than the struggling one
    expect(figures[0]!.deploymentFrequency.count).toBeGreaterThan(figures[1]!.deploymentFrequency.count);

    const flow = await flowWithTrend(db, executive, { scope: {}, range, bucket: 'week' });
    expect(flow.trend.length).toBeGreaterThan(10);
  });
});

describe('demo history', () => {
  it('is the same for the same seed, and every branch is based on the main line', () => {
    const person = {
      personId: 1,
      name: 'Ada',
      gitId: 10,
      gitEmail: 'ada@example.test',
      githubId: 11,
      from: 0,
      until: Number.POSITIVE_INFINITY,
      weight: 1,
    };
    const mate = {
      ...person,
      personId: 2,
      name: 'Bob',
      gitId: 20,
      gitEmail: 'bob@example.test',
      githubId: 21,
    };
    const now = Date.UTC(2026, 10, 1);
    const plan = {
      name: 'acme/x',
      profile: PROFILES.medium,
      people: [person, mate],
      guests: [],
      bots: {
        dependabotGit: 90,
        dependabotGithub: 91,
        webFlow: 92,
        copilot: { id: 93, trailer: 'GitHub Copilot <175728472+copilot@users.noreply.github.com>' },
        claude: { id: 94, trailer: 'Claude <noreply@anthropic.com>' },
      },
      created: now - 400 * DAY,
      from: now - 365 * DAY,
      now,
      prs: 60,
      squash: false,
      dependabot: true,
    };
    const a = generateHistory(plan, seededRandom(5));
    expect(generateHistory(plan, seededRandom(5))).toEqual(a);
    const shas = new Set(a.commits.map((c) => c.sha));
    expect(shas.size).toBe(a.commits.length);
    for (const c of a.commits) for (const p of c.parents) expect(shas.has(p)).toBe(true);
    for (const c of a.commits) expect(c.authoredAt).toBeLessThanOrEqual(now);
    for (const p of a.pullRequests.filter((x) => x.state === 'merged')) {
      expect(p.mergedAt!).toBeGreaterThanOrEqual(p.createdAt);
      for (const r of p.reviews) expect(r.at).toBeLessThan(p.mergedAt!);
    }
  });
});
