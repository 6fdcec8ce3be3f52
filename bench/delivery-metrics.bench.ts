import { randomBytes } from 'node:crypto';
import pg from 'pg';
import * as rows from '../src/domains/delivery/delivery-metrics.repo.js';
import { doraFor, flowWithTrend, resolveScope } from '../src/domains/delivery/delivery-metrics.service.js';
import { identityPeople } from '../src/domains/org/org-lookup.service.js';
import { modules } from '../src/modules.js';
import type { Principal } from '../src/platform/auth/policy.js';
import { loadConfig } from '../src/platform/config.js';
import { type Db, type DbHandle, openDatabase, quoteIdent } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';
import { seedDemo } from '../src/platform/demo.js';
import { contextFor } from '../src/platform/platform.js';
import type { Benchmark, Group, Sample, Variant } from './harness.js';
import { median } from './harness.js';
import { BENCH_DATABASE_URL, postgresVersion } from './machine-info.js';

const TEAMS = 20;
const QUICK_TEAMS = 8;
const DAY = 86_400_000;
const RANGES = [
  { days: 30, bucket: 'week' },
  { days: 90, bucket: 'week' },
  { days: 365, bucket: 'month' },
] as const;

const executive: Principal = {
  userId: 0,
  email: 'bench-cto@example.com',
  name: 'Bench',
  role: 'executive',
  grants: [],
  personId: null,
  via: 'session',
  scopes: [],
};

type Request = Parameters<typeof doraFor>[2];

/** What both figures read, and nothing computed: scope, deployments, changes, incidents, pull requests. */
async function readRows(db: Db, req: Request): Promise<number> {
  const scope = await resolveScope(db, executive, req.scope);
  const from = new Date(req.range.from);
  const to = new Date(req.range.to);
  const filter = { ...scope.dora, from, to };
  const deployments = await rows.deploymentRows(db, filter);
  const ids = deployments.map((d) => d.id);
  await rows.changeRows(db, ids, filter.identityIds);
  await rows.incidentRows(db, filter, ids);
  const prs = await rows.pullRequestRows(db, { ...scope.flow, from, to }, await identityPeople(db));
  return deployments.length + prs.length;
}

/** Times one call per team, in turn; the figure is answers per second from the median latency. */
function teamsVariant(
  label: string,
  teams: number[],
  days: number,
  call: (r: Request) => Promise<unknown>,
): Variant {
  return {
    label,
    async run(phase): Promise<Sample> {
      const list = phase.quick ? teams.slice(0, QUICK_TEAMS) : teams;
      const to = Date.now();
      const bucket = RANGES.find((r) => r.days === days)!.bucket;
      const times: number[] = [];
      for (const teamId of list) {
        const started = performance.now();
        await call({ scope: { teamId }, range: { from: to - days * DAY, to }, bucket });
        times.push(performance.now() - started);
      }
      const sorted = [...times].sort((a, b) => a - b);
      const p50 = median(times);
      return { value: 1000 / p50, metrics: { p50, p95: sorted[Math.floor(sorted.length * 0.95)] ?? p50 } };
    },
  };
}

/** The two named teams (elite and struggling) and others spread over the organization. */
async function sampleTeams(db: Db): Promise<number[]> {
  const all = (
    await db.selectFrom('teams').select('id').where('kind', '=', 'team').orderBy('id').execute()
  ).map((t) => t.id);
  const out = all.slice(0, 2);
  for (let i = 1; out.length < TEAMS && i < all.length; i++) {
    const id = all[Math.floor((i * all.length) / (TEAMS - 1))];
    if (id !== undefined && !out.includes(id)) out.push(id);
  }
  return out;
}

