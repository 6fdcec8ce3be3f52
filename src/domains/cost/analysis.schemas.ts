/** zod shapes of the cost analysis API: budgets, anomalies, savings and unit costs (inputs and outputs). */

import { z } from 'zod';

const id = z.coerce.number().int().positive();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const decimal = z.string().describe('An exact decimal amount (numeric, never a float)');
const money = z
  .string()
  .regex(/^\d{1,14}(\.\d{1,4})?$/, 'an amount such as 12000 or 12000.50')
  .refine((v) => Number(v) > 0, 'a positive amount')
  .describe('A decimal amount (numeric, never a float), in `currency`');
const estimate = z.number().describe('An estimate (forecast), rounded to cents');

export const IdParams = z.strictObject({ id });

export const BUDGET_SCOPES = ['organization', 'team', 'service', 'service_category'] as const;
export const BUDGET_PERIODS = ['month', 'quarter', 'year'] as const;
export const BUDGET_STATUSES = ['under', 'at-risk', 'over'] as const;

export const BudgetInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  scope: z.enum(BUDGET_SCOPES),
  teamId: z.number().int().positive().nullable().optional().describe('With scope `team`'),
  serviceId: z
    .number()
    .int()
    .positive()
    .nullable()
    .optional()
    .describe('With scope `service` (a catalog component)'),
  serviceCategory: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .nullable()
    .optional()
    .describe('With scope `service_category`: a FOCUS ServiceCategory (Compute, Storage…)'),
  period: z.enum(BUDGET_PERIODS),
  amount: money,
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'an ISO 4217 code such as USD')
    .transform((c) => c.toUpperCase()),
  notes: z.string().max(5000).optional(),
});

export const BudgetUpdateInput = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  period: z.enum(BUDGET_PERIODS).optional(),
  amount: money.optional(),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'an ISO 4217 code such as USD')
    .transform((c) => c.toUpperCase())
    .optional(),
  notes: z.string().max(5000).optional(),
});

export const BudgetQuery = z.strictObject({
  on: day.optional().describe('A day of the period to evaluate (default: the last day with billing data)'),
  team: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('Only budgets of this team and the teams below it'),
});

const backtest = z.object({
  mase: z.number().nullable().describe('Mean absolute scaled error; below 1 beats "same as last week"'),
  mape: z.number().nullable().describe('Mean absolute percentage error, in %'),
  points: z.number().int(),
});

export const BudgetOutput = z.object({
  id: z.number().int(),
  name: z.string(),
  scope: z.enum(BUDGET_SCOPES),
  teamId: z.number().int().nullable(),
  teamName: z.string().nullable(),
  serviceId: z.number().int().nullable(),
  serviceName: z.string().nullable(),
  serviceCategory: z.string().nullable(),
  scopeLabel: z.string(),
  period: z.enum(BUDGET_PERIODS),
  amount: decimal,
  currency: z.string(),
  notes: z.string(),
  updatedAt: z.string(),
  current: z
    .object({
      label: z.string().describe('2026-11, 2026-Q4 or 2026'),
      start: day,
      end: day.describe('exclusive'),
      asOf: day.describe('the last day with data'),
      actualToDate: decimal,
      forecastRemaining: estimate,
      projectedTotal: estimate,
      interval: z.object({ lower: estimate, upper: estimate }).nullable().describe('80% prediction interval'),
      burnShare: z.number(),
      elapsedShare: z.number(),
      projectedShare: z.number(),
      status: z.enum(BUDGET_STATUSES),
      backtest,
      reportingCurrency: z.string(),
      currencyMismatch: z
        .boolean()
        .describe(
          'The budget is in another currency than the reporting currency: amounts are not comparable',
        ),
    })
    .nullable()
    .describe('Null before any billing data'),
  linesHref: z.string().describe('The web page with the billing lines behind the burn'),
});

export const BudgetListOutput = z.object({
  asOf: day.nullable(),
  items: z.array(BudgetOutput),
});

export const BudgetDetailOutput = BudgetOutput.extend({
  daily: z.array(
    z.object({
      date: day,
      actual: z.number().nullable(),
      cumulative: z.number().nullable(),
      forecast: z.number().nullable(),
      lower: z.number().nullable(),
      upper: z.number().nullable(),
    }),
  ),
  factors: z.array(z.number()).describe('Monday-first day-of-week factors of the forecast'),
  level: z.number().describe('Seasonally adjusted daily run rate'),
  history: z
    .array(z.object({ label: z.string(), start: day, actual: decimal, status: z.enum(BUDGET_STATUSES) }))
    .describe('The previous periods, newest first: actual cost against the same amount'),
});

export const AnomalyQuery = z.strictObject({
  grouping: z.enum(['team', 'service']).optional().describe('Default: both'),
  team: z.coerce.number().int().positive().optional(),
  days: z.coerce
    .number()
    .int()
    .min(7)
    .max(365)
    .optional()
    .describe('Days scored, ending on the last day with data (default 90)'),
});

const contributor = z.object({
  key: z.string().describe('ResourceId, else ServiceName'),
  service: z.string().nullable(),
  actual: estimate,
  expected: estimate,
  delta: estimate,
});

