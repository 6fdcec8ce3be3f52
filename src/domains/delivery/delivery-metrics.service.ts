/**
 * DORA and pull-request flow metrics for a scope (the organization, a team with the teams below it, a
 * service, a repository or a person) over a time range. Rows come from delivery-metrics.repo.ts; the
 * formulas are the pure functions in metrics/ (definitions in docs/metrics.md, "Delivery").
 *
 * Attribution without double counting: deployments, incidents and the DORA metrics belong to the team
 * that owns the deployed service (one owner per service); pull requests and changes to the author's
 * primary team (one per person). A person's own figures are visible to them and their manager chain.
 */

import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import { forbidden } from '../../platform/http/problem.js';
import { canSeePersonDetail } from '../org/org.policy.js';
import {
  allTeams,
  identitiesOfPeople,
  identityPeople,
  primaryMembers,
  repositoriesOfServices,
  servicesOwnedBy,
  servicesWithOwners,
  teamSubtree,
} from '../org/org-lookup.service.js';
import * as rows from './delivery-metrics.repo.js';
import type { TimeRange } from './metrics/delivery-rows.js';
import { type DoraOutput, doraMetrics } from './metrics/dora.js';
import { type FlowOutput, livedDuring, pullRequestFlow } from './metrics/flow.js';
import { buckets, type TrendBucket } from './metrics/time-buckets.js';

export interface DeliveryScope {
  teamId?: number | null | undefined;
  serviceId?: number | null | undefined;
  repositoryId?: number | null | undefined;
  personId?: number | null | undefined;
}

export interface ResolvedScope {
  /** Filters for deployments and incidents (DORA). */
  dora: Omit<rows.RowFilter, 'from' | 'to'>;
  /** Filters for pull requests (flow). */
  flow: Omit<rows.RowFilter, 'from' | 'to'>;
}

/** Turns a scope into row filters; a person scope is refused to whoever may not see that person's figures. */
export async function resolveScope(
  db: Db,
  principal: Principal,
  scope: DeliveryScope,
): Promise<ResolvedScope> {
  const none = { serviceIds: null, repositoryIds: null, identityIds: null };
  if (scope.personId) {
    if (!(await canSeePersonDetail(db, principal, scope.personId))) {
      throw forbidden('A person’s delivery figures are visible to them and their manager chain only.');
    }
    const identityIds = await identitiesOfPeople(db, [scope.personId]);
    return { dora: { ...none, identityIds }, flow: { ...none, identityIds } };
  }
  if (scope.repositoryId) {
    const f = { ...none, repositoryIds: [scope.repositoryId] };
    return { dora: f, flow: f };
  }
  if (scope.serviceId) {
    const repositoryIds = await repositoriesOfServices(db, [scope.serviceId]);
    return { dora: { ...none, serviceIds: [scope.serviceId] }, flow: { ...none, repositoryIds } };
  }
  if (scope.teamId) {
    const teams = await teamSubtree(db, scope.teamId);
    const [serviceIds, people] = await Promise.all([servicesOwnedBy(db, teams), primaryMembers(db, teams)]);
    return {
      dora: { ...none, serviceIds },
      flow: { ...none, identityIds: await identitiesOfPeople(db, people) },
    };
  }
  return { dora: none, flow: none };
}

export interface MetricRequest {
  scope: DeliveryScope;
  range: TimeRange;
  bucket: TrendBucket;
}

export async function doraFor(db: Db, principal: Principal, req: MetricRequest): Promise<DoraOutput> {
  const scope = await resolveScope(db, principal, req.scope);
  const filter = { ...scope.dora, from: new Date(req.range.from), to: new Date(req.range.to) };
  const deployments = await rows.deploymentRows(db, filter);
  const ids = deployments.map((d) => d.id);
  const [{ changes, first }, { incidents, attributions }] = await Promise.all([
    rows.changeRows(db, ids, filter.identityIds),
    rows.incidentRows(db, filter, ids),
  ]);
  return doraMetrics({
    deployments,
    changes,
    firstDeployments: first,
    incidents,
    attributions,
    range: req.range,
    bucket: req.bucket,
  });
}

