import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../platform/seeded-random.js';
import { type DeployedChange, deployedChanges, mapChangesToDeployments } from './change-mapping.js';
import type { CommitRow, DeploymentRow, IncidentRow } from './delivery-rows.js';
import { doraMetrics } from './dora.js';
import { attributeIncidents } from './incident-attribution.js';
import { DAY_MS, HOUR_MS } from './time-buckets.js';

/** 2024-01-01 is a Monday: ISO week 2024-W01 starts there. */
const at = (day: number, hour = 0) => Date.UTC(2024, 0, day, hour);
const H = HOUR_MS;

const deployment = (id: number, finishedAt: number, extra: Partial<DeploymentRow> = {}): DeploymentRow => ({
  id,
  serviceId: 1,
  repositoryId: 1,
  environment: 'production',
  status: 'success',
  sha: null,
  createdAt: finishedAt - 600_000,
  finishedAt,
  rework: null,
  ...extra,
});

const incident = (
  id: number,
  startedAt: number,
  resolvedAt: number | null,
  extra: Partial<IncidentRow> = {},
) =>
  ({
    id,
    serviceId: 1,
    startedAt,
    resolvedAt,
    deploymentId: null,
    changeRelated: null,
    ...extra,
  }) as IncidentRow;

const change = (commitId: number, authoredAt: number, merge = false): DeployedChange => ({
  commitId,
  sha: `s${commitId}`,
  authoredAt,
  merge,
});

// Range: Monday 1 January to Monday 15 January 2024 (14 days, two complete ISO weeks).
const range = { from: at(1), to: at(15) };

const deployments = [
  deployment(1, at(1, 10)), // the repository's first deployment
  deployment(2, at(2, 10), { rework: true }), // marked rework by the source
  deployment(3, at(2, 15)),
  deployment(4, at(3, 11), { status: 'failure' }), // not a deployment at all
  deployment(5, at(3, 11), { environment: 'staging' }), // ignored by DORA
  deployment(6, at(3, 12)),
  deployment(7, at(9, 9)),
  deployment(8, at(10, 9), { rework: true }),
  deployment(9, at(0, 12)), // 31 December 2023: before the range
  deployment(10, at(15)), // exactly at the range end: outside (half-open)
  deployment(11, at(12), { serviceId: 2 }), // another service, nothing to do with the incidents
];

const incidents = [
  incident(1, at(2, 16), at(2, 18)), // after deployment 3 → 3
  incident(2, at(2, 17), at(3, 13)), // also → 3 (two incidents, one failed deployment)
  incident(3, at(9, 10), null, { deploymentId: 7 }), // explicit, still open
  incident(4, at(10, 10), at(10, 11), { changeRelated: false }), // a provider outage
  incident(5, at(5), at(5, 1), { serviceId: 3 }), // no deployment before it
  incident(6, at(3, 11), at(3, 12), { deploymentId: 5 }), // explicit link to a staging deployment
  incident(7, at(8, 8), at(8, 9)), // latest deployment before 8 Jan 08:00 is 6 → 6
];

const changes = new Map<number, DeployedChange[]>([
  [1, [change(1, at(0, 9))]], // first deployment: no lead time
  [2, [change(2, at(1, 10)), change(3, at(1, 11), true)]], // 24 h; the merge commit is left out
  [3, [change(4, at(2, 14))]], // 1 h
  [6, [change(5, at(3, 12) + 30 * 60_000), change(6, at(1, 12))]], // authored after the deploy: out; 48 h
  [7, [change(7, at(8, 9)), change(8, at(2, 9))]], // 24 h; 7 days = 168 h
  [8, []], // a rollback ships nothing
]);

