/**
 * What delivery knows about an initiative of strategy: the pull requests linked to it (by repository,
 * by service through its repositories, by label, or one by one), with their first commit, merge and
 * production deployment, their authors resolved to people, and their commits' authors and times (for
 * effort). How links combine is written in docs/metrics.md ("Initiative actuals").
 */

import type { Db } from '../../platform/db/database.js';
import { displayNames, identityPeople, repositoriesOfServices } from '../org/org-lookup.service.js';
import * as repo from './delivery-initiatives.repo.js';

export interface InitiativeLinks {
  repositoryIds: number[];
  serviceIds: number[];
  labels: string[];
  pullRequestIds: number[];
  /** Repository, service and label links count pull requests created in this window. */
  window: { from: Date; to: Date };
}

export interface InitiativePullRequest {
  id: number;
  repository: string;
  number: number;
  title: string;
  state: 'open' | 'closed' | 'merged';
  url: string | null;
  labels: string[];
  author: string | null;
  /** The matched person (or `identity:<id>` when nobody is matched): who an engineer-week is counted for. */
  authorKey: string | null;
  createdAt: string;
  firstCommitAt: string | null;
  mergedAt: string | null;
  closedAt: string | null;
  deployedAt: string | null;
  commits: { authorKey: string | null; at: number }[];
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

export async function initiativePullRequests(
  db: Db,
  links: InitiativeLinks,
): Promise<InitiativePullRequest[]> {
  const repositoryIds = [
    ...new Set([...links.repositoryIds, ...(await repositoriesOfServices(db, links.serviceIds))]),
  ];
  const prs = await repo.initiativePullRequests(db, {
    repositoryIds,
    labels: links.labels,
    pullRequestIds: links.pullRequestIds,
    from: links.window.from,
    to: links.window.to,
  });
  const commits = await repo.initiativeCommits(
    db,
    prs.map((p) => p.id),
  );
  const people = await identityPeople(db);
  const keyOf = (identityId: number | null) =>
    identityId === null
      ? null
      : people.has(identityId)
        ? `person:${people.get(identityId)}`
        : `identity:${identityId}`;
  const names = await displayNames(db, {
    identityIds: prs.map((p) => p.authorIdentityId).filter((x): x is number => x !== null),
  });
  const byPr = new Map<number, { authorKey: string | null; at: number }[]>();
  for (const c of commits) {
    const list = byPr.get(c.pullRequestId) ?? [];
    if (list.length === 0) byPr.set(c.pullRequestId, list);
    list.push({ authorKey: keyOf(c.authorIdentityId), at: c.authoredAt.getTime() });
  }
  return prs.map((p) => ({
    id: p.id,
    repository: p.repository,
    number: p.number,
    title: p.title,
    state: p.state,
    url: p.url,
    labels: p.labels,
    author: p.authorIdentityId === null ? null : (names.identities.get(p.authorIdentityId)?.name ?? null),
    authorKey: keyOf(p.authorIdentityId),
    createdAt: p.createdAt.toISOString(),
    firstCommitAt: iso(p.firstCommitAt),
    mergedAt: iso(p.mergedAt),
    closedAt: iso(p.closedAt),
    deployedAt: iso(p.deployedAt),
    commits: byPr.get(p.id) ?? [],
  }));
}

export const pullRequestIdsByRef = repo.pullRequestIdsByRef;
export const pullRequestRefs = repo.pullRequestRefs;
export const repositoryActivity = repo.repositoryActivity;
