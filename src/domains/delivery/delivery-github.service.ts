/**
 * GitHub into Quarterdeck: the REST sync of a repository (pull requests with commits, reviews and
 * comments, deployments and their statuses, releases as deployments, workflow runs), resumable — each
 * batch is stored with the cursor that includes it, in one transaction — and the webhook receiver
 * (signature checked, each delivery applied once).
 */

import type { AuditActor } from '../../platform/audit/audit.service.js';
import { record } from '../../platform/audit/audit.service.js';
import type { Config } from '../../platform/config.js';
import type { Db } from '../../platform/db/database.js';
import { badRequest, Problem } from '../../platform/http/problem.js';
import * as repo from './delivery.repo.js';
import { applyDeliveryInput } from './delivery-import.service.js';
import { createGithubHttpCache, type GithubCacheEntry } from './github/github-client.js';
import { GithubPayloadError } from './github/github-schemas.js';
import { type GithubSyncResult, syncGithubRepository } from './github/github-sync.js';
import { mapGithubWebhook, verifyGithubSignature } from './github/github-webhooks.js';

export interface GithubSyncRequest {
  repository: string;
  onProgress?: ((done: number, total: number | null, message?: string) => void) | undefined;
  signal?: AbortSignal | undefined;
  /** Read and count, store nothing (the cursor is not moved). */
  preview?: boolean | undefined;
  /** Forget the cursor and read everything again. */
  full?: boolean | undefined;
}

/** Syncs one repository; a later call continues from the last stored batch. */
export async function syncGithub(db: Db, config: Config, req: GithubSyncRequest): Promise<GithubSyncResult> {
  const gh = config.github;
  if (!gh.token) {
    throw badRequest(
      'Set QUARTERDECK_GITHUB_TOKEN to a token that may read the repository (docs/operations.md).',
    );
  }
  const key = req.repository.toLowerCase();
  const state = req.full ? undefined : await repo.syncState(db, 'github', key);
  const cache = createGithubHttpCache(
    req.full ? {} : ((state?.http_cache as Record<string, GithubCacheEntry>) ?? {}),
  );
  const result = await syncGithubRepository({
    repository: req.repository,
    client: { token: gh.token, baseUrl: gh.apiUrl, cache, ...(req.signal ? { signal: req.signal } : {}) },
    cursor: state?.cursor && Object.keys(state.cursor as object).length ? state.cursor : undefined,
    signal: req.signal,
    releaseTagPattern: gh.releaseTagPattern,
    onProgress: req.onProgress,
    sink: async (batch, cursor) => {
      if (req.preview) return;
      await db.transaction().execute(async (trx) => {
        await applyDeliveryInput(trx, batch);
        await repo.saveSyncState(trx, 'github', key, cursor, cache.toJSON());
      });
    },
  });
  if (!req.preview) await repo.saveSyncState(db, 'github', key, result.cursor, cache.toJSON());
  return result;
}

export interface WebhookDelivery {
  event: string;
  deliveryId: string;
  signature: string | undefined;
  rawBody: Buffer;
}

/**
 * One GitHub webhook delivery: refused (401) without a valid `X-Hub-Signature-256`; a delivery id seen
 * before changes nothing; otherwise mapped and applied in one transaction with its delivery record.
 */
export async function receiveGithubWebhook(
  db: Db,
  config: Config,
  actor: AuditActor,
  d: WebhookDelivery,
): Promise<{ outcome: 'applied' | 'ignored' | 'duplicate'; summary: string }> {
  const secret = config.github.webhookSecret;
  if (!secret) {
    throw new Problem(
      'forbidden',
      'GitHub webhooks are off: set QUARTERDECK_GITHUB_WEBHOOK_SECRET to the secret of the webhook.',
    );
  }
  if (!verifyGithubSignature(secret, d.rawBody, d.signature)) {
    await repo.recordDelivery(db, {
      source: 'github',
      delivery_id: `rejected:${d.deliveryId}:${Date.now()}`,
      event: d.event,
      outcome: 'rejected',
      summary: 'X-Hub-Signature-256 missing or wrong',
    });
    throw new Problem(
      'invalid-token',
      'The X-Hub-Signature-256 signature is missing or does not match the secret.',
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(d.rawBody.toString('utf8'));
  } catch {
    throw badRequest('The webhook body is not JSON (set the webhook’s content type to application/json).');
  }
  let mapped: ReturnType<typeof mapGithubWebhook>;
  try {
    mapped = mapGithubWebhook(d.event, payload, { releaseTagPattern: config.github.releaseTagPattern });
  } catch (err) {
    if (err instanceof GithubPayloadError) throw badRequest(err.message);
    throw err;
  }
  return db.transaction().execute(async (trx) => {
    const outcome = mapped.input ? 'applied' : 'ignored';
    const fresh = await repo.recordDelivery(trx, {
      source: 'github',
      delivery_id: d.deliveryId,
      event: d.event,
      outcome,
      summary: mapped.summary.slice(0, 500),
    });
    if (!fresh)
      return { outcome: 'duplicate' as const, summary: `Delivery ${d.deliveryId} was received before.` };
    if (mapped.input) {
      await applyDeliveryInput(trx, mapped.input);
      await record(trx, actor, {
        action: 'delivery.github-webhook.receive',
        targetType: d.event,
        targetId: d.deliveryId,
      });
    }
    return { outcome, summary: mapped.summary };
  });
}
