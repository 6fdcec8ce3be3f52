import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportRejected } from '../../platform/imports/import-report.js';
import { runImport } from '../../platform/imports/imports.service.js';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { syncGitRepository } from '../delivery/git-sync.service.js';
import { commitAt, git, writeAndAdd } from '../delivery/importers/git-fixture.js';
import { updateAdr } from './adr.service.js';
import { adrExportFiles, tarFiles } from './adr-export.service.js';

const LOG = join(import.meta.dirname, 'importers', 'madr-fixtures', 'log');
const dir = mkdtempSync(join(tmpdir(), 'qd-adr-'));
const actor = { userId: null, label: 'test' };
let t: TestPlatform;

const adr = (p: string, options: Record<string, string> = {}, preview = false) =>
  runImport(t.ctx.db, t.ctx.registry, actor, { kind: 'adr', path: p, options, preview });
const rows = () => t.ctx.db.selectFrom('adrs').selectAll().orderBy('number').execute();

beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('adr folder import', () => {
  it('previews without writing, then imports the readable records and warns about broken files', async () => {
    const preview = await adr(LOG, {}, true);
    expect(preview.counts.created).toBe(5);
    expect(await rows()).toHaveLength(0);

    const report = await adr(LOG);
    expect(report.counts).toMatchObject({ created: 5, skipped: 2, updated: 0 });
    const warnings = report.issues.map((i) => [i.file, i.row, i.field]);
    expect(warnings).toContainEqual(['0006-adopt-grpc-between-services.md', 4, 'front matter']);
    expect(warnings).toContainEqual(['0007-untitled.md', 1, 'title']);
    const all = await rows();
    expect(all.map((r) => [r.number, r.status])).toEqual([
      [1, 'accepted'],
      [2, 'accepted'],
      [3, 'superseded'],
      [4, 'accepted'],
      [5, 'proposed'],
    ]);
    expect(all[2]!.superseded_by_id).toBe(all[3]!.id);
    expect(all[1]!.deciders).toEqual(['Priya Raman', 'Wen Li']);
  });

  it('is idempotent and exports every file byte for byte', async () => {
    const again = await adr(LOG);
    expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    const files = await adrExportFiles(t.ctx.db);
    for (const f of files) expect(f.text).toBe(readFileSync(join(LOG, f.path), 'utf8'));
  });

  it('exports only what an edit changed, and keeps the edit on a re-import of the same file', async () => {
    await updateAdr(t.ctx.db, actor, 4, {
      title: 'Publish events through managed Kafka',
      deciders: ['Wen Li'],
    });
    const before = readFileSync(join(LOG, '0004-publish-events-through-a-managed-queue.md'), 'utf8').split(
      '\n',
    );
    const after = (await adrExportFiles(t.ctx.db)).find((f) => f.number === 4)!.text.split('\n');
    expect(after.length).toBe(before.length);
    const diff = before.map((l, i) => (l === after[i] ? null : [l, after[i]])).filter(Boolean);
    expect(diff).toEqual([
      ['# Publish events through a managed queue', '# Publish events through managed Kafka'],
      ['* Deciders: Wen Li, Priya Raman', '* Deciders: Wen Li'],
    ]);
    expect((await adr(LOG)).counts.unchanged).toBe(5);
    expect((await rows())[3]!.title).toBe('Publish events through managed Kafka');
  });

  it('re-reads a changed file and rejects a folder whose numbers clash', async () => {
    const copy = join(dir, 'copy');
    cpSync(LOG, copy, { recursive: true });
    const f = join(copy, '0005-deploy-with-feature-flags.md');
    writeFileSync(f, readFileSync(f, 'utf8').replace('Proposed', 'Accepted'));
    const report = await adr(copy);
    expect(report.counts).toMatchObject({ updated: 1, unchanged: 4 });
    expect((await rows())[4]!.status).toBe('accepted');
    const history = await t.ctx.db
      .selectFrom('adr_status_changes')
      .select('status')
      .where('adr_id', '=', (await rows())[4]!.id)
      .execute();
    expect(history.map((h) => h.status)).toEqual(['proposed', 'accepted']);

    writeFileSync(join(copy, '0005-another-five.md'), '# Another five\n');
    const err = await adr(copy).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    expect((err as ImportRejected).issues.find((i) => i.severity === 'error')).toMatchObject({
      file: '0005-deploy-with-feature-flags.md',
      field: 'number',
    });
    expect(await rows()).toHaveLength(5);
  });

  it('writes a tar archive that tar can read', () => {
    const tar = tarFiles([{ path: 'x/0001-a.md', text: 'é\n' }], 'decisions');
    expect(tar.length % 512).toBe(0);
    const out = join(dir, 'untar');
    mkdirSync(out);
    writeFileSync(join(dir, 'a.tar'), tar);
    execFileSync('tar', ['-xf', join(dir, 'a.tar'), '-C', out]);
    expect(readFileSync(join(out, 'decisions', 'x', '0001-a.md'), 'utf8')).toBe('é\n');
  });
});

