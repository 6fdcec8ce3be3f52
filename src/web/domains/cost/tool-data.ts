import { getCsrfToken } from '../../api/client';
import { ApiProblem, isAbort } from '../../api/problem';

/**
 * The tool register's API calls and shapes (`/api/v1/cost/tools…`, see src/domains/cost/tools.schemas.ts).
 * Plain fetch with the session cookie and CSRF token, until `npm run api:types` includes these paths in
 * the typed client.
 */

export const TOOL_EDITORS = ['admin', 'executive'] as const;
export const TOOL_READERS = ['admin', 'executive', 'manager'] as const;

export const TOOL_CATEGORIES = [
  ['source-control', 'Source control'],
  ['ci-cd', 'CI/CD'],
  ['observability', 'Observability'],
  ['incident-management', 'Incident management'],
  ['project-tracking', 'Project tracking'],
  ['communication', 'Communication'],
  ['documentation', 'Documentation'],
  ['design', 'Design'],
  ['security', 'Security'],
  ['ai-assistant', 'AI assistant'],
  ['cloud-platform', 'Cloud platform'],
  ['other', 'Other'],
] as const;
export type ToolCategory = (typeof TOOL_CATEGORIES)[number][0];
export const categoryLabel = (c: string): string => TOOL_CATEGORIES.find(([v]) => v === c)?.[1] ?? c;

export type RenewalStatus = 'notice-passed' | 'act-soon' | 'upcoming' | 'ended';

export interface RenewalData {
  renewalDate: string;
  noticeDeadline: string;
  status: RenewalStatus;
  daysToNotice: number;
  daysToRenewal: number;
}

export interface ToolData {
  id: number;
  vendor: string;
  product: string;
  category: ToolCategory;
  plan: string;
  contractStart: string | null;
  contractEnd: string | null;
  renewalDate: string | null;
  noticeDays: number;
  autoRenew: boolean;
  annualCost: string;
  currency: string;
  seatsBought: number | null;
  seatsAssigned: number;
  seatsActive: number;
  unusedSeats: number;
  seatCost: string | null;
  annualUnusedCost: string;
  owner: { id: number; name: string } | null;
  teams: { id: number; name: string; slug: string }[];
  notes: string;
  renewal: RenewalData | null;
  updatedAt: string;
}

export interface ToolDetailData extends ToolData {
  activeDays: number;
  seats: {
    email: string;
    personId: number | null;
    personName: string | null;
    lastActiveAt: string | null;
    source: 'csv' | 'sso';
    active: boolean;
  }[];
}

export interface SummaryData {
  activeDays: number;
  totals: {
    currency: string;
    tools: number;
    annualCost: string;
    seatsBought: number;
    seatsAssigned: number;
    seatsActive: number;
    unusedSeats: number;
    annualUnusedCost: string;
  }[];
}

export interface RenewalsData {
  today: string;
  items: (Omit<RenewalData, 'status'> & {
    status: Exclude<RenewalStatus, 'ended'>;
    tool: Pick<
      ToolData,
      | 'id'
      | 'vendor'
      | 'product'
      | 'category'
      | 'annualCost'
      | 'currency'
      | 'autoRenew'
      | 'noticeDays'
      | 'owner'
    >;
  })[];
}

export interface SavingsData {
  activeDays: number;
  savings: {
    currency: string;
    annualUnusedCost: string;
    unusedSeats: number;
    tools: {
      id: number;
      vendor: string;
      product: string;
      category: ToolCategory;
      seatsBought: number;
      seatsAssigned: number;
      seatsActive: number;
      unusedSeats: number;
      annualCost: string;
      seatCost: string;
      annualUnusedCost: string;
    }[];
  }[];
  inactiveSeats: {
    toolId: number;
    vendor: string;
    product: string;
    email: string;
    personId: number | null;
    personName: string | null;
    lastActiveAt: string | null;
  }[];
}

