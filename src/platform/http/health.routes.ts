import { sql } from 'kysely';
import type { Registry as MetricsRegistry } from 'prom-client';
import { z } from 'zod';
import { safeEqual } from '../auth/auth.service.js';
import { allow } from '../auth/policy.js';
import { pendingMigrations } from '../db/migrate.js';
import type { App, PlatformContext } from '../modules.js';
import { Problem } from './problem.js';

export async function registerHealthRoutes(app: App, ctx: PlatformContext, metrics: MetricsRegistry) {
  app.get(
    '/healthz',
    {
      config: { policy: allow.public('liveness probe') },
      schema: {
        tags: ['operations'],
        summary: 'The process is up',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { policy: allow.public('readiness probe') },
      schema: {
        tags: ['operations'],
        summary: 'The database is reachable and every migration is applied',
        response: {
          200: z.object({
            status: z.literal('ready'),
            backend: z.string(),
            migrations: z.literal('up to date'),
          }),
        },
      },
    },
    async () => {
      try {
        await sql`select 1`.execute(ctx.db);
      } catch (err) {
        throw new Problem('unavailable', `The database is not reachable: ${(err as Error).message}`);
      }
      const pending = await pendingMigrations(ctx.handle);
      if (pending.length > 0) {
        throw new Problem(
          'unavailable',
          `Migrations pending: ${pending.join(', ')}. Run \`quarterdeck migrate\`.`,
        );
      }
      return { status: 'ready' as const, backend: ctx.handle.backend, migrations: 'up to date' as const };
    },
  );

  app.get(
    '/metrics',
    {
      config: {
        policy: allow.public('Prometheus scrape; set QUARTERDECK_METRICS_TOKEN to require a bearer token'),
      },
      schema: { tags: ['operations'], summary: 'Prometheus metrics of this process', hide: false },
    },
    async (request, reply) => {
      const expected = ctx.config.metricsToken;
      if (expected) {
        const m = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
        if (!m || !safeEqual(m[1]!, expected))
          throw new Problem('invalid-token', 'Send the metrics token as a bearer token.');
      }
      reply.type(metrics.contentType);
      return metrics.metrics();
    },
  );

  app.get(
    '/api/openapi.json',
    {
      config: { policy: allow.public('API description') },
      schema: { tags: ['operations'], summary: 'This OpenAPI 3.1 document' },
    },
    async () => app.swagger(),
  );
}
