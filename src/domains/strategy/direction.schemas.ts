/** zod shapes of the direction API: vision, goals with key results, initiatives (inputs and outputs). */

import { z } from 'zod';
import { KEY_RESULT_METRIC_IDS } from './key-result-metrics.service.js';

const id = z.coerce.number().int().positive();
const day = z.string().date();
const period = z
  .string()
  .regex(/^\d{4}(-(H[12]|Q[1-4]))?$/, 'a year (2026), a half (2026-H2) or a quarter (2026-Q3)');
const person = z.object({ id: z.number(), name: z.string() });
const money = z
  .string()
  .regex(/^\d{1,14}(\.\d{1,2})?$/, 'an amount such as 125000 or 125000.50')
  .describe('A decimal amount (numeric, never a float), in `currency`');

export const IdParams = z.strictObject({ id });
export const PeriodParams = z.strictObject({ period });
export const ItemParams = z.strictObject({ id, itemId: id });
export const MilestoneParams = z.strictObject({ id, milestoneId: id });

export const VisionInput = z.strictObject({
  title: z.string().trim().min(1).max(200),
  body: z.string().max(200_000).describe('Markdown'),
  objectives: z.array(z.string().trim().min(1).max(300)).max(30).describe('Business objectives it serves'),
  ownerPersonId: z.number().int().positive().nullable(),
  reviewOn: day.nullable().describe('When the vision is reviewed next'),
});

const visionState = z.enum(['current', 'review-due', 'out-of-period']);
export const VisionOutput = z.object({
  period: z.string(),
  title: z.string(),
  body: z.string(),
  objectives: z.array(z.string()),
  owner: person.nullable(),
  reviewOn: z.string().nullable(),
  state: visionState,
  version: z.number(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export const VisionDetailOutput = VisionOutput.extend({
  versions: z.array(
    z.object({
      version: z.number(),
      title: z.string(),
      body: z.string(),
      objectives: z.array(z.string()),
      owner: z.string().nullable(),
      reviewOn: z.string().nullable(),
      savedAt: z.string(),
      savedBy: z.string(),
    }),
  ),
});

export const GoalQuery = z.object({
  period: period.optional().describe('Default: the latest period with goals'),
});
export const GoalInput = z.strictObject({
  parentId: z.number().int().positive().nullable().describe('The goal this one rolls up to'),
  teamId: z.number().int().positive().nullable().describe('null: an organization goal'),
  period,
  title: z.string().trim().min(1).max(300),
  description: z.string().max(10_000).default(''),
  ownerPersonId: z.number().int().positive().nullable(),
});

const confidence = z.number().min(0).max(1).describe('0–1: how likely the target is met');
export const KeyResultInput = z.strictObject({
  title: z.string().trim().min(1).max(300),
  unit: z.string().max(20).default(''),
  direction: z.enum(['increase', 'decrease']),
  start: z.number().finite(),
  target: z.number().finite(),
  current: z.number().finite().nullable().default(null),
  confidence: confidence.nullable().default(null),
  metric: z
    .enum(KEY_RESULT_METRIC_IDS)
    .nullable()
    .default(null)
    .describe('Bind to a live figure of the goal’s team (or the organization); its value replaces check-ins'),
});
export const CheckinInput = z.strictObject({
  value: z.number().finite().nullable().default(null),
  confidence: confidence.nullable().default(null),
  note: z.string().max(2000).default(''),
});

const checkin = z.object({
  id: z.number(),
  at: z.string(),
  value: z.number().nullable(),
  confidence: z.number().nullable(),
  note: z.string(),
  by: z.string(),
});
export const CheckinsOutput = z.object({ items: z.array(checkin) });
export const KeyResultOutput = z.object({
  id: z.number(),
  goalId: z.number(),
  title: z.string(),
  unit: z.string(),
  direction: z.enum(['increase', 'decrease']),
  start: z.number(),
  target: z.number(),
  current: z.number().nullable(),
  progress: z.number().nullable(),
  confidence: z.number().nullable(),
  metric: z
    .object({ id: z.string(), label: z.string(), href: z.string(), from: z.string(), to: z.string() })
    .nullable(),
  checkins: z.array(checkin),
});
export const GoalOutput = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  team: z.object({ id: z.number(), name: z.string() }).nullable(),
  period: z.string(),
  title: z.string(),
  description: z.string(),
  owner: person.nullable(),
  progress: z.number().nullable(),
  keyResults: z.array(KeyResultOutput),
  mayChange: z.boolean(),
});
export const GoalTreeOutput = z.object({
  periods: z.array(z.string()),
  period: z.string().nullable(),
  items: z.array(GoalOutput),
});
export const MetricsOutput = z.object({
  items: z.array(z.object({ id: z.string(), label: z.string(), unit: z.string() })),
});

const status = z.enum(['proposed', 'active', 'done', 'cancelled', 'on_hold']);
export const InitiativeInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(20_000).default(''),
  ownerPersonId: z.number().int().positive().nullable().default(null),
  status,
  plannedStart: day,
  plannedEnd: day,
  completedOn: day.nullable().default(null),
  budget: z
    .strictObject({
      amount: money.nullable().default(null),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR')
        .nullable()
        .default(null),
      weeks: z.number().min(0).max(100_000).nullable().default(null).describe('Engineer-weeks'),
    })
    .default({ amount: null, currency: null, weeks: null }),
  actualCostAmount: money
    .nullable()
    .default(null)
    .describe('Entered by hand until the cost domain reports spend per initiative'),
  teamIds: z.array(z.number().int().positive()).max(50).default([]),
  goalIds: z.array(z.number().int().positive()).max(50).default([]),
  acceptance: z
    .array(z.strictObject({ text: z.string().trim().min(1).max(500), done: z.boolean().default(false) }))
    .max(100)
    .default([]),
  links: z
    .strictObject({
      repositories: z.array(z.string().min(1).max(300)).max(100).default([]).describe('owner/name'),
      services: z.array(z.string().min(1).max(300)).max(100).default([]).describe('catalog component names'),
      labels: z.array(z.string().min(1).max(100)).max(20).default([]).describe('pull-request labels'),
      pullRequests: z.array(z.string().min(3).max(320)).max(500).default([]).describe('owner/name#number'),
    })
    .default({ repositories: [], services: [], labels: [], pullRequests: [] }),
});
export const MilestoneInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  dueOn: day,
  doneOn: day.nullable().default(null),
});
export const AcceptanceInput = z.strictObject({ done: z.boolean() });

