import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { auditActor } from '../../platform/http/authorize.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import { renewalsCalendar } from './tool-calendar.js';
import {
  ActiveDaysQuery,
  OverlapsOutput,
  RenewalsFeedQuery,
  RenewalsOutput,
  RenewalsQuery,
  SavingsOutput,
  SummaryOutput,
  ToolDetailOutput,
  ToolInput,
  ToolListQuery,
  ToolOutput,
  ToolUpdateInput,
} from './tools.schemas.js';
import * as tools from './tools.service.js';
import * as insights from './tools-insights.service.js';

const IdParams = z.strictObject({ id: z.coerce.number().int().positive() });

/**
 * The SaaS and tool register: leaders and managers (admin, executive, manager) read it; leaders (admin,
 * executive) change it, audited. Members get 403 (cost data is not shared with everyone).
 */
export function toolsRoutes(app: App, ctx: PlatformContext) {
  const tags = ['cost'];
  const readers = allow.roles('admin', 'executive', 'manager');
  const leaders = allow.roles('admin', 'executive');
  const base = '/api/v1/cost/tools';

  app.get(
    base,
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'The tool register, with seats, unused-seat cost and the next renewal of every tool',
        querystring: ToolListQuery,
        response: { 200: z.object({ items: z.array(ToolOutput) }) },
      },
    },
    async (request) => ({ items: await tools.listTools(ctx.db, request.query) }),
  );

  app.get(
    `${base}/summary`,
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Register totals per currency: tools, annual cost, seats bought, assigned, active, unused',
        querystring: ActiveDaysQuery,
        response: { 200: SummaryOutput },
      },
    },
    async (request) => insights.seatsSummary(ctx.db, request.query),
  );

  app.get(
    `${base}/renewals`,
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Upcoming renewals with their notice deadline (renewal date − notice days), by deadline',
        querystring: RenewalsQuery,
        response: { 200: RenewalsOutput },
      },
    },
    async (request) => ({
      today: tools.todayUtc(),
      items: await insights.renewalCalendar(ctx.db, request.query),
    }),
  );

  app.get(
    `${base}/renewals.ics`,
    {
      config: { policy: readers, feed: true },
      schema: {
        tags,
        summary:
          'The renewal calendar as iCalendar: one event per renewal and per notice deadline (with alarms)',
        description:
          'Subscribe to it or import it into a calendar (RFC 5545). A calendar app subscribes by address: ' +
          'create a token with the calendar scope alone and add it as `?token=`.',
        querystring: RenewalsFeedQuery,
        produces: ['text/calendar'],
      },
    },
    async (request, reply) => {
      const { token, ...query } = request.query;
      const items = await insights.renewalCalendar(ctx.db, query);
      const publicUrl = ctx.config.publicUrl.replace(/\/$/, '');
      const body = renewalsCalendar(
        items.map((i) => ({
          toolId: i.tool.id,
          vendor: i.tool.vendor,
          product: i.tool.product,
          renewalDate: i.renewalDate,
          noticeDeadline: i.noticeDeadline,
          noticeDays: i.tool.noticeDays,
          autoRenew: i.tool.autoRenew,
          annualCost: i.tool.annualCost,
          currency: i.tool.currency,
          owner: i.tool.owner?.name ?? null,
        })),
        {
          host: new URL(publicUrl).hostname || 'quarterdeck',
          now: new Date(),
          toolUrl: (id) => `${publicUrl}/cost/tools/${id}`,
        },
      );
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header(
          'content-disposition',
          // a calendar app subscribed by address reads it inline; a browser saves it
          `${token ? 'inline' : 'attachment'}; filename="tool-renewals.ics"`,
        )
        .send(body);
    },
  );

  app.get(
    `${base}/savings`,
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Unused seats and their annual cost per currency, and the seats not used lately',
        querystring: ActiveDaysQuery,
        response: { 200: SavingsOutput },
      },
    },
    async (request) => ({
      activeDays: request.query.activeDays ?? 30,
      savings: await insights.toolSavings(ctx.db, request.query),
      inactiveSeats: await insights.inactiveSeats(ctx.db, request.query),
    }),
  );

  app.get(
    `${base}/overlaps`,
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Categories with more than one tool, with their combined annual cost and seats',
        querystring: ActiveDaysQuery,
        response: { 200: OverlapsOutput },
      },
    },
    async (request) => ({ overlaps: await insights.overlaps(ctx.db, request.query) }),
  );

  app.get(
    `${base}/:id`,
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'One tool with its seats and their last activity',
        params: IdParams,
        querystring: ActiveDaysQuery,
        response: { 200: ToolDetailOutput },
      },
    },
    async (request) => tools.getTool(ctx.db, request.params.id, request.query),
  );

  app.post(
    base,
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Add a tool to the register',
        body: ToolInput,
        response: { 201: ToolDetailOutput },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await tools.createTool(ctx.db, auditActor(request), request.body)),
  );

  app.patch(
    `${base}/:id`,
    {
      config: { policy: leaders },
      schema: {
        tags,
        summary: 'Change a tool (cost, seats, dates, owner, teams…)',
        params: IdParams,
        body: ToolUpdateInput,
        response: { 200: ToolDetailOutput },
      },
    },
    async (request) => tools.updateTool(ctx.db, auditActor(request), request.params.id, request.body),
  );

  app.delete(
    `${base}/:id`,
    {
      config: { policy: leaders },
      schema: { tags, summary: 'Remove a tool and its seats', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await tools.deleteTool(ctx.db, auditActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
