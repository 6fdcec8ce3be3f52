/**
 * The rows behind every delivery figure: a metric's drill-down gives the exact deployments, commits,
 * incidents or pull requests it was computed from; the explorers list them with filters.
 */

import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import { displayNames } from '../org/org-lookup.service.js';
import type { DORA_METRICS, FLOW_METRICS } from './delivery.schemas.js';
import * as ex from './delivery-explorer.repo.js';
import { doraFor, flowFor, type MetricRequest, resolveScope } from './delivery-metrics.service.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function hydrate(
  db: Db,
  ids: { deployments?: number[]; commits?: number[]; incidents?: number[]; pullRequests?: number[] },
  leadTimes?: Map<number, number>,
) {
  const [deployments, commits, incidents, prs] = await Promise.all([
    ex.deploymentsById(db, ids.deployments ?? []),
    ex.commitsById(db, ids.commits ?? []),
    ex.incidentsById(db, ids.incidents ?? []),
    ex.pullRequestsById(db, ids.pullRequests ?? []),
  ]);
  const names = await displayNames(db, {
    serviceIds: [...deployments.map((d) => d.service_id), ...incidents.map((i) => i.service_id)].filter(
      (x): x is number => x !== null,
    ),
    repositoryIds: [
      ...deployments.map((d) => d.repository_id),
      ...commits.map((c) => c.repository_id),
      ...prs.map((p) => p.repository_id),
    ].filter((x): x is number => x !== null),
    identityIds: [
      ...commits.map((c) => c.author_identity_id),
      ...prs.map((p) => p.author_identity_id),
    ].filter((x): x is number => x !== null),
  });
  const order = <T extends { id: number }>(rows: T[], wanted: number[] | undefined) => {
    const by = new Map(rows.map((r) => [r.id, r]));
    return (wanted ?? []).map((id) => by.get(id)).filter((r): r is T => r !== undefined);
  };
  const ref = (id: number | null, m: Map<number, string>) =>
    id === null ? null : { id, name: m.get(id) ?? `#${id}` };
  return {
    deployments: order(deployments, ids.deployments).map((d) => ({
      id: d.id,
      source: d.source,
      externalId: d.external_id,
      service: ref(d.service_id, names.services),
      repository: ref(d.repository_id, names.repositories),
      environment: d.environment,
      environmentName: d.environment_name,
      status: d.status,
      sha: d.sha,
      name: d.name,
      url: d.url,
      createdAt: d.created_at.toISOString(),
      finishedAt: iso(d.finished_at),
      rework: d.rework,
      changes: d.changes,
      incidents: d.incidents,
    })),
    commits: order(commits, ids.commits).map((c) => ({
      id: c.id,
      repository: names.repositories.get(c.repository_id) ?? `#${c.repository_id}`,
      sha: c.sha,
      subject: c.subject,
      author: c.author_identity_id ? (names.identities.get(c.author_identity_id)?.name ?? null) : null,
      authoredAt: c.authored_at.toISOString(),
      deploymentId: c.deployment_id,
      deployedAt: iso(c.deployed_at),
      leadTimeMs:
        leadTimes?.get(c.id) ?? (c.deployed_at ? c.deployed_at.getTime() - c.authored_at.getTime() : null),
    })),
    incidents: order(incidents, ids.incidents).map((i) => ({
      id: i.id,
      source: i.source,
      externalId: i.external_id,
      title: i.title,
      service: ref(i.service_id, names.services),
      severity: i.severity,
      status: i.status,
      startedAt: i.started_at.toISOString(),
      resolvedAt: iso(i.resolved_at),
      deploymentId: i.deployment_id,
      attribution: i.attribution,
      url: i.url,
    })),
    pullRequests: order(prs, ids.pullRequests).map((p) => ({
      id: p.id,
      repository: names.repositories.get(p.repository_id) ?? `#${p.repository_id}`,
      number: p.number,
      title: p.title,
      state: p.state,
      author: p.author_identity_id ? (names.identities.get(p.author_identity_id)?.name ?? null) : null,
      createdAt: p.created_at.toISOString(),
      mergedAt: iso(p.merged_at),
      deployedAt: iso(p.deployed_at),
      additions: p.additions,
      deletions: p.deletions,
      reviews: p.reviews,
      labels: p.labels,
      url: p.url,
      aiAssisted: p.ai_assisted,
    })),
  };
}

const page = <T>(xs: T[], limit: number, offset: number) => xs.slice(offset, offset + limit);

