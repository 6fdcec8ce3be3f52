import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { principalOf } from '../../platform/http/authorize.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import {
  DeploymentItem,
  DORA_METRICS,
  DoraOutputSchema,
  FLOW_METRICS,
  FlowOutputSchema,
  IncidentItem,
  PullRequestItem,
  RowsOutput,
  RowsQuery,
  rangeOf,
  ScopeQuery,
  type ScopeQueryInput,
} from './delivery.schemas.js';
import { doraRows, explore, flowRows } from './delivery-explorer.service.js';
import { doraByTeam, doraFor, flowWithTrend, type MetricRequest } from './delivery-metrics.service.js';
import type { TimeRange } from './metrics/delivery-rows.js';
import type { DoraPeriod } from './metrics/dora.js';
import { DORA_THRESHOLDS } from './metrics/dora-levels.js';
import type { FlowOutput } from './metrics/flow.js';

const isoRange = (r: TimeRange) => ({
  from: new Date(r.from).toISOString(),
  to: new Date(r.to).toISOString(),
});

function request(q: ScopeQueryInput): MetricRequest {
  return {
    scope: { teamId: q.teamId, serviceId: q.serviceId, repositoryId: q.repositoryId, personId: q.personId },
    range: rangeOf(q),
    bucket: q.bucket,
  };
}

function figures(p: DoraPeriod) {
  const f = p.deploymentFrequency;
  const l = p.leadTime;
  const r = p.recoveryTime;
  return {
    deploymentFrequency: {
      count: f.count,
      perDay: f.perDay,
      perWeek: f.perWeek,
      weeks: f.weeks,
      medianDeployDaysPerWeek: f.medianDeployDaysPerWeek,
      category: f.category,
      level: f.level,
    },
    leadTime: {
      count: l.count,
      medianMs: l.median,
      p75Ms: l.p75,
      p90Ms: l.p90,
      level: l.level,
      excludedFirstDeployment: l.excludedFirstDeployments.length,
      excludedMergeCommits: l.excludedMergeCommits.length,
      excludedNegative: l.excludedNegative.length,
    },
    changeFailureRate: {
      rate: p.changeFailureRate.rate,
      failed: p.changeFailureRate.failed,
      total: p.changeFailureRate.total,
      level: p.changeFailureRate.level,
    },
    recoveryTime: {
      count: r.count,
      medianMs: r.median,
      p75Ms: r.p75,
      p90Ms: r.p90,
      level: r.level,
      unresolved: r.unresolved.length,
    },
    reworkRate: { rate: p.reworkRate.rate, rework: p.reworkRate.rework, total: p.reworkRate.total },
  };
}

const fig = (x: { count: number; median: number | null; p75: number | null; p90: number | null }) => ({
  count: x.count,
  medianMs: x.median,
  p75Ms: x.p75,
  p90Ms: x.p90,
});

export function flowSummary(f: FlowOutput) {
  return {
    range: isoRange(f.range),
    merged: f.cycles.length,
    cycleTime: fig(f.cycleTime),
    coding: fig(f.coding),
    pickup: fig(f.pickup),
    review: fig(f.review),
    deploy: fig(f.deploy),
    notDeployed: f.notDeployed.length,
    anomalies: f.anomalies.length,
    size: {
      count: f.size.count,
      median: f.size.median,
      buckets: Object.fromEntries(Object.entries(f.size.buckets).map(([k, v]) => [k, v.length])),
      unknown: f.size.unknown.length,
    },
    timeToFirstReview: {
      ...fig(f.timeToFirstReview),
      waiting: f.timeToFirstReview.waiting.length,
      neverReviewed: f.timeToFirstReview.neverReviewed.length,
    },
    reviewCoverage: {
      rate: f.reviewCoverage.rate,
      covered: f.reviewCoverage.covered.length,
      uncovered: f.reviewCoverage.uncovered.length,
    },
    workInProgress: {
      openAtEnd: f.workInProgress.openAtEnd.length,
      averageOpen: f.workInProgress.averageOpen,
    },
  };
}

