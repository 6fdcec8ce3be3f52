import { z } from 'zod';
import { allow } from '../../platform/auth/policy.js';
import { badRequest } from '../../platform/http/problem.js';
import type { App, PlatformContext } from '../../platform/modules.js';
import { receiveGithubWebhook } from './delivery-github.service.js';

const header = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * GitHub's webhooks (`pull_request`, `pull_request_review`, `push`, `deployment_status`, `release`,
 * `workflow_run`): no session or token — GitHub signs each delivery with the shared secret
 * (`X-Hub-Signature-256`), checked over the raw body before anything is read.
 */
export function deliveryGithubRoutes(app: App, ctx: PlatformContext) {
  void app.register(async (sub: App) => {
    // The signature covers the exact bytes sent: keep the body raw in this scope only.
    sub.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) =>
      done(null, body),
    );
    sub.post(
      '/api/v1/delivery/webhooks/github',
      {
        config: {
          policy: allow.public(
            'GitHub signs every delivery with the webhook secret (X-Hub-Signature-256), checked here',
          ),
        },
        schema: {
          tags: ['delivery'],
          summary:
            'GitHub webhook deliveries, verified by X-Hub-Signature-256 and applied once per X-GitHub-Delivery',
          response: {
            200: z.object({ outcome: z.enum(['applied', 'ignored', 'duplicate']), summary: z.string() }),
          },
        },
      },
      async (req) => {
        const event = header(req.headers['x-github-event']);
        const deliveryId = header(req.headers['x-github-delivery']);
        if (!event || !deliveryId)
          throw badRequest('X-GitHub-Event and X-GitHub-Delivery headers are required.');
        if (!Buffer.isBuffer(req.body))
          throw badRequest('Send the webhook with content type application/json.');
        const result = await receiveGithubWebhook(
          ctx.db,
          ctx.config,
          { userId: null, label: 'github-webhook' },
          { event, deliveryId, signature: header(req.headers['x-hub-signature-256']), rawBody: req.body },
        ).catch((err: unknown) => {
          req.log.warn(
            { event, deliveryId, err: err instanceof Error ? err.message : String(err) },
            'GitHub webhook refused',
          );
          throw err;
        });
        req.log.info({ event, deliveryId, outcome: result.outcome }, 'GitHub webhook');
        return result;
      },
    );
  });
}
