/**
 * GitHub webhooks for the delivery domain: the signature check and the mapping of one delivery to a
 * `DeliveryInput`. Pure functions; the HTTP route (raw body, `X-GitHub-Event`, `X-Hub-Signature-256`) and
 * the de-duplication by `X-GitHub-Delivery` are the caller's.
 *
 * Events mapped: `pull_request`, `pull_request_review`, `push`, `deployment_status`, `release` (only with
 * a tag pattern), `workflow_run`; `ping` and any other event give no input. Keys are those of the REST sync
 * (`github-sync.ts`), so a webhook and a later sync update the same rows.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type {
  CommitInput,
  DeliveryInput,
  DeploymentInput,
  RepositoryInput,
} from '../importers/delivery-input.js';
import { splitMessage } from '../importers/git-log-parse.js';
import {
  coAuthorsOf,
  GITHUB_SOURCE,
  githubDeploymentOutcome,
  globToRegExp,
  isFinalDeploymentStatus,
  mapGithubDeployment,
  mapGithubPullRequest,
  mapGithubRelease,
  mapGithubReview,
  mapGithubWorkflowRun,
  messageTrailers,
} from './github-map.js';
import { githubWebhookSchemas, parseGithub } from './github-schemas.js';

/**
 * Whether `X-Hub-Signature-256` (`sha256=<hex HMAC-SHA256 of the raw body>`) was made with the secret.
 * Constant-time; false when the header or the secret is missing or the header is not a SHA-256 signature.
 */
export function verifyGithubSignature(secret: string, rawBody: Buffer, header: string | undefined): boolean {
  if (!secret || !header) return false;
  const m = /^sha256=([0-9a-f]+)$/i.exec(header.trim());
  if (!m || m[1]!.length % 2 !== 0) return false;
  const given = Buffer.from(m[1]!, 'hex');
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  if (given.length !== expected.length) return false;
  return timingSafeEqual(given, expected);
}

export interface GithubWebhookOptions {
  /** Take published releases whose tag matches this glob as production deployments (as the sync does). */
  releaseTagPattern?: string | undefined;
  includePrereleases?: boolean | undefined;
  /**
   * Map the commits of `push` events (default false). A push payload has no parents, so such a commit is
   * written with `parents: []`, which the contract reads as a root commit; the git importer (or the REST
   * sync's pull request commits) has the real graph, and a push mapped after them would overwrite it.
   * Turn this on only for repositories no other source reads commits from.
   */
  pushCommits?: boolean | undefined;
}

export interface GithubWebhookResult {
  /** Null when the event brings nothing to store (ping, an ignored event or action). */
  input: DeliveryInput | null;
  /** One line for the webhook log: what the delivery was and what was done with it. */
  summary: string;
}

const ZERO_SHA = /^0+$/;

function repositoryInput(r: { full_name: string; html_url?: string | null; default_branch?: string | null }) {
  const repo: RepositoryInput = { name: r.full_name, origin: { file: 'GitHub webhook' } };
  if (r.html_url) repo.url = r.html_url;
  if (r.default_branch) repo.defaultBranch = r.default_branch;
  return repo;
}

function origin(event: string, entity: string) {
  return { file: `GitHub webhook ${event}`, entity };
}

/**
 * One webhook delivery as `DeliveryInput`. Throws a `GithubPayloadError` naming the first malformed field
 * (`pull_request.user.login`) when the payload does not have GitHub's documented shape.
 */
