import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { countByState } from '../jobs/jobs.service.js';
import type { App, PlatformContext } from '../modules.js';

export interface MetricsSource {
  /** Extra gauges filled at scrape time (jobs by state, ...). */
  collectors: ((registry: Registry) => void)[];
}

/** Prometheus metrics of this process: requests, latencies, database pool; other parts add gauges. */
export function installMetrics(app: App, ctx: PlatformContext): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'quarterdeck_process_' });
  const requests = new Counter({
    name: 'quarterdeck_http_requests_total',
    help: 'HTTP requests by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'quarterdeck_http_request_duration_seconds',
    help: 'HTTP request latency by method and route pattern',
    labelNames: ['method', 'route'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'quarterdeck_db_pool_connections',
    help: 'Database connections by state (PGlite has one)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const s = ctx.handle.poolStats();
      this.set({ state: 'total' }, s.total);
      this.set({ state: 'idle' }, s.idle);
      this.set({ state: 'waiting' }, s.waiting);
    },
  });
  new Gauge({
    name: 'quarterdeck_jobs',
    help: 'Persisted jobs by state (read from the database at scrape time)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      try {
        for (const [state, n] of Object.entries(await countByState(ctx.db))) this.set({ state }, n);
      } catch {
        // The database is unreachable: /readyz reports it; the scrape still answers.
      }
    },
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  return registry;
}
