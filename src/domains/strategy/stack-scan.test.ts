/**
 * The scan on real git repositories (a bare clone too) and plain folders, against a real database: what it
 * stores, that an unchanged repository is not read again, that only changed files are parsed, that a broken
 * file gives one warning naming file and line while the others are read, and language shares.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../platform/db/database.js';
import { openTestDatabase } from '../../platform/db/test-db.js';
import { syncGitRepository } from '../delivery/git-sync.service.js';
import { cleanGitEnv, commitAt, git, writeAndAdd } from '../delivery/importers/git-fixture.js';
import * as repo from './stack.repo.js';
import { batchSnapshot } from './stack-git-batch.js';
import { blobHash, cloneTargets, gitSnapshot, scanTargets, targetFor } from './stack-scan.service.js';
import { isStackFile } from './stack-store.service.js';

const dir = mkdtempSync(join(tmpdir(), 'qd-stack-scan-'));
const src = join(dir, 'shop');
const bare = join(dir, 'shop.git');
let h: DbHandle;

const PACKAGE = `{
  "name": "shop",
  "engines": { "node": ">=16" },
  "dependencies": { "react": "^18.3.1", "moment": "^2.29.4" },
  "devDependencies": { "jest": "^29.7.0" }
}
`;
const BROKEN_POM = `<project>\n  <dependencies>\n    <dependency>\n      <groupId>log4j</groupId>\n  </dependencies>\n`;

beforeAll(async () => {
  h = await openTestDatabase();
  mkdirSync(src);
  git(src, ['init', '-q', '-b', 'main']);
  writeAndAdd(src, 'package.json', PACKAGE);
  writeAndAdd(src, 'Dockerfile', 'FROM node:16-alpine\nCMD ["node", "server.js"]\n');
  writeAndAdd(
    src,
    'go.mod',
    'module example.com/shop\n\ngo 1.20\n\nrequire github.com/jackc/pgx/v5 v5.5.5\n',
  );
  writeAndAdd(src, 'legacy/pom.xml', BROKEN_POM);
  writeAndAdd(src, 'src/app.ts', 'x'.repeat(3000));
  writeAndAdd(src, 'src/util.js', 'y'.repeat(1000));
  writeAndAdd(src, 'vendor/lib/big.js', 'z'.repeat(50_000));
  writeAndAdd(src, 'public/app.min.js', 'z'.repeat(20_000));
  commitAt(src, 'first', '2024-03-01T09:00:00Z');
  execFileSync('git', ['clone', '-q', '--bare', src, bare], { env: cleanGitEnv() });
  git(src, ['remote', 'add', 'origin', bare]);
  await syncGitRepository(h.db, bare, { repository: 'acme/shop' });
});

afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('scanning a bare clone through git plumbing', () => {
  it('stores components, runtimes and languages, and warns once for the broken file', async () => {
    const targets = await cloneTargets(h.db);
    expect(targets.map((t) => t.repository)).toEqual(['acme/shop']);
    const r = await scanTargets(h.db, targets);
    expect(r).toMatchObject({ repositories: 1, files: 4, parsed: 4, unchanged: 0, skipped: 0, failed: [] });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ repository: 'acme/shop', file: 'legacy/pom.xml' });
    expect(r.warnings[0]!.line).toBeGreaterThan(0);
    const comps = await repo.components(h.db, null);
    expect(comps.map((c) => `${c.ecosystem}:${c.name}@${c.version}:${c.file}:${c.line}`).sort()).toEqual([
      'docker:node@16-alpine:Dockerfile:1',
      'go:github.com/jackc/pgx/v5@v5.5.5:go.mod:5',
      'npm:jest@^29.7.0:package.json:5',
      'npm:moment@^2.29.4:package.json:4',
      'npm:react@^18.3.1:package.json:4',
    ]);
    const runtimes = await repo.runtimes(h.db, null);
    expect(runtimes.map((x) => `${x.product}@${x.cycle}:${x.file}:${x.line}`).sort()).toEqual([
      'go@1.20:go.mod:3',
      'nodejs@16:Dockerfile:1',
      'nodejs@16:package.json:3',
    ]);
    const langs = await repo.languages(h.db, null);
    expect(langs.map((l) => [l.language, l.bytes, l.files]).sort()).toEqual([
      ['Dockerfile', 46, 1],
      ['JavaScript', 1000, 1],
      ['TypeScript', 3000, 1],
    ]);
  });

  it('reads nothing again when HEAD has not changed', async () => {
    const r = await scanTargets(h.db, await cloneTargets(h.db));
    expect(r).toMatchObject({ parsed: 0, skipped: 1, components: 0 });
    expect(await repo.components(h.db, null)).toHaveLength(5);
  });

  it('parses only the changed file after a new commit, and drops deleted files', async () => {
    writeAndAdd(src, 'package.json', PACKAGE.replace('"^18.3.1"', '"^19.1.0"'));
    git(src, ['rm', '-q', 'go.mod']);
    commitAt(src, 'second', '2024-03-02T09:00:00Z');
    git(src, ['push', '-q', 'origin', 'main']);
    const r = await scanTargets(h.db, await cloneTargets(h.db));
    expect(r).toMatchObject({ files: 3, parsed: 1, unchanged: 2, removed: 1, skipped: 0 });
    const comps = await repo.components(h.db, null);
    expect(comps.find((c) => c.name === 'react')?.version).toBe('^19.1.0');
    expect(comps.some((c) => c.ecosystem === 'go')).toBe(false);
    expect((await repo.runtimes(h.db, null)).some((x) => x.product === 'go')).toBe(false);
  });

  it('a full scan reads every file again', async () => {
    const r = await scanTargets(h.db, await cloneTargets(h.db), { full: true });
    expect(r).toMatchObject({ parsed: 3, unchanged: 0 });
    expect(await repo.components(h.db, null)).toHaveLength(4);
  });
});

describe('reading git', () => {
  it('gives the same files, sizes and texts through cat-file --batch-command as through ls-tree (older git)', async () => {
    const batch = await batchSnapshot(bare, null, (f) => isStackFile(f.path));
    const plain = await gitSnapshot({ repositoryId: 1, repository: 'acme/shop', path: bare }, null, true);
    const sort = (fs: { path: string }[]) => [...fs].sort((a, b) => a.path.localeCompare(b.path));
    expect(sort(batch!.files)).toEqual(sort(plain!.files));
    expect(batch!.treeHash).toBe(plain!.treeHash);
    const texts = await plain!.read(plain!.files.filter((f) => isStackFile(f.path)));
    expect([...batch!.texts].sort()).toEqual([...texts].sort());
    expect(await batchSnapshot(bare, batch!.treeHash, () => true)).toBeNull();
    await expect(batchSnapshot(dir, null, () => true)).rejects.toThrow();
  });
});

describe('scanning a plain folder', () => {
  const folder = join(dir, 'billing');
  it('hashes files like git does, registers the repository, and re-reads only what changed', async () => {
    mkdirSync(join(folder, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(folder, 'requirements.txt'), 'django==4.2.16\nrequests==2.32.3\n');
    writeFileSync(join(folder, '.python-version'), '3.8.18\n');
    writeFileSync(join(folder, 'node_modules', 'x', 'package.json'), '{"dependencies":{"left-pad":"1.0.0"}}');
    writeFileSync(join(folder, 'app.py'), 'print(1)\n');
    const target = await targetFor(h.db, folder, 'acme/billing');
    expect(target.git).toBe(false);
    const first = await scanTargets(h.db, [target]);
    expect(first).toMatchObject({ files: 2, parsed: 2, components: 2, runtimes: 1 });
    const again = await scanTargets(h.db, [target]);
    expect(again).toMatchObject({ files: 2, parsed: 0, unchanged: 2 });
    writeFileSync(join(folder, 'requirements.txt'), 'django==5.1.2\n');
    unlinkSync(join(folder, '.python-version'));
    const changed = await scanTargets(h.db, [target]);
    expect(changed).toMatchObject({ files: 1, parsed: 1, removed: 1, components: 1 });
    const comps = await repo.components(h.db, [target.repositoryId]);
    expect(comps.map((c) => `${c.name}@${c.version}`)).toEqual(['django@==5.1.2']);
  });

  it('computes the blob id git gives the same content', () => {
    const file = join(dir, 'hash-me.txt');
    writeFileSync(file, 'hello\n');
    const fromGit = execFileSync('git', ['hash-object', file], {
      env: cleanGitEnv(),
      encoding: 'utf8',
    }).trim();
    expect(blobHash(Buffer.from('hello\n'))).toBe(fromGit);
  });
});
