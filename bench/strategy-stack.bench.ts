import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { cleanGitEnv } from '../src/domains/delivery/importers/git-fixture.js';
import { ensureRepositories } from '../src/domains/org/org-lookup.service.js';
import { demoManifests } from '../src/domains/strategy/stack-demo-manifests.js';
import { GitReader } from '../src/domains/strategy/stack-git-reader.js';
import { type ScanTarget, scanTargets } from '../src/domains/strategy/stack-scan.service.js';
import { type DbHandle, openDatabase, quoteIdent } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';
import { seededRandom } from '../src/platform/seeded-random.js';
import type { Benchmark, Group, Sample, Variant } from './harness.js';
import { BENCH_DATABASE_URL, postgresVersion } from './machine-info.js';

const REPOSITORIES = 1000;

interface Fresh {
  handle: DbHandle;
  targets: (ScanTarget & { git: true })[];
  close(): Promise<void>;
}

function run(cmd: string, args: string[], input: string | Buffer, cwd?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: cleanGitEnv(), stdio: ['pipe', 'ignore', 'pipe'] });
    const err: Buffer[] = [];
    child.stdin.on('error', () => {});
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${cmd} ${args.join(' ')}: ${Buffer.concat(err).toString()}`)),
    );
    child.stdin.end(input);
  });
}

/** One bare repository with one commit of the demo's manifests and some source files, by `git fast-import`. */
export async function writeRepository(dir: string, name: string, rand: () => number): Promise<void> {
  const m = demoManifests(rand, name, rand() < 0.1);
  const files: [string, Buffer][] = [...m.files].map(([p, t]) => [p, Buffer.from(t)]);
  for (const c of m.code.slice(0, 30)) files.push([c.path, randomBytes(Math.min(c.size, 4000))]);
  const parts: Buffer[] = [];
  files.forEach(([, content], i) => {
    parts.push(Buffer.from(`blob\nmark :${i + 1}\ndata ${content.length}\n`), content, Buffer.from('\n'));
  });
  const message = 'initial';
  parts.push(
    Buffer.from(
      `commit refs/heads/main\ncommitter Bench <bench@example.com> 1700000000 +0000\ndata ${message.length}\n${message}\n` +
        files.map(([p], i) => `M 100644 :${i + 1} ${p}\n`).join('') +
        '\n',
    ),
  );
  await run('git', ['init', '-q', '--bare', '-b', 'main', dir], '');
  await run('git', ['-C', dir, 'fast-import', '--quiet'], Buffer.concat(parts));
}

async function mapLimit<T>(items: T[], limit: number, fn: (t: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i]!, i);
      }
    }),
  );
}

type Backend = () => Promise<{ handle: DbHandle; close(): Promise<void> }>;

const pglite: Backend = async () => {
  const handle = await openDatabase({ dataDir: 'memory://' });
  await migrate(handle);
  return { handle, close: () => handle.close() };
};

const postgres =
  (url: string): Backend =>
  async () => {
    const schema = `qd_bench_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${quoteIdent(schema)}`);
    const handle = await openDatabase({ databaseUrl: url, schema, poolSize: 2 });
    await migrate(handle);
    return {
      handle,
      close: async () => {
        await handle.close();
        await admin.query(`drop schema ${quoteIdent(schema)} cascade`);
        await admin.end();
      },
    };
  };

/** A migrated database with the repositories registered (outside the timing). */
async function fresh(backend: Backend, repos: { name: string; dir: string }[]): Promise<Fresh> {
  const db = await backend();
  const refs = await ensureRepositories(
    db.handle.db,
    repos.map((r) => ({ name: r.name })),
    'bench',
  );
  const targets = repos.map((r) => {
    const ref = refs.get(r.name)!;
    return { repositoryId: ref.id, repository: ref.name, path: r.dir, git: true as const };
  });
  return { ...db, targets };
}

/** As `quarterdeck import stack . -o clones=all` runs it: one transaction, with a progress line. */
function scan(f: Fresh, progress: (m: string) => void) {
  return f.handle.db.transaction().execute((trx) =>
    scanTargets(trx, f.targets, {
      onProgress: (done, total) => progress(`scanning ${done} of ${total} repositories`),
    }),
  );
}

function gitOnlyVariant(repos: { name: string; dir: string }[]): Variant {
  return {
    label:
      'git alone: the same cat-file conversation per repository, every manifest read (nothing parsed or stored)',
    async run(): Promise<Sample> {
      const started = performance.now();
      let blobs = 0;
      // from the scan's small reader process, as the scan does
      const reader = GitReader.start();
      if (!reader) throw new Error('the git reader process did not start');
      try {
        await mapLimit(repos, 8, async (r) => {
          const snap = await reader.snapshot({ path: r.dir, knownTree: null, full: true, stored: new Map() });
          blobs += snap!.texts.size;
        });
      } finally {
        reader.close();
      }
      const seconds = (performance.now() - started) / 1000;
      return {
        value: 1 / seconds,
        metrics: { seconds, repositoriesPerSecond: repos.length / seconds, files: blobs },
      };
    },
  };
}

function fullScanVariant(
  backend: Backend,
  repos: { name: string; dir: string }[],
  progress: (m: string) => void,
): Variant {
  return {
    label: `full scan of ${repos.length.toLocaleString('en-US')} repositories into an empty inventory`,
    async run(): Promise<Sample> {
      const f = await fresh(backend, repos);
      try {
        const started = performance.now();
        const report = await scan(f, progress);
        const seconds = (performance.now() - started) / 1000;
        if (report.failed.length)
          throw new Error(`${report.failed.length} repositories failed: ${report.failed[0]?.message}`);
        if (report.parsed !== report.files || report.parsed === 0)
          throw new Error(`parsed ${report.parsed} of ${report.files}`);
        return {
          value: 1 / seconds,
          metrics: {
            seconds,
            repositoriesPerSecond: repos.length / seconds,
            files: report.parsed,
            components: report.components,
          },
        };
      } finally {
        await f.close();
      }
    },
  };
}

function rescanVariant(f: Fresh, progress: (m: string) => void): Variant {
  return {
    label: 're-scan with nothing changed (HEAD trees unchanged: nothing read)',
    async run(): Promise<Sample> {
      const started = performance.now();
      const report = await scan(f, progress);
      const seconds = (performance.now() - started) / 1000;
      if (report.parsed !== 0 || report.skipped !== f.targets.length)
        throw new Error(`the re-scan parsed ${report.parsed} files`);
      return {
        value: 1 / seconds,
        metrics: { seconds, repositoriesPerSecond: f.targets.length / seconds, files: 0 },
      };
    },
  };
}

export const strategyStackBenchmark: Benchmark = {
  name: 'strategy-stack',
  title: `scanning ${REPOSITORIES.toLocaleString('en-US')} repositories for the stack inventory`,
  measures:
    `Scans ${REPOSITORIES.toLocaleString('en-US')} generated bare git repositories (each one \`git fast-import\` commit of the demo's ` +
    'manifests — package.json and package-lock.json, go.mod, requirements and pyproject, pom.xml, Dockerfiles, workflows, ' +
    'Terraform — and up to 30 source files) with `scanTargets` in one transaction, as `quarterdeck import stack . -o clones=all` ' +
    'does: one `git cat-file --batch-command` conversation per repository (HEAD tree, subtrees, blob sizes, manifest contents), parsing, runtimes, language shares and ' +
    'bulk writes into an empty inventory. Then a re-scan of the unchanged repositories. Baseline: the same git plumbing ' +
    'alone (eight repositories at a time, as the scan), output read and discarded. Figure: runs/s; time in s; repositories/s. ' +
    'Targets: the full scan under 30 s; the re-scan reads and parses no file.',
  unit: 'runs/s',
  metrics: [
    { key: 'seconds', label: 'time', unit: 's' },
    { key: 'repositoriesPerSecond', label: 'throughput', unit: 'repositories/s' },
    { key: 'files', label: 'files parsed', unit: 'files' },
  ],
  async open(_options, progress) {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'qd-bench-stack-'));
    const closers: (() => Promise<void>)[] = [() => fs.rm(dir, { recursive: true, force: true })];
    const closeAll = async () => {
      for (const c of closers.reverse()) await c();
    };
    try {
      const rand = seededRandom(2026);
      const repos = Array.from({ length: REPOSITORIES }, (_, i) => ({
        name: `bench/service-${String(i).padStart(4, '0')}`,
        dir: path.join(dir, `service-${String(i).padStart(4, '0')}.git`),
      }));
      const started = performance.now();
      // the generator draws in order, so the contents do not depend on which writer finishes first
      const seeds = repos.map(() => Math.floor(rand() * 2 ** 31));
      let written = 0;
      await mapLimit(repos, 4, async (r, i) => {
        await writeRepository(r.dir, r.name, seededRandom(seeds[i]!));
        if (++written % 50 === 0)
          progress(`writing repositories with git fast-import: ${written} of ${repos.length}`);
      });
      const seconds = (performance.now() - started) / 1000;
      const notes = [
        `${REPOSITORIES.toLocaleString('en-US')} bare repositories written with \`git init --bare\` and \`git fast-import\` in ${seconds.toFixed(1)} s (outside the timing).`,
        'Each full scan starts from a fresh database with the repositories registered (outside the timing); PostgreSQL runs in a throw-away schema. The re-scan runs against a database scanned once before.',
      ];
      const groups: Group[] = [];
      const backends: [string, Backend][] = [['PGlite (in memory)', pglite]];
      const version = await postgresVersion(BENCH_DATABASE_URL);
      if (version.startsWith('unreachable'))
        groups.push({ label: 'PostgreSQL server', skipped: `${BENCH_DATABASE_URL} is ${version}` });
      else backends.push([`PostgreSQL ${version}`, postgres(BENCH_DATABASE_URL)]);
      for (const [label, backend] of backends) {
        progress(`${label}: one scan for the re-scan`);
        const scanned = await fresh(backend, repos);
        closers.push(scanned.close);
        await scan(scanned, progress);
        groups.push({
          label,
          baseline: gitOnlyVariant(repos),
          variants: [fullScanVariant(backend, repos, progress), rescanVariant(scanned, progress)],
        });
      }
      groups.sort((a, b) => Number(Boolean(a.skipped)) - Number(Boolean(b.skipped)));
      return { groups, notes, close: closeAll };
    } catch (err) {
      await closeAll();
      throw err;
    }
  },
};
