/** Test helpers: small FOCUS CSV files written from rows (a valid 1.0 row to start from). */
import { mandatoryColumns } from './focus-spec.js';

/** A valid value for each FOCUS 1.0 mandatory column (and a few others the tests add). */
export const VALID_ROW: Readonly<Record<string, string>> = {
  BilledCost: '1.25',
  BillingAccountId: 'acct-1',
  BillingAccountName: 'Main',
  BillingCurrency: 'USD',
  BillingPeriodEnd: '2024-10-01T00:00:00Z',
  BillingPeriodStart: '2024-09-01T00:00:00Z',
  ChargeCategory: 'Usage',
  ChargeClass: 'NULL',
  ChargeDescription: 'Compute hours',
  ChargePeriodEnd: '2024-09-02T00:00:00Z',
  ChargePeriodStart: '2024-09-01T00:00:00Z',
  ContractedCost: '1.25',
  EffectiveCost: '1.00',
  InvoiceIssuerName: 'Example Cloud',
  ListCost: '1.50',
  PricingQuantity: '10',
  PricingUnit: 'Hours',
  ProviderName: 'Example Cloud',
  PublisherName: 'Example Cloud',
  ServiceCategory: 'Compute',
  ServiceName: 'Virtual Machines',
  Tags: '{"team": "payments"}',
  InvoiceId: 'INV-1',
  PricingCurrency: 'USD',
  SkuMeter: 'Compute Hours',
  ServiceProviderName: 'Example Cloud',
  HostProviderName: 'Example Cloud',
};

export const V10_MANDATORY = mandatoryColumns('1.0');

function cell(value: string): string {
  return value === 'NULL' ? value : `"${value.replaceAll('"', '""')}"`;
}

/** CSV text with the given columns; each row overrides VALID_ROW. */
export function focusCsvText(columns: readonly string[], rows: Record<string, string>[]): string {
  const lines = [columns.map(cell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => cell(r[c] ?? VALID_ROW[c] ?? 'NULL')).join(','));
  return `${lines.join('\n')}\n`;
}
