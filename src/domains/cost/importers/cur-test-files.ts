/**
 * Test helpers: AWS CUR lines in the documented shapes (AWS Data Exports: legacy CUR data dictionary and
 * CUR 2.0 table dictionary), one of each line-item type the mapping treats specially.
 */

/** Canonical (CUR 2.0 / Athena) column -> value, per line. Costs as exported: decimals as text. */
export const CUR_LINES: Record<string, string>[] = [
  {
    line_item_line_item_type: 'Usage',
    line_item_unblended_cost: '1.25',
    pricing_public_on_demand_cost: '1.25',
    line_item_resource_id: 'i-0abc',
    tag_team: 'Payments-Team',
  },
  {
    line_item_line_item_type: 'SavingsPlanCoveredUsage',
    line_item_unblended_cost: '2.00',
    pricing_public_on_demand_cost: '2.00',
    savings_plan_savings_plan_effective_cost: '1.20',
    savings_plan_savings_plan_a_r_n: 'arn:aws:savingsplans::1:savingsplan/sp-1',
  },
  {
    line_item_line_item_type: 'SavingsPlanNegation',
    line_item_unblended_cost: '-2.00',
    savings_plan_savings_plan_a_r_n: 'arn:aws:savingsplans::1:savingsplan/sp-1',
  },
  {
    line_item_line_item_type: 'SavingsPlanRecurringFee',
    line_item_unblended_cost: '10.00',
    savings_plan_total_commitment_to_date: '10.00',
    savings_plan_used_commitment: '8.80',
    savings_plan_savings_plan_a_r_n: 'arn:aws:savingsplans::1:savingsplan/sp-1',
  },
  {
    line_item_line_item_type: 'DiscountedUsage',
    line_item_unblended_cost: '0',
    pricing_public_on_demand_cost: '3.00',
    reservation_effective_cost: '1.75',
    reservation_reservation_a_r_n: 'arn:aws:ec2:eu-west-1:1:reserved-instances/ri-1',
  },
  {
    line_item_line_item_type: 'RIFee',
    line_item_unblended_cost: '20.00',
    reservation_unused_amortized_upfront_fee_for_billing_period: '0.50',
    reservation_unused_recurring_fee: '0.25',
    reservation_reservation_a_r_n: 'arn:aws:ec2:eu-west-1:1:reserved-instances/ri-1',
  },
  { line_item_line_item_type: 'Tax', line_item_unblended_cost: '4.10', line_item_product_code: 'AmazonS3' },
  { line_item_line_item_type: 'Credit', line_item_unblended_cost: '-1.00' },
];

/** Values every line shares unless it says otherwise. */
export const CUR_COMMON: Record<string, string> = {
  identity_line_item_id: 'li-1',
  bill_payer_account_id: '111111111111',
  bill_billing_period_start_date: '2024-09-01T00:00:00Z',
  bill_billing_period_end_date: '2024-10-01T00:00:00Z',
  bill_invoicing_entity: 'Amazon Web Services, Inc.',
  bill_billing_entity: 'AWS',
  line_item_usage_account_id: '222222222222',
  line_item_usage_start_date: '2024-09-02T00:00:00Z',
  line_item_usage_end_date: '2024-09-02T01:00:00Z',
  line_item_product_code: 'AmazonEC2',
  line_item_usage_type: 'EUW1-BoxUsage:m5.large',
  line_item_currency_code: 'USD',
  line_item_usage_amount: '1',
  line_item_line_item_description: 'm5.large hours',
  pricing_unit: 'Hrs',
  product_region_code: 'eu-west-1',
  product_product_name: 'Amazon Elastic Compute Cloud',
};

/** The columns of the fixtures, canonical names. */
export const CUR_COLUMNS = [
  ...Object.keys(CUR_COMMON),
  ...new Set(
    CUR_LINES.flatMap((l) => Object.keys(l)).filter((k) => !k.startsWith('tag_') && !(k in CUR_COMMON)),
  ),
];

/** `line_item_unblended_cost` -> `lineItem/UnblendedCost` (the legacy CSV header). */
export function legacyHeader(column: string): string {
  const categories: [string, string][] = [
    ['line_item_', 'lineItem'],
    ['savings_plan_', 'savingsPlan'],
    ['reservation_', 'reservation'],
    ['pricing_', 'pricing'],
    ['product_', 'product'],
    ['bill_', 'bill'],
    ['identity_', 'identity'],
  ];
  const [prefix, category] = categories.find(([p]) => column.startsWith(p)) ?? ['', ''];
  const rest = column.slice(prefix.length);
  // a_r_n -> ARN; other words capitalized (pricing/product columns are camelCase in the legacy CUR).
  const words = rest.replace('a_r_n', 'ARN').split('_');
  const camel = words.map((w) => (w === 'ARN' ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  const name =
    category === 'pricing' || category === 'product' ? camel.charAt(0).toLowerCase() + camel.slice(1) : camel;
  return `${category}/${name}`;
}

export function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The value of a column on line `i`, or '' when the line lacks it. */
export function curValue(i: number, column: string): string {
  const line = CUR_LINES[i] ?? {};
  return line[column] ?? CUR_COMMON[column] ?? '';
}
