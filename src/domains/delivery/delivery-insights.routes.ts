import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { auditActor, principalOf } from '../../platform/http/authorize.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import { rangeOf, ScopeQuery } from './delivery.schemas.js';
import { aiSplit, currentRules, dataQuality, investment, saveRules } from './delivery-insights.service.js';
import { DeliveryTargets, deliveryTargets, saveDeliveryTargets } from './delivery-targets.service.js';
import { INVESTMENT_CATEGORIES } from './metrics/investment.js';

const Rule = z.object({
  category: z.enum(['new', 'maintenance', 'bug', 'toil']),
  kind: z.enum(['label', 'commit-type', 'title', 'issue-label']),
  pattern: z.string().min(1).max(200).describe('Case-insensitive glob; * matches anything'),
  position: z.number().int().min(0),
});
const ms = z.number().nullable();
const count = z.number();
const split = z.object({
  merged: count,
  cycleMedianMs: ms,
  reviewMedianMs: ms,
  sizeMedian: z.number().nullable(),
  reviewCoverage: z.number().nullable(),
});
const cfr = z.object({ total: count, failed: count, rate: z.number().nullable() });
const at = z.string().nullable();

const scope = (q: z.infer<typeof ScopeQuery>) => ({
  scope: { teamId: q.teamId, serviceId: q.serviceId, repositoryId: q.repositoryId, personId: q.personId },
  range: rangeOf(q),
  bucket: q.bucket,
});

/** Investment allocation, the AI-assisted split, data quality, and the targets of the scorecard checks. */
export function deliveryInsightRoutes(app: App, ctx: PlatformContext) {
  const tags = ['delivery'];
  const leaders = allow.roles('admin', 'executive');

  app.get(
    '/api/v1/delivery/investment',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'Share of merged pull requests (and direct commits) per investment category, with the items',
        querystring: ScopeQuery.extend({
          weight: z.enum(['items', 'lines']).default('items'),
          category: z.enum(INVESTMENT_CATEGORIES as [string, ...string[]]).optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: {
          200: z.object({
            weight: z.enum(['items', 'lines']),
            rulesAreDefault: z.boolean(),
            pullRequests: count,
            directCommits: count,
            categories: z.array(
              z.object({ category: z.string(), count, weight: z.number(), share: z.number().nullable() }),
            ),
            total: count,
            items: z.array(
              z.object({
                kind: z.enum(['pull-request', 'commit']),
                id: z.number(),
                title: z.string(),
                labels: z.array(z.string()),
                category: z.string(),
                rule: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (req) =>
      investment(ctx.db, principalOf(req), {
        ...scope(req.query),
        weight: req.query.weight,
        category: req.query.category as never,
        limit: req.query.limit,
        offset: req.query.offset,
      }),
  );

  app.get(
    '/api/v1/delivery/investment-rules',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'The rules that classify work into investment categories (the first match by position wins)',
        response: { 200: z.object({ isDefault: z.boolean(), rules: z.array(Rule) }) },
      },
    },
    async () => currentRules(ctx.db),
  );

  app.put(
    '/api/v1/delivery/investment-rules',
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Replace the investment rules (an empty list restores the defaults)',
        body: z.object({ rules: z.array(Rule).max(500) }),
        response: { 200: z.object({ isDefault: z.boolean(), rules: z.array(Rule) }) },
      },
    },
    async (req) => {
      await saveRules(ctx.db, auditActor(req), req.body.rules);
      return currentRules(ctx.db);
    },
  );

  app.get(
    '/api/v1/delivery/ai',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary:
          'AI-assisted changes and pull requests, and the DORA and flow figures split by AI assistance',
        querystring: ScopeQuery,
        response: {
          200: z.object({
            changes: z.object({ total: count, aiAssisted: count, share: z.number().nullable() }),
            leadTime: z.object({
              ai: z.object({ count, medianMs: ms }),
              other: z.object({ count, medianMs: ms }),
            }),
            changeFailureRate: z.object({ ai: cfr, other: cfr }),
            pullRequests: z.object({ total: count, aiAssisted: count, ai: split, other: split }),
          }),
        },
      },
    },
    async (req) => aiSplit(ctx.db, principalOf(req), scope(req.query)),
  );

  app.get(
    '/api/v1/delivery/quality',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'What delivery data was collected, when, and what is missing',
        querystring: z.object({ days: z.coerce.number().int().min(1).max(3650).default(90) }),
        response: {
          200: z.object({
            days: count,
            repositories: z.array(
              z.object({
                id: count,
                name: z.string(),
                commits: count,
                commitsWithoutStats: count,
                firstCommit: at,
                lastCommit: at,
                pullRequests: count,
                lastPullRequest: at,
                deployments: count,
                lastDeployment: at,
                gitPath: z.string().nullable(),
                lastSyncedAt: at,
              }),
            ),
            sources: z.array(z.object({ kind: z.string(), source: z.string(), count, last: at })),
            webhooks: z.array(z.object({ source: z.string(), outcome: z.string(), count, last: at })),
            gaps: z.record(z.string(), count),
          }),
        },
      },
    },
    async (req) => dataQuality(ctx.db, req.query.days),
  );

  app.get(
    '/api/v1/delivery/targets',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'The delivery targets the scorecard compares with',
        response: { 200: DeliveryTargets },
      },
    },
    async () => deliveryTargets(ctx.db),
  );

  app.put(
    '/api/v1/delivery/targets',
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Set the delivery targets',
        body: DeliveryTargets,
        response: { 200: DeliveryTargets },
      },
    },
    async (req) => {
      await saveDeliveryTargets(ctx.db, auditActor(req), req.body);
      return deliveryTargets(ctx.db);
    },
  );
}
