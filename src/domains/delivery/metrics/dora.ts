/**
 * The DORA software delivery metrics over a range, with the rows behind every figure and a trend.
 *
 * Definition (see docs/metrics.md, "Delivery", from "Deployment frequency" to "Deployment rework rate"):
 * - A deployment is a successful production deployment with a finish time (`isCountedDeployment`); it is
 *   in the range `[from, to)` when its `finishedAt` is. Failed, cancelled, running and non-production
 *   deployments are not deployments at all.
 * - Deployment frequency: the deployments in the range; per day = count ÷ range length in days, per week
 *   = count ÷ range length in weeks; the DORA survey answer and level from the complete ISO weeks of the
 *   range (`frequencyCategory` in dora-levels.ts).
 * - Lead time for changes: per change (commit) shipped by a deployment in the range, the deployment's
 *   `finishedAt` minus the commit's `authoredAt`. Changes of a repository's first deployment (`first`
 *   from change-mapping.ts), merge commits, and negative spans (an author clock ahead) are left out and
 *   listed. Count, median, p75, p90 (percentiles.ts).
 * - Change failure rate: deployments in the range with at least one incident attributed to them (one
 *   or several: the deployment counts once) ÷ deployments in the range; never above 1. An incident
 *   attributed to something that is not a deployment in the range (a staging deployment) counts nowhere.
 * - Failed deployment recovery time: per failed deployment of the range, from the earliest `startedAt`
 *   of its incidents to the latest `resolvedAt`. A deployment with an unresolved incident is left out and
 *   listed as unresolved. Count, median, p75, p90.
 * - Deployment rework rate (DORA 2024): deployments in the range that were unplanned ÷ deployments in the
 *   range. A deployment is unplanned when the source marks it `rework`, or when it finished while an
 *   incident attributed to another successful production deployment of the same service (at any time)
 *   was open (`startedAt ≤ finishedAt ≤ resolvedAt`, or not resolved yet): a deployment made to fix a
 *   production incident. An incident linked to a staging deployment is not a production incident.
 * - Trend: the same metrics for each ISO week (UTC) or calendar month overlapping the range, cut to it.
 *
 * Reference: DORA, "Accelerate State of DevOps Report 2023" and "2024" (dora.dev/research); Forsgren,
 * Humble, Kim, "Accelerate" (IT Revolution, 2018), chapter 2; Google's Four Keys (dora-team/fourkeys):
 * lead time per change, and change failure rate as distinct failed deployments ÷ distinct deployments.
 */

import type { DeployedChange } from './change-mapping.js';
import {
  type CountedDeployment,
  type DeploymentRow,
  type IncidentRow,
  inRange,
  isCountedDeployment,
  type TimeRange,
} from './delivery-rows.js';
import {
  changeFailureRateLevel,
  type DoraLevel,
  deploymentFrequencyLevel,
  type FrequencyCategory,
  frequencyCategory,
  leadTimeLevel,
  recoveryTimeLevel,
} from './dora-levels.js';
import type { IncidentAttribution } from './incident-attribution.js';
import { type DistributionSummary, median, summarize } from './percentiles.js';
import {
  type Bucket,
  buckets,
  completeIsoWeeks,
  DAY_MS,
  type TrendBucket,
  utcDayStart,
  WEEK_MS,
} from './time-buckets.js';

export interface DoraInput {
  /** Every deployment, all environments and statuses; only the counted ones are used. */
  deployments: readonly DeploymentRow[];
  /** Deployment id → the changes it shipped (`deployedChanges` of change-mapping.ts). */
  changes: ReadonlyMap<number, readonly DeployedChange[]>;
  /** The first deployment of each repository (`first` of change-mapping.ts): no lead time. */
  firstDeployments?: ReadonlySet<number> | undefined;
  incidents: readonly IncidentRow[];
  /** `attributeIncidents(incidents, deployments)`. */
  attributions: readonly IncidentAttribution[];
  range: TimeRange;
  /** Trend buckets; default `week`. */
  bucket?: TrendBucket | undefined;
}

export interface DeploymentFrequency {
  count: number;
  perDay: number;
  perWeek: number;
  /** Complete ISO weeks in the range (what the category is decided on). */
  weeks: number;
  medianDeployDaysPerWeek: number | null;
  medianDeploymentsPerDeployDay: number | null;
  category: FrequencyCategory | null;
  level: DoraLevel | null;
  deploymentIds: number[];
}

export interface ChangeLeadTime {
  deploymentId: number;
  commitId: number;
  sha: string;
  leadTimeMs: number;
}

export interface LeadTimeForChanges extends DistributionSummary {
  level: DoraLevel | null;
  /** The deployments whose changes are measured. */
  deploymentIds: number[];
  changes: ChangeLeadTime[];
  /** First deployments of a repository in the range: their changes have no lead time. */
  excludedFirstDeployments: number[];
  /** Merge commits shipped in the range (not changes of their own), by sha. */
  excludedMergeCommits: string[];
  /** Commits authored after the deployment finished (clock skew), by sha. */
  excludedNegative: string[];
}

