import { z } from 'zod';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const Decimal = z.string().describe('an exact decimal number as text');

export const COST_DIMENSIONS = [
  'team',
  'service',
  'provider',
  'service_category',
  'service_name',
  'account',
  'environment',
  'charge_category',
  'tag',
  'none',
] as const;

/** Filters shared by the series, lines and summary endpoints. */
export const CostFilterQuery = z.object({
  from: Day.optional().describe('First charge day (default: 12 months before `to`)'),
  to: Day.optional().describe('Last charge day (default: the last day with billing data)'),
  team: z.coerce.number().int().positive().optional(),
  service: z.coerce.number().int().positive().optional(),
  provider: z.string().max(200).optional(),
  category: z.string().max(200).optional().describe('FOCUS ServiceCategory'),
  serviceName: z.string().max(500).optional(),
  account: z.string().max(500).optional().describe('SubAccountId: account, subscription or project'),
  environment: z.string().max(100).optional().describe('prod, staging, dev, test… or (none)'),
  chargeCategory: z.string().max(100).optional(),
  metric: z
    .enum(['effective', 'billed'])
    .default('effective')
    .describe('Amortized (effective) or billed cost'),
});

const TagKey = z
  .string()
  .min(1)
  .max(200)
  .optional()
  .describe('With groupBy=tag: the tag key (Team = team = team_name)');

export const CostSeriesQuery = CostFilterQuery.extend({
  step: z.enum(['day', 'month']).default('month'),
  groupBy: z.enum(COST_DIMENSIONS).default('team'),
  tagKey: TagKey,
});

export const CostGroupOutput = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(['team', 'service', 'unallocated', 'unknown-unit', 'value']),
  id: z.number().nullable(),
  total: Decimal,
  direct: Decimal,
  shared: Decimal.describe('Share of shared pools split to this group'),
  values: z.array(Decimal),
});

export const CostSeriesOutput = z.object({
  from: Day,
  to: Day,
  currency: z.string().nullable(),
  buckets: z.array(z.string()),
  groups: z.array(CostGroupOutput),
  total: Decimal,
  unallocated: Decimal,
  otherCurrencies: z.array(z.object({ currency: z.string(), total: Decimal })),
});

