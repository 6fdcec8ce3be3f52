/**
 * What the billing import reads of a row's values (billing-import-writer.ts): the FOCUS columns it
 * stores, located once per file, and what a line's tags say (the environment, the key's fingerprint
 * text).
 */
import { copyField } from './billing-write-copy.js';
import type { FocusValue } from './importers/focus-values.js';
import { normalizeTagKey, unitSlug } from './metrics/allocation.js';

const ENV_KEYS = new Set(['env', 'environment', 'stage', 'tier_env']);
const ENV_NAMES: Readonly<Record<string, string>> = {
  prod: 'prod',
  prd: 'prod',
  production: 'prod',
  live: 'prod',
  stg: 'staging',
  stage: 'staging',
  staging: 'staging',
  preprod: 'staging',
  'pre-prod': 'staging',
  dev: 'dev',
  develop: 'dev',
  development: 'dev',
  test: 'test',
  testing: 'test',
  qa: 'test',
  uat: 'test',
  sandbox: 'sandbox',
};

/** The environment a line's tags name (`env`, `environment`, `stage`), normalized; null when none. */
function environmentOf(tags: Record<string, unknown> | null): string | null {
  if (!tags) return null;
  for (const [k, v] of Object.entries(tags)) {
    if (!ENV_KEYS.has(normalizeTagKey(k)) || v === null || v === undefined) continue;
    const slug = unitSlug(String(v));
    if (slug) return ENV_NAMES[slug] ?? slug;
  }
  return null;
}

/** The FOCUS columns the import reads, by name; `Col.X` is X's position in `ColumnsAt`. */
const READ = [
  'ProviderName',
  'ServiceProviderName',
  'InvoiceIssuerName',
  'BillingAccountId',
  'ChargePeriodStart',
  'ChargePeriodEnd',
  'BillingPeriodStart',
  'SubAccountId',
  'SubAccountName',
  'ServiceName',
  'ServiceCategory',
  'RegionId',
  'RegionName',
  'ResourceId',
  'ResourceName',
  'ResourceType',
  'SkuId',
  'ChargeCategory',
  'ChargeFrequency',
  'ChargeDescription',
  'PricingCategory',
  'BilledCost',
  'EffectiveCost',
  'ListCost',
  'ContractedCost',
  'BillingCurrency',
  'ConsumedQuantity',
  'ConsumedUnit',
  'CommitmentDiscountId',
  'CommitmentDiscountCategory',
  'CommitmentDiscountType',
  'CommitmentDiscountStatus',
  'Tags',
] as const;
export const Col = Object.fromEntries(READ.map((name, i) => [name, i])) as {
  [K in (typeof READ)[number]]: number;
};

/** Where each column of READ is among a file's values (-1 when the file lacks it). */
export function columnsAt(columns: readonly string[]): Int32Array {
  return Int32Array.from(READ.map((name) => columns.indexOf(name)));
}

/** A value as text: strings as they are, null when absent, structured values as JSON. */
export function textAt(values: readonly FocusValue[], at: number): string | null {
  if (at < 0) return null;
  const v = values[at];
  return typeof v === 'string' ? v : v == null ? null : JSON.stringify(v);
}

function stableJson(tags: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(tags)
      .sort()
      .map((k) => [k, tags[k]]),
  );
}

/** What the import needs of a line's tags, worked out once per distinct tags object. */
export interface TagFacts {
  /** The tags; null when the line has none (an empty set is none). */
  tags: Record<string, unknown> | null;
  /** The tags with sorted keys, as the allocation key's fingerprint takes them. */
  json: string;
  /** The environment the tags name (`environmentOf`), as COPY text. */
  copyEnvironment: string;
}
export const NO_TAGS: TagFacts = { tags: null, json: 'null', copyEnvironment: '\\N' };

/** The facts of a Tags value (an object, or null). */
export function tagFacts(value: FocusValue): TagFacts {
  if (!value || typeof value !== 'object' || Object.keys(value).length === 0) return NO_TAGS;
  const tags = value as Record<string, unknown>;
  return {
    tags,
    json: stableJson(tags),
    copyEnvironment: copyField(environmentOf(tags)),
  };
}
