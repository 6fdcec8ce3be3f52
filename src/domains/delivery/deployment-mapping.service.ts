/**
 * What is derived from the stored history after each import: which commits each successful production
 * deployment shipped (commit-graph reachability, metrics/change-mapping.ts), when each merged pull
 * request reached production, and which deployment each incident is attributed to
 * (metrics/incident-attribution.ts). Recomputed per touched repository, so it is always consistent
 * with the rows it came from; the rules are written in docs/metrics.md.
 */

import { sql } from 'kysely';
import { insertJson } from '../../platform/db/bulk.js';
import type { Db } from '../../platform/db/database.js';
import { mapChangesToDeployments } from './metrics/change-mapping.js';
import { attributeIncidents } from './metrics/incident-attribution.js';

/** Gives deployments without a repository the repository of their service, when the service has exactly one. */
async function fillDeploymentRepositories(db: Db): Promise<void> {
  await sql`
    update deployments d set repository_id = r.id
    from (select entity_id, min(id) as id from repositories where entity_id is not null
          group by entity_id having count(*) = 1) r
    where d.repository_id is null and d.service_id = r.entity_id`.execute(db);
}

/** Maps the changes of one repository's successful production deployments; returns how many deployments were mapped. */
export async function mapRepository(db: Db, repositoryId: number): Promise<number> {
  const deployments = await db
    .selectFrom('deployments')
    .select(['id', 'sha', 'finished_at'])
    .where('repository_id', '=', repositoryId)
    .where('environment', '=', 'production')
    .where('status', '=', 'success')
    .where('finished_at', 'is not', null)
    .execute();
  await sql`delete from deployment_changes dc using deployments d
    where dc.deployment_id = d.id and d.repository_id = ${repositoryId}`.execute(db);
  if (deployments.length === 0) return 0;
  const commits = await db
    .selectFrom('commits')
    .select(['id', 'sha', 'parents'])
    .where('repository_id', '=', repositoryId)
    .execute();
  const result = mapChangesToDeployments(
    commits,
    deployments.map((d) => ({ id: d.id, sha: d.sha, finishedAt: d.finished_at!.getTime() })),
  );
  const commitId = new Map(commits.map((c) => [c.sha, c.id]));
  const rows: { deployment_id: number; commit_id: number }[] = [];
  for (const [deploymentId, shas] of result.shipped) {
    for (const sha of shas) rows.push({ deployment_id: deploymentId, commit_id: commitId.get(sha)! });
  }
  await insertJson(db, 'deployment_changes', rows);
  const unknown = new Set(result.unknownSha);
  await sql`
    update deployments d set mapped_at = now(),
      first_of_repository = d.id = any(${[...result.first]}::bigint[]),
      sha_unknown = d.id = any(${[...unknown]}::bigint[])
    where d.repository_id = ${repositoryId}`.execute(db);
  return deployments.length;
}

/**
 * When each merged pull request of the repositories reached production: the first successful production
 * deployment that shipped its merge commit, or else the one that shipped the last of its commits (all of
 * them must be shipped). Also the time of its first commit.
 */
async function refreshPullRequests(db: Db, repositoryIds: number[]): Promise<void> {
  await sql`
    update pull_requests p set first_commit_at = f.first
    from (select pc.pull_request_id, min(c.authored_at) as first
          from pull_request_commits pc
          join pull_requests p2 on p2.id = pc.pull_request_id
          join commits c on c.repository_id = p2.repository_id and c.sha = pc.sha
          where p2.repository_id = any(${repositoryIds}::bigint[])
          group by pc.pull_request_id) f
    where p.id = f.pull_request_id and p.first_commit_at is distinct from f.first`.execute(db);
  await sql`
    with by_merge as (
      select p.id, d.id as deployment_id, d.finished_at
      from pull_requests p
      join commits c on c.repository_id = p.repository_id and c.sha = p.merge_commit_sha
      join deployment_changes dc on dc.commit_id = c.id
      join deployments d on d.id = dc.deployment_id
      where p.repository_id = any(${repositoryIds}::bigint[]) and p.merged_at is not null
    ),
    by_commits as (
      select pc.pull_request_id as id,
             (array_agg(d.id order by d.finished_at desc))[1] as deployment_id,
             max(d.finished_at) as finished_at,
             count(*) filter (where d.id is null) as unshipped
      from pull_request_commits pc
      join pull_requests p on p.id = pc.pull_request_id
      left join commits c on c.repository_id = p.repository_id and c.sha = pc.sha
      left join deployment_changes dc on dc.commit_id = c.id
      left join deployments d on d.id = dc.deployment_id
      where p.repository_id = any(${repositoryIds}::bigint[]) and p.merged_at is not null
        and not exists (select 1 from by_merge m where m.id = p.id)
      group by pc.pull_request_id
    ),
    shipped as (
      select id, deployment_id, finished_at from by_merge
      union all
      select id, deployment_id, finished_at from by_commits where unshipped = 0
    )
    update pull_requests p set deployed_at = s.finished_at, deployment_id = s.deployment_id
    from (select p.id, s.deployment_id, s.finished_at from pull_requests p
          left join shipped s on s.id = p.id
          where p.repository_id = any(${repositoryIds}::bigint[])) s
    where p.id = s.id and (p.deployed_at is distinct from s.finished_at
                           or p.deployment_id is distinct from s.deployment_id)`.execute(db);
}

