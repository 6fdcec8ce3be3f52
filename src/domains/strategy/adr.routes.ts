import type { z } from 'zod';
import { record } from '../../platform/audit/audit.service.js';
import { allow } from '../../platform/auth/policy.js';
import { auditActor } from '../../platform/http/authorize.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import { servicesWithOwners } from '../org/org-lookup.service.js';
import {
  AdrCreateInput,
  AdrLinkOptionsOutput,
  AdrListOutput,
  AdrListQuery,
  AdrMissingOutput,
  AdrMissingQuery,
  AdrNumberParams,
  AdrOutput,
  AdrSupersedeInput,
  AdrTimelineOutput,
  AdrTimelineQuery,
  AdrUpdateInput,
  AdrWriteOutput,
} from './adr.schemas.js';
import { createAdr, updateAdr } from './adr.service.js';
import { adrExportFiles, tarFiles } from './adr-export.service.js';
import { adrTimeline, getAdr, getAdrRow, listAdrs, missingDecisions } from './adr-query.service.js';
import { radarEntryRefs } from './radar.repo.js';

/**
 * Decision records: every signed-in account reads them; admins, executives and managers write them
 * (docs/access.md). Every change is audited.
 */
export function adrRoutes(app: App, ctx: PlatformContext) {
  const tags = ['strategy'];
  const read = { policy: allow.authenticated() };
  const write = { policy: allow.roles('admin', 'executive', 'manager') };
  const base = '/api/v1/strategy/adrs';
  const out = (r: { number: number; title: string; status: z.infer<typeof AdrWriteOutput>['status'] }) => ({
    number: r.number,
    title: r.title,
    status: r.status,
  });

  app.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: 'Decision records, filtered by status, service, radar entry and full text (ranked)',
        querystring: AdrListQuery,
        response: { 200: AdrListOutput },
      },
    },
    async (req) => listAdrs(ctx.db, req.query),
  );

  app.get(
    `${base}/timeline`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Decision records by month, with the status changes dated in each month',
        querystring: AdrTimelineQuery,
        response: { 200: AdrTimelineOutput },
      },
    },
    async (req) => adrTimeline(ctx.db, req.query),
  );

  app.get(
    `${base}/missing`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Services (catalog components) no decision record is linked to, with their owning team',
        querystring: AdrMissingQuery,
        response: { 200: AdrMissingOutput },
      },
    },
    async (req) => missingDecisions(ctx.db, req.query.teamId ?? null),
  );

  app.get(
    `${base}/link-options`,
    {
      config: read,
      schema: {
        tags,
        summary: 'The services and radar entries a decision record can be linked to',
        response: { 200: AdrLinkOptionsOutput },
      },
    },
    async () => {
      const [services, radar] = await Promise.all([servicesWithOwners(ctx.db), radarEntryRefs(ctx.db)]);
      return {
        services: services.map((s) => ({ id: s.id, name: s.name })),
        radar: radar.map((r) => ({ key: r.key, name: r.name, ring: r.ring })),
      };
    },
  );

  app.get(
    `${base}/export.tar`,
    {
      config: read,
      schema: {
        tags,
        summary:
          'Every decision record as MADR files in a tar archive (unedited records byte for byte as imported)',
        produces: ['application/x-tar'],
      },
    },
    async (req, reply) => {
      const files = await adrExportFiles(ctx.db);
      await record(ctx.db, auditActor(req), {
        action: 'strategy.adr.export',
        targetType: 'adrs',
        details: { files: files.length, format: 'tar' },
      });
      return reply
        .header('content-type', 'application/x-tar')
        .header('content-disposition', 'attachment; filename="decisions.tar"')
        .send(tarFiles(files, 'decisions'));
    },
  );

  app.get(
    `${base}/:number`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One decision record: fields, markdown, links, supersession chain and status history',
        params: AdrNumberParams,
        response: { 200: AdrOutput },
      },
    },
    async (req) => getAdr(ctx.db, req.params.number),
  );

  app.get(
    `${base}/:number/markdown`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One decision record as its MADR file',
        params: AdrNumberParams,
        produces: ['text/markdown'],
      },
    },
    async (req, reply) => {
      const row = await getAdrRow(ctx.db, req.params.number);
      return reply
        .header('content-type', 'text/markdown; charset=utf-8')
        .header('content-disposition', `inline; filename="${row.file_name.replace(/["\\]/g, '')}"`)
        .send(row.markdown);
    },
  );

  app.post(
    base,
    {
      config: write,
      schema: {
        tags,
        summary: 'Write a new decision record (a MADR 4 file; numbered after the highest number)',
        body: AdrCreateInput,
        response: { 201: AdrWriteOutput },
      },
    },
    async (req, reply) => reply.code(201).send(out(await createAdr(ctx.db, auditActor(req), req.body))),
  );

  app.patch(
    `${base}/:number`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Edit a decision record: only the edited parts of its markdown change',
        params: AdrNumberParams,
        body: AdrUpdateInput,
        response: { 200: AdrWriteOutput },
      },
    },
    async (req) => out(await updateAdr(ctx.db, auditActor(req), req.params.number, req.body)),
  );

  app.post(
    `${base}/:number/supersede`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Mark a decision record superseded by another one',
        params: AdrNumberParams,
        body: AdrSupersedeInput,
        response: { 200: AdrWriteOutput },
      },
    },
    async (req) =>
      out(
        await updateAdr(ctx.db, auditActor(req), req.params.number, {
          status: 'superseded',
          supersededBy: req.body.by,
        }),
      ),
  );
}
