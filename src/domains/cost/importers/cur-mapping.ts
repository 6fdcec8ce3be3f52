/**
 * AWS CUR 2.0 and legacy CUR lines -> FOCUS 1.0 cells, following the conventions of the FOCUS project's
 * AWS converter and of AWS's own "FOCUS 1.0 with AWS columns" export:
 *   BilledCost = ContractedCost = line_item_unblended_cost; ListCost = pricing_public_on_demand_cost;
 *   EffectiveCost (amortized) = savings_plan_savings_plan_effective_cost on SavingsPlanCoveredUsage,
 *     savings_plan_total_commitment_to_date - savings_plan_used_commitment on SavingsPlanRecurringFee,
 *     0 on SavingsPlanNegation, SavingsPlanUpfrontFee and RI upfront Fee lines (amortized elsewhere),
 *     reservation_effective_cost on DiscountedUsage,
 *     reservation_unused_amortized_upfront_fee_for_billing_period + reservation_unused_recurring_fee on
 *     RIFee, else line_item_unblended_cost;
 *   ChargeCategory from line_item_line_item_type (cur-spec.ts); SubAccountId = line_item_usage_account_id;
 *   Tags from resource_tags (CUR 2.0 map), resourceTags/user:* (legacy CSV), resource_tags_user_* (legacy
 *   Parquet); CommitmentDiscountId = the Savings Plan or reservation ARN.
 * Cost cells are checked here, before any arithmetic, so errors name the CUR column the file has.
 */

import {
  AWS_SERVICE_CATEGORY,
  CUR_CHARGE_CATEGORY,
  CUR_DIRECT,
  CUR_FOCUS_COLUMNS,
  CUR_REQUIRED,
  CUR_RESERVATION_TYPES,
  CUR_SAVINGS_PLAN_TYPES,
  CUR_USAGE_TYPES,
  CUR2_ONLY,
  type CurFocusColumn,
  curHeader,
  curMapTagKey,
} from './cur-spec.js';
import type { BillingCell, FocusCollector } from './focus-collector.js';
import { DecimalSum, negateDecimal, parseDecimal } from './focus-decimal.js';

export interface CurLayout {
  kind: 'cur2' | 'cur-legacy' | 'none';
  /** Required CUR columns the header lacks, named as the file would name them. */
  missing: string[];
  /** Canonical column name -> cell index. */
  index: Map<string, number>;
  /** Canonical column name -> the header as the file writes it. */
  labels: Map<string, string>;
  /** Legacy per-tag columns. */
  tagColumns: { index: number; key: string }[];
  /** The CUR 2.0 `resource_tags` map column. */
  tagMap: number | undefined;
  focusHeaders: string[];
  /** Per FOCUS header, the file's column named in issues. */
  fields: string[];
}

/** Recognizes a CUR header; `kind` none when it has no CUR line-item or bill columns at all. */
export function detectCur(headers: readonly string[]): CurLayout {
  const index = new Map<string, number>();
  const labels = new Map<string, string>();
  const tagColumns: { index: number; key: string }[] = [];
  let tagMap: number | undefined;
  headers.forEach((header, i) => {
    const h = curHeader(header);
    if (h.kind === 'tag') tagColumns.push({ index: i, key: h.key });
    else if (h.kind === 'tag-map') tagMap = i;
    else if (!index.has(h.name)) {
      index.set(h.name, i);
      labels.set(h.name, header);
    }
  });
  const legacyCsv = headers.some((h) => h.includes('/'));
  const looksCur = [...index.keys()].some((n) => n.startsWith('line_item_') || n.startsWith('bill_'));
  const kind = !looksCur
    ? 'none'
    : legacyCsv
      ? 'cur-legacy'
      : CUR2_ONLY.some((n) => headers.includes(n))
        ? 'cur2'
        : 'cur-legacy';
  const missing = Object.entries(CUR_REQUIRED)
    .filter(([name]) => !index.has(name))
    .map(([name, legacy]) => (legacyCsv ? legacy : name));
  const focusHeaders = [...CUR_FOCUS_COLUMNS];
  const fields = focusHeaders.map((f) => {
    const source = CUR_DIRECT[f];
    return (source && labels.get(source)) ?? f;
  });
  return { kind, missing, index, labels, tagColumns, tagMap, focusHeaders, fields };
}

