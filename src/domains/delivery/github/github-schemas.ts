/**
 * zod shapes of the parts of GitHub's REST answers and webhook payloads the delivery domain reads, as
 * documented at docs.github.com (REST API version 2022-11-28). Only the fields used are declared; the
 * rest is stripped. REST answers and webhook payloads share the object shapes (a pull request, a
 * deployment, a workflow run…); webhook review states are lower case where REST has upper case.
 */
import { z } from 'zod';

const timestamp = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected an ISO 8601 timestamp' });
const id = z.number().int().nonnegative();
const sha = z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/i, { message: 'expected a full commit sha' });

export const githubUserSchema = z.object({
  login: z.string(),
  id: id.optional(),
  type: z.string().optional(),
});
const user = githubUserSchema.nullish();

export const githubRepositorySchema = z.object({
  full_name: z.string().regex(/^[^/\s]+\/[^/\s]+$/, { message: 'expected owner/name' }),
  html_url: z.string().nullish(),
  default_branch: z.string().nullish(),
});

const branchRef = z.object({ ref: z.string(), sha: z.string() });

export const githubPullSchema = z.object({
  number: z.number().int().positive(),
  title: z.string(),
  state: z.enum(['open', 'closed']),
  draft: z.boolean().nullish(),
  user,
  created_at: timestamp,
  updated_at: timestamp,
  closed_at: timestamp.nullish(),
  merged_at: timestamp.nullish(),
  merge_commit_sha: z.string().nullish(),
  labels: z.array(z.object({ name: z.string() })).nullish(),
  base: branchRef,
  head: branchRef,
  html_url: z.string().nullish(),
  /** Only in `GET /pulls/{n}` and `pull_request` webhooks, not in lists. */
  additions: z.number().int().nullish(),
  deletions: z.number().int().nullish(),
  changed_files: z.number().int().nullish(),
  commits: z.number().int().nullish(),
});
export type GithubPull = z.infer<typeof githubPullSchema>;

const gitActor = z.object({
  name: z.string().nullish(),
  email: z.string().nullish(),
  date: timestamp.nullish(),
});

export const githubCommitSchema = z.object({
  sha,
  commit: z.object({ author: gitActor.nullish(), committer: gitActor.nullish(), message: z.string() }),
  author: user,
  committer: user,
  parents: z.array(z.object({ sha })),
});
export type GithubCommit = z.infer<typeof githubCommitSchema>;

export const githubReviewSchema = z.object({
  id,
  user,
  /** REST: `APPROVED`…; webhooks: `approved`…; `PENDING` for a review not submitted yet. */
  state: z.string(),
  submitted_at: timestamp.nullish(),
});
export type GithubReview = z.infer<typeof githubReviewSchema>;

/** A review comment (inline) or an issue (conversation) comment. */
export const githubCommentSchema = z.object({ id, user, created_at: timestamp });
export type GithubComment = z.infer<typeof githubCommentSchema>;

export const githubReleaseSchema = z.object({
  id,
  tag_name: z.string(),
  target_commitish: z.string().nullish(),
  name: z.string().nullish(),
  draft: z.boolean(),
  prerelease: z.boolean(),
  created_at: timestamp,
  published_at: timestamp.nullish(),
  html_url: z.string().nullish(),
});
export type GithubRelease = z.infer<typeof githubReleaseSchema>;

export const githubDeploymentSchema = z.object({
  id,
  sha: z.string(),
  ref: z.string(),
  task: z.string().nullish(),
  environment: z.string(),
  description: z.string().nullish(),
  created_at: timestamp,
  updated_at: timestamp.nullish(),
});
export type GithubDeployment = z.infer<typeof githubDeploymentSchema>;

export const GITHUB_DEPLOYMENT_STATES = [
  'error',
  'failure',
  'inactive',
  'in_progress',
  'queued',
  'pending',
  'success',
] as const;

export const githubDeploymentStatusSchema = z.object({
  id,
  state: z.enum(GITHUB_DEPLOYMENT_STATES),
  created_at: timestamp,
  log_url: z.string().nullish(),
  target_url: z.string().nullish(),
  environment_url: z.string().nullish(),
});
export type GithubDeploymentStatus = z.infer<typeof githubDeploymentStatusSchema>;

export const githubWorkflowRunSchema = z.object({
  id,
  name: z.string().nullish(),
  head_sha: z.string(),
  head_branch: z.string().nullish(),
  event: z.string(),
  status: z.string().nullish(),
  conclusion: z.string().nullish(),
  created_at: timestamp,
  updated_at: timestamp,
  html_url: z.string().nullish(),
});
export type GithubWorkflowRun = z.infer<typeof githubWorkflowRunSchema>;

export const githubWorkflowRunsPageSchema = z.object({
  total_count: z.number().int(),
  workflow_runs: z.array(githubWorkflowRunSchema),
});

/** The `X-GitHub-Event`s the delivery domain maps, and their payloads. */
export const githubWebhookSchemas = {
  pull_request: z.object({
    action: z.string(),
    pull_request: githubPullSchema,
    repository: githubRepositorySchema,
  }),
  pull_request_review: z.object({
    action: z.string(),
    review: githubReviewSchema,
    pull_request: githubPullSchema,
    repository: githubRepositorySchema,
  }),
  push: z.object({
    ref: z.string(),
    before: z.string(),
    after: z.string(),
    deleted: z.boolean().nullish(),
    forced: z.boolean().nullish(),
    commits: z.array(
      z.object({
        id: sha,
        message: z.string(),
        timestamp,
        url: z.string().nullish(),
        distinct: z.boolean().nullish(),
        author: z.object({
          name: z.string().nullish(),
          email: z.string().nullish(),
          username: z.string().nullish(),
        }),
        committer: z
          .object({ name: z.string().nullish(), email: z.string().nullish(), username: z.string().nullish() })
          .nullish(),
      }),
    ),
    repository: githubRepositorySchema,
  }),
  deployment_status: z.object({
    action: z.string(),
    deployment_status: githubDeploymentStatusSchema,
    deployment: githubDeploymentSchema,
    repository: githubRepositorySchema,
  }),
  release: z.object({ action: z.string(), release: githubReleaseSchema, repository: githubRepositorySchema }),
  workflow_run: z.object({
    action: z.string(),
    workflow_run: githubWorkflowRunSchema,
    repository: githubRepositorySchema,
  }),
  ping: z.object({ zen: z.string().nullish(), hook_id: z.number().nullish() }),
} as const;

/** A GitHub answer or payload that does not have the documented shape; names the first bad field. */
export class GithubPayloadError extends Error {
  override readonly name = 'GithubPayloadError';
  constructor(
    readonly what: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${what} is malformed at ${field}: ${reason}`);
  }
}

/** `pull_request.user.login`, `[3].sha`. */
function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out || '(root)';
}

/** Parse with a schema or throw a `GithubPayloadError` naming `what` and the first bad field. */
export function parseGithub<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new GithubPayloadError(what, fieldPath(issue.path), issue.message);
}
