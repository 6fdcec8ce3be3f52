import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { auditActor } from '../../platform/http/authorize.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import { WatchItemInput, WatchItemOutput, WatchItemUpdateInput } from './radar.schemas.js';
import * as watch from './watch-list.service.js';

const IdParams = z.strictObject({ id: z.coerce.number().int().positive() });

/** The watch list of emerging technology: everyone reads it; leaders (admin, executive) edit it. */
export function watchListRoutes(app: App, ctx: PlatformContext) {
  const tags = ['strategy'];
  const leaders = allow.roles('admin', 'executive');

  app.get(
    '/api/v1/strategy/watch-list',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'The watch list of emerging technology, with owners, status and decisions',
        response: { 200: z.object({ items: z.array(WatchItemOutput) }) },
      },
    },
    async () => ({ items: await watch.listWatchItems(ctx.db) }),
  );

  app.get(
    '/api/v1/strategy/watch-list/:id',
    {
      config: { policy: allow.authenticated() },
      schema: { tags, summary: 'One watch-list item', params: IdParams, response: { 200: WatchItemOutput } },
    },
    async (request) => watch.getWatchItem(ctx.db, request.params.id),
  );

  app.post(
    '/api/v1/strategy/watch-list',
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Put a technology on the watch list',
        body: WatchItemInput,
        response: { 201: WatchItemOutput },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await watch.createWatchItem(ctx.db, auditActor(request), request.body)),
  );

  app.patch(
    '/api/v1/strategy/watch-list/:id',
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Change a watch-list item (status, notes, decision, owner…)',
        params: IdParams,
        body: WatchItemUpdateInput,
        response: { 200: WatchItemOutput },
      },
    },
    async (request) => watch.updateWatchItem(ctx.db, auditActor(request), request.params.id, request.body),
  );

  app.delete(
    '/api/v1/strategy/watch-list/:id',
    {
      config: { policy: leaders },
      schema: { tags, summary: 'Remove a watch-list item', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await watch.deleteWatchItem(ctx.db, auditActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
