/**
 * AWS Cost and Usage Report layouts, as data: column names in the three shapes AWS writes them, and the
 * line-item types. Sources: AWS Data Exports user guide, "Data dictionary" (legacy CUR, columns like
 * `lineItem/UnblendedCost`, and its Athena/Parquet names like `line_item_unblended_cost`) and "CUR 2.0
 * table dictionary" (snake_case columns plus map columns `resource_tags`, `product`, `cost_category`).
 *
 * Every name is reduced to one canonical snake_case form, the rule Athena and the legacy Parquet export
 * use: `lineItem/UnblendedCost` -> `line_item_unblended_cost`, `reservation/ReservationARN` ->
 * `reservation_reservation_a_r_n` (an underscore before every capital).
 */

/** `lineItem` -> `line_item`, `ReservationARN` -> `reservation_a_r_n`. */
function snake(part: string): string {
  return part
    .replace(/([A-Z])/g, '_$1')
    .toLowerCase()
    .replace(/^_/, '');
}

export type CurHeader =
  | { kind: 'column'; name: string }
  | { kind: 'tag'; key: string }
  | { kind: 'tag-map'; name: 'resource_tags' };

/**
 * A header -> its canonical column, or a tag column: `resourceTags/user:team` (legacy CSV) and
 * `resource_tags_user_team` (legacy Parquet) carry the tag `team`; the `user` prefix, which AWS adds to
 * user-defined tags, is dropped, so tags read alike in every layout; AWS-generated tags keep theirs.
 */
export function curHeader(header: string): CurHeader {
  const slash = header.indexOf('/');
  if (slash > 0) {
    const category = header.slice(0, slash);
    const name = header.slice(slash + 1);
    if (category === 'resourceTags') return { kind: 'tag', key: name.replace(/^user:/, '') };
    return { kind: 'column', name: `${snake(category)}_${snake(name)}` };
  }
  if (header === 'resource_tags') return { kind: 'tag-map', name: 'resource_tags' };
  if (header.startsWith('resource_tags_'))
    return { kind: 'tag', key: header.slice('resource_tags_'.length).replace(/^user_/, '') };
  return { kind: 'column', name: header };
}

/** A tag key from the CUR 2.0 `resource_tags` map (`user_team` -> `team`). */
export function curMapTagKey(key: string): string {
  return key.replace(/^user_/, '');
}

/** Columns without which a CUR line cannot become a FOCUS record, with their legacy CSV names. */
export const CUR_REQUIRED: Readonly<Record<string, string>> = {
  bill_payer_account_id: 'bill/PayerAccountId',
  bill_billing_period_start_date: 'bill/BillingPeriodStartDate',
  bill_billing_period_end_date: 'bill/BillingPeriodEndDate',
  line_item_line_item_type: 'lineItem/LineItemType',
  line_item_usage_start_date: 'lineItem/UsageStartDate',
  line_item_usage_end_date: 'lineItem/UsageEndDate',
  line_item_product_code: 'lineItem/ProductCode',
  line_item_currency_code: 'lineItem/CurrencyCode',
  line_item_unblended_cost: 'lineItem/UnblendedCost',
};

/** Map columns that only CUR 2.0 has. */
export const CUR2_ONLY = ['resource_tags', 'product', 'cost_category', 'discount', 'bill_payer_account_name'];

/** Line-item types (Data dictionary › lineItem/LineItemType) that record usage. */
export const CUR_USAGE_TYPES = new Set(['Usage', 'DiscountedUsage', 'SavingsPlanCoveredUsage']);
/** Savings Plan line-item types. */
export const CUR_SAVINGS_PLAN_TYPES = new Set([
  'SavingsPlanCoveredUsage',
  'SavingsPlanRecurringFee',
  'SavingsPlanNegation',
  'SavingsPlanUpfrontFee',
]);
/** Reserved Instance line-item types (an upfront RI fee is a `Fee` line with a reservation ARN). */
export const CUR_RESERVATION_TYPES = new Set(['DiscountedUsage', 'RIFee']);

/**
 * FOCUS ChargeCategory per line-item type, after the FOCUS converters' AWS mapping: usage is Usage,
 * commitments and fees are Purchase, refunds and credits are Credit, discounts and Savings Plan negations
 * (which cancel covered on-demand usage) are Adjustment, tax is Tax.
 */
export const CUR_CHARGE_CATEGORY: Readonly<Record<string, string>> = {
  Usage: 'Usage',
  DiscountedUsage: 'Usage',
  SavingsPlanCoveredUsage: 'Usage',
  Fee: 'Purchase',
  RIFee: 'Purchase',
  SavingsPlanRecurringFee: 'Purchase',
  SavingsPlanUpfrontFee: 'Purchase',
  Tax: 'Tax',
  Credit: 'Credit',
  Refund: 'Credit',
  SavingsPlanNegation: 'Adjustment',
  BundledDiscount: 'Adjustment',
  Discount: 'Adjustment',
  DistributorDiscount: 'Adjustment',
  EdpDiscount: 'Adjustment',
  PrivateRateDiscount: 'Adjustment',
  RiVolumeDiscount: 'Adjustment',
};

