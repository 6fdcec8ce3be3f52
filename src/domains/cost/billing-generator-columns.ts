/** The columns, line shapes and plan types of the billing generator (billing-generator.ts). */
import type { ProviderKey, ServiceDef } from './billing-generator-catalog.js';

/** Columns that change from line to line, first; then those fixed per resource (a template). */
export const DYNAMIC_COLUMNS = [
  'BillingPeriodStart',
  'BillingPeriodEnd',
  'ChargePeriodStart',
  'ChargePeriodEnd',
  'BilledCost',
  'EffectiveCost',
  'ListCost',
  'ContractedCost',
  'PricingQuantity',
  'ConsumedQuantity',
  'InvoiceId',
] as const;
export const STATIC_COLUMNS = [
  'BillingAccountId',
  'BillingAccountName',
  'BillingAccountType',
  'SubAccountId',
  'SubAccountName',
  'SubAccountType',
  'BillingCurrency',
  'ChargeCategory',
  'ChargeClass',
  'ChargeDescription',
  'ChargeFrequency',
  'PricingCategory',
  'PricingUnit',
  'ConsumedUnit',
  'ProviderName',
  'PublisherName',
  'InvoiceIssuerName',
  'ServiceName',
  'ServiceCategory',
  'ServiceSubcategory',
  'RegionId',
  'RegionName',
  'AvailabilityZone',
  'ResourceId',
  'ResourceName',
  'ResourceType',
  'SkuId',
  'SkuPriceId',
  'CommitmentDiscountId',
  'CommitmentDiscountName',
  'CommitmentDiscountCategory',
  'CommitmentDiscountType',
  'CommitmentDiscountStatus',
  'Tags',
] as const;
export const GENERATED_COLUMNS: readonly string[] = [...DYNAMIC_COLUMNS, ...STATIC_COLUMNS];

export type StaticColumn = (typeof STATIC_COLUMNS)[number];

/** The unchanging cells of a kind of line (`NULL` for null) and the same as a CSV fragment. */
export interface Template {
  cells: string[];
  csv: string;
}
export interface GeneratedLine {
  dyn: string[];
  tpl: Template;
}

/** A spike written into the bill on purpose, for the anomaly views to find. */
export interface InjectedAnomaly {
  /** First and last day, YYYY-MM-DD. */
  from: string;
  to: string;
  provider: string;
  serviceName: string;
  resourceId: string;
  /** Owning team and service slugs (null on the shared account). */
  team: string | null;
  service: string | null;
  factor: number;
  reason: string;
}

export interface PlannedResource {
  provider: ProviderKey;
  template: Template;
  baseMicros: number;
  quantity: number;
  weekendFactor: number;
  /** Contracted ÷ list (negotiated discounts). */
  negotiated: number;
  commitment: { rate: number } | null;
  idle: boolean;
  anomalies: { fromIndex: number; toIndex: number; factor: number }[];
}

/** A planned resource with what the plan needs to know of it. */
export interface OwnedResource extends PlannedResource {
  def: ServiceDef;
  id: string;
  team: string | null;
  service: string | null;
}

export function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

export function template(values: Partial<Record<StaticColumn, string | null>>): Template {
  const cells = STATIC_COLUMNS.map((c) => values[c] ?? 'NULL');
  return { cells, csv: cells.map(csvCell).join(',') };
}
