import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { z } from 'zod';
import { allow } from '../auth/policy.js';
import { demoState } from '../demo.js';
import type { App, PlatformContext } from '../modules.js';

export const WEB_DIST = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

const MetaOutput = z.object({
  name: z.literal('Quarterdeck'),
  version: z.string(),
  demo: z.boolean().describe('The installation holds the generated demo organization'),
  sso: z.boolean().describe('Single sign-on is configured'),
  backend: z.enum(['pglite', 'postgres']),
});

const VERSION = (
  JSON.parse(fs.readFileSync(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf8')) as {
    version: string;
  }
).version;

/** The web app's static files, the SPA fallback for its routes, and what the sign-in page needs to know. */
export async function webRoutes(app: App, ctx: PlatformContext) {
  app.get(
    '/api/v1/meta',
    {
      config: { policy: allow.public('the sign-in page shows the demo banner and the SSO button') },
      schema: { tags: ['operations'], summary: 'About this installation', response: { 200: MetaOutput } },
    },
    async () => ({
      name: 'Quarterdeck' as const,
      version: VERSION,
      demo: (await demoState(ctx)) !== undefined,
      sso: ctx.config.oidc !== undefined,
      backend: ctx.handle.backend,
    }),
  );

  // The same routes exist whether or not the app is built; unbuilt, they answer 404.
  fs.mkdirSync(WEB_DIST, { recursive: true });
  await app.register(fastifyStatic, { root: WEB_DIST, serve: false });
  // Vite's hashed files never change: cache them for a year.
  app.get(
    '/assets/*',
    { config: { policy: allow.public('web app code and styles') }, schema: { hide: true } },
    async (request, reply) =>
      reply.sendFile(`assets/${(request.params as { '*': string })['*']}`, {
        maxAge: '365d',
        immutable: true,
      }),
  );
}

/** A file at the top of the built app (favicon, manifest), if there is one by that name. */
export function topLevelWebFile(method: string, url: string): string | undefined {
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  const name = (url.split('?')[0] ?? '').slice(1);
  if (!/^[A-Za-z0-9._-]+\.[A-Za-z0-9]+$/.test(name) || name === 'index.html') return undefined;
  return fs.existsSync(path.join(WEB_DIST, name)) ? name : undefined;
}

/** Whether a request is a browser navigating to a page of the web app (served index.html). */
export function isAppNavigation(method: string, url: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const p = url.split('?')[0] ?? '';
  if (p.startsWith('/api/') || p === '/api' || ['/healthz', '/readyz', '/metrics'].includes(p)) return false;
  if (path.extname(p)) return false;
  return (accept ?? '').includes('text/html');
}

export function webIndexExists(): boolean {
  return fs.existsSync(path.join(WEB_DIST, 'index.html'));
}
