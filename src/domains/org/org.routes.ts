import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { principalOf } from '../../platform/http/authorize.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import { PeopleListOutput, PeopleQuery, PersonIdParams, PersonOutput, TeamOutput } from './org.schemas.js';
import * as org from './org.service.js';

export function orgRoutes(app: App, ctx: PlatformContext) {
  const tags = ['org'];
  app.get(
    '/api/v1/org/people',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'The people directory',
        querystring: PeopleQuery,
        response: { 200: PeopleListOutput },
      },
    },
    async (request) => org.listPeople(ctx.db, request.query),
  );

  app.get(
    '/api/v1/org/people/:id',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'One person of the directory',
        params: PersonIdParams,
        response: { 200: PersonOutput },
      },
    },
    async (request) => org.getPerson(ctx.db, request.params.id),
  );

  app.get(
    '/api/v1/org/people/:id/subtree',
    {
      config: { policy: allow.roles('admin', 'executive', 'manager') },
      schema: {
        tags,
        summary: 'Everyone reporting (directly or not) to a person; managers see only their own subtree',
        params: PersonIdParams,
        response: { 200: PeopleListOutput },
      },
    },
    async (request) => org.reportingSubtree(ctx.db, principalOf(request), request.params.id),
  );

  app.get(
    '/api/v1/org/teams',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'Departments, groups and teams',
        response: { 200: z.object({ items: z.array(TeamOutput) }) },
      },
    },
    async () => ({
      items: (await org.listTeams(ctx.db)).map((t) => ({
        id: t.id,
        slug: t.slug,
        name: t.name,
        kind: t.kind,
        parentId: t.parent_id,
        members: Number(t.members),
      })),
    }),
  );
}
