import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, PlatformContext } from '../modules.js';
import { sessionMeta, setSessionCookie } from './auth.routes.js';
import { completeLogin, OIDC_CALLBACK_PATH, OIDC_LOGIN_PATH, STATE_TTL_MS, startLogin } from './oidc.js';
import { allow } from './policy.js';

const tags = ['auth'];
/** Binds a started sign-in to the browser that started it; sent only to the two SSO routes. */
export const OIDC_STATE_COOKIE = 'qd_oidc_state';
const STATE_COOKIE_PATH = '/api/v1/auth/oidc';

const LoginQuery = z.object({
  returnTo: z
    .string()
    .optional()
    .describe('Same-site relative path to open after signing in (anything else means `/`)'),
});

const CallbackQuery = z.object({
  code: z.string().optional(),
  state: z.string().optional(),
  iss: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});

/**
 * Single sign-on with OpenID Connect. Both routes answer a 404 problem when SSO is not configured.
 *
 * Failures at the callback (provider errors such as `error=access_denied`, an unknown, replayed or
 * expired state, an ID token that does not verify, an email unknown to the organization, a disabled
 * account) are answered with application/problem+json, never with a redirect: the browser shows the
 * reason, API clients and tests can branch on the problem `type`, and no error text is echoed
 * into a page URL. The web UI's sign-in page links to the login route and shows whatever came back.
 */
export function oidcRoutes(app: App, ctx: PlatformContext) {
  const limit = { max: ctx.config.loginRateLimit, timeWindow: '1 minute' };
  const cookieOptions = {
    path: STATE_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: ctx.config.publicUrl.startsWith('https://'),
  };

  app.get(
    OIDC_LOGIN_PATH,
    {
      config: { policy: allow.public('single sign-on'), rateLimit: limit },
      schema: {
        tags,
        summary: 'Start single sign-on: redirects (302) to the OpenID Connect provider',
        querystring: LoginQuery,
      },
    },
    async (request, reply) => {
      const { url, state } = await startLogin(ctx.db, ctx.config, request.query.returnTo);
      reply.setCookie(OIDC_STATE_COOKIE, state, { ...cookieOptions, maxAge: STATE_TTL_MS / 1000 });
      reply.header('cache-control', 'no-store');
      return reply.redirect(url, 302);
    },
  );

  app.get(
    OIDC_CALLBACK_PATH,
    {
      config: { policy: allow.public('single sign-on'), rateLimit: limit },
      schema: {
        tags,
        summary: 'Single sign-on callback: signs in and redirects (302) to the page the sign-in started from',
        querystring: CallbackQuery,
      },
    },
    async (request, reply) => {
      reply.clearCookie(OIDC_STATE_COOKIE, { path: STATE_COOKIE_PATH });
      const { session, returnTo } = await completeLogin(
        ctx.db,
        ctx.config,
        rawQuery(request),
        request.cookies[OIDC_STATE_COOKIE],
        { ...sessionMeta(request, ctx), requestId: String(request.id) },
      );
      setSessionCookie(reply, ctx, session);
      reply.header('cache-control', 'no-store');
      return reply.redirect(returnTo, 302);
    },
  );
}

/** The query string exactly as the provider sent it (openid-client checks every parameter). */
function rawQuery(request: FastifyRequest): string {
  const i = request.url.indexOf('?');
  return i < 0 ? '' : request.url.slice(i);
}
