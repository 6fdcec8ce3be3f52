import { afterEach, describe, expect, it } from 'vitest';
import {
  changeAfterFirstSync,
  closeFakes,
  newStore,
  setup,
  snapshot,
  sync,
} from './fixtures/sync-harness.js';

afterEach(closeFakes);

describe('syncGithubRepository, run after run', () => {
  it('asks again with ETags: a second sync of an unchanged repository gets 304s', async () => {
    const env = await setup();
    const store = newStore();
    const first = await sync(env, store, undefined);
    const before = env.fake.log.length;
    const second = await sync(env, store, first.committed);
    const asked = env.fake.log.slice(before);
    expect(second.result!.requests.notModified).toBeGreaterThanOrEqual(2);
    const pullsAsk = asked.find((r) => r.path.endsWith('/pulls'))!;
    expect(pullsAsk.headers['if-none-match']).toMatch(/^W\//);
    expect(asked.filter((r) => /\/pulls\//.test(r.path))).toEqual([]);
    expect(second.batches.flatMap((b) => b.pullRequests ?? [])).toEqual([]);
    // The still running run holds the runs window open; nothing else is read again.
    expect(second.batches.flatMap((b) => b.workflowRuns ?? []).map((r) => r.id)).toEqual(['30435']);
    expect(second.result!.cursor).toEqual(first.committed);
  });

  it('is incremental: only changed pull requests, and only their changed lists', async () => {
    const env = await setup();
    const store = newStore();
    const first = await sync(env, store, undefined);
    const { fake } = env;
    changeAfterFirstSync(env);

    const before = fake.log.length;
    const second = await sync(env, store, first.committed);
    const pulls = second.batches.flatMap((b) => b.pullRequests ?? []);
    expect(pulls.map((p) => p.number)).toEqual([1348]);
    expect(pulls[0]!.reviews).toEqual([expect.objectContaining({ id: '91', state: 'approved' })]);
    // Commits and comments answered 304: left out, so the stored ones stay.
    expect(pulls[0]!.commits).toBeUndefined();
    expect(pulls[0]!.comments).toBeUndefined();
    expect(store.pulls.get(1348)!.commits).toHaveLength(1);
    expect(fake.log.slice(before).filter((r) => r.path.endsWith('/pulls')).length).toBe(1);

    expect(store.deployments.get('1002')).toMatchObject({
      status: 'success',
      finishedAt: '2024-05-10T12:40:00Z',
    });
    expect(store.runs.get('30435')).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(second.result!.cursor).toMatchObject({
      pulls: { updatedSince: '2024-05-10T15:00:00Z' },
      deployments: { open: [] },
      runs: { createdSince: '2024-05-10T15:00:00Z' },
    });
  });

  it('resumes after an interruption at any batch: the union equals one uninterrupted run', async () => {
    const clean = await setup();
    const cleanStore = newStore();
    const reference = await sync(clean, cleanStore, undefined);
    const total = reference.calls;
    expect(total).toBeGreaterThan(5);

    for (let failAt = 1; failAt <= total; failAt++) {
      const env = await setup();
      const store = newStore();
      const interrupted = await sync(env, store, undefined, { failAt });
      expect(interrupted.failed).toBe(true);
      if (failAt === 3) {
        // After page 2 of the pull requests: the committed cursor points into the list.
        expect(interrupted.committed?.pulls.scan).not.toBeNull();
      }
      const resumed = await sync(env, store, interrupted.committed);
      expect(resumed.failed).toBe(false);
      expect(snapshot(store), `interrupted at sink call ${failAt}`).toEqual(snapshot(cleanStore));
      expect(resumed.committed).toEqual(reference.committed);
      await env.fake.close();
    }
  });

  it('resumes an incremental sync interrupted at any batch (open deployments, runs window, 304s)', async () => {
    const clean = await setup();
    const cleanStore = newStore();
    const first = await sync(clean, cleanStore, undefined);
    changeAfterFirstSync(clean);
    const reference = await sync(clean, cleanStore, first.committed, { batchSize: 1 });
    expect(reference.calls).toBeGreaterThan(3);

    for (let failAt = 1; failAt <= reference.calls; failAt++) {
      const env = await setup();
      const store = newStore();
      const before = await sync(env, store, undefined);
      changeAfterFirstSync(env);
      const interrupted = await sync(env, store, before.committed, { failAt, batchSize: 1 });
      expect(interrupted.failed).toBe(true);
      const resumed = await sync(env, store, interrupted.committed, { batchSize: 1 });
      expect(snapshot(store), `interrupted at sink call ${failAt}`).toEqual(snapshot(cleanStore));
      expect(resumed.committed).toEqual(reference.committed);
      await env.fake.close();
    }
  });
});
