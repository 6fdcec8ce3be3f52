import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../audit/audit.service.js';
import {
  CSRF_HEADER,
  principalFromSession,
  principalFromToken,
  SESSION_COOKIE,
  safeEqual,
} from '../auth/auth.service.js';
import { allow, decide, isReadMethod, type Policy, type Principal } from '../auth/policy.js';
import type { App, PlatformContext } from '../modules.js';
import { sendProblem } from './errors.js';
import { Problem } from './problem.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route. Required on every route (see policy.ts). */
    policy?: Policy;
    /**
     * A calendar feed: read by calendar apps, which subscribe by address, so a `calendar` token may be
     * sent as `?token=` (and only a calendar token: read and write tokens stay out of addresses).
     */
    feed?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** The session's CSRF token, for cookie-authenticated requests. */
    csrfToken: string | null;
  }
}

export interface RouteInfo {
  method: string;
  url: string;
  policy: Policy;
  /** A calendar feed, which a calendar token may read by address (`config.feed`). */
  feed: boolean;
}

/**
 * Every route must declare a policy; registration fails otherwise. Each request is authenticated
 * (session cookie or bearer API token), checked for CSRF on cookie-authenticated writes, and
 * authorized against the route's policy before its body is even parsed.
 */
export function installAuthorization(app: App, ctx: PlatformContext): RouteInfo[] {
  const routes: RouteInfo[] = [];
  app.decorateRequest('principal', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRoute', (route) => {
    if (!route.config?.policy && route.url.startsWith('/api/docs')) {
      // The API reference (Swagger UI and its assets) documents the public shape of the API.
      route.config = { ...route.config, policy: allow.public('API reference') };
    }
    const policy = route.config?.policy;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!policy)
      throw new Error(`Route ${methods.join(',')} ${route.url} declares no policy (config.policy)`);
    for (const m of methods)
      if (m !== 'HEAD') routes.push({ method: m, url: route.url, policy, feed: route.config?.feed === true });
  });

  app.addHook('onRequest', async (request, reply) => {
    const policy = request.routeOptions.config?.policy;
    if (!policy) return; // unknown route: the not-found handler answers
    if (policy.kind === 'public') return; // sign-in, probes and docs need no credentials
    const auth = request.headers.authorization;
    if (auth !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      const principal = m ? await principalFromToken(ctx.db, m[1]!) : null;
      if (!principal) {
        return sendProblem(
          request,
          reply,
          new Problem('invalid-token', 'The API token is unknown, revoked or expired.'),
        );
      }
      request.principal = principal;
    } else {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) {
        const session = await principalFromSession(ctx.db, cookie, ctx.config.sessionTtlMs);
        if (session) {
          const { csrfToken, ...principal } = session;
          request.principal = principal;
          request.csrfToken = csrfToken;
        } else {
          reply.clearCookie(SESSION_COOKIE, { path: '/' });
        }
      }
    }
    const feed = request.routeOptions.config?.feed === true;
    const inUrl = feed && !request.principal ? (request.query as { token?: unknown }).token : undefined;
    if (typeof inUrl === 'string') {
      const principal = await principalFromToken(ctx.db, inUrl);
      if (!principal) {
        return sendProblem(
          request,
          reply,
          new Problem('invalid-token', 'The calendar token in this address is unknown, revoked or expired.'),
        );
      }
      if (principal.scopes.some((s) => s !== 'calendar')) {
        return sendProblem(
          request,
          reply,
          new Problem(
            'invalid-token',
            'Only a token with the calendar scope alone may be put in an address; send other tokens as a bearer token.',
          ),
        );
      }
      request.principal = principal;
    }
    if (request.principal?.via === 'session' && !isReadMethod(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !request.csrfToken || !safeEqual(sent, request.csrfToken)) {
        return sendProblem(
          request,
          reply,
          new Problem(
            'csrf-failed',
            `Send the session's CSRF token in the ${CSRF_HEADER} header for changes.`,
          ),
        );
      }
    }
    const decision = decide(policy, request.principal, request.method, feed);
    if (decision === 'unauthenticated') {
      return sendProblem(request, reply, new Problem('unauthenticated', 'Sign in or send an API token.'));
    }
    if (decision === 'scope') {
      const needed = isReadMethod(request.method) ? 'read' : 'write';
      const calendarOnly = request.principal?.scopes.every((s) => s === 'calendar');
      return sendProblem(
        request,
        reply,
        new Problem(
          'forbidden',
          calendarOnly
            ? 'This is a calendar token: it reads calendar feeds only.'
            : `This API token lacks the ${needed} scope.`,
        ),
      );
    }
    if (decision === 'forbidden') {
      return sendProblem(request, reply, new Problem('forbidden', 'Your role or grants do not allow this.'));
    }
  });
  return routes;
}

/** A request's address as logged: a calendar token sent as `?token=` is not written to the log. */
export function loggedUrl(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');
}

/** The signed-in account; for routes whose policy guarantees one. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Problem('unauthenticated', 'Sign in or send an API token.');
  return request.principal;
}

export function auditActor(request: FastifyRequest): AuditActor {
  const p = request.principal;
  return {
    userId: p?.userId ?? null,
    label: p ? `user:${p.userId} ${p.email}${p.via === 'token' ? ` (token ${p.tokenId})` : ''}` : 'anonymous',
    ip: request.ip,
    requestId: String(request.id),
  };
}
