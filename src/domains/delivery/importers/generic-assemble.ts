/**
 * Generic delivery records -> `DeliveryInput`: the same key twice in the files is reported (the last one
 * wins), reviews and comments join their pull request, snake_case fields become the contract's
 * camelCase ones. Reviews and comments of pull requests that are not in the files are kept apart
 * (`detachedReviews`, `detachedComments`): they belong to pull requests imported earlier.
 */
import type {
  ActorInput,
  CommitInput,
  DeliveryInput,
  DeliveryParseResult,
  DeploymentInput,
  ImportIssue,
  IncidentInput,
  Origin,
  PullRequestCommentInput,
  PullRequestInput,
  PullRequestReviewInput,
  RepositoryInput,
} from './delivery-input.js';

export type { PullRequestCommentInput, PullRequestReviewInput };

import type {
  GenericCommentRecord,
  GenericCommitRecord,
  GenericDeliveryRecord,
  GenericDeploymentRecord,
  GenericIncidentRecord,
  GenericPullRequestRecord,
  GenericRecordType,
  GenericRepositoryRecord,
  GenericReviewRecord,
} from './generic-schema.js';

export interface GenericDeliveryResult extends DeliveryParseResult {
  /** Reviews of pull requests that are not in the files: for pull requests already stored. */
  detachedReviews: PullRequestReviewInput[];
  /** Comments on pull requests that are not in the files: for pull requests already stored. */
  detachedComments: PullRequestCommentInput[];
}

const KEY_FIELD: Record<GenericRecordType, string> = {
  repository: 'name',
  commit: 'sha',
  pull_request: 'number',
  review: 'id',
  comment: 'id',
  deployment: 'id',
  incident: 'id',
};

function keyOf(r: GenericDeliveryRecord): string {
  switch (r.type) {
    case 'repository':
      return r.name.toLowerCase();
    case 'commit':
      return `${r.repository.toLowerCase()}@${r.sha}`;
    case 'pull_request':
      return `${r.repository.toLowerCase()}#${r.number}`;
    case 'review':
    case 'comment':
      return `${r.repository.toLowerCase()}#${r.pull_request}/${r.id}`;
    default:
      return r.id;
  }
}

function label(r: GenericDeliveryRecord): string {
  switch (r.type) {
    case 'repository':
      return `repository ${r.name}`;
    case 'commit':
      return `commit ${r.sha} of ${r.repository}`;
    case 'pull_request':
      return `pull request ${r.repository}#${r.number}`;
    case 'review':
      return `review ${r.id} of ${r.repository}#${r.pull_request}`;
    case 'comment':
      return `comment ${r.id} on ${r.repository}#${r.pull_request}`;
    default:
      return `${r.type} ${r.id}`;
  }
}

function where(o: Origin): string {
  return `${o.file} ${/\.(csv|tsv)(\.gz)?$/i.test(o.file) ? 'row' : 'line'} ${o.row}`;
}

function actorOf(r: Record<string, unknown>, prefix: string): ActorInput {
  const get = (k: string) => (r[`${prefix}_${k}`] as string | null | undefined) ?? null;
  return { email: get('email'), login: get('login'), name: get('name') };
}

/** `Ada Lovelace <ada@example.com>` -> name and e-mail; a bare address or name is taken as it is. */
export function parseNameEmail(value: string): ActorInput {
  const m = /^\s*(.*?)\s*<([^>]*)>\s*$/.exec(value);
  if (m) return { name: m[1] || null, email: m[2]?.trim() || null };
  return value.includes('@') ? { email: value.trim() } : { name: value.trim() };
}

type Entry<T> = { record: T; origin: Origin };

export class GenericAssembler {
  private readonly seen = new Map<string, Entry<GenericDeliveryRecord>>();

  constructor(private readonly issues: ImportIssue[]) {}

  /** Adds a valid record; a record with the same key as an earlier one replaces it, with a warning. */
  add(record: GenericDeliveryRecord, origin: Origin, field: (name: string) => string): void {
    const key = `${record.type}:${keyOf(record)}`;
    const earlier = this.seen.get(key);
    if (earlier) {
      this.issues.push({
        file: origin.file,
        row: origin.row,
        field: field(KEY_FIELD[record.type]),
        message: `Duplicate ${label(record)} (also at ${where(earlier.origin)}); the last one wins.`,
        severity: 'warning',
      });
    }
    this.seen.set(key, { record, origin });
  }

  result(source: string): GenericDeliveryResult {
    const of = <T extends GenericDeliveryRecord['type']>(type: T) =>
      [...this.seen.values()].filter((e) => e.record.type === type) as Entry<
        Extract<GenericDeliveryRecord, { type: T }>
      >[];
    const repositories = of('repository').map(repositoryInput);
    const commits = of('commit').map(commitInput);
    const deployments = of('deployment').map(deploymentInput);
    const incidents = of('incident').map(incidentInput);
    const pullRequests = of('pull_request').map(pullRequestInput);
    const prs = new Map(pullRequests.map((p) => [`${p.repository.toLowerCase()}#${p.number}`, p]));
    const detachedReviews: PullRequestReviewInput[] = [];
    const detachedComments: PullRequestCommentInput[] = [];
    for (const e of of('review')) {
      const review = reviewInput(e);
      const pr = prs.get(`${review.repository.toLowerCase()}#${review.pullRequest}`);
      if (pr) {
        pr.reviews = pr.reviews ?? [];
        pr.reviews.push(withoutPr(review));
      } else detachedReviews.push(review);
    }
    for (const e of of('comment')) {
      const comment = commentInput(e);
      const pr = prs.get(`${comment.repository.toLowerCase()}#${comment.pullRequest}`);
      if (pr) {
        pr.comments = pr.comments ?? [];
        pr.comments.push(withoutPr(comment));
      } else detachedComments.push(comment);
    }
    const input: DeliveryInput = { source };
    if (repositories.length) input.repositories = repositories;
    if (commits.length) input.commits = commits;
    if (pullRequests.length) input.pullRequests = pullRequests;
    if (deployments.length) input.deployments = deployments;
    if (incidents.length) input.incidents = incidents;
    const counts: Record<string, number> = {};
    const count = (name: string, n: number) => {
      if (n > 0) counts[name] = n;
    };
    count('repositories', repositories.length);
    count('commits', commits.length);
    count('pull requests', pullRequests.length);
    count('reviews', of('review').length);
    count('comments', of('comment').length);
    count('deployments', deployments.length);
    count('incidents', incidents.length);
    return { input, issues: this.issues, counts, detachedReviews, detachedComments };
  }
}

