/** What the data-quality panel counts: what was collected, when, and what is missing (SQL only). */

import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export interface RepositoryCollection {
  repository_id: number;
  commits: number;
  commits_without_stats: number;
  first_commit: Date | null;
  last_commit: Date | null;
  pull_requests: number;
  last_pull_request: Date | null;
  deployments: number;
  last_deployment: Date | null;
  git_path: string | null;
  last_synced_at: Date | null;
}

/** Per repository: what is there and how fresh it is. */
export async function repositoryCollection(db: Db): Promise<RepositoryCollection[]> {
  const r = await sql<RepositoryCollection>`
    with c as (
      select repository_id, count(*)::int as commits,
             count(*) filter (where additions is null and cardinality(parents) < 2)::int as commits_without_stats,
             min(authored_at) as first_commit, max(authored_at) as last_commit
      from commits group by repository_id
    ), p as (
      select repository_id, count(*)::int as pull_requests, max(updated_at) as last_pull_request
      from pull_requests group by repository_id
    ), d as (
      select repository_id, count(*)::int as deployments, max(created_at) as last_deployment
      from deployments where repository_id is not null group by repository_id
    ), ids as (
      select repository_id from c union select repository_id from p union select repository_id from d
      union select repository_id from delivery_repositories
    )
    select ids.repository_id, coalesce(c.commits, 0) as commits, coalesce(c.commits_without_stats, 0) as commits_without_stats,
           c.first_commit, c.last_commit, coalesce(p.pull_requests, 0) as pull_requests, p.last_pull_request,
           coalesce(d.deployments, 0) as deployments, d.last_deployment, dr.git_path, dr.last_synced_at
    from ids
    left join c on c.repository_id = ids.repository_id
    left join p on p.repository_id = ids.repository_id
    left join d on d.repository_id = ids.repository_id
    left join delivery_repositories dr on dr.repository_id = ids.repository_id
    order by ids.repository_id`.execute(db);
  return r.rows.map((x) => ({ ...x, repository_id: Number(x.repository_id) }));
}

/** Per source of deployments and incidents: how many and the latest. */
export async function sourceCollection(db: Db) {
  const r = await sql<{ kind: string; source: string; count: number; last: Date | null }>`
    select 'deployments' as kind, source, count(*)::int as count, max(created_at) as last from deployments group by source
    union all
    select 'incidents', source, count(*)::int, max(started_at) from incidents group by source
    union all
    select 'workflow runs', source, count(*)::int, max(created_at) from workflow_runs group by source
    order by 1, 2`.execute(db);
  return r.rows;
}

export async function webhookOutcomes(db: Db, since: Date) {
  const r = await sql<{ source: string; outcome: string; count: number; last: Date | null }>`
    select source, outcome, count(*)::int as count, max(received_at) as last
    from webhook_deliveries where received_at >= ${since}
    group by source, outcome order by source, outcome`.execute(db);
  return r.rows;
}

/** Counts of every known gap, over items created since `since`. */
export async function gaps(db: Db, since: Date, mergedBefore: Date) {
  const r = await sql<Record<string, number>>`
    select
      (select count(*) from deployments where environment = 'production' and status = 'success'
         and created_at >= ${since} and sha is null)::int as production_deployments_without_commit,
      (select count(*) from deployments where environment = 'production' and status = 'success'
         and created_at >= ${since} and sha is not null and sha_unknown)::int as deployments_with_unknown_commit,
      (select count(*) from deployments where created_at >= ${since} and service_id is null)::int as deployments_without_service,
      (select count(*) from deployments where created_at >= ${since} and repository_id is null)::int as deployments_without_repository,
      (select count(*) from pull_requests where merged_at >= ${since} and merged_at < ${mergedBefore}
         and deployed_at is null)::int as merged_pull_requests_not_deployed,
      (select count(*) from pull_requests p where p.merged_at >= ${since}
         and not exists (select 1 from pull_request_commits pc where pc.pull_request_id = p.id))::int as pull_requests_without_commits,
      (select count(*) from incidents where started_at >= ${since} and service_id is null)::int as incidents_without_service,
      (select count(*) from incidents where started_at >= ${since} and status = 'open')::int as incidents_unresolved,
      (select count(*) from commits where authored_at >= ${since})::int as commits,
      (select count(*) from commits where authored_at >= ${since} and author_identity_id is null)::int as commits_without_author`.execute(
    db,
  );
  return r.rows[0]!;
}

/** Commits since `since` by author identity, for the share whose author is not matched to a person. */
export async function commitAuthors(db: Db, since: Date) {
  const r = await sql<{ author_identity_id: number | null; commits: number }>`
    select author_identity_id, count(*)::int as commits from commits
    where authored_at >= ${since} group by author_identity_id`.execute(db);
  return r.rows.map((x) => ({
    ...x,
    author_identity_id: x.author_identity_id === null ? null : Number(x.author_identity_id),
  }));
}
