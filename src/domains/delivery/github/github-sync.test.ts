import { afterEach, describe, expect, it } from 'vitest';
import { client, closeFakes, newStore, REPO, setup, sha, snapshot, sync } from './fixtures/sync-harness.js';
import { GithubApiError } from './github-client.js';
import { GithubPayloadError } from './github-schemas.js';
import { type GithubSyncCursor, syncGithubRepository } from './github-sync.js';

afterEach(closeFakes);

describe('syncGithubRepository', () => {
  it('reads pull requests, commits, reviews, comments, deployments and workflow runs', async () => {
    const env = await setup();
    const store = newStore();
    const progress: string[] = [];
    const { result } = await sync(env, store, undefined, { onProgress: (_d, _t, m) => progress.push(m) });

    expect([...store.pulls.keys()].sort()).toEqual([1347, 1348, 1349, 1350, 1351, 1352]);
    const merged = store.pulls.get(1351)!;
    expect(merged).toMatchObject({
      repository: REPO,
      title: 'Fix rounding of lead time',
      state: 'merged',
      draft: false,
      author: { login: 'monalisa' },
      createdAt: '2024-05-07T09:15:00Z',
      mergedAt: '2024-05-09T16:29:58Z',
      closedAt: '2024-05-09T16:29:58Z',
      mergeCommitSha: expect.stringMatching(/^[0-9a-f]{40}$/),
      baseRef: 'main',
      headRef: 'fix/lead-time-rounding',
      additions: 7,
      deletions: 3,
      changedFiles: 1,
      labels: ['bug'],
      url: 'https://github.com/octo-org/hello-world/pull/1351',
      reviews: [
        {
          id: '81',
          reviewer: { login: 'mona-reviewer' },
          state: 'changes_requested',
          submittedAt: '2024-05-08T10:00:00Z',
        },
        {
          id: '82',
          reviewer: { login: 'mona-reviewer' },
          state: 'approved',
          submittedAt: '2024-05-09T16:00:00Z',
        },
      ],
      comments: [
        { id: '10', author: { login: 'mona-reviewer' }, createdAt: '2024-05-08T10:00:00Z' },
        { id: '11', author: { login: 'monalisa' }, createdAt: '2024-05-08T11:30:00Z' },
      ],
    });
    expect(merged.readyAt).toBeUndefined();
    expect(merged.commits).toHaveLength(1);
    expect(store.pulls.get(1352)).toMatchObject({
      state: 'open',
      draft: true,
      reviews: [],
      mergeCommitSha: null,
    });
    expect(store.pulls.get(1350)).toMatchObject({ state: 'closed', mergedAt: null, mergeCommitSha: null });
    expect(store.pulls.get(1347)!.reviews!.map((r) => r.state)).toEqual(['dismissed', 'approved']);

    expect(store.commits.size).toBe(8);
    const coAuthored = [...store.commits.values()].find((c) => c.subject === 'Handle empty input')!;
    expect(coAuthored).toMatchObject({
      author: { email: 'octocat@github.com', name: 'Octocat', login: 'octocat' },
      parents: [sha('')],
      coAuthors: [{ name: 'Mona Lisa', email: 'monalisa@octo-org.example' }],
      additions: null,
    });
    expect(coAuthored.trailers?.map((t) => t.key)).toEqual(['Co-authored-by', 'Signed-off-by']);
    const unlinked = [...store.commits.values()].find((c) => c.author.email === 'hubot@github.com')!;
    expect(unlinked.author.login).toBeUndefined();
    expect(store.pulls.get(1347)!.commits).toEqual(
      [...store.commits.values()].filter((c) => c.origin?.entity?.endsWith('#1347')).map((c) => c.sha),
    );

    expect(store.deployments.get('1003')).toMatchObject({
      environment: 'production',
      ref: 'main',
      status: 'success',
      createdAt: '2024-05-09T17:00:00Z',
      startedAt: '2024-05-09T17:01:00Z',
      finishedAt: '2024-05-09T17:06:30Z',
      url: 'https://github.com/octo-org/hello-world/actions/runs/8003/job/5003',
      name: 'Deploy main to production',
    });
    expect(store.deployments.get('1002')).toMatchObject({ status: 'in_progress', finishedAt: null });
    // Superseded by 1003: GitHub set it inactive; its outcome is the success before.
    expect(store.deployments.get('1001')).toMatchObject({
      status: 'success',
      finishedAt: '2024-05-01T10:04:00Z',
    });
    expect([...store.deployments.keys()].some((id) => id.startsWith('release:'))).toBe(false);

    expect([...store.runs.values()].map((r) => [r.id, r.status, r.conclusion])).toEqual(
      expect.arrayContaining([
        ['30435', 'in_progress', null],
        ['30434', 'completed', 'failure'],
        ['30433', 'completed', 'success'],
        ['30432', 'completed', 'success'],
      ]),
    );

    expect(result!.cursor).toMatchObject({
      repository: REPO,
      pulls: { updatedSince: '2024-05-10T13:00:00Z', scan: null },
      deployments: { seenMaxId: 1003, open: [{ id: 1002, createdAt: '2024-05-10T12:30:00Z' }], scan: null },
      releases: { scan: null },
      runs: { createdSince: '2024-05-10T12:29:00Z', scan: null },
    });
    expect(result!.counts).toMatchObject({
      pullRequests: 6,
      commits: 8,
      reviews: 6,
      comments: 4,
      deployments: 3,
    });
    expect(result!.warnings).toEqual([]);
    expect(progress.some((m) => m.includes('pull requests: up to date'))).toBe(true);
    expect(env.fake.requests(/\/pulls$/).map((r) => r.query.get('page'))).toEqual([null, '2', '3']);
  });

  it('takes releases as production deployments only with a tag pattern', async () => {
    const env = await setup();
    const store = newStore();
    await sync(env, store, undefined, { releaseTagPattern: 'v*', include: { pullRequests: false } });
    const releases = [...store.deployments.values()].filter((d) => d.id.startsWith('release:'));
    expect(releases).toEqual([
      expect.objectContaining({
        id: 'release:9001',
        environment: 'production',
        status: 'success',
        ref: 'v1.2.0',
        sha: expect.stringMatching(/^[0-9a-f]{40}$/),
        createdAt: '2024-05-01T09:58:00Z',
        finishedAt: '2024-05-01T09:58:00Z',
        url: 'https://github.com/octo-org/hello-world/releases/tag/v1.2.0',
      }),
    ]);
    const withPre = newStore();
    await sync(await setup(), withPre, undefined, {
      releaseTagPattern: 'v[0-9]*',
      includePrereleases: true,
      include: { pullRequests: false, deployments: false, workflowRuns: false },
    });
    expect([...withPre.deployments.keys()].sort()).toEqual(['release:9001', 'release:9003']);
  });

  it('rides out a 502, a secondary and a primary rate limit during a sync, with the same result', async () => {
    const reference = newStore();
    await sync(await setup(), reference, undefined);
    const env = await setup();
    const reset = Math.floor(env.fake.now / 1000) + 120;
    env.fake
      .inject(/\/pulls\/1351\/reviews$/, { status: 502, body: { message: 'Server Error' } })
      .inject(/\/deployments$/, {
        status: 403,
        headers: { 'retry-after': '30' },
        body: { message: 'You have exceeded a secondary rate limit.' },
      })
      .inject(/\/actions\/runs$/, {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
        body: { message: 'API rate limit exceeded for installation ID 1.' },
      });
    const store = newStore();
    const slept: number[] = [];
    const progress: string[] = [];
    const run = await sync(env, store, undefined, { slept, onProgress: (_d, _t, m) => progress.push(m) });
    expect(slept).toEqual([1000, 30_000, 121_000]);
    expect(run.result!.requests.retries).toBe(3);
    expect(snapshot(store)).toEqual(snapshot(reference));
  });

  it('reports waits through onProgress when it makes the client', async () => {
    const env = await setup();
    env.fake.inject(/\/deployments$/, { status: 429, headers: { 'retry-after': '2' }, body: {} });
    const progress: string[] = [];
    await syncGithubRepository({
      repository: REPO,
      client: { baseUrl: env.fake.baseUrl, sleep: async () => {}, now: () => env.fake.now },
      include: { pullRequests: false, workflowRuns: false },
      sink: async () => {},
      onProgress: (_d, _t, m) => progress.push(m),
    });
    expect(progress).toContainEqual(
      expect.stringMatching(/^waiting 2 s \(secondary rate limit\) before GET .*\/deployments/),
    );
  });

  it('reads workflow runs in windows of at most 1,000 (GitHub lists no more per filter)', async () => {
    const env = await setup((data) => {
      const template = data.runs[1]!;
      const start = Date.parse('2024-03-01T00:00:00Z');
      data.runs = Array.from({ length: 2500 }, (_, i) => ({
        ...template,
        id: 40000 + i,
        created_at: new Date(start + i * 60_000 * 37).toISOString().replace('.000Z', 'Z'),
      }));
    });
    env.fake.pageSize = 100;
    const originalPage = env.fake.page.bind(env.fake);
    env.fake.page = (req, items) =>
      originalPage(req, req.path.endsWith('/actions/runs') ? items.slice(0, 1000) : items);
    const store = newStore();
    const run = await sync(env, store, undefined, { include: { pullRequests: false, deployments: false } });
    expect(store.runs.size).toBe(2500);
    expect(run.result!.warnings).toEqual([]);
    const windows = env.fake.requests(/\/actions\/runs$/).map((r) => r.query.get('created'));
    expect(new Set(windows).size).toBeGreaterThan(3);
  });

  it('stops when aborted; what was handed to the sink stays handed', async () => {
    const env = await setup();
    const controller = new AbortController();
    let calls = 0;
    const error = await syncGithubRepository({
      repository: REPO,
      client: client(env.fake, env.cache),
      signal: controller.signal,
      batchSize: 2,
      sink: async () => {
        calls++;
        controller.abort(new Error('stopped by the user'));
      },
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('stopped by the user');
    expect(calls).toBe(1);
    expect(env.fake.requests(/\/pulls\/1350$/)).toEqual([]);
  });

  it('surfaces a 404 repository as GithubApiError', async () => {
    const env = await setup();
    const error = await syncGithubRepository({
      repository: 'octo-org/missing',
      client: client(env.fake, env.cache),
      sink: async () => {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GithubApiError);
    expect(error).toMatchObject({ status: 404, githubMessage: 'Not Found' });
  });

  it('names the field when GitHub answers with an unexpected shape', async () => {
    const env = await setup((data) => {
      delete (data.pulls[2] as Record<string, unknown>).number;
    });
    const error = await sync(env, newStore(), undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GithubPayloadError);
    expect((error as Error).message).toMatch(/\/pulls\?.*is malformed at \[0\]\.number/);
  });

  it('refuses a cursor of another repository', async () => {
    const env = await setup();
    const first = await sync(env, newStore(), undefined, { include: { pullRequests: false } });
    const cursor = { ...first.committed!, repository: 'octo-org/other' };
    await expect(sync(env, newStore(), cursor)).rejects.toThrow(
      'The cursor is for octo-org/other, not octo-org/hello-world',
    );
    await expect(sync(env, newStore(), { version: 2 } as unknown as GithubSyncCursor)).rejects.toThrow(
      /malformed at version/,
    );
  });
});
