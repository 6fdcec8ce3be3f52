import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures/fake-github.js';
import { GithubPayloadError } from './github-schemas.js';
import { mapGithubWebhook, verifyGithubSignature } from './github-webhooks.js';

const REPO = 'octo-org/hello-world';

describe('verifyGithubSignature', () => {
  // GitHub's documented test vector ("Validating webhook deliveries").
  const secret = "It's a Secret to Everybody";
  const body = Buffer.from('Hello, World!');
  const good = 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17';

  it('accepts the documented signature', () => {
    expect(verifyGithubSignature(secret, body, good)).toBe(true);
    expect(verifyGithubSignature(secret, body, good.toUpperCase().replace('SHA256=', 'sha256='))).toBe(true);
  });

  it('rejects a wrong secret, a changed body, a missing header and a wrong length', () => {
    expect(verifyGithubSignature('another secret', body, good)).toBe(false);
    expect(verifyGithubSignature(secret, Buffer.from('Hello, World?'), good)).toBe(false);
    expect(verifyGithubSignature(secret, body, undefined)).toBe(false);
    expect(verifyGithubSignature(secret, body, '')).toBe(false);
    expect(verifyGithubSignature(secret, body, good.slice(0, -2))).toBe(false);
    expect(verifyGithubSignature(secret, body, `${good}00`)).toBe(false);
    expect(verifyGithubSignature(secret, body, good.slice(0, -1))).toBe(false);
    expect(verifyGithubSignature(secret, body, good.replace('sha256=', ''))).toBe(false);
    const sha1 = `sha1=${createHmac('sha1', secret).update(body).digest('hex')}`;
    expect(verifyGithubSignature(secret, body, sha1)).toBe(false);
    expect(verifyGithubSignature('', body, good)).toBe(false);
  });
});

