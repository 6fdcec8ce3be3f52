import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { auditActor, principalOf } from '../../platform/http/authorize.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import {
  AcceptanceInput,
  IdParams,
  InitiativeDetailOutput,
  InitiativeInput,
  ItemParams,
  MilestoneInput,
  MilestoneParams,
  PortfolioOutput,
} from './direction.schemas.js';
import { initiativeDetail, portfolio } from './initiative.service.js';
import * as changes from './initiative-changes.service.js';

const PortfolioQuery = z.object({
  status: z
    .enum(['proposed', 'active', 'done', 'cancelled', 'on_hold'])
    .optional()
    .describe('Only initiatives in this status'),
  teamId: z.coerce.number().int().positive().optional().describe('Only initiatives of this team'),
});

/**
 * Initiatives: every signed-in account reads the portfolio and each initiative with the pull requests
 * behind its actuals; leaders change every initiative, managers those of their own teams.
 */
export function initiativeRoutes(app: App, ctx: PlatformContext) {
  const tags = ['strategy'];
  const read = { policy: allow.authenticated() };
  const write = { policy: allow.roles('admin', 'executive', 'manager') };

  app.get(
    '/api/v1/strategy/initiatives',
    {
      config: read,
      schema: {
        tags,
        summary:
          'The portfolio: every initiative with actuals from delivery data and on spec / on time / on budget',
        querystring: PortfolioQuery,
        response: { 200: PortfolioOutput },
      },
    },
    async (req) => {
      const items = (await portfolio(ctx.db, principalOf(req))).filter(
        (i) =>
          (!req.query.status || i.status === req.query.status) &&
          (!req.query.teamId || i.teams.some((t) => t.id === req.query.teamId)),
      );
      return { asOf: new Date().toISOString(), items };
    },
  );

  app.get(
    '/api/v1/strategy/initiatives/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'An initiative with the pull requests behind its actual dates and effort',
        params: IdParams,
        response: { 200: InitiativeDetailOutput },
      },
    },
    async (req) => initiativeDetail(ctx.db, principalOf(req), req.params.id),
  );

  app.post(
    '/api/v1/strategy/initiatives',
    {
      config: write,
      schema: {
        tags,
        summary: 'Create an initiative',
        body: InitiativeInput,
        response: { 200: InitiativeDetailOutput },
      },
    },
    async (req) => changes.createInitiative(ctx.db, principalOf(req), auditActor(req), req.body),
  );

  app.put(
    '/api/v1/strategy/initiatives/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change an initiative (teams, goals, acceptance items and links are replaced as sent)',
        params: IdParams,
        body: InitiativeInput,
        response: { 200: InitiativeDetailOutput },
      },
    },
    async (req) =>
      changes.updateInitiative(ctx.db, principalOf(req), auditActor(req), req.params.id, req.body),
  );

  app.delete(
    '/api/v1/strategy/initiatives/:id',
    {
      config: write,
      schema: { tags, summary: 'Delete an initiative', params: IdParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await changes.deleteInitiative(ctx.db, principalOf(req), auditActor(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.patch(
    '/api/v1/strategy/initiatives/:id/acceptance/:itemId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Tick or untick an acceptance item',
        params: ItemParams,
        body: AcceptanceInput,
        response: { 200: InitiativeDetailOutput },
      },
    },
    async (req) =>
      changes.setAcceptanceItem(
        ctx.db,
        principalOf(req),
        auditActor(req),
        req.params.id,
        req.params.itemId,
        req.body.done,
      ),
  );

  app.post(
    '/api/v1/strategy/initiatives/:id/milestones',
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a milestone',
        params: IdParams,
        body: MilestoneInput,
        response: { 200: InitiativeDetailOutput },
      },
    },
    async (req) => changes.addMilestone(ctx.db, principalOf(req), auditActor(req), req.params.id, req.body),
  );

  app.put(
    '/api/v1/strategy/initiatives/:id/milestones/:milestoneId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a milestone (set `doneOn` when it is reached)',
        params: MilestoneParams,
        body: MilestoneInput,
        response: { 200: InitiativeDetailOutput },
      },
    },
    async (req) =>
      changes.updateMilestone(
        ctx.db,
        principalOf(req),
        auditActor(req),
        req.params.id,
        req.params.milestoneId,
        req.body,
      ),
  );

  app.delete(
    '/api/v1/strategy/initiatives/:id/milestones/:milestoneId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Delete a milestone',
        params: MilestoneParams,
        response: { 200: InitiativeDetailOutput },
      },
    },
    async (req) =>
      changes.deleteMilestone(
        ctx.db,
        principalOf(req),
        auditActor(req),
        req.params.id,
        req.params.milestoneId,
      ),
  );
}
