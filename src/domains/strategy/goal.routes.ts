import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { auditActor, principalOf } from '../../platform/http/authorize.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import {
  CheckinInput,
  CheckinsOutput,
  GoalInput,
  GoalOutput,
  GoalQuery,
  GoalTreeOutput,
  IdParams,
  KeyResultInput,
  MetricsOutput,
} from './direction.schemas.js';
import { goalTree } from './goal.service.js';
import * as changes from './goal-changes.service.js';
import { KEY_RESULT_METRICS } from './key-result-metrics.service.js';

/**
 * Goals and key results. Every signed-in account reads; leaders change organization goals and every
 * goal; managers their own teams' goals (direction-access.service.ts); members read only.
 */
export function goalRoutes(app: App, ctx: PlatformContext) {
  const tags = ['strategy'];
  const read = { policy: allow.authenticated() };
  const write = { policy: allow.roles('admin', 'executive', 'manager') };

  app.get(
    '/api/v1/strategy/goals',
    {
      config: read,
      schema: {
        tags,
        summary: 'The goals of a period (a tree through parentId) with live key results and progress',
        querystring: GoalQuery,
        response: { 200: GoalTreeOutput },
      },
    },
    async (req) => goalTree(ctx.db, principalOf(req), req.query.period ?? null),
  );

  app.get(
    '/api/v1/strategy/key-result-metrics',
    {
      config: read,
      schema: {
        tags,
        summary: 'The live figures a key result can be bound to',
        response: { 200: MetricsOutput },
      },
    },
    async () => ({
      items: Object.entries(KEY_RESULT_METRICS).map(([id, m]) => ({ id, label: m.label, unit: m.unit })),
    }),
  );

  app.post(
    '/api/v1/strategy/goals',
    {
      config: write,
      schema: { tags, summary: 'Create a goal', body: GoalInput, response: { 200: GoalOutput } },
    },
    async (req) => changes.createGoal(ctx.db, principalOf(req), auditActor(req), req.body),
  );

  app.put(
    '/api/v1/strategy/goals/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a goal',
        params: IdParams,
        body: GoalInput,
        response: { 200: GoalOutput },
      },
    },
    async (req) => changes.updateGoal(ctx.db, principalOf(req), auditActor(req), req.params.id, req.body),
  );

  app.delete(
    '/api/v1/strategy/goals/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Delete a goal and its key results (goals below it no longer roll up)',
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await changes.deleteGoal(ctx.db, principalOf(req), auditActor(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/strategy/goals/:id/key-results',
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a key result to a goal',
        params: IdParams,
        body: KeyResultInput,
        response: { 200: GoalOutput },
      },
    },
    async (req) =>
      changes.createKeyResult(ctx.db, principalOf(req), auditActor(req), req.params.id, req.body),
  );

  app.put(
    '/api/v1/strategy/key-results/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a key result',
        params: IdParams,
        body: KeyResultInput,
        response: { 200: GoalOutput },
      },
    },
    async (req) =>
      changes.updateKeyResult(ctx.db, principalOf(req), auditActor(req), req.params.id, req.body),
  );

  app.delete(
    '/api/v1/strategy/key-results/:id',
    {
      config: write,
      schema: { tags, summary: 'Delete a key result', params: IdParams, response: { 200: GoalOutput } },
    },
    async (req) => changes.deleteKeyResult(ctx.db, principalOf(req), auditActor(req), req.params.id),
  );

  app.get(
    '/api/v1/strategy/key-results/:id/checkins',
    {
      config: read,
      schema: {
        tags,
        summary: 'Every check-in of a key result, newest first',
        params: IdParams,
        response: { 200: CheckinsOutput },
      },
    },
    async (req) => ({ items: await changes.checkinHistory(ctx.db, req.params.id) }),
  );

  app.post(
    '/api/v1/strategy/key-results/:id/checkins',
    {
      config: write,
      schema: {
        tags,
        summary:
          'Check in a key result: a value (bound ones record their live value) and/or confidence, with a note',
        params: IdParams,
        body: CheckinInput,
        response: { 200: GoalOutput },
      },
    },
    async (req) => changes.checkIn(ctx.db, principalOf(req), auditActor(req), req.params.id, req.body),
  );
}