export const AnomalyOutput = z.object({
  id: z.string(),
  grouping: z.enum(['team', 'service']),
  unit: z.object({
    key: z.string(),
    label: z.string(),
    kind: z.string(),
    id: z.number().int().nullable(),
  }),
  date: day,
  direction: z.enum(['spike', 'drop']),
  actual: estimate,
  expected: estimate,
  delta: estimate,
  score: z.number().describe('Modified z-score (Iglewicz & Hoaglin)'),
  contributors: z.array(contributor),
  linesHref: z.string(),
});

export const AnomalyListOutput = z.object({
  currency: z.string(),
  from: day.nullable(),
  to: day.nullable(),
  method: z.object({
    window: z.number(),
    threshold: z.number(),
    minDelta: z.number(),
    minHistory: z.number(),
  }),
  items: z.array(AnomalyOutput),
});

export const AnomalySeriesQuery = z.strictObject({
  grouping: z.enum(['team', 'service']),
  unit: z.string().min(1).max(300),
  days: z.coerce.number().int().min(7).max(365).optional(),
});

export const AnomalySeriesOutput = z.object({
  currency: z.string(),
  unit: z.object({ key: z.string(), label: z.string(), kind: z.string(), id: z.number().int().nullable() }),
  days: z.array(
    z.object({
      date: day,
      actual: z.number(),
      expected: z.number().nullable(),
      lower: z.number().nullable(),
      upper: z.number().nullable(),
      anomaly: z.enum(['spike', 'drop']).nullable(),
    }),
  ),
});

export const SavingsQuery = z.strictObject({
  team: z.coerce.number().int().positive().optional(),
  days: z.coerce
    .number()
    .int()
    .min(7)
    .max(365)
    .optional()
    .describe('Window ending on the last day with data (default 30)'),
});

const amountIn = z.object({ currency: z.string(), amount: decimal, annual: decimal });

export const SavingsOutput = z.object({
  window: z.object({ from: day, to: day, days: z.number().int() }).nullable(),
  opportunities: z.array(
    z.object({
      kind: z.enum(['unused-seats', 'idle-resources', 'unallocated', 'commitments', 'non-production']),
      title: z.string(),
      description: z.string(),
      amounts: z.array(amountIn).describe('Per currency: cost in the window and its annual equivalent'),
      href: z.string().nullable(),
      available: z
        .boolean()
        .describe('False when the data it needs is missing (then `description` says why)'),
    }),
  ),
  unusedSeats: z.array(
    z.object({
      toolId: z.number().int().nullable(),
      name: z.string(),
      unusedSeats: z.number().int(),
      currency: z.string(),
      annual: decimal,
    }),
  ),
  idleResources: z.array(
    z.object({
      resourceId: z.string(),
      resourceName: z.string().nullable(),
      serviceName: z.string().nullable(),
      provider: z.string(),
      account: z.string().nullable(),
      teamId: z.number().int().nullable(),
      currency: z.string(),
      cost: decimal,
      annual: decimal,
    }),
  ),
  unallocated: z.array(
    z.object({
      resourceId: z.string().nullable(),
      serviceName: z.string().nullable(),
      provider: z.string(),
      account: z.string().nullable(),
      untagged: z.boolean(),
      currency: z.string(),
      cost: decimal,
      annual: decimal,
    }),
  ),
  commitments: z.object({
    items: z.array(
      z.object({
        commitmentId: z.string(),
        type: z.string().nullable(),
        category: z.string().nullable(),
        provider: z.string(),
        currency: z.string(),
        used: decimal,
        unused: decimal,
        utilization: z.number().nullable(),
        annualUnused: decimal,
      }),
    ),
    coverage: z.array(
      z.object({
        currency: z.string(),
        provider: z.string(),
        serviceCategory: z.string().nullable(),
        covered: decimal,
        eligible: decimal,
        coverage: z.number().nullable(),
      }),
    ),
  }),
  environments: z.array(
    z.object({
      environment: z.string().nullable(),
      production: z.boolean(),
      currency: z.string(),
      cost: decimal,
      annual: decimal,
    }),
  ),
});

export const UnitCostQuery = z.strictObject({
  team: z.coerce.number().int().positive().optional(),
  months: z.coerce
    .number()
    .int()
    .min(1)
    .max(36)
    .optional()
    .describe('Months ending with the last month with data (default 12)'),
});

export const UnitCostOutput = z.object({
  currency: z.string(),
  months: z.array(
    z.object({
      month: z.string(),
      partial: z.boolean().describe('The month is not complete in the billing data'),
      cost: decimal,
      engineers: z.number().int(),
      costPerEngineer: decimal.nullable(),
      services: z.number().int(),
      serviceCost: decimal.describe('Cost allocated to services'),
      costPerService: decimal.nullable(),
      deployments: z.number().int(),
      costPerDeployment: decimal.nullable(),
    }),
  ),
  services: z.array(
    z.object({
      id: z.number().int().nullable(),
      key: z.string(),
      label: z.string(),
      total: decimal,
      values: z.array(decimal),
    }),
  ),
  change: z.object({
    costPerEngineer: z
      .number()
      .nullable()
      .describe('Last complete month against three months before, relative'),
    costPerDeployment: z.number().nullable(),
    costPerService: z.number().nullable(),
  }),
});