/**
 * FOCUS ServiceCategory for common AWS product codes (lineItem/ProductCode). Anything else is Other: the
 * category is a coarse grouping, and a wrong guess would be worse than Other.
 */
export const AWS_SERVICE_CATEGORY: Readonly<Record<string, string>> = {
  AmazonEC2: 'Compute',
  AWSLambda: 'Compute',
  AmazonECS: 'Compute',
  AmazonEKS: 'Compute',
  AmazonECR: 'Compute',
  AmazonLightsail: 'Compute',
  AmazonS3: 'Storage',
  AmazonEFS: 'Storage',
  AmazonGlacier: 'Storage',
  AWSBackup: 'Storage',
  AmazonRDS: 'Databases',
  AmazonDynamoDB: 'Databases',
  AmazonElastiCache: 'Databases',
  AmazonDocDB: 'Databases',
  AmazonNeptune: 'Databases',
  AmazonRedshift: 'Analytics',
  AmazonAthena: 'Analytics',
  AWSGlue: 'Analytics',
  AmazonKinesis: 'Analytics',
  AmazonES: 'Analytics',
  AmazonMSK: 'Analytics',
  AmazonVPC: 'Networking',
  AWSDataTransfer: 'Networking',
  AmazonCloudFront: 'Networking',
  AmazonRoute53: 'Networking',
  AWSELB: 'Networking',
  AmazonApiGateway: 'Networking',
  AmazonCloudWatch: 'Management and Governance',
  AWSCloudTrail: 'Management and Governance',
  AWSConfig: 'Management and Governance',
  AWSCostExplorer: 'Management and Governance',
  awskms: 'Security',
  AWSSecretsManager: 'Security',
  AWSWAF: 'Security',
  AmazonGuardDuty: 'Security',
  AWSShield: 'Security',
  AmazonCognito: 'Identity',
  AWSQueueService: 'Integration',
  AmazonSNS: 'Integration',
  AWSEvents: 'Integration',
  AmazonSageMaker: 'AI and Machine Learning',
  AmazonBedrock: 'AI and Machine Learning',
  AmazonRekognition: 'AI and Machine Learning',
  AWSCodePipeline: 'Developer Tools',
  CodeBuild: 'Developer Tools',
  AWSCodeArtifact: 'Developer Tools',
};

/** The FOCUS columns a CUR line is mapped onto (FOCUS 1.0), plus two custom columns kept from CUR. */
export const CUR_FOCUS_COLUMNS = [
  'BilledCost',
  'EffectiveCost',
  'ListCost',
  'ContractedCost',
  'BillingAccountId',
  'BillingAccountName',
  'BillingCurrency',
  'BillingPeriodStart',
  'BillingPeriodEnd',
  'ChargePeriodStart',
  'ChargePeriodEnd',
  'ChargeCategory',
  'ChargeClass',
  'ChargeDescription',
  'ChargeFrequency',
  'InvoiceIssuerName',
  'ProviderName',
  'PublisherName',
  'PricingQuantity',
  'PricingUnit',
  'PricingCategory',
  'ServiceCategory',
  'ServiceName',
  'RegionId',
  'RegionName',
  'AvailabilityZone',
  'SubAccountId',
  'SubAccountName',
  'ResourceId',
  'SkuId',
  'ListUnitPrice',
  'ContractedUnitPrice',
  'ConsumedQuantity',
  'ConsumedUnit',
  'CommitmentDiscountId',
  'CommitmentDiscountCategory',
  'CommitmentDiscountType',
  'Tags',
  'x_CurLineItemType',
  'x_CurUsageType',
] as const;
export type CurFocusColumn = (typeof CUR_FOCUS_COLUMNS)[number];

/** The CUR column each directly copied FOCUS column comes from (canonical names). */
export const CUR_DIRECT: Partial<Record<CurFocusColumn, string>> = {
  BilledCost: 'line_item_unblended_cost',
  ContractedCost: 'line_item_unblended_cost',
  BillingAccountId: 'bill_payer_account_id',
  BillingAccountName: 'bill_payer_account_name',
  BillingCurrency: 'line_item_currency_code',
  BillingPeriodStart: 'bill_billing_period_start_date',
  BillingPeriodEnd: 'bill_billing_period_end_date',
  ChargePeriodStart: 'line_item_usage_start_date',
  ChargePeriodEnd: 'line_item_usage_end_date',
  ChargeDescription: 'line_item_line_item_description',
  PricingQuantity: 'line_item_usage_amount',
  PricingUnit: 'pricing_unit',
  AvailabilityZone: 'line_item_availability_zone',
  SubAccountId: 'line_item_usage_account_id',
  SubAccountName: 'line_item_usage_account_name',
  ResourceId: 'line_item_resource_id',
  SkuId: 'product_sku',
  ListUnitPrice: 'pricing_public_on_demand_rate',
  ContractedUnitPrice: 'line_item_unblended_rate',
  x_CurLineItemType: 'line_item_line_item_type',
  x_CurUsageType: 'line_item_usage_type',
};
