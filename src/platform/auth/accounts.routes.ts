import { z } from 'zod';
import { auditActor, principalOf } from '../http/authorize.js';
import { forbidden, notFound } from '../http/problem.js';
import type { App, PlatformContext } from '../modules.js';
import type { ApiTokenRow } from './auth.repo.js';
import {
  CreatedTokenOutput,
  CreateTokenInput,
  CreateUserInput,
  IdParams,
  TokenListQuery,
  TokenOutput,
  UpdateUserInput,
  UserOutput,
} from './auth.schemas.js';
import * as auth from './auth.service.js';
import { allow } from './policy.js';

function toTokenOutput(t: ApiTokenRow) {
  return {
    id: t.id,
    userId: t.user_id,
    name: t.name,
    scopes: t.scopes,
    createdAt: t.created_at.toISOString(),
    expiresAt: t.expires_at?.toISOString() ?? null,
    revokedAt: t.revoked_at?.toISOString() ?? null,
    lastUsedAt: t.last_used_at?.toISOString() ?? null,
  };
}

/** Accounts (admin) and API tokens (everyone, for themselves). */
export function accountRoutes(app: App, ctx: PlatformContext) {
  const users = ['users'];
  app.get(
    '/api/v1/users',
    {
      config: { policy: allow.roles('admin') },
      schema: {
        tags: users,
        summary: 'Every account',
        response: { 200: z.object({ items: z.array(UserOutput) }) },
      },
    },
    async () => ({ items: (await auth.listUsers(ctx.db)).map(auth.toUserOutput) }),
  );

  app.post(
    '/api/v1/users',
    {
      config: { policy: allow.roles('admin') },
      schema: {
        tags: users,
        summary: 'Create an account',
        body: CreateUserInput,
        response: { 201: UserOutput },
      },
    },
    async (request, reply) => {
      const user = await auth.createUser(ctx.db, auditActor(request), request.body);
      return reply.code(201).send(auth.toUserOutput(user));
    },
  );

  app.get(
    '/api/v1/users/:id',
    {
      config: { policy: allow.roles('admin') },
      schema: { tags: users, summary: 'One account', params: IdParams, response: { 200: UserOutput } },
    },
    async (request) => {
      const user = await auth.findUserById(ctx.db, request.params.id);
      if (!user) throw notFound(`User ${request.params.id}`);
      return auth.toUserOutput(user);
    },
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { policy: allow.roles('admin') },
      schema: {
        tags: users,
        summary: 'Change role, grants, person, password, or disable an account (ends its sessions)',
        params: IdParams,
        body: UpdateUserInput,
        response: { 200: UserOutput },
      },
    },
    async (request) =>
      auth.toUserOutput(await auth.updateUser(ctx.db, auditActor(request), request.params.id, request.body)),
  );

  const tokens = ['tokens'];
  const tokenLimit = { max: ctx.config.loginRateLimit, timeWindow: '1 minute' };
  app.get(
    '/api/v1/tokens',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags: tokens,
        summary: 'Your API tokens (admins: ?all=true for everyone’s)',
        querystring: TokenListQuery,
        response: { 200: z.object({ items: z.array(TokenOutput) }) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      if (request.query.all && p.role !== 'admin')
        throw forbidden('Only admins can list every account’s tokens.');
      const rows = await auth.listTokens(ctx.db, request.query.all ? undefined : p.userId);
      return { items: rows.map(toTokenOutput) };
    },
  );

  app.post(
    '/api/v1/tokens',
    {
      config: { policy: allow.authenticated(), rateLimit: tokenLimit },
      schema: {
        tags: tokens,
        summary: 'Create an API token for yourself; the token is shown once',
        body: CreateTokenInput,
        response: { 201: CreatedTokenOutput },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { token, row } = await auth.createApiToken(ctx.db, auditActor(request), p.userId, request.body);
      return reply.code(201).send({ ...toTokenOutput(row), token });
    },
  );

  app.delete(
    '/api/v1/tokens/:id',
    {
      config: { policy: allow.authenticated(), rateLimit: tokenLimit },
      schema: {
        tags: tokens,
        summary: 'Revoke an API token (yours; admins: any)',
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const token = await auth.findToken(ctx.db, request.params.id);
      if (!token || (token.user_id !== p.userId && p.role !== 'admin'))
        throw notFound(`API token ${request.params.id}`);
      await auth.revokeApiToken(ctx.db, auditActor(request), token.id);
      return reply.code(204).send(null);
    },
  );
}
