import type { CostFilterValues, CostGroupBy, CostMetric, CostStep, Facet } from './cost-api';

/**
 * The cost views' state in the URL's query, so any view can be shared and survives a reload:
 * `?from=…&to=…&team=…` (the scope) `&group=service&step=day&metric=billed&provider=AWS&…`.
 */

export const GROUP_BYS: readonly { id: CostGroupBy; label: string }[] = [
  { id: 'team', label: 'Team' },
  { id: 'service', label: 'Service' },
  { id: 'provider', label: 'Provider' },
  { id: 'service_category', label: 'Category' },
  { id: 'service_name', label: 'Cloud service' },
  { id: 'account', label: 'Account' },
  { id: 'environment', label: 'Environment' },
  { id: 'charge_category', label: 'Charge category' },
];

export const METRICS: readonly { id: CostMetric; label: string; hint: string }[] = [
  {
    id: 'effective',
    label: 'Amortized',
    hint: 'EffectiveCost: upfront commitments spread over the days they cover',
  },
  { id: 'billed', label: 'Billed', hint: 'BilledCost: as invoiced, commitments on the day they were bought' },
];

/** The text filters (the team comes from the scope bar). URL key, label, and the facet list it picks from. */
export const TEXT_FILTERS = [
  { key: 'service', label: 'Service', facet: 'services' },
  { key: 'provider', label: 'Provider', facet: 'providers' },
  { key: 'category', label: 'Category', facet: 'categories' },
  { key: 'serviceName', label: 'Cloud service', facet: 'serviceNames' },
  { key: 'account', label: 'Account', facet: 'accounts' },
  { key: 'environment', label: 'Environment', facet: 'environments' },
  { key: 'chargeCategory', label: 'Charge category', facet: 'chargeCategories' },
] as const;

export type FilterKey = (typeof TEXT_FILTERS)[number]['key'] | 'team';

export interface CostView {
  group: CostGroupBy;
  step: CostStep;
  metric: CostMetric;
  filters: CostFilterValues;
}

const positive = (v: string | null): number | undefined => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};
const text = (v: string | null): string | undefined => v?.trim() || undefined;

/** The filters in a URL query (unknown or empty values are left out). */
export function parseCostFilters(params: URLSearchParams): CostFilterValues {
  return {
    team: positive(params.get('team')),
    service: positive(params.get('service')),
    provider: text(params.get('provider')),
    category: text(params.get('category')),
    serviceName: text(params.get('serviceName')),
    account: text(params.get('account')),
    environment: text(params.get('environment')),
    chargeCategory: text(params.get('chargeCategory')),
  };
}

export function parseCostView(params: URLSearchParams, defaults: Partial<CostView> = {}): CostView {
  const group = GROUP_BYS.find((g) => g.id === params.get('group'))?.id ?? defaults.group ?? 'team';
  const stepParam = params.get('step');
  const step: CostStep =
    stepParam === 'day' || stepParam === 'month' ? stepParam : (defaults.step ?? 'month');
  const metric: CostMetric = params.get('metric') === 'billed' ? 'billed' : (defaults.metric ?? 'effective');
  return { group, step, metric, filters: parseCostFilters(params) };
}

/** The query with some keys changed (undefined or '' removes a key); paging restarts. */
export function changedQuery(
  current: URLSearchParams,
  change: Record<string, string | number | undefined | null>,
): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [k, v] of Object.entries(change)) {
    if (v === undefined || v === null || v === '') next.delete(k);
    else next.set(k, String(v));
  }
  if (!('offset' in change)) next.delete('offset');
  return next;
}

/** The filters that are set, as `label: value` chips (the value's label from the facets when known). */
export function activeFilters(
  filters: CostFilterValues,
  labelOf: (key: FilterKey, value: string) => string = (_k, v) => v,
): { key: FilterKey; label: string; value: string }[] {
  const out: { key: FilterKey; label: string; value: string }[] = [];
  for (const f of TEXT_FILTERS) {
    const v = filters[f.key];
    if (v !== undefined) out.push({ key: f.key, label: f.label, value: labelOf(f.key, String(v)) });
  }
  return out;
}

/**
 * Facet lists as the pickers want them, whatever the API's exact shape: plain strings, `{id, label}`,
 * `{id, name}` or `{value, label}`.
 */
export function facetOptions(raw: unknown): Facet[] {
  if (!Array.isArray(raw)) return [];
  const out: Facet[] = [];
  for (const item of raw) {
    if (typeof item === 'string' || typeof item === 'number') {
      out.push({ id: String(item), label: String(item) });
      continue;
    }
    if (item && typeof item === 'object') {
      const o = item as Record<string, unknown>;
      const id = o.id ?? o.value ?? o.key ?? o.name;
      const label = o.label ?? o.name ?? o.value ?? o.id;
      if (id !== undefined && id !== null) out.push({ id: String(id), label: String(label ?? id) });
    }
  }
  return out;
}

/** What moving between the cloud cost pages keeps: the scope (range, team) and the cost filters. */
const KEPT = [
  'from',
  'to',
  'team',
  'service',
  'provider',
  'category',
  'serviceName',
  'account',
  'environment',
  'chargeCategory',
  'metric',
] as const;

/** The scope and cost filters of a query, for links between cost pages ("?from=…&provider=…" or ""). */
export function costSearch(params: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const key of KEPT) {
    const value = params.get(key);
    if (value) out.set(key, value);
  }
  const text = out.toString();
  return text ? `?${text}` : '';
}

/**
 * A link to a cost page that keeps the scope and the filters of `params`, with some keys changed
 * (undefined removes one): `costHref('/cost/explorer', params, { group: 'service', lines: 'payments' })`.
 */
export function costHref(
  path: string,
  params: URLSearchParams,
  change: Record<string, string | number | undefined | null> = {},
): string {
  const next = new URLSearchParams(costSearch(params));
  for (const [k, v] of Object.entries(change)) {
    if (v === undefined || v === null || v === '') next.delete(k);
    else next.set(k, String(v));
  }
  const text = next.toString();
  return text ? `${path}?${text}` : path;
}
