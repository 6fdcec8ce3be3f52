import { describe, expect, it } from 'vitest';
import { deployedChanges, type GraphCommit, mapChangesToDeployments } from './change-mapping.js';
import type { CommitRow } from './delivery-rows.js';

/*
 * a ─ b ─ c ─────── d ─ g ─ h        d merges c (first parent) and f
 *      \           /
 *       e ─────── f
 */
const graph: GraphCommit[] = [
  { sha: 'h', parents: ['g'] },
  { sha: 'g', parents: ['d'] },
  { sha: 'd', parents: ['c', 'f'] },
  { sha: 'f', parents: ['e'] },
  { sha: 'e', parents: ['b'] },
  { sha: 'c', parents: ['b'] },
  { sha: 'b', parents: ['a'] },
  { sha: 'a', parents: [] },
];

const dep = (id: number, sha: string | null, finishedAt: number) => ({ id, sha, finishedAt });

describe('mapChangesToDeployments', () => {
  it('a branch and merge graph, a rollback, an unknown sha, deployments given out of order', () => {
    const deployments = [
      dep(5, 'h', 50), // after the rollback: only h is new (g was shipped by 3)
      dep(4, 'd', 40), // rollback to d: ships nothing
      dep(1, 'b', 10), // the first deployment: ships its whole history
      dep(6, 'zzz', 45), // not in the graph
      dep(3, 'g', 30),
      dep(2, 'd', 20), // the merge: d, then c (first parent), then the branch f, e
      dep(7, null, 60), // no sha
    ];
    const { shipped, unknownSha, first } = mapChangesToDeployments(graph, deployments);
    expect(Object.fromEntries(shipped)).toEqual({
      1: ['b', 'a'],
      2: ['d', 'c', 'f', 'e'],
      3: ['g'],
      4: [],
      6: [],
      5: ['h'],
      7: [],
    });
    expect(unknownSha).toEqual([6, 7]); // in deployment order (45, 60)
    expect([...first]).toEqual([1]);
  });

  it('ties on finishedAt are ordered by id; the first deployment is the first one reaching the graph', () => {
    const { shipped, first, unknownSha } = mapChangesToDeployments(graph, [
      dep(9, 'd', 10),
      dep(8, 'c', 10),
      dep(1, 'nope', 5),
    ]);
    // 1 (unknown sha) ships nothing and is not "first"; 8 before 9 (same time, lower id).
    expect(shipped.get(8)).toEqual(['c', 'b', 'a']);
    expect(shipped.get(9)).toEqual(['d', 'f', 'e']);
    expect([...first]).toEqual([8]);
    expect(unknownSha).toEqual([1]);
  });

  it('parents missing from the graph (a shallow clone) end the walk', () => {
    const { shipped } = mapChangesToDeployments([{ sha: 'x', parents: ['gone'] }], [dep(1, 'x', 1)]);
    expect(shipped.get(1)).toEqual(['x']);
  });

  it('walks 200,000 commits without recursion, each commit once', () => {
    const n = 200_000;
    const commits: GraphCommit[] = [];
    for (let i = 0; i < n; i++) {
      // a line, with a side branch merged back every 10 commits: i merges i−1 and the branch commit b(i)
      if (i > 0 && i % 10 === 0) {
        commits.push({ sha: `b${i}`, parents: [`c${i - 5}`] });
        commits.push({ sha: `c${i}`, parents: [`c${i - 1}`, `b${i}`] });
      } else commits.push({ sha: `c${i}`, parents: i === 0 ? [] : [`c${i - 1}`] });
    }
    const deployments = Array.from({ length: 200 }, (_, k) => dep(k + 1, `c${(k + 1) * 1000 - 1}`, k));
    const started = performance.now();
    const { shipped, first } = mapChangesToDeployments(commits, deployments);
    const elapsed = performance.now() - started;
    let total = 0;
    const seen = new Set<string>();
    for (const shas of shipped.values()) {
      total += shas.length;
      for (const s of shas) seen.add(s);
    }
    expect(total).toBe(commits.length); // every commit shipped exactly once
    expect(seen.size).toBe(commits.length);
    // deployment 2 ships c1000..c1999 and the 100 branch commits b1000, b1010, …, b1990
    expect(shipped.get(2)).toHaveLength(1100);
    expect([...first]).toEqual([1]);
    expect(elapsed).toBeLessThan(5000);
  });
});

describe('deployedChanges', () => {
  it('joins shas to commit rows and flags merge commits', () => {
    const rows: CommitRow[] = graph.map((c, i) => ({
      id: 100 + i,
      sha: c.sha,
      parents: [...c.parents],
      authoredAt: i,
      committedAt: i,
      aiAssisted: false,
    }));
    const mapping = mapChangesToDeployments(graph, [dep(1, 'b', 1), dep(2, 'd', 2)]);
    expect(deployedChanges(mapping, rows).get(2)).toEqual([
      { commitId: 102, sha: 'd', authoredAt: 2, merge: true },
      { commitId: 105, sha: 'c', authoredAt: 5, merge: false },
      { commitId: 103, sha: 'f', authoredAt: 3, merge: false },
      { commitId: 104, sha: 'e', authoredAt: 4, merge: false },
    ]);
  });
});
