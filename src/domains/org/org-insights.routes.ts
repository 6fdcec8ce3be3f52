import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { principalOf } from '../../platform/http/authorize.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import * as insights from './org-insights.service.js';

const id = z.number().int();
const share = z.number().nullable();
const ScopeQuery = z.strictObject({
  teamId: z.coerce.number().int().positive().optional().describe('A team and every team below it'),
});
const WorkModes = z.object({
  remote: z.number(),
  office: z.number(),
  hybrid: z.number(),
  unknown: z.number(),
});

const SpanOutput = z.object({
  managers: z.array(
    z.object({
      id,
      name: z.string(),
      title: z.string().nullable(),
      role: z.string(),
      directReports: z.number(),
      totalReports: z.number(),
      layer: z.number().nullable(),
      flag: z.enum(['narrow', 'wide']).nullable(),
    }),
  ),
  summary: z.object({
    activePeople: z.number(),
    managerCount: z.number(),
    medianSpan: z.number().nullable(),
    withinRangeShare: share,
    narrowManagers: z.number(),
    wideManagers: z.number(),
    layers: z.number(),
    orphans: z.array(z.object({ id, reason: z.string(), managerId: id.nullable(), size: z.number() })),
    cycles: z.array(z.array(id)),
    minSpan: z.number(),
    maxSpan: z.number(),
  }),
});

const RolesOutput = z.object({
  teams: z.array(
    z.object({
      teamId: id,
      name: z.string(),
      parentId: id.nullable(),
      headcount: z.number(),
      hasEngineeringManager: z.boolean(),
      hasTechLead: z.boolean(),
      workModes: WorkModes,
    }),
  ),
  summary: z.object({
    teams: z.number(),
    teamsWithManagerAndTechLead: z.number(),
    managerAndTechLeadShare: share,
    activePeople: z.number(),
    managers: z.number(),
    engineers: z.number(),
    engineersPerManager: z.number().nullable(),
    workModes: WorkModes,
    remoteShare: share,
    withoutHomeTeam: z.array(id),
  }),
});

const HeadcountOutput = z.object({
  months: z.array(
    z.object({
      month: z.string(),
      headcount: z.number(),
      joiners: z.number(),
      leavers: z.number(),
      attrition: z.object({ leavers: z.number(), averageHeadcount: z.number(), rate: z.number().nullable() }),
    }),
  ),
});

const OwnershipOutput = z.object({
  gaps: z.array(
    z.object({
      entityId: id,
      kind: z.string(),
      name: z.string(),
      lifecycle: z.string().nullable(),
      ownerRef: z.string().nullable(),
      reason: z.string(),
      detail: z.string(),
    }),
  ),
  repositoriesWithoutCodeowners: z.array(z.object({ id, name: z.string(), entityId: id.nullable() })),
  summary: z.object({
    components: z.number(),
    componentsWithValidOwner: z.number(),
    validOwnerShare: share,
    repositories: z.number(),
    repositoriesWithCodeowners: z.number(),
    codeownersShare: share,
  }),
});

const LEADERS = ['admin', 'executive', 'manager'] as const;

/** Org insights; a manager's numbers cover their own reporting subtree. Definitions: docs/metrics.md. */
export function orgInsightRoutes(app: App, ctx: PlatformContext) {
  const tags = ['org'];
  app.get(
    '/api/v1/org/insights/span-of-control',
    {
      config: { policy: allow.roles(...LEADERS) },
      schema: {
        tags,
        summary: 'Direct reports and layers per manager; managers outside 4–8 flagged',
        querystring: ScopeQuery,
        response: { 200: SpanOutput },
      },
    },
    async (request) =>
      insights.spanInsight(ctx.db, { principal: principalOf(request), teamId: request.query.teamId ?? null }),
  );
  app.get(
    '/api/v1/org/insights/roles-coverage',
    {
      config: { policy: allow.roles(...LEADERS) },
      schema: {
        tags,
        summary: 'Teams without an engineering manager or tech lead; managers to engineers; remote mix',
        querystring: ScopeQuery,
        response: { 200: RolesOutput },
      },
    },
    async (request) =>
      insights.rolesInsight(ctx.db, {
        principal: principalOf(request),
        teamId: request.query.teamId ?? null,
      }),
  );
  app.get(
    '/api/v1/org/insights/headcount',
    {
      config: { policy: allow.roles(...LEADERS) },
      schema: {
        tags,
        summary: 'Headcount, joiners and leavers per month, with trailing 12-month attrition',
        querystring: ScopeQuery.extend({
          from: z
            .string()
            .regex(/^\d{4}-\d{2}$/)
            .optional()
            .describe('First month, YYYY-MM (default: 23 months ago)'),
          to: z
            .string()
            .regex(/^\d{4}-\d{2}$/)
            .optional()
            .describe('Last month, YYYY-MM (default: this month)'),
        }),
        response: { 200: HeadcountOutput },
      },
    },
    async (request) => {
      const now = new Date();
      const to = request.query.to ? new Date(`${request.query.to}-01T00:00:00Z`) : now;
      const from = request.query.from
        ? new Date(`${request.query.from}-01T00:00:00Z`)
        : new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 23, 1));
      return insights.headcountInsight(
        ctx.db,
        { principal: principalOf(request), teamId: request.query.teamId ?? null },
        from,
        to,
      );
    },
  );
  app.get(
    '/api/v1/org/insights/ownership',
    {
      config: { policy: allow.roles(...LEADERS) },
      schema: {
        tags,
        summary: 'Services without a valid owner; repositories without CODEOWNERS',
        querystring: ScopeQuery,
        response: { 200: OwnershipOutput },
      },
    },
    async (request) => insights.ownershipInsight(ctx.db, { teamId: request.query.teamId ?? null }),
  );
}