/** The pull requests of a scope and range that the flow metrics read, reviewers' people resolved. */
export async function pullRequestsFor(db: Db, principal: Principal, req: MetricRequest) {
  const scope = await resolveScope(db, principal, req.scope);
  const filter = { ...scope.flow, from: new Date(req.range.from), to: new Date(req.range.to) };
  return rows.pullRequestRows(db, filter, await identityPeople(db));
}

export async function flowFor(db: Db, principal: Principal, req: MetricRequest): Promise<FlowOutput> {
  return pullRequestFlow(await pullRequestsFor(db, principal, req), req.range);
}

/** Flow over the range and per trend bucket, from one read of the rows. */
export async function flowWithTrend(db: Db, principal: Principal, req: MetricRequest) {
  const prs = await pullRequestsFor(db, principal, req);
  return {
    flow: pullRequestFlow(prs, req.range),
    trend: buckets(req.range, req.bucket).map((b) => ({
      label: b.label,
      start: b.start,
      end: b.end,
      partial: b.partial,
      // Only the pull requests that lived during the bucket can count in it.
      flow: pullRequestFlow(
        prs.filter((p) => livedDuring(p, { from: b.start, to: b.end })),
        { from: b.start, to: b.end },
      ),
    })),
  };
}

/**
 * The DORA figures of several teams from one read of the rows: the sub-teams of `teamId`, or every team
 * of kind `team` when none is given. Each team counts the services owned by it and the teams below it.
 */
export async function doraByTeam(
  db: Db,
  principal: Principal,
  req: { teamId: number | null; range: TimeRange },
) {
  const teams = await allTeams(db);
  const children = new Map<number | null, number[]>();
  for (const t of teams) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t.id]);
  const chosen = req.teamId
    ? (children.get(req.teamId) ?? []).length
      ? children.get(req.teamId)!
      : [req.teamId]
    : teams.filter((t) => t.kind === 'team').map((t) => t.id);
  const below = (id: number): number[] => [id, ...(children.get(id) ?? []).flatMap(below)];
  const ownerOf = new Map((await servicesWithOwners(db)).map((s) => [s.id, s.ownerTeamId]));
  const servicesOf = new Map<number, Set<number>>();
  for (const id of chosen) {
    const subtree = new Set(below(id));
    servicesOf.set(
      id,
      new Set([...ownerOf].filter(([, owner]) => owner !== null && subtree.has(owner)).map(([s]) => s)),
    );
  }
  const all = [...new Set([...servicesOf.values()].flatMap((s) => [...s]))];
  const filter = {
    serviceIds: all,
    repositoryIds: null,
    identityIds: null,
    from: new Date(req.range.from),
    to: new Date(req.range.to),
  };
  const deployments = await rows.deploymentRows(db, filter);
  const ids = deployments.map((d) => d.id);
  const [{ changes, first }, { incidents, attributions }] = await Promise.all([
    rows.changeRows(db, ids, null),
    rows.incidentRows(db, filter, ids),
  ]);
  const byId = new Map(teams.map((t) => [t.id, t]));
  void principal;
  return chosen.map((teamId) => {
    const services = servicesOf.get(teamId)!;
    const mine = deployments.filter((d) => d.serviceId !== null && services.has(d.serviceId));
    const mineIds = new Set(mine.map((d) => d.id));
    const myIncidents = incidents.filter(
      (i) =>
        (i.serviceId !== null && services.has(i.serviceId)) ||
        (i.deploymentId !== null && mineIds.has(i.deploymentId)),
    );
    const incidentIds = new Set(myIncidents.map((i) => i.id));
    const d = doraMetrics({
      deployments: mine,
      changes,
      firstDeployments: first,
      incidents: myIncidents,
      attributions: attributions.filter((a) => incidentIds.has(a.incidentId)),
      range: req.range,
      bucket: 'month',
    });
    return { teamId, name: byId.get(teamId)?.name ?? `#${teamId}`, services: services.size, dora: d };
  });
}