export interface ChangeFailureRate {
  /** failed ÷ total; null without deployments. */
  rate: number | null;
  failed: number;
  total: number;
  level: DoraLevel | null;
  deploymentIds: number[];
  failedDeploymentIds: number[];
  /** The incidents attributed to the failed deployments. */
  incidentIds: number[];
}

export interface Recovery {
  deploymentId: number;
  incidentIds: number[];
  startedAt: number;
  resolvedAt: number;
  durationMs: number;
}

export interface FailedDeploymentRecoveryTime extends DistributionSummary {
  level: DoraLevel | null;
  recoveries: Recovery[];
  /** Failed deployments with at least one incident still open: left out of the figures. */
  unresolved: { deploymentId: number; incidentIds: number[] }[];
}

export interface ReworkDeployment {
  deploymentId: number;
  markedBySource: boolean;
  /** The open incidents of the service when it finished. */
  duringIncidentIds: number[];
}

export interface DeploymentReworkRate {
  /** rework ÷ total; null without deployments. */
  rate: number | null;
  rework: number;
  total: number;
  deploymentIds: number[];
  reworkDeployments: ReworkDeployment[];
}

export interface DoraPeriod {
  range: TimeRange;
  deploymentFrequency: DeploymentFrequency;
  leadTime: LeadTimeForChanges;
  changeFailureRate: ChangeFailureRate;
  recoveryTime: FailedDeploymentRecoveryTime;
  reworkRate: DeploymentReworkRate;
}

export type DoraTrendPoint = Bucket & DoraPeriod;

export interface DoraOutput extends DoraPeriod {
  bucket: TrendBucket;
  trend: DoraTrendPoint[];
}

/** The DORA metrics of `input.range` and their trend (definitions in the file comment). */
export function doraMetrics(input: DoraInput): DoraOutput {
  const { range } = input;
  if (!(range.from < range.to))
    throw new RangeError(`empty range: from ${range.from} is not before to ${range.to}`);
  const bucket = input.bucket ?? 'week';
  const prepared = prepare(input);
  const trend = buckets(range, bucket).map(
    (b): DoraTrendPoint => ({ ...b, ...period(prepared, { from: b.start, to: b.end }) }),
  );
  return { ...period(prepared, range), bucket, trend };
}

interface Prepared {
  /** Counted deployments by finishedAt, then id. */
  deployments: CountedDeployment[];
  changes: ReadonlyMap<number, readonly DeployedChange[]>;
  first: ReadonlySet<number>;
  /** Deployment id → its attributed incidents, by startedAt then id. */
  incidentsOf: Map<number, IncidentRow[]>;
  /** Service id → incidents attributed to a counted deployment of the service, with that deployment. */
  attributedByService: Map<number, { incident: IncidentRow; deploymentId: number }[]>;
}

function prepare(input: DoraInput): Prepared {
  const deployments = input.deployments
    .filter(isCountedDeployment)
    .sort((a, b) => a.finishedAt - b.finishedAt || a.id - b.id);
  const serviceOf = new Map<number, number | null>();
  for (const d of deployments) serviceOf.set(d.id, d.serviceId);
  const incidentById = new Map<number, IncidentRow>();
  for (const i of input.incidents) incidentById.set(i.id, i);

  const incidentsOf = new Map<number, IncidentRow[]>();
  const attributedByService = new Map<number, { incident: IncidentRow; deploymentId: number }[]>();
  const seen = new Set<number>();
  for (const a of input.attributions) {
    const incident = incidentById.get(a.incidentId);
    if (a.deploymentId === null || !incident || seen.has(incident.id)) continue;
    seen.add(incident.id);
    push(incidentsOf, a.deploymentId, incident);
    // Rework looks for production incidents: those attributed to a (counted) production deployment.
    const service = serviceOf.get(a.deploymentId);
    if (service != null) push(attributedByService, service, { incident, deploymentId: a.deploymentId });
  }
  for (const list of incidentsOf.values()) list.sort((a, b) => a.startedAt - b.startedAt || a.id - b.id);
  return {
    deployments,
    changes: input.changes,
    first: input.firstDeployments ?? new Set(),
    incidentsOf,
    attributedByService,
  };
}

function period(p: Prepared, range: TimeRange): DoraPeriod {
  const inPeriod = p.deployments.filter((d) => inRange(d.finishedAt, range));
  return {
    range,
    deploymentFrequency: deploymentFrequency(inPeriod, range),
    leadTime: leadTime(p, inPeriod),
    changeFailureRate: changeFailureRate(p, inPeriod),
    recoveryTime: recoveryTime(p, inPeriod),
    reworkRate: reworkRate(p, inPeriod),
  };
}

