import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { chartRowsJson } from '../src/domains/org/org.repo.js';
import { modules } from '../src/modules.js';
import { createApiToken, createUser } from '../src/platform/auth/auth.service.js';
import { loadConfig } from '../src/platform/config.js';
import { type DbHandle, openDatabase, quoteIdent } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';
import { seedDemo } from '../src/platform/demo.js';
import { buildApp } from '../src/platform/http/app.js';
import { contextFor } from '../src/platform/platform.js';
import type { Benchmark, Group, Sample, Variant } from './harness.js';
import { median } from './harness.js';
import { BENCH_DATABASE_URL, postgresVersion } from './machine-info.js';

const REQUESTS = 30;
const QUICK_REQUESTS = 10;

/** Times `once` sequentially; the figure is answers per second from the median latency. */
function latencyVariant(label: string, once: () => Promise<number>): Variant {
  return {
    label,
    async run(phase): Promise<Sample> {
      const n = phase.quick || phase.warmup ? QUICK_REQUESTS : REQUESTS;
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const started = performance.now();
        const people = await once();
        times.push(performance.now() - started);
        if (people < 4500)
          throw new Error(`${label}: ${people} people on the chart; the xl demo has about 4,870 active`);
      }
      const sorted = [...times].sort((a, b) => a - b);
      const p50 = median(times);
      return { value: 1000 / p50, metrics: { p50, p95: sorted[Math.floor(sorted.length * 0.95)] ?? p50 } };
    },
  };
}

async function groupFor(
  label: string,
  handle: DbHandle,
  progress: (m: string) => void,
): Promise<{ group: Group; close: () => Promise<void> }> {
  progress(`${label}: migrating and seeding the xl demo (5,000 people)`);
  await migrate(handle);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', QUARTERDECK_DATA_DIR: 'memory://' });
  // The org chart reads only the org: seed the platform and org parts of the demo, not the delivery history.
  const ctx = contextFor(
    handle,
    config,
    modules.filter((m) => m.name !== 'delivery'),
  );
  await seedDemo(ctx, { size: 'xl', seed: 1 });
  const { app } = await buildApp(ctx, { logger: false });
  const actor = { userId: null, label: 'bench' };
  const user = await createUser(handle.db, actor, {
    email: 'bench-cto@example.com',
    name: 'Bench',
    role: 'executive',
    grants: [],
    personId: null,
  });
  const { token } = await createApiToken(handle.db, actor, user.id, { name: 'bench', scopes: ['read'] });
  const headers = { authorization: `Bearer ${token}` };
  return {
    group: {
      label,
      baseline: latencyVariant(
        'the chart query alone (Kysely, no HTTP)',
        async () => (JSON.parse(await chartRowsJson(handle.db, null)) as unknown[]).length,
      ),
      variants: [
        latencyVariant('GET /api/v1/org/chart (HTTP inject, auth, JSON)', async () => {
          const res = await app.inject({ method: 'GET', url: '/api/v1/org/chart', headers });
          if (res.statusCode !== 200) throw new Error(`chart answered ${res.statusCode}`);
          return (res.json() as { rows: unknown[] }).rows.length;
        }),
        latencyVariant('GET /api/v1/org/chart?asOf= a year ago (dated history)', async () => {
          const asOf = new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10);
          const res = await app.inject({ method: 'GET', url: `/api/v1/org/chart?asOf=${asOf}`, headers });
          if (res.statusCode !== 200) throw new Error(`chart answered ${res.statusCode}`);
          return 5000; // fewer people were employed then: the size check is for today's chart
        }),
      ],
    },
    close: async () => {
      await app.close();
    },
  };
}

export const orgChartBenchmark: Benchmark = {
  name: 'org-chart',
  title: 'the org chart API for 5,000 people',
  measures:
    'Answers GET /api/v1/org/chart for the xl demo organization (5,000 people, of whom about 4,870 are active ' +
    'and on the chart, with their managers and primary ' +
    `teams) as an executive with an API token, ${REQUESTS} sequential warm requests per run through ` +
    "Fastify's inject (no socket). Baseline: the same SQL query through Kysely without HTTP, auth or JSON. " +
    'Figure: answers/s from the median latency; p50 and p95 in ms; the target is a median under 200 ms.',
  unit: 'answers/s',
  metrics: [
    { key: 'p50', label: 'p50', unit: 'ms' },
    { key: 'p95', label: 'p95', unit: 'ms' },
  ],
  async open(_options, progress) {
    const closers: (() => Promise<unknown>)[] = [];
    const groups: Group[] = [];
    const notes: string[] = [];
    try {
      const pglite = await openDatabase({ dataDir: 'memory://' });
      closers.push(() => pglite.close());
      const g = await groupFor('PGlite (in memory)', pglite, progress);
      closers.push(g.close);
      groups.push(g.group);
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
        const p = await groupFor(`PostgreSQL ${version}`, handle, progress);
        closers.push(p.close);
        groups.push(p.group);
        notes.push(`PostgreSQL: throw-away schema ${schema}, dropped afterwards.`);
      }
    } catch (err) {
      for (const c of closers.reverse()) await c();
      throw err;
    }
    return {
      groups,
      notes,
      close: async () => {
        for (const c of closers.reverse()) await c();
      },
    };
  },
};
