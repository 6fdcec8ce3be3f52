/** The rows the delivery metrics read, filtered to a scope and a time range (SQL only). */

import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { DeployedChange } from './metrics/change-mapping.js';
import type { DeploymentRow, IncidentRow, PullRequestRow } from './metrics/delivery-rows.js';
import type { IncidentAttribution } from './metrics/incident-attribution.js';

/** What a metric reads: every filter given narrows (null = no filter on it). */
export interface RowFilter {
  serviceIds: number[] | null;
  repositoryIds: number[] | null;
  /** Changes and pull requests by these identities only (a person, or a team's people). */
  identityIds: number[] | null;
  from: Date;
  to: Date;
}

const ms = (d: Date | null) => (d ? d.getTime() : null);

/**
 * Deployments of the scope created or finished in the range, all environments and statuses (the
 * metric decides what counts). With an identity filter: the deployments that shipped their changes.
 */
export async function deploymentRows(db: Db, f: RowFilter): Promise<DeploymentRow[]> {
  let q = db
    .selectFrom('deployments as d')
    .select([
      'd.id',
      'd.service_id',
      'd.repository_id',
      'd.environment',
      'd.status',
      'd.sha',
      'd.created_at',
      'd.finished_at',
      'd.rework',
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('d.finished_at', '>=', f.from), eb('d.finished_at', '<', f.to)]),
        eb.and([
          eb('d.finished_at', 'is', null),
          eb('d.created_at', '>=', f.from),
          eb('d.created_at', '<', f.to),
        ]),
      ]),
    );
  if (f.serviceIds) q = q.where('d.service_id', 'in', f.serviceIds.length ? f.serviceIds : [-1]);
  if (f.repositoryIds) q = q.where('d.repository_id', 'in', f.repositoryIds.length ? f.repositoryIds : [-1]);
  if (f.identityIds) {
    const ids = f.identityIds.length ? f.identityIds : [-1];
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('deployment_changes as dc')
          .innerJoin('commits as c', 'c.id', 'dc.commit_id')
          .select(sql`1`.as('x'))
          .whereRef('dc.deployment_id', '=', 'd.id')
          .where('c.author_identity_id', 'in', ids),
      ),
    );
  }
  const rows = await q.execute();
  return rows.map((d) => ({
    id: d.id,
    serviceId: d.service_id,
    repositoryId: d.repository_id,
    environment: d.environment,
    status: d.status,
    sha: d.sha,
    createdAt: d.created_at.getTime(),
    finishedAt: ms(d.finished_at),
    rework: d.rework,
  }));
}

/** The changes each of the deployments shipped (with an identity filter, only those identities' changes). */
export async function changeRows(
  db: Db,
  deploymentIds: number[],
  identityIds: number[] | null,
): Promise<{ changes: Map<number, DeployedChange[]>; first: Set<number> }> {
  const changes = new Map<number, DeployedChange[]>();
  const first = new Set<number>();
  if (deploymentIds.length === 0) return { changes, first };
  const r = await sql<{
    deployment_id: number;
    commit_id: number;
    sha: string;
    authored: number;
    merge: boolean;
  }>`
    select dc.deployment_id, dc.commit_id, c.sha, extract(epoch from c.authored_at) * 1000 as authored,
           cardinality(c.parents) > 1 as merge
    from deployment_changes dc join commits c on c.id = dc.commit_id
    where dc.deployment_id = any(${deploymentIds}::bigint[])
      ${identityIds ? sql`and c.author_identity_id = any(${identityIds}::bigint[])` : sql``}`.execute(db);
  for (const row of r.rows) {
    const id = Number(row.deployment_id);
    const list = changes.get(id) ?? [];
    if (list.length === 0) changes.set(id, list);
    list.push({
      commitId: Number(row.commit_id),
      sha: row.sha,
      authoredAt: Number(row.authored),
      merge: row.merge,
    });
  }
  const firsts = await db
    .selectFrom('deployments')
    .select('id')
    .where('id', 'in', deploymentIds)
    .where('first_of_repository', '=', true)
    .execute();
  for (const d of firsts) first.add(d.id);
  return { changes, first };
}