/** One CUR line as FOCUS cells in `layout.focusHeaders` order; null when a cost cell is not a number. */
export function mapCurRow(
  layout: CurLayout,
  cells: readonly BillingCell[],
  row: number,
  collector: FocusCollector,
): BillingCell[] | null {
  let bad = false;
  const raw = (name: string): BillingCell => {
    const i = layout.index.get(name);
    const c = i === undefined ? null : (cells[i] ?? null);
    if (typeof c === 'string' && (c.trim() === '' || c === 'NULL')) return null;
    return c;
  };
  const text = (name: string): string | null => {
    const c = raw(name);
    return typeof c === 'string' ? c : null;
  };
  const num = (name: string): string | null => {
    const c = text(name);
    if (c === null) return null;
    const parsed = parseDecimal(c.trim());
    if (parsed === null) {
      collector.error(row, `"${c}" is not a decimal number.`, layout.labels.get(name) ?? name);
      bad = true;
      return null;
    }
    return parsed.value;
  };
  const type = text('line_item_line_item_type') ?? '';
  const unblended = num('line_item_unblended_cost');
  const effective = effectiveCost(type, unblended, num, text, (source) =>
    collector.warn(
      'EffectiveCost',
      'effective-cost-fallback',
      row,
      `${source} is empty on ${type} lines; EffectiveCost falls back to the unblended cost.`,
    ),
  );
  const publicCost = num('pricing_public_on_demand_cost');
  for (const name of ['line_item_usage_amount', 'pricing_public_on_demand_rate']) num(name);
  const lineTags = tags(layout, cells, row, collector);
  if (bad || lineTags === false) return null;

  const category = CUR_CHARGE_CATEGORY[type];
  if (category === undefined && type !== '')
    collector.warn(
      'x_CurLineItemType',
      'unknown-line-item-type',
      row,
      `Line-item type "${type}" is not one this reader knows; read as an Adjustment.`,
    );
  const usage = CUR_USAGE_TYPES.has(type);
  const savingsPlan = CUR_SAVINGS_PLAN_TYPES.has(type);
  const reservationArn = text('reservation_reservation_a_r_n');
  const reservation = CUR_RESERVATION_TYPES.has(type) || (type === 'Fee' && reservationArn !== null);
  const product = productMap(raw('product'));
  const productCode = text('line_item_product_code');
  const usageType = text('line_item_usage_type') ?? '';
  const billingEntity = text('bill_billing_entity');
  const values: Partial<Record<CurFocusColumn, BillingCell>> = {
    EffectiveCost: effective,
    ListCost: publicCost ?? (usage ? unblended : '0'),
    ChargeCategory: category ?? (type === '' ? null : 'Adjustment'),
    ChargeClass: null,
    ChargeFrequency: usage
      ? 'Usage-Based'
      : type === 'RIFee' || type === 'SavingsPlanRecurringFee'
        ? 'Recurring'
        : 'One-Time',
    InvoiceIssuerName: text('bill_invoicing_entity') ?? 'Amazon Web Services',
    ProviderName: 'AWS',
    PublisherName:
      billingEntity === 'AWS Marketplace' ? (text('line_item_legal_entity') ?? billingEntity) : 'AWS',
    PricingCategory:
      type === 'DiscountedUsage' || type === 'SavingsPlanCoveredUsage'
        ? 'Committed'
        : type === 'Usage'
          ? usageType.includes('SpotUsage')
            ? 'Dynamic'
            : 'Standard'
          : null,
    ServiceCategory: (productCode && AWS_SERVICE_CATEGORY[productCode]) ?? 'Other',
    ServiceName:
      text('product_product_name') ?? product.product_name ?? text('product_servicename') ?? productCode,
    RegionId: text('product_region_code') ?? product.region_code ?? text('product_region'),
    RegionName: text('product_location') ?? product.location ?? null,
    ConsumedQuantity: usage ? num('line_item_usage_amount') : null,
    ConsumedUnit: usage ? text('pricing_unit') : null,
    CommitmentDiscountId: savingsPlan
      ? text('savings_plan_savings_plan_a_r_n')
      : reservation
        ? reservationArn
        : null,
    CommitmentDiscountCategory: savingsPlan ? 'Spend' : reservation ? 'Usage' : null,
    CommitmentDiscountType: savingsPlan ? 'Savings Plan' : reservation ? 'Reserved Instance' : null,
    Tags: lineTags,
  };
  return layout.focusHeaders.map((f) => {
    const column = f as CurFocusColumn;
    if (column in values) return values[column] ?? null;
    const source = CUR_DIRECT[column];
    return source ? raw(source) : null;
  });
}