describe('doraMetrics', () => {
  const attributions = attributeIncidents(incidents, deployments);
  const out = doraMetrics({
    deployments,
    changes,
    firstDeployments: new Set([1]),
    incidents,
    attributions,
    range,
  });

  it('attributes the incidents as expected by the scenario', () => {
    expect(attributions.map((a) => [a.incidentId, a.deploymentId, a.method])).toEqual([
      [1, 3, 'previous-deployment'],
      [2, 3, 'previous-deployment'],
      [3, 7, 'explicit'],
      [4, null, 'not-change-related'],
      [5, null, 'no-deployment'],
      [6, 5, 'explicit'],
      [7, 6, 'previous-deployment'],
    ]);
  });

  it('deployment frequency: successful production deployments finished in the range', () => {
    // 1, 2, 3, 6, 7, 8 and 11 (another service, still a deployment); not 4 (failed), 5 (staging),
    // 9 (before the range) or 10 (at its end)
    expect(out.deploymentFrequency.deploymentIds).toEqual([1, 2, 3, 6, 7, 8, 11]);
    expect(out.deploymentFrequency.count).toBe(7);
    expect(out.deploymentFrequency.perDay).toBeCloseTo(7 / 14, 12);
    expect(out.deploymentFrequency.perWeek).toBeCloseTo(7 / 2, 12);
    // deploy days: W01 = 1, 2, 3 Jan → 3 days; W02 = 9, 10, 12 Jan → 3 days; median 3
    // deployments per deploy day: 1, 2, 1, 1, 1, 1 → median 1 (not several a day)
    expect(out.deploymentFrequency.weeks).toBe(2);
    expect(out.deploymentFrequency.medianDeployDaysPerWeek).toBe(3);
    expect(out.deploymentFrequency.medianDeploymentsPerDeployDay).toBe(1);
    expect(out.deploymentFrequency.category).toBe('daily to weekly');
    expect(out.deploymentFrequency.level).toBe('high');
  });

  it('lead time for changes: per commit, first deployment, merges and negative spans left out', () => {
    // 24 h (2), 1 h (4), 48 h (6), 24 h (7), 168 h (8) → sorted 1, 24, 24, 48, 168
    // median 24 h; p75: h = 4 × 0.75 = 3 → 48 h; p90: h = 3.6 → 48 + 0.6 × (168 − 48) = 120 h
    const lt = out.leadTime;
    expect(lt.changes.map((c) => [c.commitId, c.leadTimeMs / H])).toEqual([
      [2, 24],
      [4, 1],
      [6, 48],
      [7, 24],
      [8, 168],
    ]);
    expect([lt.count, lt.median, lt.p75, lt.p90]).toEqual([5, 24 * H, 48 * H, 120 * H]);
    expect(lt.level).toBe('high'); // exactly one day is not "less than one day"
    expect(lt.excludedFirstDeployments).toEqual([1]);
    expect(lt.excludedMergeCommits).toEqual(['s3']);
    expect(lt.excludedNegative).toEqual(['s5']);
    expect(lt.deploymentIds).toEqual([2, 3, 6, 7, 8, 11]);
  });

  it('change failure rate: a deployment with two incidents counts once', () => {
    // failed: 3 (incidents 1 and 2), 6 (incident 7), 7 (incident 3) → 3 / 7
    const cfr = out.changeFailureRate;
    expect(cfr.failedDeploymentIds).toEqual([3, 6, 7]);
    expect(cfr.incidentIds).toEqual([1, 2, 7, 3]);
    expect([cfr.failed, cfr.total]).toEqual([3, 7]);
    expect(cfr.rate).toBeCloseTo(3 / 7, 12);
    expect(cfr.level).toBe('low'); // 43% > 15%
  });

  it('failed deployment recovery time: earliest start to latest resolution; unresolved apart', () => {
    // 3: 2 Jan 16:00 → 3 Jan 13:00 = 21 h; 6: 1 h; 7: incident 3 still open
    // median (1 + 21) / 2 = 11 h; p75: 1 + 0.75 × 20 = 16 h; p90: 1 + 0.9 × 20 = 19 h
    const r = out.recoveryTime;
    expect(r.recoveries).toEqual([
      {
        deploymentId: 3,
        incidentIds: [1, 2],
        startedAt: at(2, 16),
        resolvedAt: at(3, 13),
        durationMs: 21 * H,
      },
      { deploymentId: 6, incidentIds: [7], startedAt: at(8, 8), resolvedAt: at(8, 9), durationMs: H },
    ]);
    expect(r.unresolved).toEqual([{ deploymentId: 7, incidentIds: [3] }]);
    expect([r.count, r.median, r.p75, r.p90]).toEqual([2, 11 * H, 16 * H, 19 * H]);
    expect(r.level).toBe('high'); // under a day
  });

  it('deployment rework rate: marked by the source, or finished during an attributed incident', () => {
    // 2: source; 6: finished 3 Jan 12:00 while incident 2 (→ 3) was open until 13:00;
    // 8: source, and finished while incident 3 (→ 7) was open. 3 of 7.
    const rw = out.reworkRate;
    expect(rw.reworkDeployments).toEqual([
      { deploymentId: 2, markedBySource: true, duringIncidentIds: [] },
      { deploymentId: 6, markedBySource: false, duringIncidentIds: [2] },
      { deploymentId: 8, markedBySource: true, duringIncidentIds: [3] },
    ]);
    expect([rw.rework, rw.total]).toEqual([3, 7]);
    expect(rw.rate).toBeCloseTo(3 / 7, 12);
  });

  it('weekly trend: the same metrics per ISO week', () => {
    expect(out.bucket).toBe('week');
    const [w1, w2] = out.trend;
    expect(out.trend).toHaveLength(2);
    expect([w1!.label, w1!.start, w1!.end, w1!.partial]).toEqual(['2024-W01', at(1), at(8), false]);
    // W01: 1, 2, 3, 6; failed 3 and 6 → 2/4; lead times 24, 1, 48 → median 24 h; rework 2, 6
    expect(w1!.deploymentFrequency.deploymentIds).toEqual([1, 2, 3, 6]);
    expect(w1!.changeFailureRate.rate).toBe(0.5);
    expect(w1!.leadTime.median).toBe(24 * H);
    expect(w1!.recoveryTime.median).toBe(11 * H);
    expect(w1!.reworkRate.rate).toBe(0.5);
    expect(w1!.deploymentFrequency.category).toBe('daily to weekly'); // 3 days, 1 a day
    // W02: 7, 8, 11; failed 7 → 1/3; lead times 24, 168 → median 96 h; 7 unresolved → no recovery
    expect(w2!.deploymentFrequency.deploymentIds).toEqual([7, 8, 11]);
    expect(w2!.changeFailureRate.rate).toBeCloseTo(1 / 3, 12);
    expect(w2!.leadTime.median).toBe(96 * H);
    expect(w2!.recoveryTime.median).toBeNull();
    expect(w2!.recoveryTime.level).toBeNull();
    expect(w2!.reworkRate.reworkDeployments.map((d) => d.deploymentId)).toEqual([8]);
  });

  it('monthly trend: one partial month', () => {
    const monthly = doraMetrics({ deployments, changes, incidents, attributions, range, bucket: 'month' });
    expect(monthly.trend.map((b) => [b.label, b.partial, b.deploymentFrequency.count])).toEqual([
      ['2024-01', true, 7],
    ]);
    // without `firstDeployments`, deployment 1's change counts: 25 h (31 Dec 09:00 → 1 Jan 10:00)
    expect(monthly.leadTime.changes[0]).toEqual({
      deploymentId: 1,
      commitId: 1,
      sha: 's1',
      leadTimeMs: 25 * H,
    });
  });

  it('no deployments: rates and medians are null (no data), never 0', () => {
    const empty = doraMetrics({
      deployments: [],
      changes: new Map(),
      incidents: [],
      attributions: [],
      range,
    });
    expect(empty.changeFailureRate.rate).toBeNull();
    expect(empty.changeFailureRate.level).toBeNull();
    expect(empty.reworkRate.rate).toBeNull();
    expect(empty.leadTime.median).toBeNull();
    expect(empty.deploymentFrequency.count).toBe(0);
    expect(empty.deploymentFrequency.category).toBe('fewer than once every six months');
    expect(() =>
      doraMetrics({ deployments, changes, incidents, attributions, range: { from: 5, to: 5 } }),
    ).toThrow(RangeError);
  });
});

