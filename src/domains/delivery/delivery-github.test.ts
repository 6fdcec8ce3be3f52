/**
 * GitHub into the database: the REST sync against a local server answering in GitHub's documented
 * shapes (stored, then read again for free with conditional requests), and the webhook receiver
 * (signatures verified, replays change nothing, bad signatures refused and logged).
 */

import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { syncGithub } from './delivery-github.service.js';
import { FakeGithub, fixture, fixtureData, standardRepository } from './github/fixtures/fake-github.js';

const SECRET = 'a-webhook-secret-of-some-length';
const REPO = 'octo-org/hello-world';
let t: TestPlatform;
let fake: FakeGithub;

beforeAll(async () => {
  fake = new FakeGithub();
  fake.pageSize = 2;
  standardRepository(fake, fixtureData());
  await fake.start();
  t = await startTestPlatform({
    config: {
      github: {
        token: 'ghp_test',
        apiUrl: fake.baseUrl,
        webhookSecret: SECRET,
        repositories: [REPO],
        releaseTagPattern: 'v*',
      },
    },
  });
});

afterAll(async () => {
  await t?.close();
  await fake?.close();
});

const count = async (
  table: 'pull_requests' | 'pull_request_reviews' | 'deployments' | 'workflow_runs' | 'webhook_deliveries',
) =>
  Number(
    (
      await t.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the GitHub sync', () => {
  it('stores pull requests, reviews, deployments and runs, and a second sync reads nothing again', async () => {
    const first = await syncGithub(t.ctx.db, t.ctx.config, { repository: REPO });
    expect(first.counts.pullRequests).toBeGreaterThan(0);
    const stored = await Promise.all(
      (['pull_requests', 'pull_request_reviews', 'deployments', 'workflow_runs'] as const).map(count),
    );
    expect(stored.every((n) => n > 0)).toBe(true);
    const state = await t.ctx.db.selectFrom('delivery_sync_state').select(['key']).execute();
    expect(state.map((s) => s.key)).toEqual([REPO]);
    const second = await syncGithub(t.ctx.db, t.ctx.config, { repository: REPO });
    expect(second.requests.notModified).toBeGreaterThan(0);
    expect(second.counts.pullRequests).toBe(0);
    expect(
      await Promise.all(
        (['pull_requests', 'pull_request_reviews', 'deployments', 'workflow_runs'] as const).map(count),
      ),
    ).toEqual(stored);
  });

  it('refuses to start without a token, saying which setting to set', async () => {
    const config = { ...t.ctx.config, github: { ...t.ctx.config.github, token: undefined } };
    await expect(syncGithub(t.ctx.db, config, { repository: REPO })).rejects.toThrow(
      /QUARTERDECK_GITHUB_TOKEN/,
    );
  });
});

describe('the GitHub webhook', () => {
  const body = JSON.stringify(fixture('webhook-pull_request.json'));
  const sign = (raw: string, secret = SECRET) =>
    `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
  const deliver = (raw: string, headers: Record<string, string>) =>
    t.anonymous.request({
      method: 'POST',
      url: '/api/v1/delivery/webhooks/github',
      payload: raw,
      headers: { 'content-type': 'application/json', 'x-github-event': 'pull_request', ...headers },
    });

  it('applies a signed delivery once; a replay changes nothing', async () => {
    const before = await count('pull_requests');
    const ok = await deliver(body, { 'x-github-delivery': 'd-1', 'x-hub-signature-256': sign(body) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().outcome).toBe('applied');
    const after = await count('pull_requests');
    expect(after).toBeGreaterThanOrEqual(before);
    const replay = await deliver(body, { 'x-github-delivery': 'd-1', 'x-hub-signature-256': sign(body) });
    expect(replay.json().outcome).toBe('duplicate');
    expect(await count('pull_requests')).toBe(after);
  });

  it('refuses a wrong or missing signature and logs it', async () => {
    const deliveries = await count('webhook_deliveries');
    const wrong = await deliver(body, {
      'x-github-delivery': 'd-2',
      'x-hub-signature-256': sign(body, 'another-secret-entirely'),
    });
    expect(wrong.statusCode).toBe(401);
    const missing = await deliver(body, { 'x-github-delivery': 'd-3' });
    expect(missing.statusCode).toBe(401);
    const tampered = await deliver(`${body} `, {
      'x-github-delivery': 'd-4',
      'x-hub-signature-256': sign(body),
    });
    expect(tampered.statusCode).toBe(401);
    const rejected = await t.ctx.db
      .selectFrom('webhook_deliveries')
      .select('outcome')
      .where('outcome', '=', 'rejected')
      .execute();
    expect(rejected.length).toBe(3);
    expect(await count('webhook_deliveries')).toBe(deliveries + 3);
    // A refused delivery does not take its id: the real one, correctly signed, is still applied.
    const real = await deliver(body, { 'x-github-delivery': 'd-2', 'x-hub-signature-256': sign(body) });
    expect(real.json().outcome).toBe('applied');
  });

  it('names the field of a malformed payload', async () => {
    const bad = JSON.stringify({
      action: 'opened',
      pull_request: { number: 'x' },
      repository: { full_name: REPO },
    });
    const res = await deliver(bad, { 'x-github-delivery': 'd-5', 'x-hub-signature-256': sign(bad) });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/pull_request/);
  });
});