/** DORA and flow metrics with their drill-downs, and the deployment, pull request and incident explorers. */
export function deliveryMetricRoutes(app: App, ctx: PlatformContext) {
  const tags = ['delivery'];
  const policy = allow.authenticated();

  app.get(
    '/api/v1/delivery/dora',
    {
      config: { policy },
      schema: {
        tags,
        summary: 'DORA metrics with performance levels and a trend (definitions: docs/metrics.md#delivery)',
        querystring: ScopeQuery,
        response: { 200: DoraOutputSchema },
      },
    },
    async (req) => {
      const d = await doraFor(ctx.db, principalOf(req), request(req.query));
      return {
        ...figures(d),
        range: isoRange(d.range),
        bucket: d.bucket,
        levels: { source: DORA_THRESHOLDS.source, year: DORA_THRESHOLDS.year, url: DORA_THRESHOLDS.url },
        trend: d.trend.map((t) => ({
          label: t.label,
          start: new Date(t.start).toISOString(),
          end: new Date(t.end).toISOString(),
          partial: t.partial,
          deployments: t.deploymentFrequency.count,
          leadTimeMedianMs: t.leadTime.median,
          changeFailureRate: t.changeFailureRate.rate,
          recoveryMedianMs: t.recoveryTime.median,
          reworkRate: t.reworkRate.rate,
        })),
      };
    },
  );

  app.get(
    '/api/v1/delivery/dora/teams',
    {
      config: { policy },
      schema: {
        tags,
        summary:
          'The DORA figures of each sub-team of a team (or of every team), each counting the services it owns',
        querystring: ScopeQuery.pick({ teamId: true, from: true, to: true }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                teamId: z.number(),
                name: z.string(),
                services: z.number(),
                deployments: z.number(),
                deploymentsPerWeek: z.number(),
                deploymentFrequencyLevel: z.string().nullable(),
                leadTimeMedianMs: z.number().nullable(),
                leadTimeLevel: z.string().nullable(),
                changeFailureRate: z.number().nullable(),
                changeFailureRateLevel: z.string().nullable(),
                recoveryMedianMs: z.number().nullable(),
                recoveryTimeLevel: z.string().nullable(),
                reworkRate: z.number().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const teams = await doraByTeam(ctx.db, principalOf(req), {
        teamId: req.query.teamId ?? null,
        range: rangeOf(req.query),
      });
      return {
        items: teams.map(({ teamId, name, services, dora: d }) => ({
          teamId,
          name,
          services,
          deployments: d.deploymentFrequency.count,
          deploymentsPerWeek: d.deploymentFrequency.perWeek,
          deploymentFrequencyLevel: d.deploymentFrequency.level,
          leadTimeMedianMs: d.leadTime.median,
          leadTimeLevel: d.leadTime.level,
          changeFailureRate: d.changeFailureRate.rate,
          changeFailureRateLevel: d.changeFailureRate.level,
          recoveryMedianMs: d.recoveryTime.median,
          recoveryTimeLevel: d.recoveryTime.level,
          reworkRate: d.reworkRate.rate,
        })),
      };
    },
  );

  app.get(
    '/api/v1/delivery/dora/rows',
    {
      config: { policy },
      schema: {
        tags,
        summary: 'The deployments, changes and incidents behind one DORA figure',
        querystring: RowsQuery.extend({ metric: z.enum(DORA_METRICS) }),
        response: { 200: RowsOutput },
      },
    },
    async (req) => {
      const r = await doraRows(ctx.db, principalOf(req), {
        ...request(req.query),
        metric: req.query.metric,
        limit: req.query.limit,
        offset: req.query.offset,
      });
      return { ...r, pullRequests: [] };
    },
  );

  app.get(
    '/api/v1/delivery/flow',
    {
      config: { policy },
      schema: {
        tags,
        summary:
          'Pull-request flow: cycle time and its parts, size, first review, review coverage, work in progress',
        querystring: ScopeQuery,
        response: { 200: FlowOutputSchema },
      },
    },
    async (req) => {
      const { flow, trend } = await flowWithTrend(ctx.db, principalOf(req), request(req.query));
      return {
        ...flowSummary(flow),
        trend: trend.map(({ label, start, end, partial, flow: t }) => ({
          label,
          start: new Date(start).toISOString(),
          end: new Date(end).toISOString(),
          partial,
          merged: t.cycles.length,
          cycleMedianMs: t.cycleTime.median,
          codingMedianMs: t.coding.median,
          pickupMedianMs: t.pickup.median,
          reviewMedianMs: t.review.median,
          deployMedianMs: t.deploy.median,
          reviewCoverage: t.reviewCoverage.rate,
        })),
      };
    },
  );

  app.get(
    '/api/v1/delivery/flow/rows',
    {
      config: { policy },
      schema: {
        tags,
        summary: 'The pull requests behind one flow figure',
        querystring: RowsQuery.extend({ metric: z.enum(FLOW_METRICS) }),
        response: { 200: RowsOutput },
      },
    },
    async (req) => {
      const r = await flowRows(ctx.db, principalOf(req), {
        ...request(req.query),
        metric: req.query.metric,
        limit: req.query.limit,
        offset: req.query.offset,
      });
      return { ...r, deployments: [], commits: [], incidents: [] };
    },
  );

  const ListQuery = RowsQuery.extend({
    environment: z.enum(['production', 'staging', 'testing', 'development', 'other']).optional(),
    status: z
      .string()
      .max(40)
      .optional()
      .describe('Deployment status, pull request state or incident status'),
  });
  for (const [kind, item, summary] of [
    ['deployments', DeploymentItem, 'Deployments of a scope and range, newest first'],
    ['pull-requests', PullRequestItem, 'Pull requests opened in a range, newest first'],
    [
      'incidents',
      IncidentItem,
      'Incidents started in a range, newest first, with the deployment they are attributed to',
    ],
  ] as const) {
    app.get(
      `/api/v1/delivery/${kind}`,
      {
        config: { policy },
        schema: {
          tags,
          summary,
          querystring: ListQuery,
          response: { 200: z.object({ total: z.number(), items: z.array(item) }) },
        },
      },
      async (req) =>
        explore(ctx.db, principalOf(req), kind, {
          ...request(req.query),
          environment: req.query.environment,
          status: req.query.status,
          limit: req.query.limit,
          offset: req.query.offset,
        }) as never,
    );
  }
}
