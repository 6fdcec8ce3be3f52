/**
 * GitHub objects (REST answers and webhook payloads, already validated by `github-schemas.ts`) to the
 * delivery domain's `DeliveryInput` pieces. Pure functions, shared by the sync and the webhooks, so the
 * two sources give the same keys: a pull request is (repository, number), a deployment is its GitHub id,
 * a release taken as a deployment is `release:<id>`, a workflow run is its id.
 *
 * Fields GitHub does not give are left undefined (the service leaves what it has), never guessed:
 * - `readyAt`: the REST pull request has no "ready for review" time (only the timeline has), so the
 *   sync leaves it undefined rather than null, which would erase a time a webhook recorded.
 * - `mergeCommitSha` only for merged pull requests: on open ones GitHub fills it with a test merge.
 * - additions/deletions/changed files only where GitHub sends them (`GET /pulls/{n}`, webhooks).
 */
import type {
  ActorInput,
  CommentInput,
  CommitInput,
  DeploymentInput,
  DeploymentStatus,
  Origin,
  PullRequestInput,
  ReviewInput,
  ReviewState,
  TrailerInput,
  WorkflowRunInput,
} from '../importers/delivery-input.js';
import { parseIdentity, splitMessage } from '../importers/git-log-parse.js';
import type {
  GithubComment,
  GithubCommit,
  GithubDeployment,
  GithubDeploymentStatus,
  GithubPull,
  GithubRelease,
  GithubReview,
  GithubWorkflowRun,
} from './github-schemas.js';

export const GITHUB_SOURCE = 'github';

export function githubActor(user: { login: string } | null | undefined): ActorInput {
  return user ? { login: user.login } : {};
}

function gitActor(
  git: { name?: string | null | undefined; email?: string | null | undefined } | null | undefined,
  user: { login: string } | null | undefined,
): ActorInput {
  const actor: ActorInput = {};
  if (git?.email) actor.email = git.email.toLowerCase();
  if (git?.name) actor.name = git.name;
  if (user?.login) actor.login = user.login;
  return actor;
}

/** A pull request without its commits, reviews and comments (those come from their own lists). */
export function mapGithubPullRequest(pr: GithubPull, repository: string, origin: Origin): PullRequestInput {
  const merged = Boolean(pr.merged_at);
  const out: PullRequestInput = {
    repository,
    number: pr.number,
    title: pr.title,
    state: merged ? 'merged' : pr.state,
    author: githubActor(pr.user),
    createdAt: pr.created_at,
    mergedAt: pr.merged_at ?? null,
    closedAt: pr.closed_at ?? null,
    mergeCommitSha: merged ? (pr.merge_commit_sha ?? null) : null,
    baseRef: pr.base.ref,
    headRef: pr.head.ref,
    url: pr.html_url ?? null,
    origin,
  };
  if (pr.draft !== null && pr.draft !== undefined) out.draft = pr.draft;
  if (pr.labels) out.labels = pr.labels.map((l) => l.name);
  if (typeof pr.additions === 'number') out.additions = pr.additions;
  if (typeof pr.deletions === 'number') out.deletions = pr.deletions;
  if (typeof pr.changed_files === 'number') out.changedFiles = pr.changed_files;
  return out;
}

/** Whether a pull request object carries the size fields (list items do not). */
export function hasPullStats(pr: GithubPull): boolean {
  return (
    typeof pr.additions === 'number' &&
    typeof pr.deletions === 'number' &&
    typeof pr.changed_files === 'number'
  );
}

/**
 * Trailers of a commit message body: its last paragraph when every line of it is `Key: value`
 * (the common case of git's rule).
 */
export function messageTrailers(body: string): TrailerInput[] {
  const paragraphs = body.trim().split(/\n\s*\n/);
  const last = paragraphs[paragraphs.length - 1]?.trim() ?? '';
  if (last === '') return [];
  const trailers: TrailerInput[] = [];
  for (const line of last.split('\n')) {
    const m = /^([A-Za-z0-9][A-Za-z0-9-]*):\s*(.*)$/.exec(line.trim());
    if (!m) return [];
    trailers.push({ key: m[1]!, value: m[2]!.trim() });
  }
  return trailers;
}