describe('mapGithubWebhook', () => {
  it('pull_request: the pull request with its size, merged when merged_at is set', () => {
    const { input, summary } = mapGithubWebhook('pull_request', fixture('webhook-pull_request.json'));
    expect(summary).toBe(`pull request ${REPO}#1351 merged`);
    expect(input?.source).toBe('github');
    expect(input?.repositories).toEqual([
      expect.objectContaining({
        name: REPO,
        url: 'https://github.com/octo-org/hello-world',
        defaultBranch: 'main',
      }),
    ]);
    expect(input?.pullRequests).toEqual([
      expect.objectContaining({
        repository: REPO,
        number: 1351,
        state: 'merged',
        draft: false,
        author: { login: 'monalisa' },
        mergedAt: '2024-05-09T16:29:58Z',
        mergeCommitSha: expect.stringMatching(/^[0-9a-f]{40}$/),
        additions: 7,
        deletions: 3,
        changedFiles: 1,
        labels: ['bug'],
        baseRef: 'main',
        headRef: 'fix/lead-time-rounding',
      }),
    ]);
    const pr = input!.pullRequests![0]!;
    expect(pr.commits).toBeUndefined();
    expect(pr.reviews).toBeUndefined();
    expect(pr.readyAt).toBeUndefined();
  });

  it('pull_request ready_for_review: the event time is when it left draft', () => {
    const { input, summary } = mapGithubWebhook('pull_request', fixture('webhook-pull_request-ready.json'));
    expect(summary).toBe(`pull request ${REPO}#1352 ready for review`);
    expect(input?.pullRequests?.[0]).toMatchObject({
      draft: false,
      readyAt: '2024-05-10T14:00:00Z',
      state: 'open',
    });
  });

  it('pull_request_review: the pull request and the one review (lower-case state in webhooks)', () => {
    const { input, summary } = mapGithubWebhook(
      'pull_request_review',
      fixture('webhook-pull_request_review.json'),
    );
    expect(summary).toBe(`review 90 of ${REPO}#1348 by mona-reviewer submitted: approved`);
    const pr = input!.pullRequests![0]!;
    expect(pr).toMatchObject({ number: 1348, state: 'open', title: 'Add deployment frequency chart' });
    expect(pr.reviews).toEqual([
      {
        id: '90',
        reviewer: { login: 'mona-reviewer' },
        state: 'approved',
        submittedAt: '2024-05-10T15:00:00Z',
      },
    ]);
    // The review payload's pull request has no size: left undefined so the stored one stays.
    expect(pr.additions).toBeUndefined();
  });

  it('push: the repository only by default; commits without parents only when asked', () => {
    const payload = fixture<Record<string, unknown>>('webhook-push.json');
    const plain = mapGithubWebhook('push', payload);
    expect(plain.summary).toBe(
      `push of 2 commits to refs/heads/main of ${REPO}: commits left to the git importer`,
    );
    expect(plain.input).toEqual({
      source: 'github',
      repositories: [expect.objectContaining({ name: REPO })],
    });

    const mapped = mapGithubWebhook('push', payload, { pushCommits: true });
    expect(mapped.summary).toContain('commits mapped without parents');
    const commits = mapped.input!.commits!;
    expect(commits).toHaveLength(2);
    expect(commits[1]).toMatchObject({
      repository: REPO,
      sha: expect.stringMatching(/^[0-9a-f]{40}$/),
      parents: [],
      author: { name: 'Monalisa', email: 'monalisa@octo-org.example', login: 'monalisa' },
      authoredAt: '2024-05-10T15:12:00+02:00',
      subject: 'Add chart legend',
      additions: null,
      coAuthors: [{ name: 'Octocat', email: 'octocat@github.com' }],
    });
    expect(commits[0]!.origin?.entity).toMatch(/parents unknown/);

    const deleted = mapGithubWebhook('push', {
      ...payload,
      deleted: true,
      after: '0'.repeat(40),
      commits: [],
    });
    expect(deleted.summary).toBe(`push to ${REPO}: refs/heads/main deleted`);
  });

  it('deployment_status: the deployment with the status as its outcome', () => {
    const payload = fixture<{ deployment_status: Record<string, unknown> }>('webhook-deployment_status.json');
    const { input, summary } = mapGithubWebhook('deployment_status', payload);
    expect(summary).toBe(`deployment 1002 of ${REPO} to staging: success`);
    expect(input?.deployments).toEqual([
      expect.objectContaining({
        id: '1002',
        repository: REPO,
        environment: 'staging',
        ref: 'feature/dashboards',
        status: 'success',
        createdAt: '2024-05-10T12:30:00Z',
        finishedAt: '2024-05-10T12:40:00Z',
        url: 'https://github.com/octo-org/hello-world/actions/runs/8002/job/5006',
      }),
    ]);
    expect(input!.deployments![0]).not.toHaveProperty('startedAt');

    const states = ['pending', 'queued', 'in_progress', 'failure', 'error'] as const;
    const mapped = states.map((state) => {
      const p = { ...payload, deployment_status: { ...payload.deployment_status, state } };
      return mapGithubWebhook('deployment_status', p).input!.deployments![0]!;
    });
    expect(mapped.map((d) => d.status)).toEqual(['queued', 'queued', 'in_progress', 'failure', 'error']);
    expect(mapped[2]).toMatchObject({ startedAt: '2024-05-10T12:40:00Z', finishedAt: null });

    const inactive = { ...payload, deployment_status: { ...payload.deployment_status, state: 'inactive' } };
    expect(mapGithubWebhook('deployment_status', inactive)).toEqual({
      input: null,
      summary: `deployment 1002 of ${REPO} to staging: inactive (superseded), outcome kept as recorded`,
    });
  });

  it('release: a production deployment only with a matching tag pattern', () => {
    const payload = fixture<{ release: Record<string, unknown> }>('webhook-release.json');
    expect(mapGithubWebhook('release', payload)).toEqual({
      input: null,
      summary: `release v1.3.0 of ${REPO} published: ignored (no release tag pattern)`,
    });
    const { input, summary } = mapGithubWebhook('release', payload, { releaseTagPattern: 'v*' });
    expect(summary).toBe(`release v1.3.0 of ${REPO} published: production deployment release:9005`);
    expect(input?.deployments).toEqual([
      expect.objectContaining({
        id: 'release:9005',
        environment: 'production',
        status: 'success',
        ref: 'v1.3.0',
        createdAt: '2024-05-10T16:02:00Z',
        finishedAt: '2024-05-10T16:02:00Z',
      }),
    ]);
    expect(mapGithubWebhook('release', payload, { releaseTagPattern: 'release-*' }).input).toBeNull();
    const draft = {
      ...payload,
      action: 'created',
      release: { ...payload.release, draft: true, published_at: null },
    };
    expect(mapGithubWebhook('release', draft, { releaseTagPattern: 'v*' }).input).toBeNull();
    const deleted = { ...payload, action: 'deleted' };
    expect(mapGithubWebhook('release', deleted, { releaseTagPattern: 'v*' }).summary).toContain(
      'stays recorded',
    );
  });

  it('workflow_run: the run with its status and conclusion', () => {
    const { input, summary } = mapGithubWebhook('workflow_run', fixture('webhook-workflow_run.json'));
    expect(summary).toBe(`workflow run 30435 "Deploy" of ${REPO} completed: completed (success)`);
    expect(input?.workflowRuns).toEqual([
      {
        id: '30435',
        repository: REPO,
        name: 'Deploy',
        headSha: expect.stringMatching(/^[0-9a-f]{40}$/),
        headBranch: 'feature/dashboards',
        event: 'workflow_dispatch',
        status: 'completed',
        conclusion: 'success',
        createdAt: '2024-05-10T12:29:00Z',
        updatedAt: '2024-05-10T12:45:00Z',
        url: 'https://github.com/octo-org/hello-world/actions/runs/30435',
      },
    ]);
  });

  it('ping and other events bring no input', () => {
    expect(mapGithubWebhook('ping', fixture('webhook-ping.json'))).toEqual({
      input: null,
      summary: 'ping from hook 109948940: Design for failure.',
    });
    expect(mapGithubWebhook('issues', { action: 'opened' })).toEqual({
      input: null,
      summary: 'event issues: not used by the delivery domain',
    });
  });

  it('names the malformed field', () => {
    const payload = fixture<{ pull_request: Record<string, unknown> }>('webhook-pull_request.json');
    const bad = { ...payload, pull_request: { ...payload.pull_request, user: { id: 1 } } };
    expect(() => mapGithubWebhook('pull_request', bad)).toThrow(GithubPayloadError);
    expect(() => mapGithubWebhook('pull_request', bad)).toThrow(
      /^GitHub pull_request webhook payload is malformed at pull_request\.user\.login: /,
    );
    const noRepo = { ...payload, repository: undefined };
    expect(() => mapGithubWebhook('pull_request', noRepo)).toThrow(/malformed at repository: /);
    const push = fixture<{ commits: Array<Record<string, unknown>> }>('webhook-push.json');
    const badSha = { ...push, commits: [{ ...push.commits[0], id: 'abc' }] };
    expect(() => mapGithubWebhook('push', badSha)).toThrow(
      /malformed at commits\[0\]\.id: expected a full commit sha/,
    );
    expect(() => mapGithubWebhook('workflow_run', 'not json')).toThrow(/malformed at \(root\)/);
  });
});
