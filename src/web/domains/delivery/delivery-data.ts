import type { Output } from '../../api/types';
import type { PageQuery, PageResult } from '../../ui/data-table/data-table.types';
import { definitionHref, headingSlug } from '../../ui/format/metric-links';
import type { Status } from '../../ui/status/status-badge.component';

/** The answers of the delivery endpoints (definitions: docs/metrics.md, "Delivery"). */
export type Dora = Output<'/api/v1/delivery/dora'>;
export type DoraTrend = Dora['trend'][number];
export type Flow = Output<'/api/v1/delivery/flow'>;
export type FlowTrend = Flow['trend'][number];
export type MetricRows = Output<'/api/v1/delivery/dora/rows'>;
export type Deployment = MetricRows['deployments'][number];
export type Commit = MetricRows['commits'][number];
export type Incident = MetricRows['incidents'][number];
export type PullRequest = MetricRows['pullRequests'][number];
export type DoraLevel = NonNullable<Dora['leadTime']['level']>;
export type Bucket = Dora['bucket'];

export const DORA_METRICS = [
  'deployment-frequency',
  'lead-time',
  'change-failure-rate',
  'recovery-time',
  'rework-rate',
] as const;
export const FLOW_METRICS = [
  'cycle-time',
  'coding',
  'pickup',
  'review',
  'deploy',
  'not-deployed',
  'anomalies',
  'size',
  'time-to-first-review',
  'review-coverage',
  'work-in-progress',
] as const;
export type DoraMetric = (typeof DORA_METRICS)[number];
export type FlowMetric = (typeof FLOW_METRICS)[number];
export type DeliveryMetric = DoraMetric | FlowMetric;

export interface MetricInfo {
  label: string;
  family: 'dora' | 'flow';
  /** What the drill-down lists first (and pages through). */
  rows: 'deployments' | 'commits' | 'pull-requests';
  /** "the deployments behind …": how the drill-down names its rows. */
  rowsPhrase: string;
  /** The section of docs/metrics.md that defines the figure, and its anchor there. */
  section: string;
  anchor: string;
  /** The definition in one or two sentences (the full one is in docs/metrics.md). */
  definition: string;
}

const dora = (
  label: string,
  rows: MetricInfo['rows'],
  rowsPhrase: string,
  section: string,
  definition: string,
): MetricInfo => ({
  label,
  family: 'dora',
  rows,
  rowsPhrase,
  section,
  anchor: anchorOf(section),
  definition,
});
const flow = (label: string, rowsPhrase: string, section: string, definition: string): MetricInfo => ({
  label,
  family: 'flow',
  rows: 'pull-requests',
  rowsPhrase,
  section,
  anchor: anchorOf(section),
  definition,
});

const CYCLE = 'Pull-request cycle time';

export const METRICS: Record<DeliveryMetric, MetricInfo> = {
  'deployment-frequency': dora(
    'Deployment frequency',
    'deployments',
    'The successful production deployments in the range',
    'Deployment frequency',
    'Successful production deployments that finished in the range, per week; the level comes from the DORA survey answer the complete weeks of the range give.',
  ),
  'lead-time': dora(
    'Lead time for changes',
    'commits',
    'The changes (commits) those deployments shipped, longest lead time first',
    'Lead time for changes',
    'Per change shipped by a deployment in the range: from the commit’s author date to the end of the deployment. Median, p75 and p90; a repository’s first deployment and merge commits are left out.',
  ),
  'change-failure-rate': dora(
    'Change failure rate',
    'deployments',
    'The failed deployments (with an incident attributed to them) and their incidents',
    'Change failure rate',
    'Deployments with at least one incident attributed to them ÷ deployments in the range.',
  ),
  'recovery-time': dora(
    'Failed deployment recovery time',
    'deployments',
    'The failed deployments, longest recovery first, and their incidents',
    'Failed deployment recovery time',
    'Per failed deployment: from the start of its first incident to the resolution of its last. Deployments with an incident still open are left out.',
  ),
  'rework-rate': dora(
    'Deployment rework rate',
    'deployments',
    'The unplanned deployments and the incidents open when they shipped',
    'Deployment rework rate',
    'Deployments made to fix a production incident (marked rework by the source, or shipped while an incident of the service was open) ÷ deployments. DORA 2024; it has no level.',
  ),
  'cycle-time': flow(
    'Cycle time',
    'The pull requests merged in the range',
    CYCLE,
    'From the first commit (or the opening) of a pull request to its production deployment (to the merge when not deployed yet).',
  ),
  coding: flow(
    'Coding',
    'The pull requests merged in the range',
    CYCLE,
    'From the first commit to ready for review.',
  ),
  pickup: flow(
    'Pickup',
    'The merged pull requests reviewed by someone else',
    CYCLE,
    'From ready for review to the first review by someone other than the author.',
  ),
  review: flow(
    'Review',
    'The merged pull requests reviewed by someone else',
    CYCLE,
    'From the first review to the merge.',
  ),
  deploy: flow(
    'Deploy',
    'The merged pull requests that reached production',
    CYCLE,
    'From the merge to the first production deployment that shipped it.',
  ),
  'not-deployed': flow(
    'Not deployed yet',
    'The merged pull requests no production deployment has shipped yet',
    CYCLE,
    'Merged pull requests no production deployment has shipped: their cycle ends at the merge.',
  ),
  anomalies: flow(
    'Anomalies',
    'The pull requests with impossible timestamps (a review before the opening, a deployment before the merge…)',
    CYCLE,
    'Pull requests whose timestamps contradict each other; their phases are clamped to 0 and listed here.',
  ),
  size: flow(
    'Pull-request size',
    'The merged pull requests with known additions and deletions',
    'Pull-request size',
    'Lines added + deleted; buckets XS < 10, S < 50, M < 250, L < 1000, XL ≥ 1000 lines.',
  ),
  'time-to-first-review': flow(
    'Time to first review',
    'The pull requests ready in the range that got a review',
    'Time to first review',
    'From ready for review to the first review by someone other than the author, for pull requests ready in the range.',
  ),
  'review-coverage': flow(
    'Review coverage',
    'The merged pull requests without an approval by someone else',
    'Review coverage',
    'Merged pull requests approved by someone other than the author before the merge ÷ merged pull requests.',
  ),
  'work-in-progress': flow(
    'Work in progress',
    'The pull requests open at the end of the range',
    'Work in progress',
    'Pull requests open at the end of the range, and the average number open at any moment of it.',
  ),
};