export function coAuthorsOf(trailers: TrailerInput[]): ActorInput[] {
  return trailers
    .filter((t) => t.key.toLowerCase() === 'co-authored-by')
    .map((t) => parseIdentity(t.value))
    .map((p) => ({ name: p.name || null, email: p.email ? p.email.toLowerCase() : null }));
}

/** A commit of `GET /pulls/{n}/commits` (no stats in that list: additions/deletions stay null). */
export function mapGithubCommit(c: GithubCommit, repository: string, origin: Origin): CommitInput {
  const { subject, body } = splitMessage(c.commit.message);
  const trailers = messageTrailers(body);
  const authoredAt = c.commit.author?.date ?? c.commit.committer?.date;
  const committedAt = c.commit.committer?.date ?? authoredAt;
  if (!authoredAt || !committedAt) throw new Error(`GitHub commit ${c.sha} has no author or committer date`);
  return {
    repository,
    sha: c.sha.toLowerCase(),
    parents: c.parents.map((p) => p.sha.toLowerCase()),
    author: gitActor(c.commit.author, c.author),
    committer: gitActor(c.commit.committer, c.committer),
    authoredAt,
    committedAt,
    subject,
    additions: null,
    deletions: null,
    filesChanged: null,
    trailers,
    coAuthors: coAuthorsOf(trailers),
    origin,
  };
}

const REVIEW_STATES: Record<string, ReviewState> = {
  approved: 'approved',
  changes_requested: 'changes_requested',
  commented: 'commented',
  dismissed: 'dismissed',
};

/** A submitted review; null for a pending (unsubmitted) one. REST states are upper case, webhooks lower. */
export function mapGithubReview(r: GithubReview): ReviewInput | null {
  const state = REVIEW_STATES[r.state.toLowerCase()];
  if (!state || !r.submitted_at) return null;
  return { id: String(r.id), reviewer: githubActor(r.user), state, submittedAt: r.submitted_at };
}

/** Review comments keep GitHub's id; conversation comments get `issue:<id>` so the two never collide. */
export function mapGithubComment(c: GithubComment, kind: 'review' | 'issue'): CommentInput {
  return {
    id: kind === 'issue' ? `issue:${c.id}` : String(c.id),
    author: githubActor(c.user),
    createdAt: c.created_at,
  };
}

const DEPLOYMENT_STATE: Record<Exclude<GithubDeploymentStatus['state'], 'inactive'>, DeploymentStatus> = {
  success: 'success',
  failure: 'failure',
  error: 'error',
  in_progress: 'in_progress',
  queued: 'queued',
  pending: 'queued',
};
const FINAL = new Set<DeploymentStatus>(['success', 'failure', 'error', 'cancelled']);

export function isFinalDeploymentStatus(status: DeploymentStatus): boolean {
  return FINAL.has(status);
}

export interface DeploymentOutcome {
  status: DeploymentStatus;
  startedAt: string | null;
  finishedAt: string | null;
  url: string | null;
}

/**
 * A deployment's outcome from its statuses (any order). The latest status decides: pending and queued are
 * `queued`, in_progress, success, failure and error as named. `inactive` is what GitHub sets on an older
 * deployment when a newer one to the same environment succeeds: the outcome is then the last status
 * before it when that was final (usually success), else the deployment was superseded before finishing:
 * `cancelled`. `startedAt` is the first in_progress status; `finishedAt` the final status's time.
 * Null when there are no statuses.
 */