/** Incidents that may bear on the range: attributed to one of the deployments, or open during it in the scope. */
export async function incidentRows(
  db: Db,
  f: RowFilter,
  deploymentIds: number[],
): Promise<{ incidents: IncidentRow[]; attributions: IncidentAttribution[] }> {
  const rows = await db
    .selectFrom('incidents')
    .select([
      'id',
      'service_id',
      'started_at',
      'resolved_at',
      'deployment_id',
      'change_related',
      'attribution',
    ])
    .where((eb) => {
      const open = eb.and([
        eb('started_at', '<', f.to),
        eb.or([eb('resolved_at', 'is', null), eb('resolved_at', '>=', f.from)]),
        ...(f.serviceIds ? [eb('service_id', 'in', f.serviceIds.length ? f.serviceIds : [-1])] : []),
      ]);
      return deploymentIds.length ? eb.or([eb('deployment_id', 'in', deploymentIds), open]) : open;
    })
    .execute();
  return {
    incidents: rows.map((i) => ({
      id: i.id,
      serviceId: i.service_id,
      startedAt: i.started_at.getTime(),
      resolvedAt: ms(i.resolved_at),
      deploymentId: i.deployment_id,
      changeRelated: i.change_related,
    })),
    attributions: rows.map((i) => ({
      incidentId: i.id,
      deploymentId: i.deployment_id,
      method: i.attribution ?? 'no-deployment',
    })),
  };
}

/** Pull requests of the scope merged in the range or open at some point of it, with their reviews. */
export async function pullRequestRows(
  db: Db,
  f: RowFilter,
  identityPerson: Map<number, number>,
): Promise<PullRequestRow[]> {
  let q = db
    .selectFrom('pull_requests as p')
    .select([
      'p.id',
      'p.author_identity_id',
      'p.state',
      'p.draft',
      'p.created_at',
      'p.ready_at',
      'p.merged_at',
      'p.closed_at',
      'p.first_commit_at',
      'p.additions',
      'p.deletions',
      'p.deployed_at',
      'p.ai_assisted',
    ])
    .where('p.created_at', '<', f.to)
    .where((eb) =>
      eb.or([
        eb.and([eb('p.merged_at', '>=', f.from), eb('p.merged_at', '<', f.to)]),
        eb('p.state', '=', 'open'),
        eb('p.closed_at', '>=', f.from),
        eb('p.merged_at', '>=', f.from),
      ]),
    );
  if (f.repositoryIds) q = q.where('p.repository_id', 'in', f.repositoryIds.length ? f.repositoryIds : [-1]);
  if (f.identityIds) q = q.where('p.author_identity_id', 'in', f.identityIds.length ? f.identityIds : [-1]);
  const prs = await q.execute();
  const reviews = new Map<number, PullRequestRow['reviews']>();
  const ids = prs.map((p) => p.id);
  for (let i = 0; i < ids.length; i += 10_000) {
    const part = ids.slice(i, i + 10_000);
    const rs = await db
      .selectFrom('pull_request_reviews')
      .select(['pull_request_id', 'reviewer_identity_id', 'state', 'submitted_at'])
      .where('pull_request_id', 'in', part)
      .execute();
    for (const r of rs) {
      const list = reviews.get(r.pull_request_id) ?? [];
      if (list.length === 0) reviews.set(r.pull_request_id, list);
      list.push({
        reviewerIdentityId: r.reviewer_identity_id,
        reviewerPersonId: r.reviewer_identity_id
          ? (identityPerson.get(r.reviewer_identity_id) ?? null)
          : null,
        state: r.state,
        submittedAt: r.submitted_at.getTime(),
      });
    }
  }
  return prs.map((p) => ({
    id: p.id,
    authorIdentityId: p.author_identity_id,
    authorPersonId: p.author_identity_id ? (identityPerson.get(p.author_identity_id) ?? null) : null,
    state: p.state,
    draft: p.draft,
    createdAt: p.created_at.getTime(),
    readyAt: ms(p.ready_at),
    mergedAt: ms(p.merged_at),
    closedAt: ms(p.closed_at),
    firstCommitAt: ms(p.first_commit_at),
    additions: p.additions,
    deletions: p.deletions,
    deployedAt: ms(p.deployed_at),
    aiAssisted: p.ai_assisted,
    reviews: reviews.get(p.id) ?? [],
  }));
}