describe('deployment frequency categories', () => {
  const frequency = (finished: number[], r: { from: number; to: number }) =>
    doraMetrics({
      deployments: finished.map((t, i) => deployment(i + 1, t)),
      changes: new Map(),
      incidents: [],
      attributions: [],
      range: r,
    }).deploymentFrequency;

  it('on demand: 3 deploy days a week with 2 deployments each', () => {
    const times = [1, 2, 3, 8, 9, 10].flatMap((d) => [at(d, 9), at(d, 15)]);
    const f = frequency(times, range);
    expect([f.medianDeployDaysPerWeek, f.medianDeploymentsPerDeployDay]).toEqual([3, 2]);
    expect(f.category).toBe('on demand (several per day)');
    expect(f.level).toBe('elite');
  });

  it('weekly to monthly, monthly to six months, and too short a range', () => {
    // 4 weeks (28 days), 1 deployment: median deploy days per week 0; 1 × 30 days ≥ 28 days
    const four = frequency([at(3)], { from: at(1), to: at(29) });
    expect([four.medianDeployDaysPerWeek, four.category, four.level]).toEqual([
      0,
      'weekly to monthly',
      'medium',
    ]);
    // 91 days (13 weeks), 1 deployment: 30 < 91 ≤ 180 days
    const quarter = frequency([at(3)], { from: at(1), to: at(92) });
    expect([quarter.category, quarter.level]).toEqual(['monthly to every six months', 'low']);
    // 6 days: no complete ISO week
    const short = frequency([at(2), at(3)], { from: at(1), to: at(7) });
    expect([short.weeks, short.category, short.level]).toEqual([0, null, null]);
  });
});

