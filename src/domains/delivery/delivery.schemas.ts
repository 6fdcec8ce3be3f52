/** zod shapes of the delivery API (queries and outputs). */

import { z } from 'zod';

const id = z.coerce.number().int().positive();
const DAY = 86_400_000;

export const ScopeQuery = z.object({
  teamId: id
    .optional()
    .describe('A team and every team below it (services it owns; its people’s pull requests)'),
  serviceId: id.optional().describe('A service (catalog component)'),
  repositoryId: id.optional().describe('A repository'),
  personId: id.optional().describe('A person (visible to them and their manager chain)'),
  from: z.string().date().optional().describe('First day, YYYY-MM-DD (default: 90 days before `to`)'),
  to: z.string().date().optional().describe('Last day, YYYY-MM-DD, included (default: today)'),
  bucket: z.enum(['week', 'month']).default('week').describe('Trend step'),
});
export type ScopeQueryInput = z.infer<typeof ScopeQuery>;

/** `[from, to)` in epoch ms from the query's days (`to` included, so the range ends the next midnight UTC). */
export function rangeOf(
  q: { from?: string | undefined; to?: string | undefined },
  now = Date.now(),
): {
  from: number;
  to: number;
} {
  const to = q.to ? Date.parse(`${q.to}T00:00:00Z`) + DAY : Math.floor(now / DAY) * DAY + DAY;
  const from = q.from ? Date.parse(`${q.from}T00:00:00Z`) : to - 90 * DAY;
  return { from, to: Math.max(to, from + DAY) };
}

const level = z.enum(['elite', 'high', 'medium', 'low']).nullable();
const ms = z.number().nullable();

export const DoraFigures = z.object({
  deploymentFrequency: z.object({
    count: z.number(),
    perDay: z.number(),
    perWeek: z.number(),
    weeks: z.number(),
    medianDeployDaysPerWeek: z.number().nullable(),
    category: z.string().nullable(),
    level,
  }),
  leadTime: z.object({
    count: z.number(),
    medianMs: ms,
    p75Ms: ms,
    p90Ms: ms,
    level,
    excludedFirstDeployment: z.number(),
    excludedMergeCommits: z.number(),
    excludedNegative: z.number(),
  }),
  changeFailureRate: z.object({ rate: z.number().nullable(), failed: z.number(), total: z.number(), level }),
  recoveryTime: z.object({
    count: z.number(),
    medianMs: ms,
    p75Ms: ms,
    p90Ms: ms,
    level,
    unresolved: z.number(),
  }),
  reworkRate: z.object({ rate: z.number().nullable(), rework: z.number(), total: z.number() }),
});

export const DoraOutputSchema = DoraFigures.extend({
  range: z.object({ from: z.string(), to: z.string() }),
  bucket: z.enum(['week', 'month']),
  levels: z.object({ source: z.string(), year: z.number(), url: z.string() }),
  trend: z.array(
    z.object({
      label: z.string(),
      start: z.string(),
      end: z.string(),
      partial: z.boolean(),
      deployments: z.number(),
      leadTimeMedianMs: ms,
      changeFailureRate: z.number().nullable(),
      recoveryMedianMs: ms,
      reworkRate: z.number().nullable(),
    }),
  ),
});

const flowFigure = z.object({ count: z.number(), medianMs: ms, p75Ms: ms, p90Ms: ms });

export const FlowOutputSchema = z.object({
  range: z.object({ from: z.string(), to: z.string() }),
  merged: z.number(),
  cycleTime: flowFigure,
  coding: flowFigure,
  pickup: flowFigure,
  review: flowFigure,
  deploy: flowFigure,
  notDeployed: z.number(),
  anomalies: z.number(),
  size: z.object({
    count: z.number(),
    median: z.number().nullable(),
    buckets: z.record(z.string(), z.number()),
    unknown: z.number(),
  }),
  timeToFirstReview: flowFigure.extend({ waiting: z.number(), neverReviewed: z.number() }),
  reviewCoverage: z.object({ rate: z.number().nullable(), covered: z.number(), uncovered: z.number() }),
  workInProgress: z.object({ openAtEnd: z.number(), averageOpen: z.number() }),
  trend: z.array(
    z.object({
      label: z.string(),
      start: z.string(),
      end: z.string(),
      partial: z.boolean(),
      merged: z.number(),
      cycleMedianMs: ms,
      codingMedianMs: ms,
      pickupMedianMs: ms,
      reviewMedianMs: ms,
      deployMedianMs: ms,
      reviewCoverage: z.number().nullable(),
    }),
  ),
});

export const DORA_METRICS = [
  'deployment-frequency',
  'lead-time',
  'change-failure-rate',
  'recovery-time',
  'rework-rate',
] as const;
export const FLOW_METRICS = [
  'cycle-time',
  'coding',
  'pickup',
  'review',
  'deploy',
  'not-deployed',
  'anomalies',
  'size',
  'time-to-first-review',
  'review-coverage',
  'work-in-progress',
] as const;

export const RowsQuery = ScopeQuery.extend({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const DeploymentItem = z.object({
  id: z.number(),
  source: z.string(),
  externalId: z.string(),
  service: z.object({ id: z.number(), name: z.string() }).nullable(),
  repository: z.object({ id: z.number(), name: z.string() }).nullable(),
  environment: z.string(),
  environmentName: z.string(),
  status: z.string(),
  sha: z.string().nullable(),
  name: z.string().nullable(),
  url: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  rework: z.boolean().nullable(),
  changes: z.number(),
  incidents: z.number(),
});

export const CommitItem = z.object({
  id: z.number(),
  repository: z.string(),
  sha: z.string(),
  subject: z.string(),
  author: z.string().nullable(),
  authoredAt: z.string(),
  deploymentId: z.number().nullable(),
  deployedAt: z.string().nullable(),
  leadTimeMs: z.number().nullable(),
});

export const IncidentItem = z.object({
  id: z.number(),
  source: z.string(),
  externalId: z.string(),
  title: z.string(),
  service: z.object({ id: z.number(), name: z.string() }).nullable(),
  severity: z.string().nullable(),
  status: z.string(),
  startedAt: z.string(),
  resolvedAt: z.string().nullable(),
  deploymentId: z.number().nullable(),
  attribution: z.string().nullable(),
  url: z.string().nullable(),
});

export const PullRequestItem = z.object({
  id: z.number(),
  repository: z.string(),
  number: z.number(),
  title: z.string(),
  state: z.string(),
  author: z.string().nullable(),
  createdAt: z.string(),
  mergedAt: z.string().nullable(),
  deployedAt: z.string().nullable(),
  additions: z.number().nullable(),
  deletions: z.number().nullable(),
  reviews: z.number(),
  labels: z.array(z.string()),
  url: z.string().nullable(),
  aiAssisted: z.boolean(),
  cycleMs: z.number().nullable().optional(),
});

export const RowsOutput = z.object({
  metric: z.string(),
  total: z.number(),
  deployments: z.array(DeploymentItem),
  commits: z.array(CommitItem),
  incidents: z.array(IncidentItem),
  pullRequests: z.array(PullRequestItem),
});
