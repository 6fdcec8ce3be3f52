/**
 * The FinOps FOCUS column sets (https://focus.finops.org) for versions 1.0, 1.1, 1.2 and 1.3, as data.
 *
 * Sources: 1.0, 1.1 and 1.2 were checked against the specification text at the release tags v1.0, v1.1
 * and v1.2 of github.com/FinOps-Open-Cost-and-Usage-Spec/FOCUS_Spec, section "Columns" (one sub-section per
 * column, its "Content constraints" table: Feature level, Allows nulls, Data type, Value format) and
 * section "Attributes" (Date/Time Format, Numeric Format, Key-Value Format, Null Handling, Column Handling).
 * Section numbers differ between the versions' PDFs, so sections are cited by name.
 * 1.3 is written from memory of the 1.3 release notes, NOT checked against the text: see `V13_COLUMNS`.
 *
 * Feature levels: Mandatory (the column MUST be present), Conditional (present when the provider supports
 * the feature), Recommended. Only Mandatory decides version detection and missing-column errors.
 */

export const FOCUS_VERSIONS = ['1.0', '1.1', '1.2', '1.3'] as const;
export type FocusVersion = (typeof FOCUS_VERSIONS)[number];

/** Data types of FOCUS columns ("Data type" + "Value format" in each column's Content constraints). */
export type FocusDataType = 'decimal' | 'date-time' | 'string' | 'json-object' | 'key-value';
export type FocusFeatureLevel = 'mandatory' | 'conditional' | 'recommended' | 'deprecated';

export interface FocusColumn {
  name: string;
  type: FocusDataType;
  level: FocusFeatureLevel;
  nullable: boolean;
  /** The values the specification fixes (compared case-insensitively on import), when it fixes them. */
  allowed?: readonly string[] | undefined;
  /** The first FOCUS 1.x version with the column in this table (columns of 0.5/1.0-preview count as 1.0). */
  introduced: FocusVersion;
  /** ISO 4217 alphabetic currency code (Attributes › Currency Code Format). */
  currency?: boolean | undefined;
}

/** Columns › ChargeCategory (same list in 1.0–1.2). */
export const CHARGE_CATEGORIES = ['Usage', 'Purchase', 'Tax', 'Credit', 'Adjustment'] as const;
/** Columns › ChargeClass: the only non-null value. */
export const CHARGE_CLASSES = ['Correction'] as const;
/** Columns › ChargeFrequency. */
export const CHARGE_FREQUENCIES = ['One-Time', 'Recurring', 'Usage-Based'] as const;
/** Columns › CommitmentDiscountCategory. */
export const COMMITMENT_DISCOUNT_CATEGORIES = ['Spend', 'Usage'] as const;
/** Columns › CommitmentDiscountStatus; Columns › CapacityReservationStatus (1.1+) uses the same values. */
export const USED_UNUSED = ['Used', 'Unused'] as const;
/** Columns › PricingCategory (1.0 onwards; 1.0-preview had other values). */
export const PRICING_CATEGORIES = ['Standard', 'Dynamic', 'Committed', 'Other'] as const;
/** Columns › ServiceCategory (same list in 1.0–1.2). */
export const SERVICE_CATEGORIES = [
  'AI and Machine Learning',
  'Analytics',
  'Business Applications',
  'Compute',
  'Databases',
  'Developer Tools',
  'Multicloud',
  'Identity',
  'Integration',
  'Internet of Things',
  'Management and Governance',
  'Media',
  'Migration',
  'Mobile',
  'Networking',
  'Security',
  'Storage',
  'Web',
  'Other',
] as const;
// CommitmentDiscountType, BillingAccountType and SubAccountType are provider-defined: the spec fixes no values.
// ServiceSubcategory (1.1+) has a fixed list per ServiceCategory (~90 values); not enforced here yet.

type Def = Omit<FocusColumn, 'introduced'> & { introduced?: FocusVersion };
const m = (name: string, type: FocusDataType, nullable: boolean, extra: Partial<Def> = {}): Def => ({
  name,
  type,
  level: 'mandatory',
  nullable,
  ...extra,
});
const c = (name: string, type: FocusDataType, extra: Partial<Def> = {}): Def => ({
  name,
  type,
  level: 'conditional',
  nullable: true,
  ...extra,
});
const r = (name: string, type: FocusDataType, nullable: boolean, extra: Partial<Def> = {}): Def => ({
  name,
  type,
  level: 'recommended',
  nullable,
  ...extra,
});

