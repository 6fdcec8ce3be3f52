import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyRequest } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Registry as MetricsRegistry } from 'prom-client';
import type { App, PlatformContext } from '../modules.js';
import { installAuthorization, loggedUrl, type RouteInfo } from './authorize.js';
import { installErrorHandlers } from './errors.js';
import { registerHealthRoutes } from './health.routes.js';
import { homeRoutes } from './home.routes.js';
import { installMetrics } from './metrics.js';
import { webRoutes } from './web.routes.js';

export interface BuiltApp {
  app: App;
  /** Every registered route with its declared policy (for the route × role test and the docs). */
  routes: RouteInfo[];
  metrics: MetricsRegistry;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export async function buildApp(ctx: PlatformContext, options: { logger?: boolean } = {}): Promise<BuiltApp> {
  const app = Fastify({
    logger:
      options.logger === false || ctx.config.logLevel === 'silent'
        ? false
        : {
            level: ctx.config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            serializers: {
              req: (req: FastifyRequest) => ({
                method: req.method,
                url: loggedUrl(req.url),
                host: req.host,
                remoteAddress: req.ip,
                remotePort: req.socket?.remotePort,
              }),
            },
          },
    bodyLimit: ctx.config.bodyLimit,
    trustProxy: ctx.config.env === 'production' ? 'loopback' : false,
    genReqId: (req) => {
      const sent = req.headers['x-request-id'];
      return typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  installErrorHandlers(app);
  await app.register(cookie); // before authorization, which reads the session cookie
  const routes = installAuthorization(app, ctx);
  const metrics = installMetrics(app, ctx);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
      },
    },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Quarterdeck API',
        version: '1',
        description:
          'Engineering leadership platform. Authenticate with a session cookie (browser; send x-csrf-token on changes) ' +
          'or `Authorization: Bearer <API token>`. Errors are application/problem+json.',
      },
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'API token from `quarterdeck token create`',
          },
          session: { type: 'apiKey', in: 'cookie', name: 'qd_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { deepLinking: true },
  });

  await registerHealthRoutes(app, ctx, metrics);
  await webRoutes(app, ctx);
  homeRoutes(app);
  for (const { plugin } of ctx.registry.routePlugins) await plugin(app, ctx);
  await app.ready();
  return { app, routes, metrics };
}
