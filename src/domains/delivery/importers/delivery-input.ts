/**
 * The shape every delivery source produces (the generic JSON-lines/CSV format, GitHub's REST API and
 * webhooks, DevLake-style webhooks, the demo) and the delivery service applies in one transaction.
 * Parsers are pure: input in, `DeliveryInput` and issues out. The git reader writes commits through
 * the same service (`CommitInput`).
 *
 * Keys: a repository is `owner/name`; a commit is (repository, sha); a pull request is
 * (repository, number); deployments and incidents are (source, id) so a re-import of the same source
 * updates them instead of adding twins.
 */

import type { ImportIssue } from '../../../platform/imports/import-report.js';

export type { ImportIssue };

/** Where an item came from, for error messages (file and row, or entity such as `deployment 42`). */
export interface Origin {
  file: string;
  row?: number | undefined;
  entity?: string | undefined;
}

/**
 * Somebody in a source: a git author (by e-mail), a GitHub user (by login), or both. Mapped to people
 * through the org's identities (never by name alone).
 */
export interface ActorInput {
  email?: string | null | undefined;
  login?: string | null | undefined;
  name?: string | null | undefined;
}

export interface RepositoryInput {
  /** `owner/name`. */
  name: string;
  url?: string | null | undefined;
  defaultBranch?: string | null | undefined;
  origin?: Origin | undefined;
}

export interface TrailerInput {
  key: string;
  value: string;
}

export interface CommitInput {
  repository: string;
  /** Full 40-character (or 64 for SHA-256 repositories) lower-case hex. */
  sha: string;
  /** Empty for a root commit; two or more for a merge. */
  parents: string[];
  author: ActorInput;
  committer?: ActorInput | undefined;
  /** ISO 8601 timestamps; stored in UTC. */
  authoredAt: string;
  committedAt: string;
  /** The first line of the message. */
  subject: string;
  /** Null when not known (a partial clone, a source without stats). */
  additions?: number | null | undefined;
  deletions?: number | null | undefined;
  filesChanged?: number | null | undefined;
  trailers?: TrailerInput[] | undefined;
  coAuthors?: ActorInput[] | undefined;
  origin?: Origin | undefined;
}

export type ReviewState = 'approved' | 'changes_requested' | 'commented' | 'dismissed';

export interface ReviewInput {
  /** The source's id of the review, unique within the pull request. */
  id: string;
  reviewer: ActorInput;
  state: ReviewState;
  submittedAt: string;
}

export interface CommentInput {
  id: string;
  author: ActorInput;
  createdAt: string;
}

export interface PullRequestInput {
  repository: string;
  number: number;
  title: string;
  state: 'open' | 'closed' | 'merged';
  draft?: boolean | undefined;
  author: ActorInput;
  createdAt: string;
  /** When the pull request left draft (ready for review), if it was ever a draft. */
  readyAt?: string | null | undefined;
  mergedAt?: string | null | undefined;
  closedAt?: string | null | undefined;
  mergeCommitSha?: string | null | undefined;
  baseRef?: string | null | undefined;
  headRef?: string | null | undefined;
  additions?: number | null | undefined;
  deletions?: number | null | undefined;
  changedFiles?: number | null | undefined;
  labels?: string[] | undefined;
  url?: string | null | undefined;
  /** The pull request's commits (shas), in order. Absent: left as they are. */
  commits?: string[] | undefined;
  reviews?: ReviewInput[] | undefined;
  /** Review comments (inline) and conversation comments. */
  comments?: CommentInput[] | undefined;
  /** Labels or types of the issues the pull request closes (for investment allocation). */
  linkedIssueLabels?: string[] | undefined;
  origin?: Origin | undefined;
}

export type DeploymentStatus = 'success' | 'failure' | 'error' | 'cancelled' | 'in_progress' | 'queued';

