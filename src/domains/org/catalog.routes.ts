import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import * as catalog from './catalog.service.js';
import { IdParams } from './org.schemas.js';

const id = z.number().int();
const KIND = z.enum(['component', 'system', 'api', 'resource', 'domain']);

const EntityOutput = z.object({
  id,
  kind: KIND,
  namespace: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  type: z.string().nullable(),
  lifecycle: z.string().nullable(),
  tier: z.string().nullable(),
  ownerRef: z.string().nullable(),
  ownerTeamId: id.nullable(),
  ownerTeamName: z.string().nullable(),
  ownerPersonId: id.nullable(),
  ownerPersonName: z.string().nullable(),
  parentId: id.nullable(),
  tags: z.array(z.string()),
});

const EntityDetailOutput = EntityOutput.extend({
  annotations: z.record(z.string(), z.string()),
  links: z.array(z.object({ url: z.string(), title: z.string().optional() })),
  parent: z.object({ id, kind: z.string(), name: z.string() }).nullable(),
  relations: z.array(
    z.object({ type: z.string(), direction: z.enum(['in', 'out']), id, kind: z.string(), name: z.string() }),
  ),
  repositories: z.array(
    z.object({
      id,
      name: z.string(),
      url: z.string().nullable(),
      codeowners: z.array(
        z.object({ line: z.number(), pattern: z.string(), owners: z.array(z.string()), file: z.string() }),
      ),
    }),
  ),
});

/** The service catalog is shared with every signed-in account, like Backstage's. */
export function catalogRoutes(app: App, ctx: PlatformContext) {
  const tags = ['catalog'];
  app.get(
    '/api/v1/org/entities',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'Services and other catalog entities',
        querystring: z.strictObject({
          kind: KIND.optional(),
          q: z.string().trim().max(200).optional(),
          teamId: z.coerce.number().int().positive().optional().describe('Owned by this team'),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ items: z.array(EntityOutput), total: z.number().int() }) },
      },
    },
    async (request) => {
      const { teamId, ...rest } = request.query;
      return catalog.listEntities(ctx.db, { ...rest, ownerTeamIds: teamId ? [teamId] : undefined });
    },
  );
  app.get(
    '/api/v1/org/entities/:id',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'One catalog entity with its relations, repositories and CODEOWNERS',
        params: IdParams,
        response: { 200: EntityDetailOutput },
      },
    },
    async (request) => catalog.getEntity(ctx.db, request.params.id),
  );
  app.get(
    '/api/v1/org/repositories',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'Repositories, the component each holds, and how many CODEOWNERS rules they have',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id,
                name: z.string(),
                url: z.string().nullable(),
                entityId: id.nullable(),
                entityName: z.string().nullable(),
                codeownersRules: z.number().int(),
              }),
            ),
          }),
        },
      },
    },
    async () => catalog.listRepositories(ctx.db),
  );
}
