/**
 * Budgets per team, service, service category or the whole organization: an amount per month, quarter
 * or year; burn to date from the billing lines (effective cost, shared costs included), a forecast to
 * the period's end with weekly seasonality and its backtest error, and a status (under, at risk, over).
 * Leaders (admin, executive) change budgets; every change is audited. Definitions: docs/metrics.md,
 * "Budget burn" and "Cost forecast to period end".
 */

import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import { badRequest, conflict, notFound } from '../../platform/http/problem.js';
import { addDays, linesHref, type ScopeRef, SeriesCache } from './analysis-scope.service.js';
import * as repo from './budget.repo.js';
import { sumDecimals } from './importers/focus-decimal.js';
import {
  type BudgetStatus,
  budgetStatus,
  burnShares,
  compareDecimals,
  type PeriodSpan,
  periodOf,
  previousPeriod,
} from './metrics/budget-burn.js';
import type { DailyCost } from './metrics/daily-series.js';
import { backtestForecast, forecastPeriod } from './metrics/forecast.js';
import { type BurnUpPoint, backtestSigma, burnUp, projectedInterval } from './metrics/forecast-band.js';

/** Days of history before `asOf` read for the forecast and its backtest. */
const HISTORY_DAYS = 91;

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
  scope: repo.BudgetScope;
  teamId: number | null;
  teamName: string | null;
  serviceId: number | null;
  serviceName: string | null;
  serviceCategory: string | null;
  scopeLabel: string;
  period: repo.BudgetPeriodKind;
  amount: string;
  currency: string;
  notes: string;
  updatedAt: string;
  current: BudgetCurrent | null;
  linesHref: string;
}

export interface BudgetDetail extends Budget {
  daily: BurnUpPoint[];
  factors: number[];
  level: number;
  history: { label: string; start: string; actual: string; status: BudgetStatus }[];
}

export interface BudgetInput {
  name: string;
  scope: repo.BudgetScope;
  teamId?: number | null | undefined;
  serviceId?: number | null | undefined;
  serviceCategory?: string | null | undefined;
  period: repo.BudgetPeriodKind;
  amount: string;
  currency: string;
  notes?: string | undefined;
}

export type BudgetUpdate = Partial<Pick<BudgetInput, 'name' | 'period' | 'amount' | 'currency' | 'notes'>>;

/** What evaluating a budget needs: its scope, period length, amount and currency. */
export type BudgetShape = Pick<
  repo.BudgetRow,
  'scope' | 'team_id' | 'service_id' | 'service_category' | 'period' | 'amount' | 'currency'
>;

const refOf = (r: BudgetShape): ScopeRef => ({
  scope: r.scope,
  teamId: r.team_id,
  serviceId: r.service_id,
  serviceCategory: r.service_category,
});

function scopeLabel(r: repo.BudgetRow): string {
  if (r.scope === 'team') return r.team_name ?? `team ${r.team_id}`;
  if (r.scope === 'service') return r.service_name ?? `service ${r.service_id}`;
  if (r.scope === 'service_category') return r.service_category ?? '';
  return 'Organization';
}

export interface Evaluation {
  current: BudgetCurrent;
  history: DailyCost[];
  span: PeriodSpan;
  forecast: ReturnType<typeof forecastPeriod>;
  sigma: number | null;
}

/** Burn, forecast and status of one budget for the period holding `asOf`. */
export async function evaluateBudget(
  cache: SeriesCache,
  row: BudgetShape,
  asOf: string,
): Promise<Evaluation> {
  const span = periodOf(asOf, row.period);
  const from = [span.start, addDays(asOf, -HISTORY_DAYS)].sort()[0]!;
  const { currency, points } = await cache.scopeCost(refOf(row), from, asOf, 'day');
  const history: DailyCost[] = points.map((p) => ({ date: p.bucket, cost: p.cost }));
  const forecast = forecastPeriod(history, { periodStart: span.start, periodEnd: span.end, asOf });
  const sigma = backtestSigma(history);
  const shares = burnShares(span, asOf, forecast.actualToDate, forecast.projectedTotal, row.amount);
  return {
    span,
    history,
    forecast,
    sigma,
    current: {
      label: span.label,
      start: span.start,
      end: span.end,
      asOf,
      actualToDate: forecast.actualToDate,
      forecastRemaining: forecast.forecastRemaining,
      projectedTotal: forecast.projectedTotal,
      interval: projectedInterval(forecast, sigma),
      ...shares,
      status: budgetStatus(forecast.actualToDate, forecast.projectedTotal, row.amount),
      backtest: backtestForecast(history),
      reportingCurrency: currency,
      currencyMismatch: currency !== row.currency,
    },
  };
}