export function isDeliveryMetric(value: string | null): value is DeliveryMetric {
  return value !== null && Object.hasOwn(METRICS, value);
}

/** The GitHub-style anchor of a heading of docs/metrics.md ("Lead time for changes" → lead-time-for-changes). */
export function anchorOf(heading: string): string {
  return headingSlug(heading);
}

/** Where a figure is defined: its section of the metric definitions (`/help/metrics#…`, docs/metrics.md). */
export function definitionOf(info: MetricInfo): string {
  return definitionHref(info.anchor);
}

export const LEVEL_WORD: Record<DoraLevel, string> = {
  elite: 'Elite',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** A DORA level as a status colour (the word is always shown too): elite and high good, medium watch, low bad. */
export function levelStatus(level: DoraLevel | null): Status {
  if (level === 'elite' || level === 'high') return 'good';
  if (level === 'medium') return 'watch';
  if (level === 'low') return 'bad';
  return 'no-data';
}

/** "12.5 %" for a share from 0 to 1; "—" for a share of nothing. */
export function percent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '—';
  return `${(share * 100).toLocaleString(undefined, { maximumFractionDigits: digits })} %`;
}

export function decimal(n: number, digits = 1): string {
  return n.toLocaleString(undefined, { maximumFractionDigits: digits });
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** The short form of a commit sha (as git shows it). */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** A unit for durations on a chart axis, chosen from the largest value: minutes, hours or days. */
export function durationUnit(values: readonly (number | null)[]): {
  unit: 'min' | 'h' | 'd';
  label: string;
  of: (ms: number) => number;
} {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  const scale = (divisor: number) => (ms: number) => Math.round((ms / divisor) * 10) / 10;
  if (max < 2 * 3_600_000) return { unit: 'min', label: 'minutes', of: scale(60_000) };
  if (max < 72 * 3_600_000) return { unit: 'h', label: 'hours', of: scale(3_600_000) };
  return { unit: 'd', label: 'days', of: scale(86_400_000) };
}

type SortValue = string | number | null | undefined;

/** One page of rows held in memory, sorted and paged from the table's URL query. */
export function localPage<Row>(
  rows: readonly Row[],
  query: PageQuery,
  sorts: Record<string, (row: Row) => SortValue>,
  defaultSort: string,
): PageResult<Row> {
  const key = sorts[query.sort ?? ''] ?? sorts[defaultSort];
  const sorted = [...rows];
  if (key) {
    const dir = query.dir === 'desc' ? -1 : 1;
    sorted.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      // Empty values last, whichever the direction.
      if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
      if (y === null || y === undefined) return -1;
      if (typeof x === 'string' && typeof y === 'string') return dir * x.localeCompare(y);
      return dir * (Number(x) - Number(y));
    });
  }
  return {
    items: sorted.slice(query.offset, query.offset + query.limit),
    total: sorted.length,
    nextCursor: null,
  };
}
