import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { modules } from '../src/modules.js';
import { createApiToken, createUser } from '../src/platform/auth/auth.service.js';
import { loadConfig } from '../src/platform/config.js';
import { openDatabase } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';
import { buildApp } from '../src/platform/http/app.js';
import { contextFor } from '../src/platform/platform.js';
import type { Benchmark, Sample, Variant } from './harness.js';

const CONNECTIONS = 50;
const DURATION_S = 5;
const QUICK_DURATION_S = 2;
const WARMUP_DURATION_S = 2;
const LOOPBACK = '127.0.0.1';

/** The part of autocannon's result this benchmark reads (the package ships no type declarations). */
interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: { total: number };
  latency: { p50: number; p99: number; average: number };
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  workers: number;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/**
 * One load test. The load generator runs in one autocannon worker thread, so the server under test
 * keeps the main thread's event loop to itself, as it would in production.
 */
function loadVariant(label: string, url: string, headers: Record<string, string> = {}): Variant {
  if (!url.startsWith(`http://${LOOPBACK}:`)) throw new Error(`refusing to load a non-loopback URL: ${url}`);
  return {
    label,
    async run(phase): Promise<Sample> {
      const duration = phase.warmup ? WARMUP_DURATION_S : phase.quick ? QUICK_DURATION_S : DURATION_S;
      const r = await autocannon({ url, connections: CONNECTIONS, duration, workers: 1, headers });
      return {
        value: r.requests.total / r.duration,
        metrics: { p50: r.latency.p50, p99: r.latency.p99, mean: r.latency.average },
        errors: r.errors + r.timeouts + r.non2xx,
      };
    },
  };
}

/** A bare node:http server answering the given paths with fixed JSON bodies: the baseline. */
async function startBareServer(
  routes: Record<string, { body: string; authorization?: string }>,
): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const route = req.method === 'GET' ? routes[req.url ?? ''] : undefined;
    if (!route || (route.authorization && req.headers.authorization !== route.authorization)) {
      res.writeHead(route ? 401 : 404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(route.body),
    });
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, LOOPBACK, resolve));
  return { server, origin: `http://${LOOPBACK}:${(server.address() as AddressInfo).port}` };
}

async function fetchBody(url: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(url, { headers });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${body}`);
  return body;
}

export const apiThroughputBenchmark: Benchmark = {
  name: 'api-throughput',
  title: 'HTTP requests per second on loopback',
  measures:
    "Quarterdeck's real app (`buildApp`: Fastify, helmet, zod serialization, policies, metrics; access log " +
    'off) on a migrated in-memory PGlite database, listening on 127.0.0.1 and loaded with autocannon ' +
    `(${CONNECTIONS} keep-alive connections, ${DURATION_S} s per run, ${QUICK_DURATION_S} s with --quick, load ` +
    'generator in a worker thread). `GET /healthz` is public; `GET /api/v1/auth/me` sends a Bearer API token, ' +
    'so each request looks the token up and reads the user from the database. Baseline: a bare `node:http` ' +
    'server in the same process answering the same JSON bodies (checking the same Authorization header). ' +
    'Figure: requests/s; latency in ms (autocannon resolves 1 ms); errors = socket errors + timeouts + ' +
    'non-2xx answers and must be 0; ratio = Quarterdeck ÷ bare node:http.',
  unit: 'req/s',
  metrics: [
    { key: 'p50', label: 'p50', unit: 'ms' },
    { key: 'p99', label: 'p99', unit: 'ms' },
    { key: 'mean', label: 'mean', unit: 'ms' },
  ],
  reportsErrors: true,
  async open(_options, progress) {
    progress('migrating an in-memory PGlite and building the app');
    const handle = await openDatabase({ dataDir: 'memory://' });
    const closers: (() => Promise<unknown>)[] = [() => handle.close()];
    const close = async () => {
      for (const c of closers.reverse()) await c();
    };
    try {
      await migrate(handle);
      const config = loadConfig({
        NODE_ENV: 'production',
        LOG_LEVEL: 'silent',
        QUARTERDECK_DATA_DIR: 'memory://',
      });
      const { app } = await buildApp(contextFor(handle, config, modules), { logger: false });
      closers.push(() => app.close());
      await app.listen({ port: 0, host: LOOPBACK });
      const origin = `http://${LOOPBACK}:${(app.server.address() as AddressInfo).port}`;

      const actor = { userId: null, label: 'bench' };
      const user = await createUser(handle.db, actor, {
        email: 'bench@example.com',
        name: 'Bench Reader',
        role: 'member',
        grants: [],
        personId: null,
      });
      const { token } = await createApiToken(handle.db, actor, user.id, { name: 'bench', scopes: ['read'] });
      const auth = { authorization: `Bearer ${token}` };

      const healthBody = await fetchBody(`${origin}/healthz`);
      const meBody = await fetchBody(`${origin}/api/v1/auth/me`, auth);
      const bare = await startBareServer({
        '/healthz': { body: healthBody },
        '/api/v1/auth/me': { body: meBody, authorization: auth.authorization },
      });
      closers.push(() => new Promise((resolve) => bare.server.close(resolve)));
      await fetchBody(`${bare.origin}/api/v1/auth/me`, auth);

      return {
        groups: [
          {
            label: 'GET /healthz',
            baseline: loadVariant('bare node:http', `${bare.origin}/healthz`),
            variants: [loadVariant('Quarterdeck', `${origin}/healthz`)],
          },
          {
            label: 'GET /api/v1/auth/me',
            baseline: loadVariant('bare node:http', `${bare.origin}/api/v1/auth/me`, auth),
            variants: [loadVariant('Quarterdeck (Bearer token)', `${origin}/api/v1/auth/me`, auth)],
          },
        ],
        notes: [
          `Response bodies: /healthz ${Buffer.byteLength(healthBody)} bytes, /api/v1/auth/me ` +
            `${Buffer.byteLength(meBody)} bytes; Quarterdeck also sends its security headers (helmet).`,
        ],
        close,
      };
    } catch (err) {
      await close();
      throw err;
    }
  },
};