function toBudget(row: repo.BudgetRow, current: BudgetCurrent | null): Budget {
  const span = current ? { start: current.start, to: current.asOf } : null;
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    teamId: row.team_id,
    teamName: row.team_name,
    serviceId: row.service_id,
    serviceName: row.service_name,
    serviceCategory: row.service_category,
    scopeLabel: scopeLabel(row),
    period: row.period,
    amount: row.amount,
    currency: row.currency,
    notes: row.notes,
    updatedAt: row.updated_at.toISOString(),
    current,
    linesHref: span ? linesHref(refOf(row), span.start, span.to) : linesHref(refOf(row), '', ''),
  };
}

/** The day budgets are evaluated on: `on` (or the last day with data), never after the last day with data. */
async function evaluationDay(db: Db, on?: string): Promise<string | null> {
  const last = await repo.lastChargeDay(db);
  if (last === null) return null;
  return on && on < last ? on : last;
}

export interface BudgetFilter {
  on?: string | undefined;
  /** Budgets of this team and the teams below it. */
  teamId?: number | null | undefined;
}

/** Every budget with its burn, forecast and status for the period holding the evaluation day, most urgent first. */
export async function listBudgets(
  db: Db,
  filter: BudgetFilter = {},
): Promise<{ asOf: string | null; items: Budget[] }> {
  const cache = new SeriesCache(db);
  let rows = await repo.listBudgets(db);
  if (filter.teamId) {
    const teams = await cache.subtree(filter.teamId);
    rows = rows.filter((r) => r.team_id !== null && teams.has(r.team_id));
  }
  const asOf = await evaluationDay(db, filter.on);
  const items: Budget[] = [];
  for (const row of rows)
    items.push(toBudget(row, asOf ? (await evaluateBudget(cache, row, asOf)).current : null));
  // What needs attention first: over, at risk, under, not measured; then by name.
  const rank = (b: Budget) => (b.current ? { over: 0, 'at-risk': 1, under: 2 }[b.current.status] : 3);
  items.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  return { asOf, items };
}

/** One budget with its daily burn-up, forecast band and previous periods. */
export async function getBudget(db: Db, id: number, on?: string): Promise<BudgetDetail> {
  const row = await repo.budgetById(db, id);
  if (!row) throw notFound(`Budget ${id}`);
  const asOf = await evaluationDay(db, on);
  if (!asOf) return { ...toBudget(row, null), daily: [], factors: [], level: 0, history: [] };
  const cache = new SeriesCache(db);
  const e = await evaluateBudget(cache, row, asOf);
  const previous: PeriodSpan[] = [];
  let p = e.span;
  for (let i = 0; i < (row.period === 'year' ? 1 : 3); i++) {
    p = previousPeriod(p, row.period);
    previous.push(p);
  }
  const oldest = previous.at(-1)!;
  const { points } = await cache.scopeCost(refOf(row), oldest.start, addDays(e.span.start, -1), 'month');
  const history = previous.map((span) => {
    const months = points.filter(
      (x) => x.bucket >= span.start.slice(0, 7) && x.bucket < span.end.slice(0, 7),
    );
    const actual = sumDecimals(months.map((m) => m.cost));
    return {
      label: span.label,
      start: span.start,
      actual,
      status: (compareDecimals(actual, row.amount) > 0 ? 'over' : 'under') as BudgetStatus,
    };
  });
  return {
    ...toBudget(row, e.current),
    daily: burnUp(e.history, e.forecast, e.span, asOf, e.sigma),
    factors: e.forecast.factors,
    level: e.forecast.level,
    history,
  };
}

