import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { auditActor } from '../../platform/http/authorize.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import * as identities from './identity.service.js';
import { IdParams } from './org.schemas.js';

const id = z.number().int();
const KIND = z.enum(['email', 'git', 'github', 'sso']);
const Ids = z.array(z.number().int().positive()).min(1).max(500);

const IdentityOutput = z.object({
  id,
  kind: KIND,
  value: z.string(),
  displayName: z.string().nullable(),
  personId: id.nullable(),
  personName: z.string().nullable(),
  method: z.string().nullable(),
  ignored: z.boolean(),
  lastSeen: z.string(),
});

const STEWARDS = ['admin', 'executive'] as const;

/** Git authors, GitHub logins, e-mails and SSO subjects, matched to people; the review queue and its undo. */
export function identityRoutes(app: App, ctx: PlatformContext) {
  const tags = ['identities'];
  app.get(
    '/api/v1/org/identities',
    {
      config: { policy: allow.roles(...STEWARDS) },
      schema: {
        tags,
        summary: 'Identities; `status=unmatched` is the review queue',
        querystring: z.strictObject({
          status: z.enum(['unmatched', 'matched', 'ignored']).optional(),
          kind: KIND.optional(),
          personId: z.coerce.number().int().positive().optional(),
          q: z.string().trim().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ items: z.array(IdentityOutput), total: z.number().int() }) },
      },
    },
    async (request) => {
      const { rows, total } = await identities.listIdentities(ctx.db, request.query);
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          value: r.value,
          displayName: r.display_name,
          personId: r.person_id,
          personName: r.person_name,
          method: r.match_method,
          ignored: r.ignored,
          lastSeen: r.last_seen.toISOString(),
        })),
        total,
      };
    },
  );
  app.post(
    '/api/v1/org/identities/observe',
    {
      config: { policy: allow.roles(...STEWARDS) },
      schema: {
        tags,
        summary: 'Record identities seen in a source; what matches automatically is matched, the rest queued',
        body: z.strictObject({
          items: z
            .array(
              z.strictObject({
                kind: KIND,
                value: z.string().trim().min(1).max(320),
                name: z.string().max(200).nullish(),
              }),
            )
            .min(1)
            .max(10_000),
        }),
        response: { 200: z.object({ recorded: z.number().int(), matched: z.number().int() }) },
      },
    },
    async (request) => identities.observeIdentities(ctx.db, request.body.items),
  );
  app.post(
    '/api/v1/org/identities/assign',
    {
      config: { policy: allow.roles(...STEWARDS) },
      schema: {
        tags,
        summary: 'Assign (or merge) identities to a person in one undoable change',
        body: z.strictObject({ identityIds: Ids, personId: z.number().int().positive() }),
        response: { 200: z.object({ changeId: id }) },
      },
    },
    async (request) =>
      identities.assignIdentities(
        ctx.db,
        auditActor(request),
        request.body.identityIds,
        request.body.personId,
      ),
  );
  app.post(
    '/api/v1/org/identities/ignore',
    {
      config: { policy: allow.roles(...STEWARDS) },
      schema: {
        tags,
        summary: 'Take identities (bots, shared accounts) out of the review queue, undoably',
        body: z.strictObject({ identityIds: Ids }),
        response: { 200: z.object({ changeId: id }) },
      },
    },
    async (request) => identities.ignoreIdentities(ctx.db, auditActor(request), request.body.identityIds),
  );
  app.get(
    '/api/v1/org/identity-changes',
    {
      config: { policy: allow.roles(...STEWARDS) },
      schema: {
        tags,
        summary: 'Recent assignments, merges and ignores, newest first',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id,
                action: z.string(),
                personId: id.nullable(),
                personName: z.string().nullable(),
                identities: z.string().nullable(),
                createdAt: z.string(),
                undoneAt: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      items: (await identities.recentChanges(ctx.db, 50)).map((c) => ({
        id: c.id,
        action: c.action,
        personId: c.person_id,
        personName: c.person_name,
        identities: c.identities,
        createdAt: c.created_at.toISOString(),
        undoneAt: c.undone_at ? c.undone_at.toISOString() : null,
      })),
    }),
  );
  app.post(
    '/api/v1/org/identity-changes/:id/undo',
    {
      config: { policy: allow.roles(...STEWARDS) },
      schema: {
        tags,
        summary: 'Undo an assignment, merge or ignore',
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await identities.undoChange(ctx.db, auditActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
