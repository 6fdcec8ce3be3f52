/**
 * The plan of a generated bill (billing-generator.ts): sub-accounts, resources with their owners, tags,
 * base cost and coverage, the commitment discounts, monthly lines and the injected anomalies. Each
 * resource's unchanging cells are joined once into a CSV fragment, so writing a line costs a few numbers.
 */

import type { BillingGeneratorOptions } from './billing-generator.js';
import {
  COMMITMENTS,
  ENV_KEYS,
  ENV_VALUES,
  type Env,
  PROVIDERS,
  type ProviderDef,
  type ProviderKey,
  SERVICES,
  type ServiceDef,
  TEAM_KEYS,
} from './billing-generator-catalog.js';
import {
  type InjectedAnomaly,
  type OwnedResource,
  type PlannedResource,
  type Template,
  template,
} from './billing-generator-columns.js';
import { finishPlan } from './billing-generator-monthly.js';

export interface Plan {
  resources: PlannedResource[];
  commitments: {
    provider: ProviderKey;
    dailyMicros: number;
    unusedTemplate: Template;
    purchaseTemplate: Template;
  }[];
  marketplace: { monthlyMicros: number; template: Template };
  taxed: { provider: ProviderKey; rate: number; template: Template }[];
  credit: { rate: number; template: Template };
  anomalies: InjectedAnomaly[];
  /** Every sub-account (account, subscription, project) by provider and environment. */
  subAccounts: { provider: ProviderKey; env: Env; id: string; name: string }[];
  invoiceId(provider: string, period: string): string;
}