/** The rows behind one DORA figure, a page at a time. */
export async function doraRows(
  db: Db,
  principal: Principal,
  req: MetricRequest & { metric: (typeof DORA_METRICS)[number]; limit: number; offset: number },
) {
  const d = await doraFor(db, principal, req);
  const { limit, offset } = req;
  switch (req.metric) {
    case 'deployment-frequency': {
      const ids = d.deploymentFrequency.deploymentIds;
      return {
        metric: req.metric,
        total: ids.length,
        ...(await hydrate(db, { deployments: page(ids, limit, offset) })),
      };
    }
    case 'lead-time': {
      const changes = [...d.leadTime.changes].sort((a, b) => b.leadTimeMs - a.leadTimeMs);
      const shown = page(changes, limit, offset);
      const lead = new Map(shown.map((c) => [c.commitId, c.leadTimeMs]));
      return {
        metric: req.metric,
        total: changes.length,
        ...(await hydrate(db, { commits: shown.map((c) => c.commitId) }, lead)),
      };
    }
    case 'change-failure-rate': {
      const ids = d.changeFailureRate.failedDeploymentIds;
      return {
        metric: req.metric,
        total: ids.length,
        ...(await hydrate(db, {
          deployments: page(ids, limit, offset),
          incidents: d.changeFailureRate.incidentIds,
        })),
      };
    }
    case 'recovery-time': {
      const rec = [...d.recoveryTime.recoveries].sort((a, b) => b.durationMs - a.durationMs);
      const shown = page(rec, limit, offset);
      return {
        metric: req.metric,
        total: rec.length,
        ...(await hydrate(db, {
          deployments: shown.map((r) => r.deploymentId),
          incidents: shown.flatMap((r) => r.incidentIds),
        })),
      };
    }
    case 'rework-rate': {
      const rw = d.reworkRate.reworkDeployments;
      const shown = page(rw, limit, offset);
      return {
        metric: req.metric,
        total: rw.length,
        ...(await hydrate(db, {
          deployments: shown.map((r) => r.deploymentId),
          incidents: shown.flatMap((r) => r.duringIncidentIds),
        })),
      };
    }
  }
}

/** The pull requests behind one flow figure, a page at a time. */
export async function flowRows(
  db: Db,
  principal: Principal,
  req: MetricRequest & { metric: (typeof FLOW_METRICS)[number]; limit: number; offset: number },
) {
  const f = await flowFor(db, principal, req);
  const ids: Record<(typeof FLOW_METRICS)[number], number[]> = {
    'cycle-time': f.cycleTime.pullRequestIds,
    coding: f.coding.pullRequestIds,
    pickup: f.pickup.pullRequestIds,
    review: f.review.pullRequestIds,
    deploy: f.deploy.pullRequestIds,
    'not-deployed': f.notDeployed,
    anomalies: [...new Set(f.anomalies.map((a) => a.pullRequestId))],
    size: f.size.pullRequestIds,
    'time-to-first-review': f.timeToFirstReview.pullRequestIds,
    'review-coverage': f.reviewCoverage.uncovered,
    'work-in-progress': f.workInProgress.openAtEnd,
  };
  const all = ids[req.metric];
  const cycle = new Map(f.cycles.map((c) => [c.pullRequestId, c.cycleMs]));
  const h = await hydrate(db, { pullRequests: page(all, req.limit, req.offset) });
  return {
    metric: req.metric,
    total: all.length,
    ...h,
    pullRequests: h.pullRequests.map((p) => ({ ...p, cycleMs: cycle.get(p.id) ?? null })),
  };
}

export type ExplorerKind = 'deployments' | 'pull-requests' | 'incidents';

/** Deployments, pull requests or incidents of a scope and range, newest first, with filters. */
export async function explore(
  db: Db,
  principal: Principal,
  kind: ExplorerKind,
  req: MetricRequest & {
    environment?: string | undefined;
    status?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  const scope = await resolveScope(db, principal, req.scope);
  const base = kind === 'pull-requests' ? scope.flow : scope.dora;
  const f: ex.ListFilter = {
    ...base,
    from: new Date(req.range.from),
    to: new Date(req.range.to),
    environment: req.environment,
    status: req.status,
    limit: req.limit,
    offset: req.offset,
  };
  if (kind === 'deployments') {
    const { ids, total } = await ex.listDeploymentIds(db, f);
    return { total, items: (await hydrate(db, { deployments: ids })).deployments };
  }
  if (kind === 'incidents') {
    const { ids, total } = await ex.listIncidentIds(db, f);
    return { total, items: (await hydrate(db, { incidents: ids })).incidents };
  }
  const { ids, total } = await ex.listPullRequestIds(db, f);
  return { total, items: (await hydrate(db, { pullRequests: ids })).pullRequests };
}
