import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { auditActor } from '../../platform/http/authorize.js';
import { enqueueJob } from '../../platform/jobs/jobs.service.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import { STACK_SCAN_JOB } from './stack.jobs.js';
import {
  ComplianceOutput,
  EndOfLifeOutput,
  LanguagesOutput,
  MappingsInput,
  MappingsOutput,
  ScansOutput,
  StackQuery,
  TechnologiesOutput,
  UsagesOutput,
  VersionsOutput,
} from './stack.schemas.js';
import { saveMappings, stackMappings } from './stack-mappings.service.js';
import { stackEndOfLife, stackLanguages, stackScans, stackVersions } from './stack-versions.service.js';
import { stackCompliance, stackTechnologies, stackUsages } from './stack-views.service.js';

/** The stack inventory: technologies in use, radar compliance, versions, end of life, languages, scans, mappings. */
export function stackRoutes(app: App, ctx: PlatformContext) {
  const tags = ['strategy'];
  const leaders = allow.roles('admin', 'executive');
  const base = '/api/v1/strategy/stack';
  const read = { config: { policy: allow.authenticated() } };

  app.get(
    `${base}/technologies`,
    {
      ...read,
      schema: {
        tags,
        summary: 'Radar technologies in use, with the repositories, services and teams using them',
        querystring: StackQuery,
        response: { 200: TechnologiesOutput },
      },
    },
    async (req) => stackTechnologies(ctx.db, req.query),
  );
  app.get(
    `${base}/usages`,
    {
      ...read,
      schema: {
        tags,
        summary:
          'Where a radar entry (entry=) or a package (name=) is used: repository, service, team, file and line',
        querystring: StackQuery.extend({
          name: z.string().max(300).optional().describe('A package name (with ecosystem=)'),
          limit: z.coerce.number().int().min(1).max(5000).default(500),
        }),
        response: { 200: UsagesOutput },
      },
    },
    async (req) => stackUsages(ctx.db, req.query),
  );
  app.get(
    `${base}/compliance`,
    {
      ...read,
      schema: {
        tags,
        summary:
          'Hold technologies still in use; adopt technologies missing from repositories of their ecosystem',
        querystring: StackQuery,
        response: { 200: ComplianceOutput },
      },
    },
    async (req) => stackCompliance(ctx.db, req.query),
  );
  app.get(
    `${base}/versions`,
    {
      ...read,
      schema: {
        tags,
        summary:
          'Version spread of each technology: versions, repositories on each, how far behind the newest seen',
        querystring: StackQuery.extend({ name: z.string().max(300).optional().describe('One package') }),
        response: { 200: VersionsOutput },
      },
    },
    async (req) => stackVersions(ctx.db, req.query),
  );
  app.get(
    `${base}/end-of-life`,
    {
      ...read,
      schema: {
        tags,
        summary:
          'Runtimes the repositories declare, against the end-of-life dataset (ecosystem= filters a product)',
        querystring: StackQuery.extend({
          today: z.string().date().optional().describe('The day to judge on (default: today)'),
        }),
        response: { 200: EndOfLifeOutput },
      },
    },
    async (req) =>
      stackEndOfLife(ctx.db, req.query, req.query.today ?? new Date().toISOString().slice(0, 10)),
  );
  app.get(
    `${base}/languages`,
    {
      ...read,
      schema: {
        tags,
        summary: 'Language shares by bytes of source files (vendored and generated left out)',
        querystring: StackQuery,
        response: { 200: LanguagesOutput },
      },
    },
    async (req) => stackLanguages(ctx.db, req.query),
  );
  app.get(
    `${base}/scans`,
    {
      ...read,
      schema: {
        tags,
        summary: 'The last scan of each repository and the files it could not read',
        querystring: StackQuery,
        response: { 200: ScansOutput },
      },
    },
    async (req) => stackScans(ctx.db, req.query),
  );
  app.post(
    `${base}/scans`,
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Start a scan of every local clone (a job; only changed manifests are read)',
        body: z
          .object({ full: z.boolean().default(false).describe('Read every manifest again') })
          .default({ full: false }),
        response: { 202: z.object({ jobId: z.number() }) },
      },
    },
    async (req, reply) => {
      const job = await enqueueJob(ctx, STACK_SCAN_JOB, { full: req.body.full }, { actor: auditActor(req) });
      return reply.code(202).send({ jobId: Number(job.id) });
    },
  );
  app.get(
    `${base}/mappings`,
    {
      ...read,
      schema: {
        tags,
        summary: 'Rules mapping packages to radar entries (before the exact-name default)',
        response: { 200: MappingsOutput },
      },
    },
    async () => stackMappings(ctx.db),
  );
  app.put(
    `${base}/mappings`,
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Replace the mapping rules (in order; the first matching rule wins)',
        body: MappingsInput,
        response: { 200: MappingsOutput },
      },
    },
    async (req) => {
      await saveMappings(ctx.db, auditActor(req), req.body.rules);
      return stackMappings(ctx.db);
    },
  );
}
