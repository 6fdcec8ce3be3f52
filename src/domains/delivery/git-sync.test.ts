import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../platform/db/database.js';
import { openTestDatabase } from '../../platform/db/test-db.js';
import { repositoryNameOf, syncGitRepository } from './git-sync.service.js';
import { commitAt, git, writeAndAdd } from './importers/git-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'qd-git-sync-'));
const src = join(dir, 'shop');
const sha: Record<string, string> = {};
let h: DbHandle;

beforeAll(async () => {
  h = await openTestDatabase();
  mkdirSync(src);
  git(src, ['init', '-q', '-b', 'main']);
  git(src, ['config', 'uploadpack.allowFilter', 'true']);
  git(src, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  git(src, ['remote', 'add', 'origin', 'git@github.com:acme/shop.git']);
  writeAndAdd(src, 'app.ts', 'one\n');
  sha.c1 = commitAt(src, 'feat: first', '2024-03-01T09:00:00Z');
  writeAndAdd(src, 'app.ts', 'one\ntwo\n');
  sha.c2 = commitAt(src, 'fix: second', '2024-03-02T09:00:00Z', { GIT_AUTHOR_EMAIL: 'bob@example.com' });
  git(src, ['tag', '-a', 'v1.0', '-m', 'Release 1.0'], {
    GIT_COMMITTER_DATE: '2024-03-02T12:00:00Z',
  });
  git(src, ['checkout', '-q', '-b', 'feature']);
  writeAndAdd(src, 'feature.ts', 'x\ny\nz\n');
  sha.f1 = commitAt(
    src,
    'feat: feature\n\nCo-authored-by: Claude <noreply@anthropic.com>',
    '2024-03-03T09:00:00Z',
  );
  git(src, ['checkout', '-q', 'main']);
  git(src, ['merge', '-q', '--no-ff', '-m', 'Merge feature', 'feature'], {
    GIT_AUTHOR_DATE: '2024-03-04T09:00:00Z',
    GIT_COMMITTER_DATE: '2024-03-04T09:00:00Z',
  });
  sha.m1 = git(src, ['rev-parse', 'HEAD']).trim();
  git(src, ['tag', 'v1.1']);
});

afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const commits = () =>
  h.db
    .selectFrom('commits')
    .innerJoin('repositories', 'repositories.id', 'commits.repository_id')
    .select(['sha', 'parents', 'additions', 'ai_assisted', 'repositories.name'])
    .orderBy('authored_at')
    .execute();

describe('git sync', () => {
  it('names the repository after its origin remote', async () => {
    expect(await repositoryNameOf(src)).toBe('acme/shop');
  });

  it('reads every branch and tag, with stats, trailers and release tags as deployments', async () => {
    const r = await syncGitRepository(h.db, src, { releaseTagPattern: 'v*' });
    expect(r.repository).toBe('acme/shop');
    expect(r.commitsRead).toBe(4);
    expect(r.commitsNew).toBe(4);
    expect(r.releases).toBe(2);
    const rows = await commits();
    expect(rows.map((c) => c.sha)).toEqual([sha.c1, sha.c2, sha.f1, sha.m1]);
    expect(rows[1]!.additions).toBe(1);
    expect(rows[2]!.ai_assisted).toBe(true);
    expect(rows[3]!.parents).toEqual([sha.c2, sha.f1]);
    const deployments = await h.db
      .selectFrom('deployments')
      .select(['id', 'name', 'sha', 'environment', 'first_of_repository'])
      .orderBy('finished_at')
      .execute();
    expect(deployments.map((d) => [d.name, d.sha, d.environment])).toEqual([
      ['v1.0', sha.c2, 'production'],
      ['v1.1', sha.m1, 'production'],
    ]);
    const shipped = await h.db
      .selectFrom('deployment_changes')
      .innerJoin('commits', 'commits.id', 'deployment_changes.commit_id')
      .select(['deployment_id', 'sha'])
      .execute();
    const by = (id: number) =>
      shipped
        .filter((s) => s.deployment_id === id)
        .map((s) => s.sha)
        .sort();
    expect(by(deployments[0]!.id)).toEqual([sha.c1, sha.c2].sort());
    expect(by(deployments[1]!.id)).toEqual([sha.f1, sha.m1].sort());
    expect(deployments[0]!.first_of_repository).toBe(true);
    // The authors became identities: Ada and Bob by e-mail, and the co-author.
    const ids = await h.db.selectFrom('identities').select('value').where('kind', '=', 'git').execute();
    expect(ids.map((i) => i.value).sort()).toEqual([
      'ada@old.example',
      'bob@example.com',
      'ci@example.com',
      'noreply@anthropic.com',
    ]);
  });

  it('reads nothing when no ref moved', async () => {
    const r = await syncGitRepository(h.db, src);
    expect(r.nothingNew).toBe(true);
    expect(r.commitsRead).toBe(0);
    expect((await commits()).length).toBe(4);
  });

  it('reads only new commits, and reports a force-push and a deleted branch', async () => {
    writeAndAdd(src, 'app.ts', 'one\ntwo\nthree\n');
    sha.c3 = commitAt(src, 'chore: third', '2024-03-05T09:00:00Z');
    git(src, ['checkout', '-q', 'feature']);
    git(src, ['reset', '-q', '--hard', sha.c1!]);
    sha.f2 = commitAt(src, 'feat: rewritten', '2024-03-06T09:00:00Z');
    git(src, ['checkout', '-q', 'main']);
    const r = await syncGitRepository(h.db, src);
    expect(r.commitsRead).toBe(2);
    expect(r.commitsNew).toBe(2);
    expect(r.refs.forced).toBe(1);
    expect(r.refs.fastForwarded).toBe(1);
    git(src, ['branch', '-q', '-D', 'feature']);
    const again = await syncGitRepository(h.db, src);
    expect(again.refs.deleted).toBe(1);
    expect(again.commitsRead).toBe(0);
    // The rewritten branch's commits stay: they were real and may have shipped.
    expect((await commits()).map((c) => c.sha)).toContain(sha.f2);
  });

  it('reads a blobless clone without file statistics, and says so', async () => {
    const clone = join(dir, 'blobless');
    git(dir, ['clone', '-q', '--bare', '--filter=blob:none', `file://${src}`, clone]);
    const r = await syncGitRepository(h.db, clone, { repository: 'acme/shop-mirror' });
    expect(r.partialClone).toBe(true);
    expect(r.statsAvailable).toBe(false);
    expect(r.commitsNew).toBe(5);
    const rows = (await commits()).filter((c) => c.name === 'acme/shop-mirror');
    expect(rows.every((c) => c.additions === null)).toBe(true);
  });
});
