/** Deployments, commits, incidents and pull requests by id or by filter, for drill-downs and explorers (SQL only). */

import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export async function deploymentsById(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  const r = await sql<{
    id: number;
    source: string;
    external_id: string;
    service_id: number | null;
    repository_id: number | null;
    environment: string;
    environment_name: string;
    status: string;
    sha: string | null;
    name: string | null;
    url: string | null;
    created_at: Date;
    finished_at: Date | null;
    rework: boolean | null;
    changes: number;
    incidents: number;
  }>`
    select d.id, d.source, d.external_id, d.service_id, d.repository_id, d.environment, d.environment_name,
           d.status, d.sha, d.name, d.url, d.created_at, d.finished_at, d.rework,
           (select count(*) from deployment_changes dc where dc.deployment_id = d.id)::int as changes,
           (select count(*) from incidents i where i.deployment_id = d.id)::int as incidents
    from deployments d where d.id = any(${ids}::bigint[])`.execute(db);
  return r.rows.map((x) => ({ ...x, id: Number(x.id) }));
}

export async function commitsById(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  const r = await sql<{
    id: number;
    repository_id: number;
    sha: string;
    subject: string;
    author_identity_id: number | null;
    authored_at: Date;
    deployment_id: number | null;
    deployed_at: Date | null;
  }>`
    select c.id, c.repository_id, c.sha, c.subject, c.author_identity_id, c.authored_at,
           dc.deployment_id, d.finished_at as deployed_at
    from commits c
    left join deployment_changes dc on dc.commit_id = c.id
    left join deployments d on d.id = dc.deployment_id
    where c.id = any(${ids}::bigint[])`.execute(db);
  return r.rows.map((x) => ({
    ...x,
    id: Number(x.id),
    deployment_id: x.deployment_id === null ? null : Number(x.deployment_id),
  }));
}

export async function incidentsById(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('incidents').selectAll().where('id', 'in', ids).execute();
}

export async function pullRequestsById(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  const r = await sql<{
    id: number;
    repository_id: number;
    number: number;
    title: string;
    state: string;
    author_identity_id: number | null;
    created_at: Date;
    merged_at: Date | null;
    deployed_at: Date | null;
    additions: number | null;
    deletions: number | null;
    labels: string[];
    url: string | null;
    ai_assisted: boolean;
    reviews: number;
  }>`
    select p.id, p.repository_id, p.number, p.title, p.state, p.author_identity_id, p.created_at, p.merged_at,
           p.deployed_at, p.additions, p.deletions, p.labels, p.url, p.ai_assisted,
           (select count(*) from pull_request_reviews r where r.pull_request_id = p.id)::int as reviews
    from pull_requests p where p.id = any(${ids}::bigint[])`.execute(db);
  return r.rows.map((x) => ({ ...x, id: Number(x.id) }));
}

export interface ListFilter {
  serviceIds: number[] | null;
  repositoryIds: number[] | null;
  identityIds: number[] | null;
  from: Date;
  to: Date;
  environment?: string | undefined;
  status?: string | undefined;
  limit: number;
  offset: number;
}

/** Deployment ids of the filter, newest first, and how many there are. */
export async function listDeploymentIds(db: Db, f: ListFilter): Promise<{ ids: number[]; total: number }> {
  let q = db
    .selectFrom('deployments as d')
    .where('d.created_at', '>=', f.from)
    .where('d.created_at', '<', f.to);
  if (f.serviceIds) q = q.where('d.service_id', 'in', f.serviceIds.length ? f.serviceIds : [-1]);
  if (f.repositoryIds) q = q.where('d.repository_id', 'in', f.repositoryIds.length ? f.repositoryIds : [-1]);
  if (f.environment) q = q.where('d.environment', '=', f.environment as never);
  if (f.status) q = q.where('d.status', '=', f.status as never);
  const [rows, count] = await Promise.all([
    q
      .select('d.id')
      .orderBy('d.created_at', 'desc')
      .orderBy('d.id', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(count.n) };
}

/** Pull request ids of the filter (created in the range), newest first. */
export async function listPullRequestIds(db: Db, f: ListFilter): Promise<{ ids: number[]; total: number }> {
  let q = db
    .selectFrom('pull_requests as p')
    .where('p.created_at', '>=', f.from)
    .where('p.created_at', '<', f.to);
  if (f.repositoryIds) q = q.where('p.repository_id', 'in', f.repositoryIds.length ? f.repositoryIds : [-1]);
  if (f.identityIds) q = q.where('p.author_identity_id', 'in', f.identityIds.length ? f.identityIds : [-1]);
  if (f.status) q = q.where('p.state', '=', f.status as never);
  const [rows, count] = await Promise.all([
    q
      .select('p.id')
      .orderBy('p.created_at', 'desc')
      .orderBy('p.id', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(count.n) };
}

/** Incident ids of the filter (started in the range), newest first. */
export async function listIncidentIds(db: Db, f: ListFilter): Promise<{ ids: number[]; total: number }> {
  let q = db
    .selectFrom('incidents as i')
    .where('i.started_at', '>=', f.from)
    .where('i.started_at', '<', f.to);
  if (f.serviceIds) q = q.where('i.service_id', 'in', f.serviceIds.length ? f.serviceIds : [-1]);
  if (f.status) q = q.where('i.status', '=', f.status as never);
  const [rows, count] = await Promise.all([
    q
      .select('i.id')
      .orderBy('i.started_at', 'desc')
      .orderBy('i.id', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(count.n) };
}