/** The amortized cost of one line (see the header comment). */
function effectiveCost(
  type: string,
  unblended: string | null,
  num: (name: string) => string | null,
  text: (name: string) => string | null,
  fallback: (source: string) => void,
): string | null {
  const or = (value: string | null, source: string) => {
    if (value !== null) return value;
    fallback(source);
    return unblended;
  };
  switch (type) {
    case 'SavingsPlanCoveredUsage':
      return or(num('savings_plan_savings_plan_effective_cost'), 'savings_plan_savings_plan_effective_cost');
    case 'SavingsPlanRecurringFee': {
      const total = num('savings_plan_total_commitment_to_date');
      const used = num('savings_plan_used_commitment');
      if (total === null || used === null) return or(null, 'savings_plan_total_commitment_to_date');
      return new DecimalSum().add(total).add(negateDecimal(used)).toString();
    }
    case 'SavingsPlanNegation':
    case 'SavingsPlanUpfrontFee':
      return '0';
    case 'DiscountedUsage':
      return or(num('reservation_effective_cost'), 'reservation_effective_cost');
    case 'RIFee': {
      const upfront = num('reservation_unused_amortized_upfront_fee_for_billing_period');
      const recurring = num('reservation_unused_recurring_fee');
      if (upfront === null && recurring === null) return or(null, 'reservation_unused_recurring_fee');
      return new DecimalSum()
        .add(upfront ?? '0')
        .add(recurring ?? '0')
        .toString();
    }
    case 'Fee':
      return text('reservation_reservation_a_r_n') !== null ? '0' : unblended;
    default:
      return unblended;
  }
}

/** A CUR 2.0 map cell (a Parquet map, or JSON text in CSV) as string values; {} when absent or unreadable. */
function mapCell(cell: BillingCell): Record<string, unknown> | string {
  if (cell === null) return {};
  if (typeof cell !== 'string') return cell;
  try {
    const parsed: unknown = JSON.parse(cell);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // reported by the caller
  }
  return `"${cell.length > 60 ? `${cell.slice(0, 60)}…` : cell}" is not a JSON object of key-value pairs.`;
}

function productMap(cell: BillingCell): Record<string, string | undefined> {
  const m = mapCell(cell);
  if (typeof m === 'string') return {};
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(m)) if (typeof v === 'string' && v !== '') out[k] = v;
  return out;
}

/** The line's tags as a flat object (null when it has none); false (error reported) when unreadable. */
function tags(
  layout: CurLayout,
  cells: readonly BillingCell[],
  row: number,
  collector: FocusCollector,
): Record<string, string> | null | false {
  const out: Record<string, string> = {};
  if (layout.tagMap !== undefined) {
    const m = mapCell(cells[layout.tagMap] ?? null);
    if (typeof m === 'string') {
      collector.error(row, m, 'resource_tags');
      return false;
    }
    for (const [k, v] of Object.entries(m))
      if (v !== null && v !== undefined && v !== '') out[curMapTagKey(k)] = String(v);
  }
  for (const { index, key } of layout.tagColumns) {
    const v = cells[index];
    if (typeof v === 'string' && v !== '' && v !== 'NULL') out[key] = v;
  }
  return Object.keys(out).length ? out : null;
}
