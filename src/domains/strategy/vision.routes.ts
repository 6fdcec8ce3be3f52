import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { auditActor, principalOf } from '../../platform/http/authorize.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import { PeriodParams, VisionDetailOutput, VisionInput, VisionOutput } from './direction.schemas.js';
import { getVision, listVisions, saveVision } from './vision.service.js';

/** The technical vision per period: read by every signed-in account, written by leaders, versioned. */
export function visionRoutes(app: App, ctx: PlatformContext) {
  const tags = ['strategy'];
  app.get(
    '/api/v1/strategy/visions',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'Every period’s vision, newest period first, with its review state',
        response: { 200: z.object({ items: z.array(VisionOutput) }) },
      },
    },
    async () => ({ items: await listVisions(ctx.db) }),
  );

  app.get(
    '/api/v1/strategy/visions/:period',
    {
      config: { policy: allow.authenticated() },
      schema: {
        tags,
        summary: 'A period’s vision (markdown) with every saved version and who saved it',
        params: PeriodParams,
        response: { 200: VisionDetailOutput },
      },
    },
    async (req) => getVision(ctx.db, req.params.period),
  );

  app.put(
    '/api/v1/strategy/visions/:period',
    {
      config: { policy: allow.roles('admin', 'executive') },
      schema: {
        tags,
        summary: 'Save a period’s vision (creates it, or keeps the previous text as a version)',
        params: PeriodParams,
        body: VisionInput,
        response: { 200: VisionDetailOutput },
      },
    },
    async (req) => saveVision(ctx.db, principalOf(req), auditActor(req), req.params.period, req.body),
  );
}