describe('change failure rate on random inputs', () => {
  it('stays within 0–1 and counts each failed deployment once', () => {
    const random = seededRandom(20240101);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const envs = ['production', 'production', 'staging', 'testing', 'development', 'other'] as const;
    const statuses = [
      'success',
      'success',
      'failure',
      'error',
      'cancelled',
      'in_progress',
      'queued',
    ] as const;
    const span = 28 * DAY_MS;
    for (let run = 0; run < 200; run++) {
      const n = Math.floor(random() * 30);
      const deps: DeploymentRow[] = Array.from({ length: n }, (_, i) => {
        const finished = random() < 0.1 ? null : at(1) + Math.floor(random() * span);
        return {
          id: i + 1,
          serviceId: random() < 0.1 ? null : 1 + Math.floor(random() * 3),
          repositoryId: 1,
          environment: pick(envs),
          status: pick(statuses),
          sha: null,
          createdAt: (finished ?? at(1)) - 1000,
          finishedAt: finished,
          rework: pick([null, true, false]),
        };
      });
      const incs: IncidentRow[] = Array.from({ length: Math.floor(random() * 40) }, (_, i) => {
        const startedAt = at(1) + Math.floor(random() * span);
        return {
          id: i + 1,
          serviceId: random() < 0.1 ? null : 1 + Math.floor(random() * 3),
          startedAt,
          resolvedAt: random() < 0.2 ? null : startedAt + Math.floor(random() * DAY_MS),
          deploymentId: random() < 0.3 ? 1 + Math.floor(random() * (n + 3)) : null,
          changeRelated: pick([null, true, false]),
        };
      });
      const from = at(1) + Math.floor(random() * 7) * DAY_MS;
      const out = doraMetrics({
        deployments: deps,
        changes: new Map(),
        incidents: incs,
        attributions: attributeIncidents(incs, deps),
        range: { from, to: from + (1 + Math.floor(random() * 27)) * DAY_MS },
        bucket: pick(['week', 'month'] as const),
      });
      for (const p of [out, ...out.trend]) {
        const cfr = p.changeFailureRate;
        expect(new Set(cfr.failedDeploymentIds).size).toBe(cfr.failed);
        expect(cfr.failed).toBeLessThanOrEqual(cfr.total);
        if (cfr.total === 0) expect(cfr.rate).toBeNull();
        else expect(cfr.rate).toBeGreaterThanOrEqual(0);
        if (cfr.rate !== null) expect(cfr.rate).toBeLessThanOrEqual(1);
        const rw = p.reworkRate.rate;
        if (rw !== null) expect(rw >= 0 && rw <= 1).toBe(true);
      }
    }
  });
});

describe('from commit graph to lead time', () => {
  it('maps, joins and measures without double counting', () => {
    // a ← b ← c; first deployment ships a, b; the second ships c only
    const commits: CommitRow[] = [
      { id: 1, sha: 'a', parents: [], authoredAt: at(1), committedAt: at(1), aiAssisted: false },
      { id: 2, sha: 'b', parents: ['a'], authoredAt: at(2), committedAt: at(2), aiAssisted: false },
      { id: 3, sha: 'c', parents: ['b'], authoredAt: at(3), committedAt: at(3), aiAssisted: false },
    ];
    const deps = [deployment(1, at(2, 6), { sha: 'b' }), deployment(2, at(3, 12), { sha: 'c' })];
    const mapping = mapChangesToDeployments(
      commits,
      deps.map((d) => ({ id: d.id, sha: d.sha, finishedAt: d.finishedAt! })),
    );
    const out = doraMetrics({
      deployments: deps,
      changes: deployedChanges(mapping, commits),
      firstDeployments: mapping.first,
      incidents: [],
      attributions: [],
      range,
    });
    expect(out.leadTime.changes).toEqual([{ deploymentId: 2, commitId: 3, sha: 'c', leadTimeMs: 12 * H }]);
  });
});