/** FOCUS 1.0: 43 columns (checked against tag v1.0, Columns). */
const V10_COLUMNS: Def[] = [
  r('AvailabilityZone', 'string', true),
  m('BilledCost', 'decimal', false),
  m('BillingAccountId', 'string', false),
  m('BillingAccountName', 'string', true),
  m('BillingCurrency', 'string', false, { currency: true }),
  m('BillingPeriodEnd', 'date-time', false),
  m('BillingPeriodStart', 'date-time', false),
  m('ChargeCategory', 'string', false, { allowed: CHARGE_CATEGORIES }),
  m('ChargeClass', 'string', true, { allowed: CHARGE_CLASSES }),
  m('ChargeDescription', 'string', true),
  r('ChargeFrequency', 'string', false, { allowed: CHARGE_FREQUENCIES }),
  m('ChargePeriodEnd', 'date-time', false),
  m('ChargePeriodStart', 'date-time', false),
  c('CommitmentDiscountCategory', 'string', { allowed: COMMITMENT_DISCOUNT_CATEGORIES }),
  c('CommitmentDiscountId', 'string'),
  c('CommitmentDiscountName', 'string'),
  c('CommitmentDiscountStatus', 'string', { allowed: USED_UNUSED }),
  c('CommitmentDiscountType', 'string'),
  c('ConsumedQuantity', 'decimal'),
  c('ConsumedUnit', 'string'),
  m('ContractedCost', 'decimal', false),
  c('ContractedUnitPrice', 'decimal'),
  m('EffectiveCost', 'decimal', false),
  m('InvoiceIssuerName', 'string', false),
  m('ListCost', 'decimal', false),
  c('ListUnitPrice', 'decimal'),
  c('PricingCategory', 'string', { allowed: PRICING_CATEGORIES }),
  m('PricingQuantity', 'decimal', true),
  m('PricingUnit', 'string', true),
  m('ProviderName', 'string', false),
  m('PublisherName', 'string', false),
  c('RegionId', 'string'),
  c('RegionName', 'string'),
  c('ResourceId', 'string'),
  c('ResourceName', 'string'),
  c('ResourceType', 'string'),
  m('ServiceCategory', 'string', false, { allowed: SERVICE_CATEGORIES }),
  m('ServiceName', 'string', false),
  c('SkuId', 'string'),
  c('SkuPriceId', 'string'),
  c('SubAccountId', 'string'),
  c('SubAccountName', 'string'),
  c('Tags', 'key-value'),
];

/** Added in FOCUS 1.1 (checked against tag v1.1); no 1.0 column changed feature level or nullability. */
const V11_COLUMNS: Def[] = [
  c('CapacityReservationId', 'string'),
  c('CapacityReservationStatus', 'string', { allowed: USED_UNUSED }),
  c('CommitmentDiscountQuantity', 'decimal'),
  c('CommitmentDiscountUnit', 'string'),
  r('ServiceSubcategory', 'string', false),
  c('SkuMeter', 'string'),
  c('SkuPriceDetails', 'key-value'),
];

/** Added in FOCUS 1.2 (checked against tag v1.2); no earlier column changed feature level or nullability. */
const V12_COLUMNS: Def[] = [
  c('BillingAccountType', 'string', { nullable: false }),
  r('InvoiceId', 'string', true),
  c('PricingCurrency', 'string', { currency: true }),
  c('PricingCurrencyContractedUnitPrice', 'decimal'),
  c('PricingCurrencyEffectiveCost', 'decimal'),
  c('PricingCurrencyListUnitPrice', 'decimal'),
  c('SubAccountType', 'string'),
];

/**
 * Added in FOCUS 1.3 — UNCERTAIN: written from memory of the 1.3 release (not in the spec snapshot that
 * was available). What is believed: ServiceProviderName and HostProviderName replace ProviderName and
 * PublisherName (which become deprecated); split cost allocation adds the Allocated* columns; ContractApplied
 * links charges to the new Contract Commitment dataset. The feature levels below are best guesses:
 * ServiceProviderName mandatory, the rest conditional. Verify against focus.finops.org before relying on them.
 */