/** Attributes every incident to the deployment that caused it (or to none), by the documented rule. */
export async function attributeAllIncidents(db: Db): Promise<number> {
  const incidents = await db
    .selectFrom('incidents as i')
    .leftJoin('deployments as d', (j) =>
      j.onRef('d.source', '=', 'i.source').onRef('d.external_id', '=', 'i.deployment_external_id'),
    )
    .select([
      'i.id',
      'i.service_id',
      'i.started_at',
      'i.resolved_at',
      'i.change_related',
      'i.deployment_id as current_deployment_id',
      'i.attribution',
      'd.id as explicit_id',
    ])
    .execute();
  if (incidents.length === 0) return 0;
  const deployments = await db
    .selectFrom('deployments')
    .select([
      'id',
      'service_id',
      'repository_id',
      'sha',
      'created_at',
      'finished_at',
      'rework',
      'environment',
      'status',
    ])
    .where('environment', '=', 'production')
    .where('status', '=', 'success')
    .where('finished_at', 'is not', null)
    .execute();
  const result = attributeIncidents(
    incidents.map((i) => ({
      id: i.id,
      serviceId: i.service_id,
      startedAt: i.started_at.getTime(),
      resolvedAt: i.resolved_at ? i.resolved_at.getTime() : null,
      deploymentId: i.explicit_id,
      changeRelated: i.change_related,
    })),
    deployments.map((d) => ({
      id: d.id,
      serviceId: d.service_id,
      repositoryId: d.repository_id,
      environment: d.environment,
      status: d.status,
      sha: d.sha,
      createdAt: d.created_at.getTime(),
      finishedAt: d.finished_at!.getTime(),
      rework: d.rework,
    })),
  );
  const before = new Map(incidents.map((i) => [i.id, i]));
  const changed = result.filter((r) => {
    const b = before.get(r.incidentId)!;
    return b.current_deployment_id !== r.deploymentId || b.attribution !== r.method;
  });
  if (changed.length) {
    await sql`
      update incidents i set deployment_id = u.d, attribution = u.m
      from unnest(${changed.map((c) => c.incidentId)}::bigint[], ${changed.map((c) => c.deploymentId)}::bigint[],
                  ${changed.map((c) => c.method)}::text[]) as u(id, d, m)
      where i.id = u.id`.execute(db);
  }
  return changed.length;
}

/** Everything derived from the repositories an import touched. */
export async function refreshDerived(
  db: Db,
  opts: { repositoryIds: number[]; incidents: boolean },
): Promise<Record<string, number>> {
  await fillDeploymentRepositories(db);
  const stale = await db
    .selectFrom('deployments')
    .select('repository_id')
    .distinct()
    .where('repository_id', 'is not', null)
    // New or changed deployments; and, in the repositories this import touched (new commits may have
    // arrived), deployments whose commit was not known yet.
    .where((eb) =>
      eb.or([
        eb('mapped_at', 'is', null),
        eb.and([
          eb('sha_unknown', '=', true),
          eb('repository_id', 'in', opts.repositoryIds.length ? opts.repositoryIds : [-1]),
        ]),
      ]),
    )
    .where('environment', '=', 'production')
    .execute();
  const toMap = new Set([...stale.map((s) => s.repository_id!)]);
  let mapped = 0;
  for (const id of toMap) mapped += await mapRepository(db, id);
  const prRepos = [...new Set([...opts.repositoryIds, ...toMap])];
  if (prRepos.length) await refreshPullRequests(db, prRepos);
  const attributed = opts.incidents || toMap.size ? await attributeAllIncidents(db) : 0;
  return {
    ...(mapped ? { 'deployments mapped': mapped } : {}),
    ...(attributed ? { 'incidents attributed': attributed } : {}),
  };
}