describe('adr repository sync', () => {
  const src = join(dir, 'shop');
  const bare = join(dir, 'shop.git');

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'catalog.yaml'),
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Group',
        'metadata:',
        '  name: payments',
        'spec:',
        '  type: team',
        '  children: []',
        '---',
        'apiVersion: backstage.io/v1alpha1',
        'kind: Component',
        'metadata:',
        '  name: shop',
        '  annotations:',
        '    github.com/project-slug: acme/shop',
        '    backstage.io/adr-location: architecture/decisions',
        'spec:',
        '  type: service',
        '  lifecycle: production',
        '  owner: group:payments',
        '',
      ].join('\n'),
    );
    await runImport(t.ctx.db, t.ctx.registry, actor, {
      kind: 'backstage',
      path: join(dir, 'catalog.yaml'),
      options: {},
    });
    mkdirSync(src);
    git(src, ['init', '-q', '-b', 'main']);
    for (const f of readdirSync(LOG).filter((n) => /^000[1-4]/.test(n)))
      writeAndAdd(src, `architecture/decisions/${f}`, readFileSync(join(LOG, f)));
    writeAndAdd(src, 'docs/adr/0009-ignored.md', '# Not the annotated folder\n');
    commitAt(src, 'docs: decisions', '2025-02-01T10:00:00Z');
    git(dir, ['clone', '-q', '--bare', src, bare]);
    await t.ctx.db.transaction().execute((trx) => syncGitRepository(trx, bare, { repository: 'acme/shop' }));
  });

  it('reads the annotated folder at HEAD of a bare clone, numbering around taken numbers', async () => {
    const report = await adr(bare, { repository: 'true' });
    expect(report.counts).toMatchObject({ created: 4 });
    const synced = (await rows()).filter((r) => r.source_kind === 'repository');
    expect(synced.map((r) => r.source_path)).toEqual([
      'architecture/decisions/0001-record-architecture-decisions-with-madr.md',
      'architecture/decisions/0002-use-postgresql-for-transactional-data.md',
      'architecture/decisions/0003-publish-events-through-kafka.md',
      'architecture/decisions/0004-publish-events-through-a-managed-queue.md',
    ]);
    expect(synced.map((r) => r.number)).toEqual([6, 7, 8, 9]);
    const kafka = synced[2]!;
    expect(kafka.superseded_by_id).toBe(synced[3]!.id);
    const links = await t.ctx.db
      .selectFrom('adr_services')
      .select('service_id')
      .where('adr_id', '=', kafka.id)
      .execute();
    expect(links).toHaveLength(1);
    const files = await adrExportFiles(t.ctx.db);
    expect(files.find((f) => f.number === 6)!.path).toBe(
      'acme/shop/architecture/decisions/0001-record-architecture-decisions-with-madr.md',
    );
  });

  it('re-reads changed files, marks removed ones and leaves the rest', async () => {
    const f = 'architecture/decisions/0002-use-postgresql-for-transactional-data.md';
    writeAndAdd(src, f, readFileSync(join(src, f), 'utf8').replace('status: accepted', 'status: deprecated'));
    git(src, ['rm', '-q', 'architecture/decisions/0001-record-architecture-decisions-with-madr.md']);
    commitAt(src, 'docs: retire', '2025-03-01T10:00:00Z');
    git(bare, ['fetch', '-q', src, '+main:main']);
    const report = await adr(bare, { repository: 'true' });
    expect(report.counts).toMatchObject({ created: 0, updated: 1, removed: 1, unchanged: 2 });
    const synced = (await rows()).filter((r) => r.source_kind === 'repository');
    expect(synced.find((r) => r.number === 7)!.status).toBe('deprecated');
    expect(synced.find((r) => r.number === 6)!.source_removed_at).not.toBeNull();
    expect((await adr(bare, { repository: 'true' })).counts).toMatchObject({
      updated: 0,
      removed: 0,
      unchanged: 3,
    });
  });

  it('runs as the strategy.adr-sync job over every local clone', async () => {
    expect(t.ctx.registry.schedules.some((s) => s.kind === 'strategy.adr-sync')).toBe(true);
    writeAndAdd(
      src,
      'architecture/decisions/0010-cache-product-pages.md',
      '# Cache product pages\n\n* Status: proposed\n',
    );
    commitAt(src, 'docs: caching', '2025-04-01T10:00:00Z');
    git(bare, ['fetch', '-q', src, '+main:main']);
    const job = t.ctx.registry.jobs.get('strategy.adr-sync')!;
    const logs: string[] = [];
    const result = await job.run({
      jobId: 1,
      db: t.ctx.db,
      payload: {},
      checkpoint: null,
      attempt: 1,
      signal: new AbortController().signal,
      progress: async () => {},
      log: async (_level, message) => {
        logs.push(message);
      },
      commit: (work) => t.ctx.db.transaction().execute(work),
    });
    expect(result).toMatchObject({ repositories: 1, created: 1, unchanged: 3, failed: [] });
    expect((await rows()).find((r) => r.title === 'Cache product pages')?.source_repository).toBe(
      'acme/shop',
    );
  });

  it('refuses a path that is not a local clone', async () => {
    await expect(adr(LOG, { repository: 'true' })).rejects.toThrow(/not a local clone/);
  });
});
