/**
 * Which commits each deployment ships, from the commit graph.
 *
 * Definition (see docs/metrics.md, "Delivery", "Changes per deployment"):
 * - Input: the commit graph of ONE repository (sha and parents) and the successful production
 *   deployments of that repository (the caller filters). Deployments are taken in `finishedAt` order,
 *   ties by id.
 * - A deployment ships the commits reachable from its sha by walking parents that no earlier deployment
 *   shipped, i.e. `git rev-list <this> --not <every earlier deployed sha>`. Against every earlier
 *   deployment, not only the previous one: after a rollback to an older sha, the next deployment ships
 *   only what is new, and no commit is ever shipped twice (a rollback itself ships nothing).
 * - A deployment without a sha, or whose sha is not in the graph, ships nothing and is listed in
 *   `unknownSha`. Parents missing from the graph (a shallow clone) end the walk there.
 * - The first deployment that reaches the graph ships the whole history before it. It is listed in
 *   `first`: history older than the first observed deployment has no meaningful lead time (it was
 *   deployed by something Quarterdeck never saw), so the lead-time metric leaves it out.
 * - Each commit is visited at most once over all deployments (the walk stops at shipped commits), and the
 *   walk is an explicit stack, not recursion: O(commits + parent links) for a whole repository.
 * - The shas of a deployment are in walk order: the deployed commit first, then its ancestors depth first.
 *
 * Reference: git-rev-list(1), "A..B" and "--not" (commits reachable from B and not from A); Google's Four
 * Keys attributes to a deployment the changes it ships and measures lead time per change (dora-team/
 * fourkeys, queries/lead_time_for_changes.sql).
 */

import type { CommitRow } from './delivery-rows.js';

export interface GraphCommit {
  sha: string;
  parents: readonly string[];
}

export interface ShippingDeployment {
  id: number;
  sha: string | null;
  finishedAt: number;
}

export interface ChangeMapping {
  /** Deployment id → the shas it ships (every given deployment has an entry, maybe empty). */
  shipped: Map<number, string[]>;
  /** Deployments whose sha is null or not in the graph, in deployment order. */
  unknownSha: number[];
  /** The first deployment reaching the graph (empty when none does). */
  first: Set<number>;
}

/** The commits each deployment ships (definition in the file comment). */
export function mapChangesToDeployments(
  commits: readonly GraphCommit[],
  deployments: readonly ShippingDeployment[],
): ChangeMapping {
  const index = new Map<string, number>();
  for (const c of commits) if (!index.has(c.sha)) index.set(c.sha, index.size);
  const shas: string[] = new Array(index.size);
  const parents: (readonly string[])[] = new Array(index.size);
  for (const c of commits) {
    const i = index.get(c.sha)!;
    if (shas[i] !== undefined) continue;
    shas[i] = c.sha;
    parents[i] = c.parents;
  }

  const ordered = [...deployments].sort((a, b) => a.finishedAt - b.finishedAt || a.id - b.id);
  const shippedFlag = new Uint8Array(index.size);
  const shipped = new Map<number, string[]>();
  const unknownSha: number[] = [];
  const first = new Set<number>();
  const stack: number[] = [];

  for (const d of ordered) {
    const list: string[] = [];
    shipped.set(d.id, list);
    const head = d.sha === null ? undefined : index.get(d.sha);
    if (head === undefined) {
      unknownSha.push(d.id);
      continue;
    }
    if (first.size === 0) first.add(d.id);
    if (shippedFlag[head]) continue;
    shippedFlag[head] = 1;
    stack.push(head);
    while (stack.length > 0) {
      const at = stack.pop()!;
      list.push(shas[at]!);
      const ps = parents[at]!;
      // Push in reverse so the first parent is walked first (the mainline before merged branches).
      for (let k = ps.length - 1; k >= 0; k--) {
        const p = index.get(ps[k]!);
        if (p === undefined || shippedFlag[p]) continue;
        shippedFlag[p] = 1;
        stack.push(p);
      }
    }
  }
  return { shipped, unknownSha, first };
}

/** A commit shipped by a deployment, as the lead-time metric reads it. */
export interface DeployedChange {
  commitId: number;
  sha: string;
  authoredAt: number;
  /** Two or more parents: a merge commit, which is not a change of its own and has no lead time. */
  merge: boolean;
}

/**
 * The shipped commits of `mapping` as rows for the lead-time metric: deployment id → changes, in the
 * mapping's order. Shas without a commit row are dropped.
 */
export function deployedChanges(
  mapping: ChangeMapping,
  commits: readonly CommitRow[],
): Map<number, DeployedChange[]> {
  const bySha = new Map<string, CommitRow>();
  for (const c of commits) if (!bySha.has(c.sha)) bySha.set(c.sha, c);
  const out = new Map<number, DeployedChange[]>();
  for (const [deploymentId, shas] of mapping.shipped) {
    const changes: DeployedChange[] = [];
    for (const sha of shas) {
      const c = bySha.get(sha);
      if (c) changes.push({ commitId: c.id, sha, authoredAt: c.authoredAt, merge: c.parents.length > 1 });
    }
    out.set(deploymentId, changes);
  }
  return out;
}