async function values(db: Db, input: BudgetInput): Promise<repo.BudgetValues> {
  const v: repo.BudgetValues = {
    name: input.name.trim(),
    scope: input.scope,
    team_id: input.scope === 'team' ? (input.teamId ?? null) : null,
    service_id: input.scope === 'service' ? (input.serviceId ?? null) : null,
    service_category: input.scope === 'service_category' ? (input.serviceCategory?.trim() ?? null) : null,
    period: input.period,
    amount: input.amount,
    currency: input.currency.toUpperCase(),
    notes: input.notes ?? '',
  };
  const missing =
    (v.scope === 'team' && v.team_id === null && 'teamId') ||
    (v.scope === 'service' && v.service_id === null && 'serviceId') ||
    (v.scope === 'service_category' && !v.service_category && 'serviceCategory');
  if (missing)
    throw badRequest(`A ${v.scope} budget needs ${missing}.`, [
      { field: `body.${missing}`, message: 'required' },
    ]);
  if (
    v.team_id !== null &&
    !(await db.selectFrom('teams').select('id').where('id', '=', v.team_id).executeTakeFirst())
  )
    throw badRequest('Unknown team.', [{ field: 'body.teamId', message: `no team ${v.team_id}` }]);
  if (
    v.service_id !== null &&
    !(await db
      .selectFrom('catalog_entities')
      .select('id')
      .where('id', '=', v.service_id)
      .where('kind', '=', 'component')
      .executeTakeFirst())
  )
    throw badRequest('Unknown service.', [
      { field: 'body.serviceId', message: `no service ${v.service_id}` },
    ]);
  return v;
}

const inTransaction = <T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> =>
  db.isTransaction ? work(db) : db.transaction().execute(work);

export async function createBudget(db: Db, actor: AuditActor, input: BudgetInput): Promise<BudgetDetail> {
  const id = await inTransaction(db, async (trx) => {
    const v = await values(trx, input);
    if (await repo.sameScope(trx, v)) throw conflict(`There is a ${v.period} budget for this scope already.`);
    const id = await repo.insertBudget(trx, v, actor.label);
    await record(trx, actor, {
      action: 'cost.budget.create',
      targetType: 'cost_budget',
      targetId: id,
      details: { name: v.name, scope: v.scope, period: v.period, amount: v.amount, currency: v.currency },
    });
    return id;
  });
  return getBudget(db, id);
}

export async function updateBudget(
  db: Db,
  actor: AuditActor,
  id: number,
  input: BudgetUpdate,
): Promise<BudgetDetail> {
  await inTransaction(db, async (trx) => {
    const before = await repo.budgetById(trx, id);
    if (!before) throw notFound(`Budget ${id}`);
    const v: Partial<repo.BudgetValues> = {};
    if (input.name !== undefined) v.name = input.name.trim();
    if (input.period !== undefined) v.period = input.period;
    if (input.amount !== undefined) v.amount = input.amount;
    if (input.currency !== undefined) v.currency = input.currency.toUpperCase();
    if (input.notes !== undefined) v.notes = input.notes;
    if (v.period && v.period !== before.period) {
      const other = await repo.sameScope(trx, {
        ...(before as unknown as repo.BudgetValues),
        period: v.period,
      });
      if (other && other.id !== id) throw conflict(`There is a ${v.period} budget for this scope already.`);
    }
    await repo.updateBudget(trx, id, v);
    await record(trx, actor, {
      action: 'cost.budget.update',
      targetType: 'cost_budget',
      targetId: id,
      details: {
        changed: Object.keys(v),
        ...(v.amount && compareDecimals(v.amount, before.amount) !== 0
          ? { amount: `${before.amount} → ${v.amount}` }
          : {}),
      },
    });
  });
  return getBudget(db, id);
}

export async function deleteBudget(db: Db, actor: AuditActor, id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const before = await repo.budgetById(trx, id);
    if (!before) throw notFound(`Budget ${id}`);
    await repo.deleteBudget(trx, id);
    await record(trx, actor, {
      action: 'cost.budget.delete',
      targetType: 'cost_budget',
      targetId: id,
      details: { name: before.name, scope: before.scope, amount: before.amount, currency: before.currency },
    });
  });
}