function withoutPr<T extends { repository: string; pullRequest: number; origin?: Origin | undefined }>(
  r: T,
): Omit<T, 'repository' | 'pullRequest' | 'origin'> {
  const { repository: _r, pullRequest: _p, origin: _o, ...rest } = r;
  return rest;
}

function repositoryInput({ record: r, origin }: Entry<GenericRepositoryRecord>): RepositoryInput {
  return { name: r.name, url: r.url ?? null, defaultBranch: r.default_branch ?? null, origin };
}

function commitInput({ record: r, origin }: Entry<GenericCommitRecord>): CommitInput {
  const committer = actorOf(r, 'committer');
  const trailers = r.trailers?.map((t) => ({ key: t.key, value: t.value.trim() }));
  const coAuthors =
    r.co_authors?.map((a) => ({ email: a.email ?? null, login: a.login ?? null, name: a.name ?? null })) ??
    trailers?.filter((t) => t.key.toLowerCase() === 'co-authored-by').map((t) => parseNameEmail(t.value));
  return {
    repository: r.repository,
    sha: r.sha,
    parents: r.parents ?? [],
    author: actorOf(r, 'author'),
    committer: committer.email || committer.login || committer.name ? committer : undefined,
    authoredAt: r.authored_at,
    committedAt: r.committed_at ?? r.authored_at,
    subject: r.subject.split(/\r?\n/, 1)[0] ?? '',
    additions: r.additions ?? null,
    deletions: r.deletions ?? null,
    filesChanged: r.files_changed ?? null,
    trailers,
    coAuthors: coAuthors?.length ? coAuthors : undefined,
    origin,
  };
}

function pullRequestInput({ record: r, origin }: Entry<GenericPullRequestRecord>): PullRequestInput {
  return {
    repository: r.repository,
    number: r.number,
    title: r.title,
    state: r.state,
    draft: r.draft ?? undefined,
    author: actorOf(r, 'author'),
    createdAt: r.created_at,
    readyAt: r.ready_at ?? null,
    mergedAt: r.merged_at ?? null,
    closedAt: r.closed_at ?? (r.state === 'merged' ? (r.merged_at ?? null) : null),
    mergeCommitSha: r.merge_commit_sha ?? null,
    baseRef: r.base_ref ?? null,
    headRef: r.head_ref ?? null,
    additions: r.additions ?? null,
    deletions: r.deletions ?? null,
    changedFiles: r.changed_files ?? null,
    labels: r.labels ?? undefined,
    url: r.url ?? null,
    commits: r.commits ?? undefined,
    linkedIssueLabels: r.linked_issue_labels ?? undefined,
    origin,
  };
}

function reviewInput({ record: r, origin }: Entry<GenericReviewRecord>): PullRequestReviewInput {
  return {
    repository: r.repository,
    pullRequest: r.pull_request,
    id: r.id,
    reviewer: actorOf(r, 'reviewer'),
    state: r.state,
    submittedAt: r.submitted_at,
    origin,
  };
}

function commentInput({ record: r, origin }: Entry<GenericCommentRecord>): PullRequestCommentInput {
  return {
    repository: r.repository,
    pullRequest: r.pull_request,
    id: r.id,
    author: actorOf(r, 'author'),
    createdAt: r.created_at,
    origin,
  };
}

function deploymentInput({ record: r, origin }: Entry<GenericDeploymentRecord>): DeploymentInput {
  return {
    id: r.id,
    service: r.service ?? null,
    repository: r.repository ?? null,
    environment: r.environment,
    sha: r.sha ?? null,
    ref: r.ref ?? null,
    status: r.status,
    createdAt: r.created_at,
    startedAt: r.started_at ?? null,
    finishedAt: r.finished_at ?? null,
    name: r.name ?? null,
    url: r.url ?? null,
    rework: r.rework ?? null,
    origin: { ...origin, entity: `deployment ${r.id}` },
  };
}

function incidentInput({ record: r, origin }: Entry<GenericIncidentRecord>): IncidentInput {
  return {
    id: r.id,
    title: r.title,
    service: r.service ?? null,
    repository: r.repository ?? null,
    severity: r.severity ?? null,
    status: r.status ?? (r.resolved_at ? 'resolved' : 'open'),
    startedAt: r.started_at,
    resolvedAt: r.resolved_at ?? null,
    deploymentId: r.deployment_id ?? null,
    changeRelated: r.change_related ?? null,
    url: r.url ?? null,
    origin: { ...origin, entity: `incident ${r.id}` },
  };
}