const V13_COLUMNS: Def[] = [
  m('ServiceProviderName', 'string', false),
  c('HostProviderName', 'string'),
  c('AllocatedMethodId', 'string'),
  c('AllocatedMethodDetails', 'json-object'),
  c('AllocatedResourceId', 'string'),
  c('AllocatedResourceName', 'string'),
  c('AllocatedTags', 'key-value'),
  c('ContractApplied', 'json-object'),
];
/** In 1.3 (uncertain, see above) these are deprecated in favour of ServiceProviderName / HostProviderName. */
const DEPRECATED_IN_13 = new Set(['ProviderName', 'PublisherName']);

function build(version: FocusVersion): ReadonlyMap<string, FocusColumn> {
  const defs: [FocusVersion, Def[]][] = [
    ['1.0', V10_COLUMNS],
    ['1.1', V11_COLUMNS],
    ['1.2', V12_COLUMNS],
    ['1.3', V13_COLUMNS],
  ];
  const columns = new Map<string, FocusColumn>();
  for (const [introduced, list] of defs) {
    if (FOCUS_VERSIONS.indexOf(introduced) > FOCUS_VERSIONS.indexOf(version)) break;
    for (const d of list) {
      const level = version === '1.3' && DEPRECATED_IN_13.has(d.name) ? 'deprecated' : d.level;
      columns.set(d.name, { ...d, level, introduced });
    }
  }
  return columns;
}

const COLUMN_SETS: ReadonlyMap<FocusVersion, ReadonlyMap<string, FocusColumn>> = new Map(
  FOCUS_VERSIONS.map((v) => [v, build(v)]),
);

/** The columns of one FOCUS version, by name. */
export function focusColumns(version: FocusVersion): ReadonlyMap<string, FocusColumn> {
  return COLUMN_SETS.get(version) ?? new Map();
}

export function mandatoryColumns(version: FocusVersion): string[] {
  return [...focusColumns(version).values()]
    .filter((col) => col.level === 'mandatory')
    .map((col) => col.name);
}

/** Columns › Column Handling / Custom Columns: custom columns MUST carry the `x_` prefix. */
export const CUSTOM_COLUMN_PREFIX = 'x_';

export interface FocusDetection {
  /** The detected version, or null when no version has all its mandatory columns. */
  version: FocusVersion | null;
  /** Mandatory columns absent from the headers: of the detected version, else of the closest version. */
  missing: string[];
  /** Headers that are neither FOCUS columns of the version nor `x_` custom columns. */
  unknown: string[];
  /** `x_` custom columns. */
  custom: string[];
}

/**
 * The FOCUS version of a header row: among the versions whose mandatory columns are all present, the
 * highest one the headers show evidence of (a column first introduced in that version), else the lowest
 * of them. Plain "highest complete version" cannot work: 1.0, 1.1 and 1.2 have the same mandatory set, so
 * every 1.0 file would read as 1.2. Without a complete version, `missing` is measured against the version
 * missing fewest columns (the lowest on a tie).
 */
export function detectFocusVersion(headers: readonly string[]): FocusDetection {
  const have = new Set(headers);
  const latest = focusColumns('1.3');
  const complete = FOCUS_VERSIONS.filter((v) => mandatoryColumns(v).every((name) => have.has(name)));
  let version: FocusVersion | null = null;
  for (const v of complete) {
    const evidence = [...have].some((h) => latest.get(h)?.introduced === v);
    if (version === null || evidence) version = v;
  }
  let reference: FocusVersion = version ?? '1.0';
  if (version === null) {
    let fewest = Number.POSITIVE_INFINITY;
    for (const v of FOCUS_VERSIONS) {
      const n = mandatoryColumns(v).filter((name) => !have.has(name)).length;
      if (n < fewest) [reference, fewest] = [v, n];
    }
  }
  const known = focusColumns(reference);
  const custom: string[] = [];
  const unknown: string[] = [];
  for (const h of headers) {
    if (h.startsWith(CUSTOM_COLUMN_PREFIX)) custom.push(h);
    else if (!known.has(h)) unknown.push(h);
  }
  const missing = mandatoryColumns(reference).filter((name) => !have.has(name));
  return { version, missing, unknown, custom };
}
