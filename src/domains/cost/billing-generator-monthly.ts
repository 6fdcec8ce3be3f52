/**
 * The lines of a generated bill that are not one resource's daily usage (billing-generator.ts): commitment
 * discounts (a daily Unused line, a monthly purchase), a Marketplace subscription, tax and credits; and the
 * anomalies injected into some resources' usage.
 */

import type { BillingGeneratorOptions } from './billing-generator.js';
import { COMMITMENTS, type Env, type ProviderDef, type ProviderKey } from './billing-generator-catalog.js';
import { type InjectedAnomaly, type OwnedResource, template } from './billing-generator-columns.js';
import type { Plan } from './billing-generator-plan.js';

type Accounts = Map<ProviderKey, Record<Env, { id: string; name: string }>>;

const COMPUTE_SERVICE: Record<ProviderKey, string> = {
  aws: 'Savings Plans for AWS Compute usage',
  azure: 'Virtual Machines',
  gcp: 'Compute Engine',
};

function account(p: ProviderDef, sub: { id: string; name: string } | null) {
  return {
    BillingAccountId: p.billingAccountId,
    BillingAccountName: p.billingAccountName,
    BillingAccountType: p.billingAccountType,
    SubAccountId: sub?.id ?? null,
    SubAccountName: sub?.name ?? null,
    SubAccountType: sub ? p.subAccountType : null,
    BillingCurrency: 'USD',
    ProviderName: p.name,
    PublisherName: p.name,
    InvoiceIssuerName: p.name,
  };
}

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The injected anomalies, each a spike of a few days on one resource:
 * 1. a runaway batch job: a team's largest compute resource at six times its cost for three days;
 * 2. cross-region replication left on after a migration: shared networking at five times for two days;
 * 3. a scheduled query rewritten into a loop: an analytics or database resource at eight times for four days.
 */
function planAnomalies(o: BillingGeneratorOptions, resources: OwnedResource[]): InjectedAnomaly[] {
  if (o.days < 21) return [];
  const largest = (pred: (r: OwnedResource) => boolean) =>
    resources.filter((r) => pred(r) && !r.idle).sort((a, b) => b.baseMicros - a.baseMicros)[0];
  const specs: [OwnedResource | undefined, number, number, number, string][] = [
    [largest((r) => r.team !== null && r.def.category === 'Compute'), 0.38, 3, 6, 'a runaway batch job'],
    [
      largest((r) => r.team === null && r.def.category === 'Networking'),
      0.64,
      2,
      5,
      'cross-region replication left on after a migration',
    ],
    [
      largest((r) => r.team !== null && (r.def.category === 'Analytics' || r.def.category === 'Databases')),
      0.87,
      4,
      8,
      'a scheduled query rewritten into a loop',
    ],
  ];
  const out: InjectedAnomaly[] = [];
  for (const [r, at, length, factor, reason] of specs) {
    if (!r || r.anomalies.length > 0) continue;
    const fromIndex = Math.floor(o.days * at);
    const toIndex = Math.min(o.days - 1, fromIndex + length - 1);
    r.anomalies.push({ fromIndex, toIndex, factor });
    out.push({
      from: addDays(o.start, fromIndex),
      to: addDays(o.start, toIndex),
      provider: r.provider,
      serviceName: r.def.name,
      resourceId: r.id,
      team: r.team,
      service: r.service,
      factor,
      reason,
    });
  }
  return out;
}