const hex = (rnd: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
const digits = (rnd: () => number, n: number) =>
  Array.from({ length: n }, (_, i) => Math.floor(rnd() * (i === 0 ? 9 : 10)) + (i === 0 ? 1 : 0)).join('');
const guid = (rnd: () => number) =>
  `${hex(rnd, 8)}-${hex(rnd, 4)}-4${hex(rnd, 3)}-a${hex(rnd, 3)}-${hex(rnd, 12)}`;

function pick<T>(rnd: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let x = rnd() * total;
  for (const [v, w] of weighted) {
    x -= w;
    if (x < 0) return v;
  }
  return (weighted[weighted.length - 1] as readonly [T, number])[0];
}

interface SubAccount {
  id: string;
  name: string;
}

function subAccounts(p: ProviderDef, rnd: () => number): Record<Env, SubAccount> {
  const envs: Env[] = ['prod', 'staging', 'dev', 'test', 'shared'];
  const label: Record<Env, string> = {
    prod: 'Production',
    staging: 'Staging',
    dev: 'Development',
    test: 'Test',
    shared: 'Platform Shared',
  };
  const out = {} as Record<Env, SubAccount>;
  for (const env of envs) {
    const slug = env === 'shared' ? 'platform-shared' : `acme-${env}`;
    if (p.key === 'aws') out[env] = { id: digits(rnd, 12), name: slug };
    else if (p.key === 'azure') out[env] = { id: guid(rnd), name: `Acme ${label[env]}` };
    else out[env] = { id: `${slug}-${digits(rnd, 4)}`, name: slug };
  }
  return out;
}

function resourceId(
  svc: ServiceDef,
  p: ProviderDef,
  sub: SubAccount,
  region: readonly [string, string, string],
  name: string,
  rnd: () => number,
): string {
  const [regionId, , zone] = region;
  switch (svc.idStyle) {
    case 'ec2':
      return `i-0${hex(rnd, 16)}`;
    case 'arn-rds':
      return `arn:aws:rds:${regionId}:${sub.id}:db:${name}`;
    case 'arn-lambda':
      return `arn:aws:lambda:${regionId}:${sub.id}:function:${name}`;
    case 'arn-eks':
      return `arn:aws:eks:${regionId}:${sub.id}:cluster/${name}`;
    case 'arn-elasticache':
      return `arn:aws:elasticache:${regionId}:${sub.id}:cluster:${name}`;
    case 'arn-dynamodb':
      return `arn:aws:dynamodb:${regionId}:${sub.id}:table/${name}`;
    case 'arn-elb':
      return `arn:aws:elasticloadbalancing:${regionId}:${sub.id}:loadbalancer/app/${name}/${hex(rnd, 16)}`;
    case 'nat':
      return `nat-0${hex(rnd, 16)}`;
    case 's3':
      return `acme-${name}`;
    case 'azure':
      return `/subscriptions/${sub.id}/resourceGroups/rg-${name}/providers/${svc.path}/${name.replaceAll('-', '')}`;
    case 'gcp':
      return `//${(svc.path ?? '').replace('{p}', sub.id).replace('{z}', zone)}/${name}`;
  }
  return p.key;
}

const title = (slug: string) =>
  slug
    .split(/[-_]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('-');

/** The team tag's value as people type it: `payments`, `Payments-Team`, `payments_team`, `Payments`. */
function teamSpelling(slug: string, rnd: () => number): string {
  return pick(rnd, [
    [slug, 0.6],
    [`${title(slug)}-Team`, 0.15],
    [`${slug.replaceAll('-', '_')}_team`, 0.15],
    [title(slug).replaceAll('-', ' '), 0.1],
  ]);
}

function tagsOf(
  provider: ProviderKey,
  team: string,
  service: string | null,
  env: Exclude<Env, 'shared'>,
  rnd: () => number,
): string {
  const tags: Record<string, string> = {};
  tags[pick(rnd, TEAM_KEYS)] = teamSpelling(team, rnd);
  if (service !== null && rnd() < 0.9) tags[rnd() < 0.8 ? 'service' : 'Service'] = service;
  tags[pick(rnd, ENV_KEYS)] = pick(
    rnd,
    ENV_VALUES[env].map((v, i) => [v, i === 0 ? 3 : 1] as const),
  );
  if (rnd() < 0.3) tags.cost_center = `cc-${team}`;
  if (rnd() < 0.5) tags['managed-by'] = 'terraform';
  // Google Cloud labels are lower case.
  if (provider === 'gcp')
    return JSON.stringify(
      Object.fromEntries(
        Object.entries(tags).map(([k, v]) => [k.toLowerCase(), v.toLowerCase().replaceAll(' ', '-')]),
      ),
    );
  return JSON.stringify(tags);
}

const logNormal = (rnd: () => number, sigma: number) => {
  const u = Math.max(rnd(), 1e-9);
  const g = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
  return Math.exp(sigma * g);
};

/** Plans a bill: accounts, resources (one usage line a day each), commitments, monthly lines, anomalies. */
export function planBilling(o: BillingGeneratorOptions, rnd: () => number): Plan {
  const accounts = new Map(PROVIDERS.map((p) => [p.key, subAccounts(p, rnd)]));
  const provider = (k: ProviderKey) => PROVIDERS.find((p) => p.key === k) as ProviderDef;
  const months = Math.max(1, Math.ceil(o.days / 30.4));
  const fixedPerDay = 3; // the Unused commitment lines
  const perMonth = 3 + 1 + 3 + 1; // purchases, marketplace, tax, credit
  const count = Math.max(4, Math.round((o.lines - months * perMonth) / Math.max(o.days, 1) - fixedPerDay));
  const sharedCount = Math.max(3, Math.round(count * 0.08));
  const units =
    o.units.services.length > 0
      ? o.units.services.map((s) => ({ team: s.team, service: s.name as string | null }))
      : o.units.teams.map((t) => ({ team: t.slug, service: null as string | null }));
  if (units.length === 0) units.push({ team: 'platform', service: null });
  const sharedDefs = SERVICES.filter((s) => s.shared);
  const resources: OwnedResource[] = [];
  const base = (p: ProviderDef, def: ServiceDef, env: Env, idle: boolean) => {
    const region = p.regions[Math.floor(rnd() * p.regions.length)] as readonly [string, string, string];
    return {
      region,
      sub: (accounts.get(p.key) as Record<Env, SubAccount>)[env],
      baseMicros: Math.round(
        def.dailyMicros * logNormal(rnd, 0.6) * (env === 'prod' ? 1.25 : 1) * (idle ? 0.4 : 1),
      ),
    };
  };
  for (let i = 0; i < count; i++) {
    const shared = i < sharedCount;
    const def = shared
      ? (sharedDefs[i % sharedDefs.length] as ServiceDef)
      : pick(
          rnd,
          (() => {
            const pk = pick(
              rnd,
              PROVIDERS.map((p) => [p.key, p.share] as const),
            );
            return SERVICES.filter((s) => s.provider === pk && !s.shared).map((s) => [s, s.weight] as const);
          })(),
        );
    const p = provider(def.provider);
    const unit = shared
      ? null
      : (units[(i - sharedCount) % units.length] as { team: string; service: string | null });
    const env: Env = shared
      ? 'shared'
      : pick(rnd, [
          ['prod', 0.62],
          ['staging', 0.15],
          ['dev', 0.17],
          ['test', 0.06],
        ] as const);
    const idle = !shared && rnd() < 0.05;
    const { region, sub, baseMicros } = base(p, def, env, idle);
    const stem = unit
      ? (unit.service ?? unit.team)
      : `platform-${def.resourceType.toLowerCase().replaceAll(' ', '-')}`;
    const name = `${stem}-${env === 'shared' ? 'shared' : env}-${i + 1}`;
    const id = resourceId(def, p, sub, region, name, rnd);
    const tags = shared
      ? JSON.stringify({ cost_center: 'platform-shared', 'managed-by': 'terraform' })
      : rnd() < 0.08
        ? rnd() < 0.5
          ? null
          : '{}'
        : tagsOf(
            p.key,
            (unit as { team: string }).team,
            unit?.service ?? null,
            env as Exclude<Env, 'shared'>,
            rnd,
          );
    const commitment =
      env === 'prod' && def.committable && rnd() < 0.6 ? { rate: COMMITMENTS[p.key].rate } : null;
    const c = commitment ? COMMITMENTS[p.key] : null;
    resources.push({
      def,
      id,
      team: unit?.team ?? null,
      service: unit?.service ?? null,
      provider: p.key,
      baseMicros,
      quantity: def.quantity * logNormal(rnd, 0.3),
      weekendFactor:
        def.category === 'Storage' ? 1 : def.category === 'Databases' ? 0.95 : env === 'prod' ? 0.82 : 0.6,
      negotiated: p.key === 'aws' ? 0.95 : p.key === 'azure' ? 0.93 : 1,
      commitment,
      idle,
      anomalies: [],
      template: template({
        BillingAccountId: p.billingAccountId,
        BillingAccountName: p.billingAccountName,
        BillingAccountType: p.billingAccountType,
        SubAccountId: sub.id,
        SubAccountName: sub.name,
        SubAccountType: p.subAccountType,
        BillingCurrency: 'USD',
        ChargeCategory: 'Usage',
        ChargeDescription: `${def.name} ${def.unit} in ${region[1]}`,
        ChargeFrequency: 'Usage-Based',
        PricingCategory: commitment ? 'Committed' : 'Standard',
        PricingUnit: def.unit,
        ConsumedUnit: def.unit,
        ProviderName: p.name,
        PublisherName: p.name,
        InvoiceIssuerName: p.name,
        ServiceName: def.name,
        ServiceCategory: def.category,
        ServiceSubcategory: def.subcategory,
        RegionId: region[0],
        RegionName: region[1],
        AvailabilityZone: region[2],
        ResourceId: id,
        ResourceName: name,
        ResourceType: def.resourceType,
        SkuId: def.sku,
        SkuPriceId: `${def.sku}.${region[0]}`,
        CommitmentDiscountId: c?.id ?? null,
        CommitmentDiscountName: c?.name ?? null,
        CommitmentDiscountCategory: c?.category ?? null,
        CommitmentDiscountType: c?.type ?? null,
        CommitmentDiscountStatus: c ? 'Used' : null,
        Tags: tags,
      }),
    });
  }
  const subs = [...accounts].flatMap(([k, byEnv]) =>
    Object.entries(byEnv).map(([env, a]) => ({ provider: k, env: env as Env, ...a })),
  );
  return { ...finishPlan(o, resources, provider, accounts), subAccounts: subs };
}