export function githubDeploymentOutcome(
  statuses: readonly GithubDeploymentStatus[],
): DeploymentOutcome | null {
  if (statuses.length === 0) return null;
  const ordered = [...statuses].sort(
    (a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id,
  );
  const started = ordered.find((s) => s.state === 'in_progress')?.created_at ?? null;
  const latest = ordered[ordered.length - 1]!;
  const url = (s: GithubDeploymentStatus) => s.log_url || s.target_url || s.environment_url || null;
  if (latest.state === 'inactive') {
    const before = ordered.filter((s) => s.state !== 'inactive').pop();
    const status = before ? DEPLOYMENT_STATE[before.state as keyof typeof DEPLOYMENT_STATE] : undefined;
    if (before && status && FINAL.has(status)) {
      return { status, startedAt: started, finishedAt: before.created_at, url: url(before) };
    }
    return { status: 'cancelled', startedAt: started, finishedAt: latest.created_at, url: url(latest) };
  }
  const status = DEPLOYMENT_STATE[latest.state];
  return {
    status,
    startedAt: started,
    finishedAt: FINAL.has(status) ? latest.created_at : null,
    url: url(latest),
  };
}

export function mapGithubDeployment(
  d: GithubDeployment,
  repository: string,
  outcome: DeploymentOutcome,
  origin: Origin,
): DeploymentInput {
  return {
    id: String(d.id),
    repository,
    environment: d.environment,
    sha: d.sha ? d.sha.toLowerCase() : null,
    ref: d.ref || null,
    status: outcome.status,
    createdAt: d.created_at,
    startedAt: outcome.startedAt,
    finishedAt: outcome.finishedAt,
    name: d.description || null,
    url: outcome.url,
    origin,
  };
}

export interface ReleaseOptions {
  /** Glob on tag names (`v*`, `release-[0-9]*`, `{v,rel-}*`); only matching releases count. */
  tagPattern: RegExp;
  /** Count pre-releases too (default false). */
  includePrereleases?: boolean | undefined;
}

/**
 * A published release as a production deployment (`release:<id>`, status success, at its publication
 * time), when its tag matches; null for drafts, pre-releases (unless asked) and other tags.
 */
export function mapGithubRelease(
  r: GithubRelease,
  repository: string,
  options: ReleaseOptions,
  origin: Origin,
): DeploymentInput | null {
  if (r.draft || !r.published_at) return null;
  if (r.prerelease && !options.includePrereleases) return null;
  if (!options.tagPattern.test(r.tag_name)) return null;
  const target = r.target_commitish ?? '';
  return {
    id: `release:${r.id}`,
    repository,
    environment: 'production',
    sha: /^[0-9a-f]{40}$/i.test(target) ? target.toLowerCase() : null,
    ref: r.tag_name,
    status: 'success',
    createdAt: r.published_at,
    finishedAt: r.published_at,
    name: r.name || r.tag_name,
    url: r.html_url ?? null,
    origin,
  };
}

export function mapGithubWorkflowRun(run: GithubWorkflowRun, repository: string): WorkflowRunInput {
  return {
    id: String(run.id),
    repository,
    name: run.name || 'workflow',
    headSha: run.head_sha.toLowerCase(),
    headBranch: run.head_branch ?? null,
    event: run.event,
    status: run.status ?? 'unknown',
    conclusion: run.conclusion ?? null,
    createdAt: run.created_at,
    updatedAt: run.updated_at,
    url: run.html_url ?? null,
  };
}

/**
 * A glob as a whole-string regular expression: `*` any run of characters (slashes too: tags like
 * `releases/v1`), `?` one character, `[a-z]` / `[!a-z]` a class, `{a,b}` alternatives.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) {
        re += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, end);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      re += `[${body.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (c === '{') {
      depth++;
      re += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      re += ')';
    } else if (c === ',' && depth > 0) re += '|';
    else re += c.replace(/[.+^$()|\\\]{}]/g, '\\$&');
  }
  if (depth > 0) throw new Error(`Unbalanced "{" in the glob ${JSON.stringify(glob)}`);
  return new RegExp(`^${re}$`);
}
