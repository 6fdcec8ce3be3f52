import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { GENERATED_COLUMNS, writeFocusCsv } from '../src/domains/cost/billing-generator.js';
import { quoteIdent } from '../src/platform/db/database.js';
import type { Benchmark, Group, Sample, Variant } from './harness.js';
import { BENCH_DATABASE_URL, postgresVersion } from './machine-info.js';

/** Lines in the generated bill (override with BENCH_COST_ROWS, e.g. to run the full size with --quick). */
const ROWS = Number(process.env.BENCH_COST_ROWS ?? 1_000_000);
const QUICK_ROWS = Number(process.env.BENCH_COST_ROWS ?? 100_000);
const BIN = new URL('../bin/quarterdeck.js', import.meta.url).pathname;

const TEAMS = [
  'payments',
  'checkout',
  'search',
  'platform',
  'identity',
  'data',
  'mobile',
  'growth',
  'ml',
  'web',
];
const UNITS = {
  teams: TEAMS.map((slug) => ({ slug, name: slug })),
  services: TEAMS.flatMap((t) => ['api', 'worker', 'web', 'db'].map((s) => ({ name: `${t}-${s}`, team: t }))),
};

interface Run {
  seconds: number;
  /** Peak resident memory of the process or of a process it started, MB (VmHWM). */
  peakMb: number;
  stdout: string;
}

/** Peak RSS of a running process so far, in MB (0 when it is gone). */
function highWaterMb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The pids of a process's children, grandchildren, … (`quarterdeck import` runs in a child with a capped heap). */
function descendants(pid: number): number[] {
  let children: number[];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .split(' ')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
  return children.flatMap((c) => [c, ...descendants(c)]);
}

/** The highest peak resident memory of a process and its descendants so far, in MB. */
function treeHighWaterMb(pid: number): number {
  return Math.max(highWaterMb(pid), ...descendants(pid).map(highWaterMb));
}

/** Runs a command, timing it and sampling its peak memory (its own or a child's) every 50 ms. */
function runTimed(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
    for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
    const child = spawn(cmd, args, { env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeHighWaterMb(child.pid));
    }, 50);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('exit', () => {
      if (child.pid) peak = Math.max(peak, highWaterMb(child.pid));
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0)
        reject(
          new Error(`${cmd} ${args.join(' ')} exited ${code}: ${Buffer.concat(err).toString().slice(-2000)}`),
        );
      else resolve({ seconds, peakMb: peak, stdout: Buffer.concat(out).toString() });
    });
  });
}

/** A database for one import: a PGlite data directory or a PostgreSQL database, migrated. */
interface Target {
  label: string;
  fresh(): Promise<{ env: NodeJS.ProcessEnv; drop(): Promise<void> }>;
}

function quarterdeck(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return runTimed(process.execPath, [BIN, ...args], { NODE_ENV: 'development', LOG_LEVEL: 'silent', ...env });
}

const pgliteTarget = (dir: string): Target => ({
  label: 'PGlite (data directory)',
  async fresh() {
    const data = await fs.mkdtemp(path.join(dir, 'pglite-'));
    const env = { QUARTERDECK_DATA_DIR: data, DATABASE_URL: undefined };
    await quarterdeck(['migrate'], env);
    return { env, drop: () => fs.rm(data, { recursive: true, force: true }) };
  },
});

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

const postgresTarget = (url: string, version: string): Target => ({
  label: `PostgreSQL ${version}`,
  async fresh() {
    const name = `qd_bench_${randomBytes(5).toString('hex')}`;
    await admin(url, (c) => c.query(`create database ${quoteIdent(name)}`));
    const env = { DATABASE_URL: withDatabase(url, name) };
    await quarterdeck(['migrate'], env);
    return {
      env,
      drop: () =>
        admin(url, (c) => c.query(`drop database if exists ${quoteIdent(name)} with (force)`)).then(() => {}),
    };
  },
});

/** The baseline: `psql \copy` of the same file into a plain table of text columns (CSV, header). */
function copyBaseline(url: string, file: string, rows: number): Variant {
  const table = `qd_bench_copy_${randomBytes(4).toString('hex')}`;
  const columns = GENERATED_COLUMNS.map((c) => `${quoteIdent(c)} text`).join(', ');
  return {
    label: 'COPY of the same file into a plain table of text columns, psql \\copy',
    async run(): Promise<Sample> {
      await admin(url, (c) => c.query(`drop table if exists ${table}; create table ${table} (${columns})`));
      try {
        const r = await runTimed(
          'psql',
          [url, '-q', '-v', 'ON_ERROR_STOP=1', '-c', `\\copy ${table} from '${file}' csv header`],
          {},
        );
        const n = await admin(url, (c) => c.query<{ n: number }>(`select count(*)::int as n from ${table}`));
        if (n.rows[0]?.n !== rows) throw new Error(`COPY loaded ${n.rows[0]?.n} of ${rows} rows`);
        return { value: rows / r.seconds, metrics: { seconds: r.seconds } };
      } finally {
        await admin(url, (c) => c.query(`drop table if exists ${table}`));
      }
    },
  };
}

