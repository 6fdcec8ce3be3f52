import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { syncGitRepository } from '../src/domains/delivery/git-sync.service.js';
import { gitLogArgs, inspectGitRepository } from '../src/domains/delivery/importers/git-log.js';
import { gitEnv, SAFE_CONFIG } from '../src/domains/delivery/importers/git-log-repo.js';
import { type DbHandle, openDatabase, quoteIdent } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';
import { type GitFixture, writeGitFixture } from './git-history-fixture.js';
import type { Benchmark, Group, Sample, Variant } from './harness.js';
import { BENCH_DATABASE_URL, postgresVersion } from './machine-info.js';

const COMMITS = 100_000;
const REPOSITORY = 'acme/bench-monorepo';

interface Backend {
  /** A fresh, migrated, empty database. */
  fresh(): Promise<{ handle: DbHandle; close(): Promise<void> }>;
}

function pgliteBackend(): Backend {
  return {
    async fresh() {
      const handle = await openDatabase({ dataDir: 'memory://' });
      await migrate(handle);
      return { handle, close: () => handle.close() };
    },
  };
}

function postgresBackend(url: string): Backend {
  return {
    async fresh() {
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
    },
  };
}

/** As `quarterdeck import git` runs it: one transaction. */
function sync(handle: DbHandle, repoPath: string) {
  return handle.db
    .transaction()
    .execute((trx) => syncGitRepository(trx, repoPath, { repository: REPOSITORY }));
}

/** The `git log` the reader runs, same arguments and environment, its output read and thrown away. */
function gitLogVariant(repoPath: string, fixture: GitFixture): Variant {
  return {
    label: '`git log` with the reader’s format, --numstat and refs, output discarded',
    async run(): Promise<Sample> {
      const info = await inspectGitRepository(repoPath);
      const started = performance.now();
      const child = spawn('git', [...SAFE_CONFIG, '-C', info.path, ...gitLogArgs(info)], {
        env: gitEnv(info.path),
        stdio: ['pipe', 'pipe', 'ignore'],
      });
      const exited = new Promise<number | null>((resolve, reject) => {
        child.on('error', reject);
        child.on('close', resolve);
      });
      child.stdin.end();
      let records = 0;
      for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
        for (let i = chunk.indexOf(0x1e); i !== -1; i = chunk.indexOf(0x1e, i + 1)) records++;
      }
      if ((await exited) !== 0) throw new Error('git log failed');
      const seconds = (performance.now() - started) / 1000;
      if (records !== fixture.commits) throw new Error(`git log printed ${records} commits`);
      return { value: 1 / seconds, metrics: { seconds, commitsPerSecond: records / seconds } };
    },
  };
}

function importVariant(backend: Backend, repoPath: string, fixture: GitFixture): Variant {
  return {
    label: `full import into an empty database (syncGitRepository, ${fixture.commits.toLocaleString('en-US')} commits)`,
    async run(): Promise<Sample> {
      const db = await backend.fresh();
      try {
        const started = performance.now();
        const report = await sync(db.handle, repoPath);
        const seconds = (performance.now() - started) / 1000;
        if (report.commitsNew !== fixture.commits) throw new Error(`imported ${report.commitsNew} commits`);
        return { value: 1 / seconds, metrics: { seconds, commitsPerSecond: report.commitsNew / seconds } };
      } finally {
        await db.close();
      }
    },
  };
}

function resyncVariant(handle: DbHandle, repoPath: string): Variant {
  return {
    label: 're-sync with nothing new (refs unchanged)',
    async run(): Promise<Sample> {
      const started = performance.now();
      const report = await sync(handle, repoPath);
      const seconds = (performance.now() - started) / 1000;
      if (!report.nothingNew || report.commitsRead !== 0) throw new Error('the re-sync read commits');
      return { value: 1 / seconds, metrics: { seconds } };
    },
  };
}

export const deliveryGitBenchmark: Benchmark = {
  name: 'delivery-git',
  title: `importing a git repository of ${COMMITS.toLocaleString('en-US')} commits`,
  measures:
    `Imports a generated bare repository (\`git fast-import\`, deterministic: about ${COMMITS.toLocaleString('en-US')} ` +
    'commits on a main line of merged pull-request branches, direct pushes, a release branch merged back, open ' +
    'branches and release tags, twelve authors, co-author trailers, one to three changed files per commit) into a ' +
    'fresh, migrated, empty database with `syncGitRepository` in one transaction, as `quarterdeck import git` ' +
    'does: reading `git log` with numstat, recording identities, writing commits and refs, refreshing derived ' +
    'data. Then a re-sync of the same repository with nothing new. Baseline: the same `git log` command (format, ' +
    'numstat, refs, environment) with its output read and discarded, in the same run. Figure: runs/s; time in s; ' +
    'commits/s; ratio = subject ÷ git log (0.25 = four times the time of git log). Targets: the import within 4× ' +
    'the git log on PostgreSQL (ratio ≥ 0.25) and within 8× on PGlite (ratio ≥ 0.125); the re-sync under 1 s.',
  unit: 'runs/s',
  metrics: [
    { key: 'seconds', label: 'time', unit: 's' },
    { key: 'commitsPerSecond', label: 'throughput', unit: 'commits/s' },
  ],
  async open(_options, progress) {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'qd-bench-git-'));
    const closers: (() => Promise<void>)[] = [() => fs.rm(dir, { recursive: true, force: true })];
    const closeAll = async () => {
      for (const c of closers.reverse()) await c();
    };
    try {
      progress(`writing a ${COMMITS.toLocaleString('en-US')}-commit repository with git fast-import`);
      const repoPath = path.join(dir, 'bench-monorepo.git');
      const started = performance.now();
      const fixture = await writeGitFixture(repoPath, COMMITS);
      const seconds = (performance.now() - started) / 1000;
      const size = await folderSize(repoPath);
      const notes = [
        `Repository: ${fixture.commits.toLocaleString('en-US')} commits (${fixture.merges.toLocaleString('en-US')} merges), ` +
          `${fixture.branches} branches, ${fixture.tags} tags, ${fixture.authors} authors, ${(size / 1e6).toFixed(0)} MB on disk ` +
          `(one fast-import pack); written in ${seconds.toFixed(1)} s.`,
        `git log arguments: \`${gitLogArgs(await inspectGitRepository(repoPath))
          .join(' ')
          .replaceAll('\x1e', '%x1e')}\`.`,
        'Each import run starts from a fresh database (migrations applied outside the timing); PostgreSQL runs in ' +
          'a throw-away schema. The re-sync runs against a database the repository was imported into once before.',
      ];
      const groups: Group[] = [];
      const backends: [string, Backend][] = [['PGlite (in memory)', pgliteBackend()]];
      const version = await postgresVersion(BENCH_DATABASE_URL);
      if (version.startsWith('unreachable'))
        groups.push({ label: 'PostgreSQL server', skipped: `${BENCH_DATABASE_URL} is ${version}` });
      else backends.push([`PostgreSQL ${version}`, postgresBackend(BENCH_DATABASE_URL)]);
      for (const [label, backend] of backends) {
        progress(`${label}: one import for the re-sync`);
        const imported = await backend.fresh();
        closers.push(imported.close);
        await sync(imported.handle, repoPath);
        groups.push({
          label,
          baseline: gitLogVariant(repoPath, fixture),
          variants: [importVariant(backend, repoPath, fixture), resyncVariant(imported.handle, repoPath)],
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

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}
