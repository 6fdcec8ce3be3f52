import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { auditActor } from '../../platform/http/authorize.js';
import { notFound } from '../../platform/http/problem.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import { getAllocationRules, saveAllocationRules } from './allocation-rules.service.js';
import {
  AllocationRulesInput,
  AllocationRulesOutput,
  CostFacetsOutput,
  CostFilterQuery,
  CostImportOutput,
  CostLinesOutput,
  CostLinesQuery,
  CostSeriesOutput,
  CostSeriesQuery,
  CostSummaryOutput,
  ExchangeRatesInput,
} from './billing.schemas.js';
import * as view from './billing-views.service.js';

const IdParams = z.strictObject({ id: z.coerce.number().int().positive() });

/** Cloud cost: leaders and managers read it; leaders (admin, executive) change the allocation rules. */
export function billingRoutes(app: App, ctx: PlatformContext) {
  const tags = ['cost'];
  const readers = allow.roles('admin', 'executive', 'manager');
  const leaders = allow.roles('admin', 'executive');

  app.get(
    '/api/v1/cost/series',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Cost over time grouped by team, service, provider, category, account, environment…',
        description:
          'Exact decimals. Team and service groupings include the split of shared pools; unallocated cost is always its own group.',
        querystring: CostSeriesQuery,
        response: { 200: CostSeriesOutput },
      },
    },
    async (request) => view.series(ctx.db, request.query),
  );

  app.get(
    '/api/v1/cost/lines',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'The billing lines behind a figure, each with its file and row',
        querystring: CostLinesQuery,
        response: { 200: CostLinesOutput },
      },
    },
    async (request) => view.lines(ctx.db, request.query),
  );

  app.get(
    '/api/v1/cost/facets',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Providers, categories, services, accounts, environments, teams with cost in the range',
        querystring: CostFilterQuery.pick({ from: true, to: true }),
        response: { 200: CostFacetsOutput },
      },
    },
    async (request) => view.facets(ctx.db, request.query),
  );

  app.get(
    '/api/v1/cost/summary',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Total spend with the previous period, unallocated share, providers and top teams',
        querystring: CostFilterQuery,
        response: { 200: CostSummaryOutput },
      },
    },
    async (request) => view.summary(ctx.db, request.query),
  );

  app.get(
    '/api/v1/cost/imports',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Imported bills with their validation reports, newest first',
        response: { 200: z.object({ items: z.array(CostImportOutput) }) },
      },
    },
    async () => ({ items: await view.imports(ctx.db) }),
  );

  app.get(
    '/api/v1/cost/imports/:id',
    {
      config: { policy: readers },
      schema: { tags, summary: 'One imported bill', params: IdParams, response: { 200: CostImportOutput } },
    },
    async (request) => {
      const found = await view.importById(ctx.db, request.params.id);
      if (!found) throw notFound(`Cost import ${request.params.id}`);
      return found;
    },
  );

  app.get(
    '/api/v1/cost/allocation-rules',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'The allocation rules in force, and their earlier versions',
        response: { 200: AllocationRulesOutput },
      },
    },
    async () => view.rules(await getAllocationRules(ctx.db)),
  );

  app.put(
    '/api/v1/cost/allocation-rules',
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Save allocation rules as a new version and re-apply them to every bill',
        body: AllocationRulesInput,
        response: { 200: AllocationRulesOutput },
      },
    },
    async (request) => {
      await saveAllocationRules(ctx.db, request.body.body, auditActor(request), request.body.note);
      return view.rules(await getAllocationRules(ctx.db));
    },
  );

  app.get(
    '/api/v1/cost/exchange-rates',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Monthly exchange rates used to show several currencies in one',
        response: { 200: ExchangeRatesInput },
      },
    },
    async () => ({ rates: await view.rates(ctx.db) }),
  );

  app.put(
    '/api/v1/cost/exchange-rates',
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Add or change monthly exchange rates (1 currency = rate toCurrency)',
        body: ExchangeRatesInput,
        response: { 200: ExchangeRatesInput },
      },
    },
    async (request) => {
      await view.saveRates(ctx.db, auditActor(request), request.body.rates);
      return { rates: await view.rates(ctx.db) };
    },
  );
}