export function mapGithubWebhook(
  event: string,
  payload: unknown,
  options: GithubWebhookOptions = {},
): GithubWebhookResult {
  const what = `GitHub ${event} webhook payload`;
  switch (event) {
    case 'ping': {
      const p = parseGithub(githubWebhookSchemas.ping, payload, what);
      return {
        input: null,
        summary: `ping${p.hook_id ? ` from hook ${p.hook_id}` : ''}${p.zen ? `: ${p.zen}` : ''}`,
      };
    }
    case 'pull_request': {
      const p = parseGithub(githubWebhookSchemas.pull_request, payload, what);
      const name = p.repository.full_name;
      const pr = mapGithubPullRequest(
        p.pull_request,
        name,
        origin(event, `pull request #${p.pull_request.number}`),
      );
      // The moment it left draft is only known from this action: the event time is the pull request's update.
      if (p.action === 'ready_for_review') pr.readyAt = p.pull_request.updated_at;
      const action = p.action === 'closed' && pr.state === 'merged' ? 'merged' : p.action.replace(/_/g, ' ');
      return {
        input: { source: GITHUB_SOURCE, repositories: [repositoryInput(p.repository)], pullRequests: [pr] },
        summary: `pull request ${name}#${pr.number} ${action}`,
      };
    }
    case 'pull_request_review': {
      const p = parseGithub(githubWebhookSchemas.pull_request_review, payload, what);
      const name = p.repository.full_name;
      const number = p.pull_request.number;
      const pr = mapGithubPullRequest(p.pull_request, name, origin(event, `pull request #${number}`));
      const review = mapGithubReview(p.review);
      // One review: the service upserts reviews by id, so the others stay as they are.
      if (review) pr.reviews = [review];
      const by = p.review.user?.login ?? 'someone';
      return {
        input: { source: GITHUB_SOURCE, repositories: [repositoryInput(p.repository)], pullRequests: [pr] },
        summary: review
          ? `review ${p.review.id} of ${name}#${number} by ${by} ${p.action}: ${review.state}`
          : `review ${p.review.id} of ${name}#${number} ${p.action}, not submitted yet: pull request only`,
      };
    }
    case 'push':
      return mapPush(event, payload, options);
    case 'deployment_status':
      return mapDeploymentStatus(event, payload);
    case 'release': {
      const p = parseGithub(githubWebhookSchemas.release, payload, what);
      const name = p.repository.full_name;
      const tag = p.release.tag_name;
      if (!options.releaseTagPattern) {
        return {
          input: null,
          summary: `release ${tag} of ${name} ${p.action}: ignored (no release tag pattern)`,
        };
      }
      if (p.action === 'deleted' || p.action === 'unpublished') {
        return {
          input: null,
          summary: `release ${tag} of ${name} ${p.action}: deployment release:${p.release.id} stays recorded`,
        };
      }
      const d = mapGithubRelease(
        p.release,
        name,
        {
          tagPattern: globToRegExp(options.releaseTagPattern),
          includePrereleases: options.includePrereleases,
        },
        origin(event, `release ${tag}`),
      );
      if (!d) {
        return {
          input: null,
          summary: `release ${tag} of ${name} ${p.action}: not a deployment (draft, pre-release or tag)`,
        };
      }
      return {
        input: { source: GITHUB_SOURCE, repositories: [repositoryInput(p.repository)], deployments: [d] },
        summary: `release ${tag} of ${name} ${p.action}: production deployment ${d.id}`,
      };
    }
    case 'workflow_run': {
      const p = parseGithub(githubWebhookSchemas.workflow_run, payload, what);
      const name = p.repository.full_name;
      const run = mapGithubWorkflowRun(p.workflow_run, name);
      const state = run.conclusion ? `${run.status} (${run.conclusion})` : run.status;
      return {
        input: { source: GITHUB_SOURCE, repositories: [repositoryInput(p.repository)], workflowRuns: [run] },
        summary: `workflow run ${run.id} "${run.name}" of ${name} ${p.action}: ${state}`,
      };
    }
    default:
      return { input: null, summary: `event ${event}: not used by the delivery domain` };
  }
}

function mapPush(event: string, payload: unknown, options: GithubWebhookOptions): GithubWebhookResult {
  const p = parseGithub(githubWebhookSchemas.push, payload, `GitHub ${event} webhook payload`);
  const name = p.repository.full_name;
  const repositories = [repositoryInput(p.repository)];
  if (p.deleted || ZERO_SHA.test(p.after)) {
    return { input: { source: GITHUB_SOURCE, repositories }, summary: `push to ${name}: ${p.ref} deleted` };
  }
  const n = p.commits.length;
  const what = `push of ${n} commit${n === 1 ? '' : 's'} to ${p.ref} of ${name}${p.forced ? ' (forced)' : ''}`;
  if (!options.pushCommits) {
    return {
      input: { source: GITHUB_SOURCE, repositories },
      summary: `${what}: commits left to the git importer`,
    };
  }
  const commits: CommitInput[] = p.commits.map((c) => {
    const { subject, body } = splitMessage(c.message);
    const trailers = messageTrailers(body);
    const person = (
      a: { name?: string | null; email?: string | null; username?: string | null } | null | undefined,
    ) => ({
      name: a?.name ?? null,
      email: a?.email ? a.email.toLowerCase() : null,
      login: a?.username ?? null,
    });
    return {
      repository: name,
      sha: c.id.toLowerCase(),
      // Not in push payloads: see `pushCommits`. The origin says so for whoever reads the row.
      parents: [],
      author: person(c.author),
      committer: person(c.committer ?? c.author),
      // A push payload has one time per commit (GitHub's `timestamp`).
      authoredAt: c.timestamp,
      committedAt: c.timestamp,
      subject,
      additions: null,
      deletions: null,
      filesChanged: null,
      trailers,
      coAuthors: coAuthorsOf(trailers),
      origin: origin(event, `commit ${c.id} (parents unknown: push payloads do not carry them)`),
    };
  });
  return {
    input: { source: GITHUB_SOURCE, repositories, commits },
    summary: `${what}: commits mapped without parents`,
  };
}

function mapDeploymentStatus(event: string, payload: unknown): GithubWebhookResult {
  const p = parseGithub(githubWebhookSchemas.deployment_status, payload, `GitHub ${event} webhook payload`);
  const name = p.repository.full_name;
  const s = p.deployment_status;
  const d = p.deployment;
  const head = `deployment ${d.id} of ${name} to ${d.environment}`;
  if (s.state === 'inactive') {
    // GitHub marks an older deployment inactive when a newer one succeeds: its own outcome stays as recorded.
    return { input: null, summary: `${head}: inactive (superseded), outcome kept as recorded` };
  }
  const outcome = githubDeploymentOutcome([s])!;
  const deployment: DeploymentInput = mapGithubDeployment(
    d,
    name,
    outcome,
    origin(event, `deployment ${d.id}`),
  );
  // One status does not tell when the deployment started unless it is the in_progress one: leave it.
  if (s.state !== 'in_progress') delete deployment.startedAt;
  if (!isFinalDeploymentStatus(outcome.status)) deployment.finishedAt = null;
  return {
    input: {
      source: GITHUB_SOURCE,
      repositories: [repositoryInput(p.repository)],
      deployments: [deployment],
    },
    summary: `${head}: ${s.state}`,
  };
}
