import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { auditActor } from '../../platform/http/authorize.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import {
  RadarConfigInput,
  RadarEntryCreateInput,
  RadarEntryOutput,
  RadarEntryUpdateInput,
  RadarKeyParams,
  RadarMoveInput,
  RadarOutput,
} from './radar.schemas.js';
import * as radar from './radar.service.js';
import { configureRadar } from './radar-config.service.js';
import { exportRadar } from './radar-import.service.js';

/** The tech radar: every signed-in account reads it; leaders (admin, executive) shape and change it. */
export function radarRoutes(app: App, ctx: PlatformContext) {
  const tags = ['strategy'];
  const leaders = allow.roles('admin', 'executive');

  app.get(
    '/api/v1/strategy/radar',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'The whole tech radar: quadrants, rings, entries and their dated moves',
        response: { 200: RadarOutput },
      },
    },
    async () => radar.getRadar(ctx.db),
  );

  app.get(
    '/api/v1/strategy/radar/export',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'The radar as a Backstage tech-radar JSON or a Thoughtworks BYOR CSV (a download)',
        description: 'Both re-import with `quarterdeck import radar`; formats in docs/import-formats.md.',
        querystring: z.strictObject({ format: z.enum(['backstage', 'byor']).default('backstage') }),
        produces: ['application/json', 'text/csv'],
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const { body } = await exportRadar(ctx.db, format);
      const json = format === 'backstage';
      return reply
        .header('content-type', json ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="${json ? 'tech-radar.json' : 'tech-radar.csv'}"`,
        )
        .send(body);
    },
  );

  app.put(
    '/api/v1/strategy/radar/config',
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Set the four quadrants and/or the rings (innermost first; a ring in use cannot be removed)',
        body: RadarConfigInput,
        response: { 200: RadarOutput },
      },
    },
    async (request) => {
      await configureRadar(ctx.db, auditActor(request), request.body);
      return radar.getRadar(ctx.db);
    },
  );

  app.get(
    '/api/v1/strategy/radar/entries/:key',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'One radar entry with its links and history',
        params: RadarKeyParams,
        response: { 200: RadarEntryOutput },
      },
    },
    async (request) => radar.getEntry(ctx.db, request.params.key),
  );

  app.post(
    '/api/v1/strategy/radar/entries',
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Add an entry to the radar (placed in a ring on a date: its first move)',
        body: RadarEntryCreateInput,
        response: { 201: RadarEntryOutput },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await radar.createEntry(ctx.db, auditActor(request), request.body)),
  );

  app.patch(
    '/api/v1/strategy/radar/entries/:key',
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Edit an entry (name, quadrant, description, links, new flag); move it to change its ring',
        params: RadarKeyParams,
        body: RadarEntryUpdateInput,
        response: { 200: RadarEntryOutput },
      },
    },
    async (request) => radar.updateEntry(ctx.db, auditActor(request), request.params.key, request.body),
  );

  app.post(
    '/api/v1/strategy/radar/entries/:key/moves',
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Move an entry to a ring on a date with a note (direction from the rings’ order)',
        params: RadarKeyParams,
        body: RadarMoveInput,
        response: { 200: RadarEntryOutput },
      },
    },
    async (request) => radar.moveEntry(ctx.db, auditActor(request), request.params.key, request.body),
  );

  app.delete(
    '/api/v1/strategy/radar/entries/:key',
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Remove an entry and its history from the radar',
        params: RadarKeyParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await radar.deleteEntry(ctx.db, auditActor(request), request.params.key);
      return reply.code(204).send(null);
    },
  );
}
