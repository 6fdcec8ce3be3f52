import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAt, git as fixtureGit, writeAndAdd } from './git-fixture.js';
import {
  compareGitRefs,
  GitLogParser,
  GitRepositoryError,
  gitLogFormat,
  inspectGitRepository,
  listGitRefs,
  readAllGitCommits,
  readGitLog,
} from './git-log.js';
import { isoToUtc, splitMessage } from './git-log-parse.js';

const dir = mkdtempSync(join(tmpdir(), 'qd-git-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const git = fixtureGit;
const commit = commitAt;
const write = writeAndAdd;

const src = join(dir, 'src');
const sha: Record<string, string> = {};

beforeAll(() => {
  mkdirSync(src);
  git(src, ['init', '-q', '-b', 'main']);
  git(src, ['config', 'uploadpack.allowFilter', 'true']);
  git(src, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  write(src, 'README.md', 'one\ntwo\nthree\n');
  sha.root = commit(src, 'Initial commit', '2024-01-01T10:00:00+02:00');
  write(src, 'src/app.ts', 'a\nb\n');
  write(src, 'logo.bin', Buffer.from([0, 1, 2, 3]));
  sha.second = commit(
    src,
    'Add app\n\nWith a body line.\n\nCo-authored-by: Bob Builder <bob@example.com>\nCo-authored-by: Carol <carol@example.com>\nReviewed-by: Dan <dan@example.com>',
    '2024-01-02T09:30:00-05:00',
  );
  git(src, ['checkout', '-q', '-b', 'feature/x']);
  mkdirSync(join(src, 'docs'), { recursive: true });
  git(src, ['mv', 'README.md', 'docs/README.md']);
  write(src, 'docs/README.md', 'one\ntwo\nthree\nfour\n');
  sha.feature = commit(src, 'Move readme', '2024-01-03T12:00:00Z', { GIT_AUTHOR_EMAIL: 'eve@example.com' });
  git(src, ['checkout', '-q', 'main']);
  write(src, 'src/app.ts', 'a\nB\nc\n');
  sha.main2 = commit(src, 'Change app', '2024-01-04T12:00:00Z');
  git(src, ['merge', '-q', '--no-ff', '--no-edit', '-m', 'Merge feature/x', 'feature/x'], {
    GIT_AUTHOR_DATE: '2024-01-05T12:00:00Z',
    GIT_COMMITTER_DATE: '2024-01-05T12:00:00Z',
  });
  sha.merge = git(src, ['rev-parse', 'HEAD']).trim();
  write(src, '.mailmap', 'Ada Lovelace <ada@example.com> <ada@old.example>\n');
  sha.mailmap = commit(src, 'Add mailmap', '2024-01-06T12:00:00Z');
  git(src, ['tag', '-a', '-m', 'v1', 'v1.0.0'], { GIT_COMMITTER_DATE: '2024-01-06T12:00:00Z' });
});

describe('GitLogParser', () => {
  it('parses a stream split at every possible place', () => {
    const h = (s: string) => s.repeat(40);
    const header = (id: string, parents: string, msg: string, trailers: string) =>
      [`\x1e${h(id)}`, parents, 'A', 'a@x', 'A', 'a@x', '2024-01-01T00:00:00+01:00']
        .concat(['C', 'c@x', 'C', 'c@x', '2024-01-01T00:00:00Z', msg, trailers])
        .join('\0');
    const text = `${header('a', h('b'), 'Hi\n\nbody\n', 'Co-authored-by\x1dB <b@x>')}\0\n1\t2\tx y.txt\0-\t-\tbin\0${header('b', '', 'Root', '')}\0\n0\t0\t\0old\0new\0`;
    for (let cut = 0; cut <= text.length; cut += 7) {
      const parser = new GitLogParser({ mapped: true, stats: true, mergeStats: false });
      const commits = [...parser.push(text.slice(0, cut)), ...parser.push(text.slice(cut)), ...parser.end()];
      expect(commits.map((c) => c.sha)).toEqual([h('a'), h('b')]);
      expect(commits[0]?.stats).toMatchObject({ files: 2, additions: 1, deletions: 2, binaryFiles: 1 });
      expect(commits[0]?.author.date).toBe('2023-12-31T23:00:00Z');
      expect(commits[0]?.coAuthors).toEqual([{ name: 'B', email: 'b@x' }]);
      expect(commits[1]?.stats?.fileStats).toEqual([
        { path: 'new', oldPath: 'old', additions: 0, deletions: 0 },
      ]);
    }
    expect(gitLogFormat(false).split('%x00')).toHaveLength(10);
  });

  it('splits messages and converts dates as git does', () => {
    expect(splitMessage('\nTitle\ncontinued\n\n\nBody\n\nmore\n')).toEqual({
      subject: 'Title continued',
      body: 'Body\n\nmore',
    });
    expect(isoToUtc('2024-01-02T09:30:00-05:00')).toEqual({
      date: '2024-01-02T14:30:00Z',
      tzOffsetMinutes: -300,
    });
  });
});

describe('readGitLog on a normal clone', () => {
  it('reads every branch with parents, dates, trailers, mailmap and stats', async () => {
    const progress: number[] = [];
    const commits = await readAllGitCommits(src, { onProgress: (n) => progress.push(n), progressEvery: 2 });
    expect(commits.map((c) => c.sha).sort()).toEqual(Object.values(sha).sort());
    expect(progress).toEqual([2, 4, 6]);
    const bySha = new Map(commits.map((c) => [c.sha, c]));

    const second = bySha.get(sha.second!)!;
    expect(second.parents).toEqual([sha.root]);
    expect(second.subject).toBe('Add app');
    expect(second.body).toContain('With a body line.');
    expect(second.author).toEqual({
      name: 'Ada Dev',
      email: 'ada@old.example',
      mappedName: 'Ada Lovelace',
      mappedEmail: 'ada@example.com',
      date: '2024-01-02T14:30:00Z',
      tzOffsetMinutes: -300,
    });
    expect(second.committer.mappedEmail).toBe('ci@example.com');
    expect(second.trailers).toEqual([
      { key: 'Co-authored-by', value: 'Bob Builder <bob@example.com>' },
      { key: 'Co-authored-by', value: 'Carol <carol@example.com>' },
      { key: 'Reviewed-by', value: 'Dan <dan@example.com>' },
    ]);
    expect(second.coAuthors).toEqual([
      { name: 'Bob Builder', email: 'bob@example.com' },
      { name: 'Carol', email: 'carol@example.com' },
    ]);
    expect(second.stats).toEqual({
      files: 2,
      additions: 2,
      deletions: 0,
      binaryFiles: 1,
      fileStats: [
        { path: 'logo.bin', oldPath: null, additions: null, deletions: null },
        { path: 'src/app.ts', oldPath: null, additions: 2, deletions: 0 },
      ],
    });

    const root = bySha.get(sha.root!)!;
    expect(root.parents).toEqual([]);
    expect(root.author.date).toBe('2024-01-01T08:00:00Z');
    expect(root.stats).toMatchObject({ files: 1, additions: 3, deletions: 0 });

    const moved = bySha.get(sha.feature!)!;
    expect(moved.author.email).toBe('eve@example.com');
    expect(moved.author.mappedEmail).toBe('eve@example.com');
    expect(moved.stats?.fileStats).toEqual([
      { path: 'docs/README.md', oldPath: 'README.md', additions: 1, deletions: 0 },
    ]);

    const merge = bySha.get(sha.merge!)!;
    expect(merge.parents).toEqual([sha.main2, sha.feature]);
    expect(merge.stats).toBeNull();
  });

  it('reads merge stats against the first parent when asked, and can skip stats and mailmap', async () => {
    const withMerges = await readAllGitCommits(src, { mergeStats: true });
    const merge = withMerges.find((c) => c.sha === sha.merge)!;
    expect(merge.stats?.fileStats).toEqual([
      { path: 'docs/README.md', oldPath: 'README.md', additions: 1, deletions: 0 },
    ]);
    const noRenames = await readAllGitCommits(src, { renames: false });
    expect(noRenames.find((c) => c.sha === sha.feature)?.stats).toMatchObject({ files: 2, additions: 4 });
    const plain = await readAllGitCommits(src, { stats: false, mailmap: false });
    expect(plain.every((c) => c.stats === null)).toBe(true);
    expect(plain.find((c) => c.sha === sha.second)?.author.mappedName).toBe('Ada Dev');
  });

  it('reads a ref pattern only', async () => {
    const commits = await readAllGitCommits(src, { refs: ['refs/heads/feature/*'] });
    expect(commits.map((c) => c.sha)).toEqual([sha.feature, sha.second, sha.root]);
  });

  it('stops git when the consumer stops early', async () => {
    const seen: string[] = [];
    for await (const c of readGitLog(src)) {
      seen.push(c.sha);
      break;
    }
    expect(seen).toHaveLength(1);
  });

  it('names the path that is not a repository', async () => {
    const plain = join(src, 'src');
    await expect(readAllGitCommits(plain)).rejects.toBeInstanceOf(GitRepositoryError);
    await expect(readAllGitCommits(join(dir, 'nowhere'))).rejects.toThrow(
      `Not a git repository: ${join(dir, 'nowhere')}`,
    );
    const outside = join(dir, 'plain-dir');
    mkdirSync(outside);
    await expect(inspectGitRepository(outside)).rejects.toThrow(outside);
  });
});

describe('readGitLog on clones', () => {
  it('reads a bare clone, applying HEAD:.mailmap', async () => {
    const bare = join(dir, 'bare.git');
    git(dir, ['clone', '-q', '--bare', src, bare]);
    const info = await inspectGitRepository(bare);
    expect(info).toMatchObject({ bare: true, partialClone: false, statsAvailable: true });
    const commits = await readAllGitCommits(bare);
    expect(commits).toHaveLength(6);
    expect(commits.find((c) => c.sha === sha.second)?.author.mappedName).toBe('Ada Lovelace');
    expect(commits.find((c) => c.sha === sha.second)?.stats?.additions).toBe(2);
  });

  it('reads a blobless partial clone offline: stats unavailable, never a fetch', async () => {
    const blobless = join(dir, 'blobless');
    git(dir, ['clone', '-q', '--filter=blob:none', `file://${src}`, blobless]);
    const bareBlobless = join(dir, 'blobless.git');
    git(dir, ['clone', '-q', '--bare', '--filter=blob:none', `file://${src}`, bareBlobless]);
    // Make any fetch impossible: the source disappears.
    const moved = join(dir, 'src-away');
    execFileSync('mv', [src, moved]);
    try {
      for (const repo of [blobless, bareBlobless]) {
        const info = await inspectGitRepository(repo);
        expect(info).toMatchObject({
          partialClone: true,
          promisorRemotes: ['origin'],
          statsAvailable: false,
        });
        expect(info.partialCloneFilters).toEqual(['blob:none']);
        const commits = await readAllGitCommits(repo, { mergeStats: true });
        expect(commits.map((c) => c.sha).sort()).toEqual(Object.values(sha).sort());
        expect(commits.every((c) => c.stats === null)).toBe(true);
        const second = commits.find((c) => c.sha === sha.second)!;
        expect(second.coAuthors).toHaveLength(2);
        // The normal clone has .mailmap checked out; the bare one lacks the blob and reads raw names.
        expect(second.author.mappedName).toBe(info.bare ? 'Ada Dev' : 'Ada Lovelace');
        expect(info.mailmapBlobMissing).toBe(info.bare);
        const none = await readAllGitCommits(repo, { since: [sha.mailmap!, 'f'.repeat(40)] });
        expect(none).toEqual([]);
      }
    } finally {
      execFileSync('mv', [moved, src]);
    }
  });
});

describe('incremental reads and ref changes', () => {
  it('reads only new commits, and sees force-pushed and deleted branches', async () => {
    const repo = join(dir, 'inc');
    git(dir, ['clone', '-q', src, repo]);
    git(repo, ['branch', 'doomed', 'origin/feature/x']);
    git(repo, ['branch', 'rewritten', sha.second!]);
    const before = await listGitRefs(repo);
    expect(before.find((r) => r.name === 'refs/tags/v1.0.0')).toMatchObject({
      objectType: 'tag',
      commit: sha.mailmap,
    });
    expect(before.find((r) => r.name === 'refs/remotes/origin/HEAD')?.symref).toBe(
      'refs/remotes/origin/main',
    );
    const tips = [...new Set(before.map((r) => r.commit).filter((c): c is string => c !== null))];
    expect(await readAllGitCommits(repo, { since: tips })).toEqual([]);

    write(repo, 'new.txt', 'x\n');
    const added = commit(repo, 'New work', '2024-02-01T00:00:00Z');
    git(repo, ['branch', '-D', 'doomed']);
    git(repo, ['checkout', '-q', 'rewritten']);
    git(repo, ['reset', '-q', '--hard', sha.root!]);
    write(repo, 'other.txt', 'y\n');
    const rewritten = commit(repo, 'Rewritten history', '2024-02-02T00:00:00Z');

    const fresh = await readAllGitCommits(repo, { since: tips });
    expect(fresh.map((c) => c.sha)).toEqual([rewritten, added]);
    expect(fresh[0]?.parents).toEqual([sha.root]);

    const changes = await compareGitRefs(repo, before);
    expect(changes.deleted.map((c) => c.name)).toEqual(['refs/heads/doomed']);
    expect(changes.forced.map((c) => c.name)).toEqual(['refs/heads/rewritten']);
    expect(changes.fastForwarded.map((c) => c.name)).toEqual(['refs/heads/main']);
    expect(changes.created).toEqual([]);
  });

  it('reads nothing from an empty repository', async () => {
    const empty = join(dir, 'empty');
    git(dir, ['init', '-q', empty]);
    expect(await readAllGitCommits(empty)).toEqual([]);
    expect(await listGitRefs(empty)).toEqual([]);
  });
});
