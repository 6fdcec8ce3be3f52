import { api, getCsrfToken, unwrap } from '../../api/client';
import { ApiProblem, isAbort } from '../../api/problem';
import type { Output } from '../../api/types';

/**
 * The billing API of the cost domain (`/api/v1/cost/...`) as the cost pages read it, through the typed
 * client; the shapes are the server's (schema.d.ts). Amounts are exact decimal strings.
 */

export type CostGroupBy =
  | 'team'
  | 'service'
  | 'provider'
  | 'service_category'
  | 'service_name'
  | 'account'
  | 'environment'
  | 'charge_category'
  | 'none';
export type CostStep = 'day' | 'month';
export type CostMetric = 'effective' | 'billed';

/** The filters every cost view takes (URL and API names are the same). */
export interface CostFilterValues {
  team?: number | undefined;
  service?: number | undefined;
  provider?: string | undefined;
  category?: string | undefined;
  serviceName?: string | undefined;
  account?: string | undefined;
  environment?: string | undefined;
  chargeCategory?: string | undefined;
}

export type CostSeries = Output<'/api/v1/cost/series'>;
export type CostGroup = CostSeries['groups'][number];
export type CostLines = Output<'/api/v1/cost/lines'>;
export type CostLine = CostLines['items'][number];
/** The values with cost in a range, per filter; each list is normalized for the pickers by `facetOptions`. */
export type CostFacets = Output<'/api/v1/cost/facets'>;
export type CostSummary = Output<'/api/v1/cost/summary'>;
export type CostImport = Output<'/api/v1/cost/imports'>['items'][number];
export type ImportWarning = CostImport['warnings'][number];
export type ImportPeriod = CostImport['periods'][number];
export type AllocationRules = Output<'/api/v1/cost/allocation-rules'>;

/** A pickable value: a text value is its own id. */
export interface Facet {
  id: string;
  label: string;
}

export type AllocationRule =
  | { kind: 'tag'; keys?: string[] | undefined }
  | { kind: 'account'; accounts: Record<string, string> }
  | { kind: 'resource-glob'; pattern: string; unit: string }
  | { kind: 'ownership'; owners: Record<string, string>; catalog?: boolean | undefined };

export interface SharedPool {
  name: string;
  match: {
    accounts?: string[] | undefined;
    resourceGlobs?: string[] | undefined;
    services?: string[] | undefined;
    tag?: { key: string; value: string } | undefined;
  };
  split: 'even' | 'headcount' | 'proportional';
  units?: string[] | undefined;
  headcount?: Record<string, number> | undefined;
}

export interface AllocationBody {
  rules: AllocationRule[];
  pools: SharedPool[];
}

type Query = Record<string, string | number | undefined>;

function withQuery(path: string, query?: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {}))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * A call to any cost endpoint by path (JSON in and out, session cookie and CSRF token, problem+json
 * errors thrown as `ApiProblem`), for endpoints read before their types are in schema.d.ts. Prefer the
 * typed client (`api`) where the path is known to it, as the functions below do.
 */
export async function costFetch<T>(
  path: string,
  {
    query,
    method = 'GET',
    body,
    signal,
  }: {
    query?: Record<string, string | number | undefined | null>;
    method?: string;
    body?: unknown;
    signal?: AbortSignal;
  },
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const csrf = getCsrfToken();
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch(withQuery(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw ApiProblem.network(err);
  }
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) throw ApiProblem.fromResponse(data, response);
  return data as T;
}

const opts = (signal: AbortSignal | undefined) => (signal ? { signal } : {});

/** The filters as API query keys (the same names as in the page's URL). */
export function filterQuery(f: CostFilterValues): Query {
  return {
    team: f.team,
    service: f.service,
    provider: f.provider,
    category: f.category,
    serviceName: f.serviceName,
    account: f.account,
    environment: f.environment,
    chargeCategory: f.chargeCategory,
  };
}

/** Leaves out the keys without a value (the API's schema has no empty strings). */
function defined<T extends Query>(q: T): T {
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== '')) as T;
}

export function getCostSeries(
  q: {
    from: string;
    to: string;
    step: CostStep;
    groupBy: CostGroupBy;
    metric: CostMetric;
    filters: CostFilterValues;
  },
  signal?: AbortSignal,
): Promise<CostSeries> {
  const { filters, ...rest } = q;
  const query = defined({ ...rest, ...filterQuery(filters) });
  return unwrap(api.GET('/api/v1/cost/series', { params: { query }, ...opts(signal) }));
}

export function getCostLines(
  q: {
    from: string;
    to: string;
    filters: CostFilterValues;
    groupBy?: CostGroupBy | undefined;
    group?: string | undefined;
    limit: number;
    offset: number;
    sort?: 'cost' | 'day' | 'row' | undefined;
  },
  signal?: AbortSignal,
): Promise<CostLines> {
  const { filters, ...rest } = q;
  const query = defined({ ...rest, ...filterQuery(filters) });
  return unwrap(api.GET('/api/v1/cost/lines', { params: { query }, ...opts(signal) }));
}

export function getCostFacets(q: { from: string; to: string }, signal?: AbortSignal): Promise<CostFacets> {
  return unwrap(api.GET('/api/v1/cost/facets', { params: { query: q }, ...opts(signal) }));
}

/** Without `from`/`to`: the twelve months up to the last day with billing data. */
export function getCostSummary(
  q: { from?: string; to?: string; metric?: CostMetric; filters: CostFilterValues },
  signal?: AbortSignal,
): Promise<CostSummary> {
  const { filters, ...rest } = q;
  const query = defined({ ...rest, ...filterQuery(filters) });
  return unwrap(api.GET('/api/v1/cost/summary', { params: { query }, ...opts(signal) }));
}

export async function listCostImports(signal?: AbortSignal): Promise<CostImport[]> {
  return (await unwrap(api.GET('/api/v1/cost/imports', opts(signal)))).items;
}

export function getAllocationRules(signal?: AbortSignal): Promise<AllocationRules> {
  return unwrap(api.GET('/api/v1/cost/allocation-rules', opts(signal)));
}

/** Saves the rules as a new version and re-applies them (admins and executives). */
export function saveAllocationRules(body: AllocationBody, note: string): Promise<AllocationRules> {
  return unwrap(api.PUT('/api/v1/cost/allocation-rules', { body: { body, note } }));
}
