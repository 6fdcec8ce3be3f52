import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { auditActor, principalOf } from '../../platform/http/authorize.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import {
  AnomalyListOutput,
  AnomalyQuery,
  AnomalySeriesOutput,
  AnomalySeriesQuery,
  BudgetDetailOutput,
  BudgetInput,
  BudgetListOutput,
  BudgetQuery,
  BudgetUpdateInput,
  IdParams,
  SavingsOutput,
  SavingsQuery,
  UnitCostOutput,
  UnitCostQuery,
} from './analysis.schemas.js';
import { ANOMALY_METHOD, anomalySeries, listAnomalies } from './anomaly.service.js';
import * as budgets from './budget.service.js';
import { savings } from './savings.service.js';
import { unitCosts } from './unit-cost.service.js';

const OnQuery = z.strictObject({ on: z.string().date().optional() });

/** Budgets, anomalies, savings and unit costs: leaders and managers read; admins and executives change budgets. */
export function analysisRoutes(app: App, ctx: PlatformContext) {
  const tags = ['cost'];
  const readers = allow.roles('admin', 'executive', 'manager');
  const leaders = allow.roles('admin', 'executive');

  app.get(
    '/api/v1/cost/budgets',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Budgets with their burn to date, forecast to the period’s end and status',
        querystring: BudgetQuery,
        response: { 200: BudgetListOutput },
      },
    },
    async (req) => budgets.listBudgets(ctx.db, { on: req.query.on, teamId: req.query.team ?? null }),
  );

  app.get(
    '/api/v1/cost/budgets/:id',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'One budget with its daily burn-up, forecast band and previous periods',
        params: IdParams,
        querystring: OnQuery,
        response: { 200: BudgetDetailOutput },
      },
    },
    async (req) => budgets.getBudget(ctx.db, req.params.id, req.query.on),
  );

  app.post(
    '/api/v1/cost/budgets',
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Set a budget for a team, a service, a service category or the organization',
        body: BudgetInput,
        response: { 201: BudgetDetailOutput },
      },
    },
    async (req, reply) => reply.code(201).send(await budgets.createBudget(ctx.db, auditActor(req), req.body)),
  );

  app.patch(
    '/api/v1/cost/budgets/:id',
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Change a budget (name, period, amount, currency, notes)',
        params: IdParams,
        body: BudgetUpdateInput,
        response: { 200: BudgetDetailOutput },
      },
    },
    async (req) => budgets.updateBudget(ctx.db, auditActor(req), req.params.id, req.body),
  );

  app.delete(
    '/api/v1/cost/budgets/:id',
    {
      config: { policy: leaders },
      schema: { tags, summary: 'Remove a budget', params: IdParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await budgets.deleteBudget(ctx.db, auditActor(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/cost/anomalies',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary:
          'Days on which a team’s or service’s cost left its usual weekly pattern, with the lines that explain it',
        querystring: AnomalyQuery,
        response: { 200: AnomalyListOutput },
      },
    },
    async (req) => ({
      ...(await listAnomalies(ctx.db, {
        grouping: req.query.grouping,
        teamId: req.query.team ?? null,
        days: req.query.days,
      })),
      method: { ...ANOMALY_METHOD },
    }),
  );

  app.get(
    '/api/v1/cost/anomalies/series',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'A team’s or service’s daily cost with its expected band',
        querystring: AnomalySeriesQuery,
        response: { 200: AnomalySeriesOutput },
      },
    },
    async (req) => anomalySeries(ctx.db, req.query),
  );

  app.get(
    '/api/v1/cost/savings',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary:
          'Savings opportunities: unused seats, idle and unallocated resources, unused commitments, non-production environments',
        querystring: SavingsQuery,
        response: { 200: SavingsOutput },
      },
    },
    async (req) => savings(ctx.db, { teamId: req.query.team ?? null, days: req.query.days }),
  );

  app.get(
    '/api/v1/cost/unit-costs',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Cost per engineer, per service and per production deployment, by month',
        querystring: UnitCostQuery,
        response: { 200: UnitCostOutput },
      },
    },
    async (req) =>
      unitCosts(ctx.db, principalOf(req), { teamId: req.query.team ?? null, months: req.query.months }),
  );
}
