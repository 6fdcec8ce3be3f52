/**
 * Applies a `DeliveryInput` (from any source) in the caller's transaction: repositories through the org
 * catalog, people through the org's identities, then commits, pull requests with their commits, reviews
 * and comments, deployments, incidents and workflow runs. Every write is an upsert on the item's key, so
 * applying the same input twice changes nothing. Afterwards the changes of the touched repositories are
 * mapped to deployments again and incidents re-attributed (see deployment-mapping.service.ts).
 */

import { sql } from 'kysely';
import { insertJson } from '../../platform/db/bulk.js';
import type { Db } from '../../platform/db/database.js';
import type { ImportIssue } from '../../platform/imports/import-report.js';
import {
  ensureRepositories,
  identityIds,
  identityKey,
  type SeenIdentity,
  serviceRefs,
} from '../org/org-lookup.service.js';
import { type NewCommit, upsertCommits } from './delivery.repo.js';
import { dedupe, iso, where } from './delivery-import.shared.js';
import { attachDetached } from './delivery-import-detached.service.js';
import { refreshDerived } from './deployment-mapping.service.js';
import {
  type ActorInput,
  type CommitInput,
  type DeliveryInput,
  environmentKind,
} from './importers/delivery-input.js';
import { isAiAssistedCommit, isAiAssistedPr } from './metrics/ai-assisted.js';

export interface ApplyDeliveryResult {
  counts: Record<string, number>;
  issues: ImportIssue[];
  repositoryIds: number[];
}

/** The identity a source's actor stands for: the git e-mail when known, else the GitHub login. */
function actorIdentities(a: ActorInput | undefined): SeenIdentity[] {
  if (!a) return [];
  const out: SeenIdentity[] = [];
  if (a.email) out.push({ kind: 'git', value: a.email, name: a.name ?? null });
  if (a.login) out.push({ kind: 'github', value: a.login, name: a.name ?? null });
  return out;
}

function actorKey(a: ActorInput | undefined): string | null {
  if (a?.email) return identityKey('git', a.email);
  if (a?.login) return identityKey('github', a.login);
  return null;
}

/** Commits as rows: identities resolved, AI assistance read from trailers and co-authors. */
export function commitRows(
  commits: CommitInput[],
  repoIds: Map<string, { id: number }>,
  ids: Map<string, number>,
  source: string,
): NewCommit[] {
  const id = (a: ActorInput | undefined) => {
    const k = actorKey(a);
    return k ? (ids.get(k) ?? null) : null;
  };
  return commits.map((c) => ({
    repository_id: repoIds.get(c.repository.toLowerCase())!.id,
    sha: c.sha.toLowerCase(),
    parents: c.parents.map((p) => p.toLowerCase()),
    author_identity_id: id(c.author),
    committer_identity_id: id(c.committer ?? c.author),
    authored_at: new Date(c.authoredAt).toISOString(),
    committed_at: new Date(c.committedAt).toISOString(),
    subject: c.subject,
    additions: c.additions ?? null,
    deletions: c.deletions ?? null,
    files_changed: c.filesChanged ?? null,
    trailers: c.trailers?.length ? c.trailers : null,
    co_author_identity_ids: (c.coAuthors ?? []).map(id).filter((x): x is number => x !== null),
    ai_assisted: isAiAssistedCommit(c.trailers ?? [], c.coAuthors ?? []),
    source,
  }));
}

