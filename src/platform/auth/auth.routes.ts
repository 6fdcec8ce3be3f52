import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { auditActor, principalOf } from '../http/authorize.js';
import { notFound } from '../http/problem.js';
import type { App, PlatformContext } from '../modules.js';
import {
  IdParams,
  LoginInput,
  SessionOutput,
  SessionRowOutput,
  SetupInput,
  SetupStatusOutput,
} from './auth.schemas.js';
import * as auth from './auth.service.js';
import { allow } from './policy.js';

const tags = ['auth'];

export function setSessionCookie(reply: FastifyReply, ctx: PlatformContext, session: auth.NewSession) {
  reply.setCookie(auth.SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.publicUrl.startsWith('https://'),
    expires: new Date(Date.now() + 30 * 24 * 3600_000),
  });
}

/** Where a new session comes from (kept with the session and in the audit log). */
export function sessionMeta(request: FastifyRequest, ctx: PlatformContext) {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null, ttlMs: ctx.config.sessionTtlMs };
}

/** Sets the session cookie and returns what the client needs: the account and its CSRF token. */
function startSession(reply: FastifyReply, ctx: PlatformContext, session: auth.NewSession) {
  setSessionCookie(reply, ctx, session);
  return {
    user: auth.toUserOutput(session.user),
    csrfToken: session.csrfToken,
    via: 'session' as const,
    expiresAt: session.expiresAt.toISOString(),
  };
}

/** Sign-in, sign-out, the current account, its sessions, and first-run setup. */
export function authRoutes(app: App, ctx: PlatformContext) {
  const loginLimit = { max: ctx.config.loginRateLimit, timeWindow: '1 minute' };

  app.post(
    '/api/v1/auth/login',
    {
      config: { policy: allow.public('sign-in'), rateLimit: loginLimit },
      schema: {
        tags,
        summary: 'Sign in with email and password',
        body: LoginInput,
        response: { 200: SessionOutput },
      },
    },
    async (request, reply) => {
      const session = await auth.loginWithPassword(
        ctx.db,
        request.body.email,
        request.body.password,
        sessionMeta(request, ctx),
      );
      return startSession(reply, ctx, session);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { policy: allow.authenticated() },
      schema: { tags, summary: 'End the current session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      const p = principalOf(request);
      if (p.sessionId) await auth.revokeSession(ctx.db, auditActor(request), p.sessionId, p.userId);
      reply.clearCookie(auth.SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { policy: allow.authenticated() },
      schema: { tags, summary: 'The signed-in account', response: { 200: SessionOutput } },
    },
    async (request) => {
      const p = principalOf(request);
      const user = await auth.findUserById(ctx.db, p.userId);
      if (!user) throw notFound('Your account');
      return { user: auth.toUserOutput(user), csrfToken: request.csrfToken, via: p.via, expiresAt: null };
    },
  );

  app.get(
    '/api/v1/auth/sessions',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'Your open sessions',
        response: { 200: z.object({ items: z.array(SessionRowOutput) }) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const rows = await auth.listSessions(ctx.db, p.userId, new Date());
      return {
        items: rows.map((s) => ({
          id: s.id,
          authMethod: s.auth_method,
          ip: s.ip,
          userAgent: s.user_agent,
          createdAt: s.created_at.toISOString(),
          lastSeenAt: s.last_seen_at.toISOString(),
          expiresAt: s.expires_at.toISOString(),
          current: s.id === p.sessionId,
        })),
      };
    },
  );

  app.delete(
    '/api/v1/auth/sessions/:id',
    {
      config: { policy: allow.authenticated() },
      schema: { tags, summary: 'Revoke one of your sessions', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const p = principalOf(request);
      await auth.revokeSession(ctx.db, auditActor(request), request.params.id, p.userId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/setup',
    {
      config: { policy: allow.public('first-run check by the sign-in page') },
      schema: {
        tags,
        summary: 'Whether first-run setup is still needed',
        response: { 200: SetupStatusOutput },
      },
    },
    async () => ({ needed: (await auth.countUsers(ctx.db)) === 0, sso: ctx.config.oidc !== undefined }),
  );

  app.post(
    '/api/v1/setup',
    {
      config: { policy: allow.public('first-run setup with the one-time token'), rateLimit: loginLimit },
      schema: {
        tags,
        summary: 'Create the first admin account with the setup token printed at start-up',
        body: SetupInput,
        response: { 201: SessionOutput },
      },
    },
    async (request, reply) => {
      const { token, ...input } = request.body;
      const user = await auth.completeSetup(ctx.db, { ip: request.ip }, token, input);
      const session = await auth.createSession(ctx.db, user, 'password', sessionMeta(request, ctx));
      return reply.code(201).send(startSession(reply, ctx, session));
    },
  );
}