function checkImported(run: Run, rows: number, replaced: number): void {
  const report = JSON.parse(run.stdout) as { counts: Record<string, number> };
  if (report.counts['lines imported'] !== rows)
    throw new Error(`imported ${report.counts['lines imported']} of ${rows} lines`);
  if (report.counts['lines replaced'] !== replaced)
    throw new Error(`replaced ${report.counts['lines replaced']} lines, expected ${replaced}`);
}

/** `quarterdeck import cost <file>` into an empty database (a fresh one per run, made outside the timing). */
function importVariant(target: Target, file: string, rows: number): Variant {
  return {
    label: '`quarterdeck import cost` into an empty database',
    async run(phase): Promise<Sample> {
      // A minute-long import needs no JIT warm-up; the warm-up run is skipped.
      if (phase.warmup) return { value: 0 };
      const db = await target.fresh();
      try {
        const r = await quarterdeck(['import', 'cost', file, '--json'], db.env);
        checkImported(r, rows, 0);
        return { value: rows / r.seconds, metrics: { seconds: r.seconds, peakMb: r.peakMb } };
      } finally {
        await db.drop();
      }
    },
  };
}

/** The same file again into a database that holds it: every period is replaced, nothing else changes. */
function reimportVariant(env: NodeJS.ProcessEnv, file: string, rows: number): Variant {
  return {
    label: 're-import of the same file (replaces its billing periods)',
    async run(phase): Promise<Sample> {
      if (phase.warmup) return { value: 0 };
      const r = await quarterdeck(['import', 'cost', file, '--json'], env);
      checkImported(r, rows, rows);
      return { value: rows / r.seconds, metrics: { seconds: r.seconds, peakMb: r.peakMb } };
    },
  };
}

export const costImportBenchmark: Benchmark = {
  name: 'cost-import',
  title: `importing a ${ROWS.toLocaleString('en-US')}-line FOCUS CSV (--quick: ${QUICK_ROWS.toLocaleString('en-US')})`,
  measures:
    'Generates a year of FOCUS 1.2 billing (billing-generator.ts: three providers, 40 services of 10 teams, tags, ' +
    'commitments, 45 columns, about 750 bytes a line) as one CSV file, then runs `quarterdeck import cost <file> --json` ' +
    'as a child process — reading, validating, allocation keys, COPY into cost_lines, the daily sums, all in one ' +
    'transaction — on PGlite (a data directory) and on PostgreSQL (a fresh database per run, migrated outside the ' +
    'timing). Baseline: `psql \\copy` of the same file into a plain table of 45 text columns on the PostgreSQL server. ' +
    "Figure: lines/s; time in s (whole command, Node start included); peak memory = the highest VmHWM of the command's " +
    'processes (`quarterdeck import` re-runs itself with a capped heap); ratio = import ÷ ' +
    'COPY throughput, so the target "no more than 3× the COPY time" is a ratio of at least 0.33; peak memory under 512 MB.',
  unit: 'lines/s',
  metrics: [
    { key: 'seconds', label: 'time', unit: 's' },
    { key: 'peakMb', label: 'peak memory', unit: 'MB' },
  ],
  async open(options, progress) {
    const rows = options.quick ? QUICK_ROWS : ROWS;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'qd-bench-cost-'));
    const closers: (() => Promise<void>)[] = [() => fs.rm(dir, { recursive: true, force: true })];
    const closeAll = async () => {
      for (const c of closers.reverse()) await c();
    };
    try {
      const file = path.join(dir, 'focus.csv');
      progress(`generating ${rows.toLocaleString('en-US')} FOCUS lines`);
      const started = performance.now();
      const gen = await writeFocusCsv(file, {
        units: UNITS,
        start: '2025-10-01',
        days: 365,
        lines: rows,
        seed: 2026,
      });
      const genSeconds = (performance.now() - started) / 1000;
      const size = (await fs.stat(file)).size;
      const notes = [
        `${gen.rows.toLocaleString('en-US')} lines, ${(size / 1e6).toFixed(0)} MB, written by the generator in ${genSeconds.toFixed(1)} s (outside the timing).`,
        'The warm-up run of each import variant is skipped (a run lasts long enough); the COPY baseline is warmed up.',
        'PGlite runs on a data directory in the temp folder, as `quarterdeck` does by default.',
      ];
      const version = await postgresVersion(BENCH_DATABASE_URL);
      const groups: Group[] = [];
      if (version.startsWith('unreachable')) {
        groups.push({ label: 'PostgreSQL server', skipped: `${BENCH_DATABASE_URL} is ${version}` });
        return { groups, notes, close: closeAll };
      }
      const baseline = copyBaseline(BENCH_DATABASE_URL, file, gen.rows);
      for (const target of [postgresTarget(BENCH_DATABASE_URL, version), pgliteTarget(dir)]) {
        progress(`${target.label}: a database holding the file, for the re-import`);
        const held = await target.fresh();
        closers.push(held.drop);
        checkImported(await quarterdeck(['import', 'cost', file, '--json'], held.env), gen.rows, 0);
        groups.push({
          label: target.label,
          baseline,
          variants: [importVariant(target, file, gen.rows), reimportVariant(held.env, file, gen.rows)],
        });
      }
      return { groups, notes, close: closeAll };
    } catch (err) {
      await closeAll();
      throw err;
    }
  },
};
