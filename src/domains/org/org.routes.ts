import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { principalOf } from '../../platform/http/authorize.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import {
  ChartOutput,
  ChartQuery,
  IdParams,
  PeopleListOutput,
  PeopleQuery,
  PersonDetailOutput,
  PersonIdParams,
  TeamDetailOutput,
  TeamOutput,
} from './org.schemas.js';
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
        description:
          'Directory fields for everyone; level, employment type and dates (`detail: true`) only for yourself, your reporting subtree (managers) or everyone (executives, admins).',
        querystring: PeopleQuery,
        response: { 200: PeopleListOutput },
      },
    },
    async (request) => org.listPeople(ctx.db, principalOf(request), request.query),
  );

  app.get(
    '/api/v1/org/people/:id',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary:
          'A person: manager chain, reports, teams, what they own, tenure; history and identities as allowed',
        params: PersonIdParams,
        response: { 200: PersonDetailOutput },
      },
    },
    async (request) => org.getPersonDetail(ctx.db, principalOf(request), request.params.id),
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
    '/api/v1/org/chart',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'The org chart: everyone with their manager and primary team, today or on a past day',
        querystring: ChartQuery,
        response: { 200: ChartOutput },
      },
    },
    async (request, reply) =>
      // Sent as built (the rows are JSON from the database); org-chart.test.ts holds it to ChartOutput.
      reply
        .type('application/json; charset=utf-8')
        .send(
          (await org.orgChartJson(ctx.db, request.query.asOf ?? null)) as unknown as z.infer<
            typeof ChartOutput
          >,
        ),
  );

  app.get(
    '/api/v1/org/teams',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'Departments, groups and teams (a tree through parentId)',
        response: { 200: z.object({ items: z.array(TeamOutput) }) },
      },
    },
    async () => ({ items: await org.listTeams(ctx.db) }),
  );

  app.get(
    '/api/v1/org/teams/:id',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'A team: its place in the tree, members and what it owns',
        params: IdParams,
        response: { 200: TeamDetailOutput },
      },
    },
    async (request) => org.getTeam(ctx.db, request.params.id),
  );
}