export async function applyDeliveryInput(db: Db, input: DeliveryInput): Promise<ApplyDeliveryResult> {
  const issues: ImportIssue[] = [];
  const counts: Record<string, number> = {};
  const source = input.source;

  // Repositories: named by any item, created in the catalog when new.
  const repoNames = new Map<string, string | null>();
  for (const r of input.repositories ?? []) repoNames.set(r.name, r.url ?? null);
  for (const list of [input.commits, input.pullRequests, input.workflowRuns, input.reviews, input.comments]) {
    for (const x of list ?? []) if (!repoNames.has(x.repository)) repoNames.set(x.repository, null);
  }
  for (const x of [...(input.deployments ?? []), ...(input.incidents ?? [])]) {
    if (x.repository && !repoNames.has(x.repository)) repoNames.set(x.repository, null);
  }
  const repos = await ensureRepositories(
    db,
    [...repoNames].map(([name, url]) => ({ name, url })),
    source,
  );
  counts.repositories = input.repositories?.length ?? 0;
  const services = await serviceRefs(db);

  // Identities of everyone named.
  const seen: SeenIdentity[] = [];
  for (const c of input.commits ?? []) {
    seen.push(...actorIdentities(c.author), ...actorIdentities(c.committer));
    for (const a of c.coAuthors ?? []) seen.push(...actorIdentities(a));
  }
  for (const p of input.pullRequests ?? []) {
    seen.push(...actorIdentities(p.author));
    for (const r of p.reviews ?? []) seen.push(...actorIdentities(r.reviewer));
    for (const c of p.comments ?? []) seen.push(...actorIdentities(c.author));
  }
  for (const r of input.reviews ?? []) seen.push(...actorIdentities(r.reviewer));
  for (const c of input.comments ?? []) seen.push(...actorIdentities(c.author));
  const ids = await identityIds(db, seen);
  const idOf = (a: ActorInput | undefined) => {
    const k = actorKey(a);
    return k ? (ids.get(k) ?? null) : null;
  };

  if (input.commits?.length) {
    counts['commits (new)'] = await upsertCommits(db, commitRows(input.commits, repos, ids, source));
    counts.commits = input.commits.length;
  }

  if (input.pullRequests?.length) {
    const prRows = input.pullRequests.map((p) => ({
      repository_id: repos.get(p.repository.toLowerCase())!.id,
      number: p.number,
      title: p.title,
      state: p.state,
      draft: p.draft ?? false,
      author_identity_id: idOf(p.author),
      created_at: iso(p.createdAt),
      ready_at: iso(p.readyAt),
      merged_at: iso(p.mergedAt),
      closed_at: iso(p.closedAt),
      merge_commit_sha: p.mergeCommitSha?.toLowerCase() ?? null,
      base_ref: p.baseRef ?? null,
      head_ref: p.headRef ?? null,
      additions: p.additions ?? null,
      deletions: p.deletions ?? null,
      changed_files: p.changedFiles ?? null,
      labels: p.labels ?? [],
      linked_issue_labels: p.linkedIssueLabels ?? [],
      url: p.url ?? null,
      ai_assisted: isAiAssistedPr(p.labels ?? [], []),
      source,
    }));
    const stored = await insertJson<{ id: number | string; repository_id: number | string; number: number }>(
      db,
      'pull_requests',
      prRows,
      {
        onConflict: sql`on conflict (repository_id, number) do update set
          title = excluded.title, state = excluded.state, draft = excluded.draft,
          author_identity_id = coalesce(excluded.author_identity_id, pull_requests.author_identity_id),
          created_at = excluded.created_at, ready_at = coalesce(excluded.ready_at, pull_requests.ready_at),
          merged_at = excluded.merged_at, closed_at = excluded.closed_at,
          merge_commit_sha = coalesce(excluded.merge_commit_sha, pull_requests.merge_commit_sha),
          base_ref = coalesce(excluded.base_ref, pull_requests.base_ref),
          head_ref = coalesce(excluded.head_ref, pull_requests.head_ref),
          additions = coalesce(excluded.additions, pull_requests.additions),
          deletions = coalesce(excluded.deletions, pull_requests.deletions),
          changed_files = coalesce(excluded.changed_files, pull_requests.changed_files),
          labels = excluded.labels, linked_issue_labels = excluded.linked_issue_labels,
          url = coalesce(excluded.url, pull_requests.url), ai_assisted = excluded.ai_assisted,
          updated_at = now()`,
        returning: ['id', 'repository_id', 'number'],
      },
    );
    const prId = new Map(stored.map((r) => [`${Number(r.repository_id)}#${r.number}`, Number(r.id)]));
    const idFor = (p: { repository: string; number: number }) =>
      prId.get(`${repos.get(p.repository.toLowerCase())!.id}#${p.number}`)!;
    const withCommits = input.pullRequests.filter((p) => p.commits !== undefined);
    if (withCommits.length) {
      await db
        .deleteFrom('pull_request_commits')
        .where('pull_request_id', 'in', withCommits.map(idFor))
        .execute();
      await insertJson(
        db,
        'pull_request_commits',
        withCommits.flatMap((p) =>
          [...new Set(p.commits!.map((s) => s.toLowerCase()))].map((sha, position) => ({
            pull_request_id: idFor(p),
            sha,
            position,
          })),
        ),
      );
    }
    const reviews = input.pullRequests.flatMap((p) =>
      (p.reviews ?? []).map((r) => ({
        pull_request_id: idFor(p),
        external_id: r.id,
        reviewer_identity_id: idOf(r.reviewer),
        state: r.state,
        submitted_at: iso(r.submittedAt),
      })),
    );
    await insertJson(
      db,
      'pull_request_reviews',
      dedupe(reviews, (r) => `${r.pull_request_id}:${r.external_id}`),
      {
        onConflict: sql`on conflict (pull_request_id, external_id) do update set
        state = excluded.state, submitted_at = excluded.submitted_at,
        reviewer_identity_id = coalesce(excluded.reviewer_identity_id, pull_request_reviews.reviewer_identity_id)`,
      },
    );
    const comments = input.pullRequests.flatMap((p) =>
      (p.comments ?? []).map((c) => ({
        pull_request_id: idFor(p),
        external_id: c.id,
        author_identity_id: idOf(c.author),
        created_at: iso(c.createdAt),
      })),
    );
    await insertJson(
      db,
      'pull_request_comments',
      dedupe(comments, (c) => `${c.pull_request_id}:${c.external_id}`),
      {
        onConflict: sql`on conflict (pull_request_id, external_id) do nothing`,
      },
    );
    counts['pull requests'] = input.pullRequests.length;
    counts.reviews = reviews.length;
  }

  if (input.reviews?.length || input.comments?.length) {
    await attachDetached(db, input, repos, idOf, issues);
    counts.reviews = (counts.reviews ?? 0) + (input.reviews?.length ?? 0);
    counts.comments = input.comments?.length ?? 0;
  }

  const serviceOf = (name: string | null | undefined, repository: string | null | undefined) => {
    if (name) return services.get(name.toLowerCase())?.id ?? null;
    if (repository) return repos.get(repository.toLowerCase())?.entityId ?? null;
    return null;
  };

  if (input.deployments?.length) {
    const rows = input.deployments.map((d) => {
      const serviceId = serviceOf(d.service, d.repository);
      if (d.service && serviceId === null) {
        issues.push({
          ...where(d.origin, source),
          field: 'service',
          message: `No service named "${d.service}" in the catalog; the deployment is kept without a service.`,
          severity: 'warning',
        });
      }
      return {
        source,
        external_id: d.id,
        service_id: serviceId,
        repository_id: d.repository ? (repos.get(d.repository.toLowerCase())?.id ?? null) : null,
        environment: environmentKind(d.environment),
        environment_name: d.environment,
        sha: d.sha?.toLowerCase() ?? null,
        ref: d.ref ?? null,
        status: d.status,
        created_at: iso(d.createdAt),
        started_at: iso(d.startedAt),
        finished_at: iso(d.finishedAt),
        name: d.name ?? null,
        url: d.url ?? null,
        rework: d.rework ?? null,
      };
    });
    await insertJson(
      db,
      'deployments',
      dedupe(rows, (r) => r.external_id),
      {
        onConflict: sql`on conflict (source, external_id) do update set
        service_id = excluded.service_id, repository_id = excluded.repository_id,
        environment = excluded.environment, environment_name = excluded.environment_name,
        sha = coalesce(excluded.sha, deployments.sha), ref = coalesce(excluded.ref, deployments.ref),
        status = excluded.status, created_at = excluded.created_at,
        started_at = coalesce(excluded.started_at, deployments.started_at), finished_at = excluded.finished_at, name = excluded.name,
        url = excluded.url, rework = excluded.rework, mapped_at = null
      where (deployments.sha, deployments.status, deployments.finished_at, deployments.environment,
             deployments.service_id, deployments.repository_id, deployments.rework)
        is distinct from (excluded.sha, excluded.status, excluded.finished_at, excluded.environment,
             excluded.service_id, excluded.repository_id, excluded.rework)`,
      },
    );
    counts.deployments = input.deployments.length;
  }

  if (input.incidents?.length) {
    const rows = input.incidents.map((i) => ({
      source,
      external_id: i.id,
      title: i.title,
      service_id: serviceOf(i.service, i.repository),
      repository_id: i.repository ? (repos.get(i.repository.toLowerCase())?.id ?? null) : null,
      severity: i.severity ?? null,
      status: i.status,
      started_at: iso(i.startedAt),
      resolved_at: iso(i.resolvedAt),
      deployment_external_id: i.deploymentId ?? null,
      change_related: i.changeRelated ?? null,
      url: i.url ?? null,
    }));
    await insertJson(
      db,
      'incidents',
      dedupe(rows, (r) => r.external_id),
      {
        onConflict: sql`on conflict (source, external_id) do update set
        title = excluded.title, service_id = excluded.service_id, repository_id = excluded.repository_id,
        severity = excluded.severity, status = excluded.status, started_at = excluded.started_at,
        resolved_at = excluded.resolved_at, deployment_external_id = excluded.deployment_external_id,
        change_related = excluded.change_related, url = excluded.url`,
      },
    );
    counts.incidents = input.incidents.length;
  }

  if (input.workflowRuns?.length) {
    const rows = input.workflowRuns.map((w) => ({
      source,
      external_id: w.id,
      repository_id: repos.get(w.repository.toLowerCase())!.id,
      name: w.name,
      head_sha: w.headSha.toLowerCase(),
      head_branch: w.headBranch ?? null,
      event: w.event,
      status: w.status,
      conclusion: w.conclusion ?? null,
      created_at: iso(w.createdAt),
      updated_at: iso(w.updatedAt),
      url: w.url ?? null,
    }));
    await insertJson(
      db,
      'workflow_runs',
      dedupe(rows, (r) => r.external_id),
      {
        onConflict: sql`on conflict (source, external_id) do update set
        status = excluded.status, conclusion = excluded.conclusion, updated_at = excluded.updated_at`,
      },
    );
    counts['workflow runs'] = input.workflowRuns.length;
  }

  const touched = new Set<number>();
  for (const name of repoNames.keys()) touched.add(repos.get(name.toLowerCase())!.id);
  const derived = await refreshDerived(db, {
    repositoryIds: [...touched],
    incidents: !!input.incidents?.length || !!input.deployments?.length,
  });
  Object.assign(counts, derived);
  return { counts, issues, repositoryIds: [...touched] };
}