/** Completes a plan from its resources: commitments, monthly lines, anomalies, invoice ids. */
export function finishPlan(
  o: BillingGeneratorOptions,
  resources: OwnedResource[],
  provider: (k: ProviderKey) => ProviderDef,
  accounts: Accounts,
): Omit<Plan, 'subAccounts'> {
  const shared = (k: ProviderKey) => (accounts.get(k) as Record<Env, { id: string; name: string }>).shared;
  const prod = (k: ProviderKey) => (accounts.get(k) as Record<Env, { id: string; name: string }>).prod;
  const commitments: Plan['commitments'] = [];
  for (const k of ['aws', 'azure', 'gcp'] as const) {
    const covered = resources.filter((r) => r.provider === k && r.commitment);
    if (covered.length === 0) continue;
    const c = COMMITMENTS[k];
    const p = provider(k);
    // Bought for a little more than the usage it covered when it was bought: utilization starts near 80%.
    const dailyMicros = Math.round(covered.reduce((s, r) => s + r.baseMicros * c.rate, 0) * 1.25);
    const commitment = {
      CommitmentDiscountId: c.id,
      CommitmentDiscountName: c.name,
      CommitmentDiscountCategory: c.category,
      CommitmentDiscountType: c.type,
      ServiceName: COMPUTE_SERVICE[k],
      ServiceCategory: 'Compute',
      ServiceSubcategory: 'Virtual Machines',
    };
    commitments.push({
      provider: k,
      dailyMicros,
      unusedTemplate: template({
        ...account(p, shared(k)),
        ...commitment,
        ChargeCategory: 'Usage',
        ChargeFrequency: 'Usage-Based',
        ChargeDescription: `Unused commitment: ${c.name}`,
        PricingCategory: 'Committed',
        ResourceId: c.id,
        ResourceName: c.name,
        ResourceType: c.type,
        CommitmentDiscountStatus: 'Unused',
      }),
      purchaseTemplate: template({
        ...account(p, shared(k)),
        ...commitment,
        ChargeCategory: 'Purchase',
        ChargeFrequency: 'Recurring',
        ChargeDescription: `Recurring fee: ${c.name}`,
        ResourceId: c.id,
        ResourceName: c.name,
        ResourceType: c.type,
      }),
    });
  }
  const aws = provider('aws');
  const marketplace = {
    monthlyMicros: 1_250_000_000,
    template: template({
      ...account(aws, prod('aws')),
      PublisherName: 'Elasticsearch, Inc.',
      ChargeCategory: 'Purchase',
      ChargeFrequency: 'Recurring',
      ChargeDescription: 'Elastic Cloud (Elasticsearch Service), Standard subscription',
      ServiceName: 'Elastic Cloud (Elasticsearch Service)',
      ServiceCategory: 'Analytics',
      ServiceSubcategory: 'Search',
      SkuId: 'prod-bb6hz3mmg4zk2',
    }),
  };
  const taxed = (['aws', 'azure', 'gcp'] as const).map((k) => ({
    provider: k,
    rate: 0.02,
    template: template({
      ...account(provider(k), null),
      ChargeCategory: 'Tax',
      ChargeFrequency: 'Recurring',
      ChargeDescription: 'Tax',
      ServiceName: 'Tax',
      ServiceCategory: 'Other',
      ServiceSubcategory: 'Other',
    }),
  }));
  const credit = {
    rate: 0.015,
    template: template({
      ...account(provider('gcp'), prod('gcp')),
      ChargeCategory: 'Credit',
      ChargeFrequency: 'Recurring',
      ChargeDescription: 'Sustained use discount',
      ServiceName: 'Compute Engine',
      ServiceCategory: 'Compute',
      ServiceSubcategory: 'Virtual Machines',
    }),
  };
  const invoices = new Map<string, string>();
  return {
    resources,
    commitments,
    marketplace,
    taxed,
    credit,
    anomalies: planAnomalies(o, resources),
    invoiceId(k, period) {
      const key = `${k}${period}`;
      let id = invoices.get(key);
      if (id === undefined) {
        const ym = period.slice(0, 7).replace('-', '');
        id = k === 'aws' ? `EUINIE${ym}-${period.slice(2, 4)}77` : k === 'azure' ? `G0${ym}41` : `5${ym}092`;
        invoices.set(key, id);
      }
      return id;
    },
  };
}
