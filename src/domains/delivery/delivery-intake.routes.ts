import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { auditActor } from '../../platform/http/authorize.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import {
  closeDevlake,
  receiveDevlakeDeployment,
  receiveDevlakeIssue,
  receiveGeneric,
} from './delivery-intake.service.js';
import { GENERIC_DELIVERY_JSON_SCHEMA } from './importers/generic-schema.js';

const IntakeOutput = z.object({
  summary: z.string(),
  counts: z.record(z.string(), z.number()),
  warnings: z.array(z.string()),
});
const Item = z.record(z.string(), z.unknown());
const Body = z.union([Item, z.array(Item).min(1).max(5000)]);
const SourceQuery = z.object({
  source: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{0,60}$/)
    .default('api')
    .describe('Names the sender (`jenkins`, `pagerduty`); with the id, the key of each item'),
});
const ServiceQuery = z.object({
  service: z
    .string()
    .max(200)
    .optional()
    .describe('The catalog component the payload is about, when it does not say'),
});

/**
 * Deployments and incidents from CI systems and incident tools: the generic format as JSON, and the
 * payloads of Apache DevLake's webhooks (so pipelines that call DevLake can call Quarterdeck instead).
 * An API token of an admin or executive account, with the write scope.
 */
export function deliveryIntakeRoutes(app: App, ctx: PlatformContext) {
  const tags = ['delivery'];
  const policy = allow.roles('admin', 'executive');

  for (const type of ['deployment', 'incident'] as const) {
    app.post(
      `/api/v1/delivery/${type}s`,
      {
        config: { policy },
        schema: {
          tags,
          summary: `Record ${type}s (one object or a list, fields of the generic format; docs/import-formats.md)`,
          querystring: SourceQuery,
          body: Body,
          response: { 200: IntakeOutput },
        },
      },
      async (req) => receiveGeneric(ctx.db, auditActor(req), type, req.body, req.query.source),
    );
  }

  app.get(
    '/api/v1/delivery/generic-schema',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'The JSON Schema of the generic delivery import format (one record per JSON line)',
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async () => GENERIC_DELIVERY_JSON_SCHEMA,
  );

  app.post(
    '/api/v1/delivery/webhooks/devlake/deployments',
    {
      config: { policy },
      schema: {
        tags,
        summary:
          'A deployment in the shape of Apache DevLake’s webhook (deploymentCommits, or the flat older form)',
        querystring: ServiceQuery,
        body: z.unknown(),
        response: { 200: IntakeOutput },
      },
    },
    async (req) => receiveDevlakeDeployment(ctx.db, auditActor(req), req.body, req.query.service),
  );

  app.post(
    '/api/v1/delivery/webhooks/devlake/issues',
    {
      config: { policy },
      schema: {
        tags,
        summary: 'An issue in the shape of Apache DevLake’s webhook; type INCIDENT becomes an incident',
        querystring: ServiceQuery,
        body: z.unknown(),
        response: { 200: IntakeOutput },
      },
    },
    async (req) => receiveDevlakeIssue(ctx.db, auditActor(req), req.body, req.query.service),
  );

  app.post(
    '/api/v1/delivery/webhooks/devlake/issue/:issueKey/close',
    {
      config: { policy },
      schema: {
        tags,
        summary: 'Resolve an incident sent through the DevLake issue webhook',
        params: z.object({ issueKey: z.string().min(1).max(200) }),
        response: { 200: IntakeOutput },
      },
    },
    async (req) => closeDevlake(ctx.db, auditActor(req), req.params.issueKey),
  );
}