async function groupsFor(
  label: string,
  handle: DbHandle,
  progress: (m: string) => void,
  notes: string[],
): Promise<Group[]> {
  progress(`${label}: migrating and seeding the xl demo (5,000 people, 3 years of delivery)`);
  await migrate(handle);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', QUARTERDECK_DATA_DIR: 'memory://' });
  const ctx = contextFor(handle, config, modules);
  const started = performance.now();
  const state = await seedDemo(ctx, { size: 'xl', seed: 1 });
  const seconds = (performance.now() - started) / 1000;
  const c = state.counts;
  const n = (k: string) => (c[k] ?? 0).toLocaleString('en-US');
  notes.push(
    `${label}: the xl demo seeded in ${seconds.toFixed(0)} s (all demo steps, one transaction): ` +
      `${n('org.people')} people, ${n('org.teams')} teams, ${n('delivery.repositories')} repositories, ` +
      `${n('delivery.commits')} commits, ${n('delivery.pull requests')} pull requests, ` +
      `${n('delivery.reviews')} reviews, ${n('delivery.deployments')} deployments, ${n('delivery.incidents')} incidents.`,
  );
  const db = handle.db;
  const teams = await sampleTeams(db);
  // The whole organization once per range, for scale (not a target).
  const org: string[] = [];
  for (const r of RANGES) {
    const to = Date.now();
    const req: Request = { scope: {}, range: { from: to - r.days * DAY, to }, bucket: r.bucket };
    let t = performance.now();
    await doraFor(db, executive, req);
    const dora = performance.now() - t;
    t = performance.now();
    await flowWithTrend(db, executive, req);
    org.push(`${r.days} days: DORA ${dora.toFixed(0)} ms, flow ${(performance.now() - t).toFixed(0)} ms`);
  }
  notes.push(`${label}: the whole organization, one call each (no target): ${org.join('; ')}.`);
  return RANGES.map((r) => ({
    label: `${label} · ${r.days} days (${r.bucket}ly trend)`,
    baseline: teamsVariant(
      'the rows both read (scope, deployments, changes, incidents, pull requests with reviews)',
      teams,
      r.days,
      (req) => readRows(db, req),
    ),
    variants: [
      teamsVariant('doraFor (DORA with trend)', teams, r.days, (req) => doraFor(db, executive, req)),
      teamsVariant('flowWithTrend (pull-request flow with trend)', teams, r.days, (req) =>
        flowWithTrend(db, executive, req),
      ),
    ],
  }));
}

export const deliveryMetricsBenchmark: Benchmark = {
  name: 'delivery-metrics',
  title: 'DORA and flow metrics per team on the xl demo',
  measures:
    'Computes the DORA metrics (`doraFor`) and the pull-request flow with its trend (`flowWithTrend`) of the ' +
    'delivery service as an executive, for one team scope at a time (the team and the teams below it), over ' +
    `the last 30, 90 and 365 days, on the xl demo organization (5,000 people, about 2,000 repositories, ` +
    '2,000,000 commits, 300,000 pull requests and 100,000 deployments over three years), seeded once per backend ' +
    `outside the timing. Each run calls every one of ${TEAMS} teams once in turn (the elite and the struggling ` +
    `team, and others spread over the organization; ${QUICK_TEAMS} with --quick); the figure is answers/s from ` +
    'the median latency over those teams; p50 and p95 in ms. Baseline: reading the rows both metrics need ' +
    'through delivery-metrics.repo.ts, no figure computed. Targets: median under 300 ms on PostgreSQL and under ' +
    '1 s on PGlite.',
  unit: 'answers/s',
  metrics: [
    { key: 'p50', label: 'p50', unit: 'ms' },
    { key: 'p95', label: 'p95', unit: 'ms' },
  ],
  async open(_options, progress) {
    const closers: (() => Promise<unknown>)[] = [];
    const groups: Group[] = [];
    const notes: string[] = [];
    const closeAll = async () => {
      for (const c of closers.reverse()) await c();
    };
    try {
      const pglite = await openDatabase({ dataDir: 'memory://' });
      closers.push(() => pglite.close());
      groups.push(...(await groupsFor('PGlite (in memory)', pglite, progress, notes)));
      const version = await postgresVersion(BENCH_DATABASE_URL);
      if (version.startsWith('unreachable')) {
        groups.push({ label: 'PostgreSQL server', skipped: `${BENCH_DATABASE_URL} is ${version}` });
      } else {
        const schema = `qd_bench_${randomBytes(6).toString('hex')}`;
        const admin = new pg.Client({ connectionString: BENCH_DATABASE_URL });
        await admin.connect();
        await admin.query(`create schema ${quoteIdent(schema)}`);
        closers.push(async () => {
          await admin.query(`drop schema ${quoteIdent(schema)} cascade`);
          await admin.end();
        });
        const handle = await openDatabase({ databaseUrl: BENCH_DATABASE_URL, schema, poolSize: 4 });
        closers.push(() => handle.close());
        groups.push(...(await groupsFor(`PostgreSQL ${version}`, handle, progress, notes)));
        notes.push(`PostgreSQL: throw-away schema ${schema}, dropped afterwards.`);
      }
    } catch (err) {
      await closeAll();
      throw err;
    }
    return { groups, notes, close: closeAll };
  },
};