export interface DeploymentInput {
  /** The source's id; with the source, the key of the deployment. */
  id: string;
  /** Catalog component name (`checkout`) or reference (`component:default/checkout`). */
  service?: string | null | undefined;
  repository?: string | null | undefined;
  /** As the source names it (`prod`, `Production`, `eu-production`); normalized on the way in. */
  environment: string;
  sha?: string | null | undefined;
  ref?: string | null | undefined;
  status: DeploymentStatus;
  createdAt: string;
  startedAt?: string | null | undefined;
  /** When the deployment reached its final status. */
  finishedAt?: string | null | undefined;
  name?: string | null | undefined;
  url?: string | null | undefined;
  /** The source says this deployment is a rollback, a hotfix or otherwise unplanned. */
  rework?: boolean | null | undefined;
  origin?: Origin | undefined;
}

export interface IncidentInput {
  id: string;
  title: string;
  service?: string | null | undefined;
  repository?: string | null | undefined;
  severity?: string | null | undefined;
  status: 'open' | 'resolved';
  startedAt: string;
  resolvedAt?: string | null | undefined;
  /** The id (same source) of the deployment the source says caused it. */
  deploymentId?: string | null | undefined;
  /**
   * False when the source says the incident was not caused by a change (a provider outage); then it is
   * not attributed to the previous deployment (an explicit `deploymentId` still counts). Null or absent:
   * attributed by the documented rule.
   */
  changeRelated?: boolean | null | undefined;
  url?: string | null | undefined;
  origin?: Origin | undefined;
}

export interface WorkflowRunInput {
  id: string;
  repository: string;
  name: string;
  headSha: string;
  headBranch?: string | null | undefined;
  event: string;
  status: string;
  conclusion?: string | null | undefined;
  createdAt: string;
  updatedAt: string;
  url?: string | null | undefined;
}

/** A review of a pull request named by repository and number (already stored, or in the same input). */
export interface PullRequestReviewInput extends ReviewInput {
  repository: string;
  pullRequest: number;
  origin?: Origin | undefined;
}

/** A comment on a pull request named by repository and number. */
export interface PullRequestCommentInput extends CommentInput {
  repository: string;
  pullRequest: number;
  origin?: Origin | undefined;
}

/** What one import brings. Lists that are absent are left alone. */
export interface DeliveryInput {
  /** Names the source: `github`, `devlake`, `generic`, `git`, `demo`… */
  source: string;
  repositories?: RepositoryInput[] | undefined;
  commits?: CommitInput[] | undefined;
  pullRequests?: PullRequestInput[] | undefined;
  deployments?: DeploymentInput[] | undefined;
  incidents?: IncidentInput[] | undefined;
  workflowRuns?: WorkflowRunInput[] | undefined;
  /** Reviews and comments of pull requests stored earlier (a `reviews.csv` on its own). */
  reviews?: PullRequestReviewInput[] | undefined;
  comments?: PullRequestCommentInput[] | undefined;
}

/** A parser's answer: the valid part, and the issues (errors refuse the whole import unless skipped). */
export interface DeliveryParseResult {
  input: DeliveryInput;
  issues: ImportIssue[];
  counts: Record<string, number>;
}

export type EnvironmentKind = 'production' | 'staging' | 'testing' | 'development' | 'other';

/**
 * The kind of an environment from its name, as CI systems write them: `prod`, `production`,
 * `prd`, `live`, `eu-prod-1` are production; `stage`, `staging`, `preprod`, `uat` staging…
 * `pre-prod` and `non-prod` are checked before `prod`.
 */
export function environmentKind(name: string): EnvironmentKind {
  const n = name.trim().toLowerCase();
  if (/(^|[^a-z])(pre-?prod|preproduction|pre-production|stag(e|ing)?|uat|sandbox)([^a-z]|$)/.test(n)) {
    return 'staging';
  }
  if (/(^|[^a-z])non-?prod/.test(n)) return 'other';
  if (/(^|[^a-z])(prod|production|prd|live)([^a-z]|$)/.test(n)) return 'production';
  if (/(^|[^a-z])(test|testing|qa|ci)([^a-z]|$)/.test(n)) return 'testing';
  if (/(^|[^a-z])(dev|development|local|preview|review)([^a-z]|$)/.test(n)) return 'development';
  return 'other';
}
