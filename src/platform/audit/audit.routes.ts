import { z } from 'zod';
import { allow } from '../auth/policy.js';
import type { App, PlatformContext } from '../modules.js';
import * as audit from './audit.service.js';

const AuditEntryOutput = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUserId: z.number().int().nullable(),
  actor: z.string(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

const AuditQuery = z.strictObject({
  action: z.string().max(100).optional().describe('Prefix, e.g. `auth.` or `auth.user.create`'),
  actorUserId: z.coerce.number().int().positive().optional(),
  targetType: z.string().max(100).optional(),
  targetId: z.string().max(200).optional(),
  beforeId: z.coerce.number().int().positive().optional().describe('Page backwards from this id'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export function auditRoutes(app: App, ctx: PlatformContext) {
  const tags = ['audit'];
  app.get(
    '/api/v1/audit',
    {
      config: { policy: allow.roles('admin') },
      schema: {
        tags,
        summary: 'Audit log entries, newest first',
        querystring: AuditQuery,
        response: {
          200: z.object({ items: z.array(AuditEntryOutput), nextBeforeId: z.number().int().nullable() }),
        },
      },
    },
    async (request) => {
      const rows = await audit.list(ctx.db, request.query);
      return {
        items: rows.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorUserId: r.actor_user_id,
          actor: r.actor,
          action: r.action,
          targetType: r.target_type,
          targetId: r.target_id,
          ip: r.ip,
          requestId: r.request_id,
          details: r.details,
          hash: r.hash,
        })),
        nextBeforeId: rows.length === request.query.limit ? (rows[rows.length - 1]?.id ?? null) : null,
      };
    },
  );

  app.post(
    '/api/v1/audit/verify',
    {
      config: { policy: allow.roles('admin') },
      schema: {
        tags,
        summary: 'Recompute the hash chain and report the first altered row, if any',
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number().int(),
            lastId: z.number().int().nullable(),
            brokenAt: z.object({ id: z.number().int(), reason: z.string() }).optional(),
          }),
        },
      },
    },
    async () => audit.verify(ctx.db),
  );
}
