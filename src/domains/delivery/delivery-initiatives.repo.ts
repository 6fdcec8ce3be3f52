/**
 * The delivery facts an initiative of strategy needs (SQL only): the pull requests behind it, chosen
 * by repository, label, a time window and single ids, with their commits' authors and times.
 */

import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export interface InitiativePrFilter {
  repositoryIds: number[];
  labels: string[];
  pullRequestIds: number[];
  /** Repository and label matches count only for pull requests created in this window. */
  from: Date;
  to: Date;
}

export interface InitiativePrRow {
  id: number;
  repositoryId: number;
  repository: string;
  number: number;
  title: string;
  state: 'open' | 'closed' | 'merged';
  url: string | null;
  labels: string[];
  authorIdentityId: number | null;
  createdAt: Date;
  firstCommitAt: Date | null;
  mergedAt: Date | null;
  closedAt: Date | null;
  deployedAt: Date | null;
}

const LIMIT = 5000;

export async function initiativePullRequests(db: Db, f: InitiativePrFilter): Promise<InitiativePrRow[]> {
  const hasScope = f.repositoryIds.length > 0 || f.labels.length > 0;
  if (!hasScope && f.pullRequestIds.length === 0) return [];
  const rows = await db
    .selectFrom('pull_requests as p')
    .innerJoin('repositories as r', 'r.id', 'p.repository_id')
    .select([
      'p.id',
      'p.repository_id as repositoryId',
      'r.name as repository',
      'p.number',
      'p.title',
      'p.state',
      'p.url',
      'p.labels',
      'p.author_identity_id as authorIdentityId',
      'p.created_at as createdAt',
      'p.first_commit_at as firstCommitAt',
      'p.merged_at as mergedAt',
      'p.closed_at as closedAt',
      'p.deployed_at as deployedAt',
    ])
    .where((eb) => {
      const ors = [];
      if (f.pullRequestIds.length) ors.push(eb('p.id', 'in', f.pullRequestIds));
      if (hasScope) {
        const ands = [eb('p.created_at', '>=', f.from), eb('p.created_at', '<=', f.to)];
        if (f.repositoryIds.length) ands.push(eb('p.repository_id', 'in', f.repositoryIds));
        if (f.labels.length) ands.push(eb(sql`p.labels`, '&&', sql`array[${sql.join(f.labels)}]::text[]`));
        ors.push(eb.and(ands));
      }
      return eb.or(ors);
    })
    .orderBy('p.created_at')
    .orderBy('p.id')
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({ ...r, state: r.state as InitiativePrRow['state'] }));
}

/** The commits of these pull requests: who wrote each and when. */
export async function initiativeCommits(
  db: Db,
  pullRequestIds: number[],
): Promise<{ pullRequestId: number; authorIdentityId: number | null; authoredAt: Date }[]> {
  if (pullRequestIds.length === 0) return [];
  return db
    .selectFrom('pull_request_commits as pc')
    .innerJoin('pull_requests as p', 'p.id', 'pc.pull_request_id')
    .innerJoin('commits as c', (j) =>
      j.onRef('c.repository_id', '=', 'p.repository_id').onRef('c.sha', '=', 'pc.sha'),
    )
    .select([
      'pc.pull_request_id as pullRequestId',
      'c.author_identity_id as authorIdentityId',
      'c.authored_at as authoredAt',
    ])
    .where('pc.pull_request_id', 'in', pullRequestIds)
    .execute();
}

/** Pull request ids by `owner/name#number` (lower-case repository name). */
export async function pullRequestIdsByRef(
  db: Db,
  refs: { repositoryId: number; number: number }[],
): Promise<Map<string, number>> {
  if (refs.length === 0) return new Map();
  const rows = await db
    .selectFrom('pull_requests')
    .select(['id', 'repository_id', 'number'])
    .where((eb) =>
      eb.or(refs.map((r) => eb.and([eb('repository_id', '=', r.repositoryId), eb('number', '=', r.number)]))),
    )
    .execute();
  return new Map(rows.map((r) => [`${r.repository_id}#${r.number}`, r.id]));
}

/** `owner/name#number` of these pull requests. */
export async function pullRequestRefs(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('pull_requests as p')
    .innerJoin('repositories as r', 'r.id', 'p.repository_id')
    .select(['p.id', 'r.name', 'p.number'])
    .where('p.id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, `${r.name}#${r.number}`]));
}

/** Repositories with pull requests, and how many were created in the window (the demo's choice). */
export async function repositoryActivity(db: Db, from: Date, to: Date) {
  const rows = await db
    .selectFrom('pull_requests')
    .select(['repository_id as repositoryId'])
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('created_at', '>=', from)
    .where('created_at', '<=', to)
    .groupBy('repository_id')
    .orderBy('repository_id')
    .execute();
  return rows.map((r) => ({ repositoryId: r.repositoryId, pullRequests: Number(r.n) }));
}
