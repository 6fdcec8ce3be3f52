import { costFetch } from './cost-api';

/** Shapes of the cost analysis API (budgets, anomalies, savings, unit costs) and their calls. */

export type BudgetStatus = 'under' | 'at-risk' | 'over';
export type BudgetScope = 'organization' | 'team' | 'service' | 'service_category';
export type BudgetPeriod = 'month' | 'quarter' | 'year';

export interface BudgetCurrent {
  label: string;
  start: string;
  end: string;
  asOf: string;
  actualToDate: string;
  forecastRemaining: number;
  projectedTotal: number;
  interval: { lower: number; upper: number } | null;
  burnShare: number;
  elapsedShare: number;
  projectedShare: number;
  status: BudgetStatus;
  backtest: { mase: number | null; mape: number | null; points: number };
  reportingCurrency: string;
  currencyMismatch: boolean;
}

export interface Budget {
  id: number;
  name: string;
  scope: BudgetScope;
  teamId: number | null;
  teamName: string | null;
  serviceId: number | null;
  serviceName: string | null;
  serviceCategory: string | null;
  scopeLabel: string;
  period: BudgetPeriod;
  amount: string;
  currency: string;
  notes: string;
  updatedAt: string;
  current: BudgetCurrent | null;
  linesHref: string;
}

export interface BurnUpPoint {
  date: string;
  actual: number | null;
  cumulative: number | null;
  forecast: number | null;
  lower: number | null;
  upper: number | null;
}

export interface BudgetDetail extends Budget {
  daily: BurnUpPoint[];
  factors: number[];
  level: number;
  history: { label: string; start: string; actual: string; status: BudgetStatus }[];
}

export interface BudgetInput {
  name: string;
  scope: BudgetScope;
  teamId?: number | null;
  serviceId?: number | null;
  serviceCategory?: string | null;
  period: BudgetPeriod;
  amount: string;
  currency: string;
  notes?: string;
}

export const BUDGET_EDITORS = ['admin', 'executive'] as const;
export const COST_READERS = ['admin', 'executive', 'manager'] as const;

export const STATUS_LOOK: Record<BudgetStatus, { word: string; status: 'good' | 'watch' | 'bad' }> = {
  under: { word: 'Under budget', status: 'good' },
  'at-risk': { word: 'At risk', status: 'watch' },
  over: { word: 'Over budget', status: 'bad' },
};

export const PERIOD_LABEL: Record<BudgetPeriod, string> = {
  month: 'Monthly',
  quarter: 'Quarterly',
  year: 'Yearly',
};
export const SCOPE_LABEL: Record<BudgetScope, string> = {
  organization: 'Organization',
  team: 'Team',
  service: 'Service',
  service_category: 'Service category',
};

export function listBudgets(q: { team?: number | null }, signal?: AbortSignal) {
  return costFetch<{ asOf: string | null; items: Budget[] }>('/api/v1/cost/budgets', {
    query: { team: q.team ?? undefined },
    ...(signal ? { signal } : {}),
  });
}

export function getBudget(id: number, signal?: AbortSignal) {
  return costFetch<BudgetDetail>(`/api/v1/cost/budgets/${id}`, signal ? { signal } : {});
}

export function createBudget(body: BudgetInput) {
  return costFetch<BudgetDetail>('/api/v1/cost/budgets', { method: 'POST', body });
}

export function updateBudget(
  id: number,
  body: Partial<Pick<BudgetInput, 'name' | 'period' | 'amount' | 'currency' | 'notes'>>,
) {
  return costFetch<BudgetDetail>(`/api/v1/cost/budgets/${id}`, { method: 'PATCH', body });
}

export async function deleteBudget(id: number): Promise<void> {
  await costFetch<null>(`/api/v1/cost/budgets/${id}`, { method: 'DELETE' });
}

/** "42 %" from a share. */
export const percent = (x: number | null | undefined) =>
  x === null || x === undefined || !Number.isFinite(x) ? '—' : `${Math.round(x * 100)} %`;