export const CostLinesQuery = CostFilterQuery.extend({
  groupBy: z.enum(COST_DIMENSIONS).default('team'),
  tagKey: TagKey,
  group: z
    .string()
    .max(600)
    .optional()
    .describe('A group key of the series (team:3, unallocated, value:AWS…)'),
  sort: z.enum(['cost', 'day', 'row']).default('cost'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const CostLineOutput = z.object({
  id: z.number(),
  importId: z.number(),
  file: z.string(),
  sourceRow: z.number(),
  chargeDay: Day,
  provider: z.string(),
  billingAccountId: z.string(),
  account: z.string().nullable(),
  serviceName: z.string().nullable(),
  serviceCategory: z.string().nullable(),
  region: z.string().nullable(),
  resourceId: z.string().nullable(),
  chargeCategory: z.string().nullable(),
  environment: z.string().nullable(),
  tags: z.record(z.string(), z.unknown()).nullable(),
  billedCost: Decimal,
  effectiveCost: Decimal,
  currency: z.string(),
  unit: z.string().nullable(),
  pool: z.string().nullable(),
  via: z.string().describe('The rule that decided: tag#0, account#1, shared:<pool>, no-rule…'),
  teamId: z.number().nullable(),
  serviceId: z.number().nullable(),
});

export const CostLinesOutput = z.object({ total: z.number(), items: z.array(CostLineOutput) });

export const CostImportOutput = z.object({
  id: z.number(),
  file: z.string(),
  format: z.string(),
  focusVersion: z.string().nullable(),
  rowsRead: z.number(),
  rowsImported: z.number(),
  rowsReplaced: z.number(),
  linesCurrent: z.number().describe('Lines of this import still current (not replaced by a later import)'),
  periods: z.array(
    z.object({
      provider: z.string(),
      billingAccountId: z.string(),
      billingPeriodStart: z.string(),
      rows: z.number(),
      replaced: z.number(),
    }),
  ),
  totals: z.record(z.string(), z.object({ rows: z.number(), billedCost: Decimal, effectiveCost: Decimal })),
  warnings: z.array(
    z.object({
      column: z.string(),
      kind: z.string(),
      count: z.number(),
      firstRow: z.number().nullable().optional(),
      message: z.string(),
    }),
  ),
  importedBy: z.string().nullable(),
  importedAt: z.string(),
  durationMs: z.number().nullable(),
});

const Rule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tag'), keys: z.array(z.string().min(1).max(100)).max(20).optional() }),
  z.object({
    kind: z.literal('account'),
    accounts: z.record(z.string().max(500), z.string().min(1).max(200)),
  }),
  z.object({
    kind: z.literal('resource-glob'),
    pattern: z.string().min(1).max(500),
    unit: z.string().min(1).max(200),
  }),
  z.object({
    kind: z.literal('ownership'),
    owners: z.record(z.string().max(1000), z.string().min(1).max(200)).default({}),
    catalog: z.boolean().optional(),
  }),
]);

const Pool = z.object({
  name: z.string().min(1).max(100),
  match: z.object({
    accounts: z.array(z.string().max(500)).max(500).optional(),
    resourceGlobs: z.array(z.string().max(500)).max(100).optional(),
    services: z.array(z.string().max(500)).max(200).optional(),
    tag: z.object({ key: z.string().min(1).max(100), value: z.string().min(1).max(200) }).optional(),
  }),
  split: z.enum(['even', 'headcount', 'proportional']),
  units: z.array(z.string().min(1).max(200)).max(1000).optional(),
  headcount: z.record(z.string(), z.number().int().min(0)).optional(),
});

export const AllocationBodyInput = z.object({
  rules: z.array(Rule).max(200),
  pools: z.array(Pool).max(100),
});

export const AllocationRulesInput = z.object({
  body: AllocationBodyInput,
  note: z.string().max(2000).default(''),
});

export const AllocationRulesOutput = z.object({
  version: z.number(),
  body: AllocationBodyInput,
  note: z.string(),
  savedBy: z.string().nullable(),
  savedAt: z.string().nullable(),
  versions: z.array(
    z.object({ version: z.number(), note: z.string(), savedBy: z.string().nullable(), savedAt: z.string() }),
  ),
});

export const CostSummaryOutput = z.object({
  from: Day,
  to: Day,
  currency: z.string().nullable(),
  total: Decimal,
  previousTotal: Decimal.describe('The same number of days just before `from`'),
  unallocated: Decimal,
  unallocatedShare: z.number().nullable().describe('Unallocated ÷ total, 0–1'),
  byProvider: z.array(z.object({ key: z.string(), label: z.string(), total: Decimal })),
  topTeams: z.array(
    z.object({ key: z.string(), label: z.string(), id: z.number().nullable(), total: Decimal }),
  ),
  coverage: z.object({ first: Day.nullable(), last: Day.nullable(), lastImportAt: z.string().nullable() }),
  otherCurrencies: z.array(z.object({ currency: z.string(), total: Decimal })),
});

export const CostFacetsOutput = z.object({
  providers: z.array(z.string()),
  categories: z.array(z.string()),
  serviceNames: z.array(z.string()),
  accounts: z.array(z.string()),
  environments: z.array(z.string()),
  chargeCategories: z.array(z.string()),
  currencies: z.array(z.string()),
  tagKeys: z.array(z.string()).describe('Tag keys on the bills, normalized (cost_center, team, env…)'),
  teams: z.array(z.object({ id: z.number(), name: z.string() })),
  services: z.array(z.object({ id: z.number(), name: z.string() })),
});

export const ExchangeRatesInput = z.object({
  rates: z
    .array(
      z.object({
        month: z.string().regex(/^\d{4}-\d{2}$/, 'a month YYYY-MM'),
        currency: z.string().regex(/^[A-Z]{3}$/),
        toCurrency: z.string().regex(/^[A-Z]{3}$/),
        rate: z.string().regex(/^\d+(\.\d+)?$/, 'a positive decimal'),
      }),
    )
    .max(10_000),
});