function deploymentFrequency(inPeriod: readonly CountedDeployment[], range: TimeRange): DeploymentFrequency {
  const rangeMs = range.to - range.from;
  const perDeployDay = new Map<number, number>();
  for (const d of inPeriod) {
    const day = utcDayStart(d.finishedAt);
    perDeployDay.set(day, (perDeployDay.get(day) ?? 0) + 1);
  }
  const weeks = completeIsoWeeks(range);
  const daysPerWeek = weeks.map((start) => {
    let days = 0;
    for (let k = 0; k < 7; k++) if (perDeployDay.has(start + k * DAY_MS)) days++;
    return days;
  });
  const medianDeployDaysPerWeek = median(daysPerWeek);
  const medianDeploymentsPerDeployDay = median([...perDeployDay.values()]);
  const category = frequencyCategory({
    weeks: weeks.length,
    medianDeployDaysPerWeek,
    medianDeploymentsPerDeployDay,
    count: inPeriod.length,
    rangeMs,
  });
  return {
    count: inPeriod.length,
    perDay: inPeriod.length / (rangeMs / DAY_MS),
    perWeek: inPeriod.length / (rangeMs / WEEK_MS),
    weeks: weeks.length,
    medianDeployDaysPerWeek,
    medianDeploymentsPerDeployDay,
    category,
    level: deploymentFrequencyLevel(category),
    deploymentIds: inPeriod.map((d) => d.id),
  };
}

function leadTime(p: Prepared, inPeriod: readonly CountedDeployment[]): LeadTimeForChanges {
  const changes: ChangeLeadTime[] = [];
  const deploymentIds: number[] = [];
  const excludedFirstDeployments: number[] = [];
  const excludedMergeCommits: string[] = [];
  const excludedNegative: string[] = [];
  for (const d of inPeriod) {
    if (p.first.has(d.id)) {
      excludedFirstDeployments.push(d.id);
      continue;
    }
    deploymentIds.push(d.id);
    for (const c of p.changes.get(d.id) ?? []) {
      const leadTimeMs = d.finishedAt - c.authoredAt;
      if (c.merge) excludedMergeCommits.push(c.sha);
      else if (leadTimeMs < 0) excludedNegative.push(c.sha);
      else changes.push({ deploymentId: d.id, commitId: c.commitId, sha: c.sha, leadTimeMs });
    }
  }
  const summary = summarize(changes.map((c) => c.leadTimeMs));
  return {
    ...summary,
    level: leadTimeLevel(summary.median),
    deploymentIds,
    changes,
    excludedFirstDeployments,
    excludedMergeCommits,
    excludedNegative,
  };
}

function changeFailureRate(p: Prepared, inPeriod: readonly CountedDeployment[]): ChangeFailureRate {
  const failedDeploymentIds: number[] = [];
  const incidentIds: number[] = [];
  for (const d of inPeriod) {
    const incidents = p.incidentsOf.get(d.id);
    if (!incidents || incidents.length === 0) continue;
    failedDeploymentIds.push(d.id);
    for (const i of incidents) incidentIds.push(i.id);
  }
  const total = inPeriod.length;
  const rate = total > 0 ? failedDeploymentIds.length / total : null;
  return {
    rate,
    failed: failedDeploymentIds.length,
    total,
    level: changeFailureRateLevel(rate),
    deploymentIds: inPeriod.map((d) => d.id),
    failedDeploymentIds,
    incidentIds,
  };
}

function recoveryTime(p: Prepared, inPeriod: readonly CountedDeployment[]): FailedDeploymentRecoveryTime {
  const recoveries: Recovery[] = [];
  const unresolved: { deploymentId: number; incidentIds: number[] }[] = [];
  for (const d of inPeriod) {
    const incidents = p.incidentsOf.get(d.id);
    if (!incidents || incidents.length === 0) continue;
    const incidentIds = incidents.map((i) => i.id);
    if (incidents.some((i) => i.resolvedAt === null)) {
      unresolved.push({ deploymentId: d.id, incidentIds });
      continue;
    }
    const startedAt = Math.min(...incidents.map((i) => i.startedAt));
    const resolvedAt = Math.max(...incidents.map((i) => i.resolvedAt!));
    recoveries.push({
      deploymentId: d.id,
      incidentIds,
      startedAt,
      resolvedAt,
      durationMs: Math.max(0, resolvedAt - startedAt),
    });
  }
  const summary = summarize(recoveries.map((r) => r.durationMs));
  return { ...summary, level: recoveryTimeLevel(summary.median), recoveries, unresolved };
}

function reworkRate(p: Prepared, inPeriod: readonly CountedDeployment[]): DeploymentReworkRate {
  const reworkDeployments: ReworkDeployment[] = [];
  for (const d of inPeriod) {
    const duringIncidentIds: number[] = [];
    for (const a of d.serviceId === null ? [] : (p.attributedByService.get(d.serviceId) ?? [])) {
      const { incident } = a;
      const open =
        incident.startedAt <= d.finishedAt &&
        (incident.resolvedAt === null || d.finishedAt <= incident.resolvedAt);
      if (open && a.deploymentId !== d.id) duringIncidentIds.push(incident.id);
    }
    const markedBySource = d.rework === true;
    if (markedBySource || duringIncidentIds.length > 0) {
      reworkDeployments.push({ deploymentId: d.id, markedBySource, duringIncidentIds });
    }
  }
  const total = inPeriod.length;
  return {
    rate: total > 0 ? reworkDeployments.length / total : null,
    rework: reworkDeployments.length,
    total,
    deploymentIds: inPeriod.map((d) => d.id),
    reworkDeployments,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