export interface OverlapsData {
  overlaps: {
    category: ToolCategory;
    tools: Pick<
      ToolData,
      | 'id'
      | 'vendor'
      | 'product'
      | 'annualCost'
      | 'currency'
      | 'seatsBought'
      | 'seatsAssigned'
      | 'seatsActive'
    >[];
    annualCost: { currency: string; amount: string }[];
    seatsBought: number;
    seatsAssigned: number;
    seatsActive: number;
  }[];
}

export interface ToolInputData {
  vendor?: string;
  product?: string;
  category?: ToolCategory;
  plan?: string;
  contractStart?: string | null;
  contractEnd?: string | null;
  renewalDate?: string | null;
  noticeDays?: number;
  autoRenew?: boolean;
  annualCost?: string;
  currency?: string;
  seatsBought?: number | null;
  ownerPersonId?: number | null;
  teamIds?: number[];
  notes?: string;
}

async function call<T>(method: string, url: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const csrf = getCsrfToken();
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(signal ? { signal } : {}),
    });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw ApiProblem.network(err);
  }
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) throw ApiProblem.fromResponse(data, response);
  return data as T;
}

const query = (q: Record<string, string | number | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

const BASE = '/api/v1/cost/tools';
export const ICS_URL = `${BASE}/renewals.ics`;

export const toolsApi = {
  list: (q: { category?: string; team?: string; renewingWithin?: string }, signal?: AbortSignal) =>
    call<{ items: ToolData[] }>('GET', `${BASE}${query(q)}`, undefined, signal),
  summary: (signal?: AbortSignal) => call<SummaryData>('GET', `${BASE}/summary`, undefined, signal),
  get: (id: number, signal?: AbortSignal) => call<ToolDetailData>('GET', `${BASE}/${id}`, undefined, signal),
  renewals: (signal?: AbortSignal) => call<RenewalsData>('GET', `${BASE}/renewals`, undefined, signal),
  savings: (activeDays: number, signal?: AbortSignal) =>
    call<SavingsData>('GET', `${BASE}/savings${query({ activeDays })}`, undefined, signal),
  overlaps: (signal?: AbortSignal) => call<OverlapsData>('GET', `${BASE}/overlaps`, undefined, signal),
  create: (body: ToolInputData) => call<ToolDetailData>('POST', BASE, body),
  update: (id: number, body: ToolInputData) => call<ToolDetailData>('PATCH', `${BASE}/${id}`, body),
  remove: (id: number) => call<void>('DELETE', `${BASE}/${id}`),
};

/** `12000.5`, `USD` → `USD 12,000.50`, from the decimal string (never through a float). */
export function formatMoney(amount: string, currency: string): string {
  const negative = amount.startsWith('-');
  const [int = '0', frac = ''] = (negative ? amount.slice(1) : amount).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = frac.length <= 2 ? frac.padEnd(2, '0') : frac;
  return `${negative ? '−' : ''}${currency} ${grouped}.${cents}`;
}

/** Whole units only, for tiles: `USD 12,001`. */
export function formatMoneyShort(amount: string, currency: string): string {
  const [int = '0'] = amount.replace('-', '').split('.');
  return `${amount.startsWith('-') ? '−' : ''}${currency} ${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** `Zoom` + `Zoom Workplace` → `Zoom Workplace`; `Atlassian` + `Jira Software` → `Atlassian Jira Software`. */
export function toolName(vendor: string, product: string): string {
  return product.toLowerCase().startsWith(vendor.toLowerCase()) ? product : `${vendor} ${product}`;
}

export const RENEWAL_WORDS: Record<RenewalStatus, string> = {
  'notice-passed': 'Notice passed',
  'act-soon': 'Act soon',
  upcoming: 'Upcoming',
  ended: 'Ended',
};

/** “act within 12 days”, “notice passed 3 days ago”… */
export function renewalHint(r: RenewalData): string {
  if (r.status === 'ended') return `contract ended ${r.renewalDate}`;
  if (r.status === 'notice-passed')
    return `notice deadline passed ${-r.daysToNotice} day${r.daysToNotice === -1 ? '' : 's'} ago`;
  if (r.daysToNotice === 0) return 'notice deadline today';
  return `act within ${r.daysToNotice} day${r.daysToNotice === 1 ? '' : 's'}`;
}