const pr = z.object({
  id: z.number(),
  repository: z.string(),
  number: z.number(),
  title: z.string(),
  state: z.enum(['open', 'closed', 'merged']),
  url: z.string().nullable(),
  labels: z.array(z.string()),
  author: z.string().nullable(),
  createdAt: z.string(),
  firstCommitAt: z.string().nullable(),
  mergedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  deployedAt: z.string().nullable(),
  commits: z.number(),
});
export const InitiativeOutput = z.object({
  id: z.number(),
  name: z.string(),
  description: z.string(),
  status,
  owner: person.nullable(),
  teams: z.array(z.object({ id: z.number(), name: z.string() })),
  goals: z.array(z.object({ id: z.number(), title: z.string() })),
  plannedStart: z.string(),
  plannedEnd: z.string(),
  completedOn: z.string().nullable(),
  budget: z.object({
    amount: z.string().nullable(),
    currency: z.string().nullable(),
    weeks: z.number().nullable(),
  }),
  actualCost: z.object({
    amount: z.string().nullable(),
    currency: z.string().nullable(),
    source: z
      .enum(['manual', 'cloud', 'manual+cloud'])
      .nullable()
      .describe('manual: entered by hand; cloud: cloud cost tagged initiative/project with its name'),
    cloud: z
      .array(z.object({ currency: z.string(), amount: z.string() }))
      .describe('Cloud cost tagged to the initiative, per currency'),
  }),
  milestones: z.array(
    z.object({ id: z.number(), name: z.string(), dueOn: z.string(), doneOn: z.string().nullable() }),
  ),
  acceptance: z.array(z.object({ id: z.number(), text: z.string(), done: z.boolean() })),
  links: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(['repository', 'service', 'label', 'pull_request']),
      value: z.string(),
    }),
  ),
  actuals: z.object({
    start: z.string().nullable(),
    latestDelivery: z.string().nullable(),
    engineerWeeks: z.number(),
    engineers: z.number(),
    pullRequests: z.number(),
    merged: z.number(),
    open: z.number(),
    deployed: z.number(),
  }),
  state: z.object({
    spec: z.number().nullable(),
    schedule: z.object({
      end: z.string().nullable(),
      forecast: z.boolean(),
      slipDays: z.number().nullable(),
      onTime: z.boolean().nullable(),
    }),
    budget: z.object({
      basis: z.enum(['engineer-weeks', 'money']).nullable(),
      budget: z.number().nullable(),
      spent: z.number().nullable(),
      burn: z.number().nullable(),
      elapsed: z.number(),
      cpi: z.number().nullable(),
      onBudget: z.boolean().nullable(),
    }),
    onTrack: z.boolean().nullable(),
  }),
  mayChange: z.boolean(),
});
export const InitiativeDetailOutput = InitiativeOutput.extend({ pullRequests: z.array(pr) });
export const PortfolioOutput = z.object({ asOf: z.string(), items: z.array(InitiativeOutput) });
