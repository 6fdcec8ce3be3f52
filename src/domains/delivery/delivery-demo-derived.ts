/**
 * What deployment-mapping.service.ts derives from stored rows (`mapRepository`, the pull-request
 * refresh and `attributeAllIncidents`), computed in memory for one repository whose rows are about to
 * be written: used where the rows are generated (the demo), so that millions of commits need not be
 * read back. Same pure functions (metrics/change-mapping.ts, metrics/incident-attribution.ts), same
 * rules for pull requests as the SQL in deployment-mapping.service.ts; delivery.demo.test.ts checks
 * that both give identical rows.
 */

import { mapChangesToDeployments } from './metrics/change-mapping.js';
import { type AttributionMethod, attributeIncidents } from './metrics/incident-attribution.js';

export interface DerivedCommit {
  id: number;
  sha: string;
  parents: readonly string[];
  authoredAt: number;
}

export interface DerivedDeployment {
  id: number;
  serviceId: number | null;
  sha: string | null;
  environment: 'production' | 'staging';
  status: 'success' | 'failure' | 'cancelled' | 'in_progress';
  createdAt: number;
  finishedAt: number | null;
  rework: boolean | null;
}

export interface DerivedPullRequest {
  id: number;
  mergedAt: number | null;
  mergeSha: string | null;
  commits: readonly string[];
}

export interface DerivedIncident {
  id: number;
  serviceId: number | null;
  startedAt: number;
  resolvedAt: number | null;
  /** The deployment the source names (already resolved to an id), or null. */
  explicitDeploymentId: number | null;
  changeRelated: boolean | null;
}

export interface RepositoryDerived {
  changes: { deployment_id: number; commit_id: number }[];
  /** Whether `mapRepository` would stamp the repository's deployments (it has a counted deployment). */
  mapped: boolean;
  first: Set<number>;
  unknownSha: Set<number>;
  pullRequests: Map<
    number,
    { firstCommitAt: number | null; deployedAt: number | null; deploymentId: number | null }
  >;
  incidents: Map<number, { deploymentId: number | null; method: AttributionMethod }>;
}

const counted = (d: DerivedDeployment) =>
  d.environment === 'production' && d.status === 'success' && d.finishedAt !== null;

/** Everything derived for one repository (and the incidents of its service). */
export function deriveRepository(
  commits: readonly DerivedCommit[],
  deployments: readonly DerivedDeployment[],
  pullRequests: readonly DerivedPullRequest[],
  incidents: readonly DerivedIncident[],
  repositoryId: number | null,
): RepositoryDerived {
  const shipping = deployments.filter(counted);
  const mapping = mapChangesToDeployments(
    commits,
    shipping.map((d) => ({ id: d.id, sha: d.sha, finishedAt: d.finishedAt! })),
  );
  const byId = new Map(deployments.map((d) => [d.id, d]));
  const commitOf = new Map(commits.map((c) => [c.sha, c]));
  const changes: RepositoryDerived['changes'] = [];
  const shippedBy = new Map<string, DerivedDeployment>();
  for (const [deploymentId, shas] of mapping.shipped) {
    for (const sha of shas) {
      changes.push({ deployment_id: deploymentId, commit_id: commitOf.get(sha)!.id });
      shippedBy.set(sha, byId.get(deploymentId)!);
    }
  }

  // Pull requests: first commit; deployed by the deployment that shipped the merge commit, else (all
  // commits shipped) by the last deployment that shipped one of them.
  const prs: RepositoryDerived['pullRequests'] = new Map();
  for (const p of pullRequests) {
    let firstCommitAt: number | null = null;
    for (const sha of p.commits) {
      const c = commitOf.get(sha);
      if (c && (firstCommitAt === null || c.authoredAt < firstCommitAt)) firstCommitAt = c.authoredAt;
    }
    let deployment: DerivedDeployment | null = null;
    if (p.mergedAt !== null) {
      const byMerge = p.mergeSha && commitOf.has(p.mergeSha) ? shippedBy.get(p.mergeSha) : undefined;
      if (byMerge) deployment = byMerge;
      else if (p.commits.length > 0 && p.commits.every((s) => shippedBy.has(s))) {
        for (const s of p.commits) {
          const d = shippedBy.get(s)!;
          if (!deployment || d.finishedAt! > deployment.finishedAt!) deployment = d;
        }
      }
    }
    prs.set(p.id, {
      firstCommitAt,
      deployedAt: deployment?.finishedAt ?? null,
      deploymentId: deployment?.id ?? null,
    });
  }

  const attributions = attributeIncidents(
    incidents.map((i) => ({
      id: i.id,
      serviceId: i.serviceId,
      startedAt: i.startedAt,
      resolvedAt: i.resolvedAt,
      deploymentId: i.explicitDeploymentId,
      changeRelated: i.changeRelated,
    })),
    shipping.map((d) => ({
      id: d.id,
      serviceId: d.serviceId,
      repositoryId,
      environment: d.environment,
      status: d.status,
      sha: d.sha,
      createdAt: d.createdAt,
      finishedAt: d.finishedAt!,
      rework: d.rework,
    })),
  );
  return {
    changes,
    mapped: shipping.length > 0,
    first: mapping.first,
    unknownSha: new Set(mapping.unknownSha),
    pullRequests: prs,
    incidents: new Map(
      attributions.map((a) => [a.incidentId, { deploymentId: a.deploymentId, method: a.method }]),
    ),
  };
}
