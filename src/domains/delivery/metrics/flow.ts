/**
 * Pull-request flow: cycle time and its phases, size, time to first review, review coverage, and work in
 * progress. Every figure comes with the ids of the pull requests behind it.
 *
 * Definition (see docs/metrics.md, "Delivery", from "Pull-request cycle time" to "Work in progress"):
 * - Scope: pull requests merged in the range (`mergedAt` in `[from, to)`), except time to first review
 *   (pull requests ready in the range) and work in progress (pull requests open during the range).
 * - Reviewer is the author (self-review, ignored everywhere): when both person ids are known and equal;
 *   when either person id is unknown, when both identity ids are known and equal.
 * - Points in time, each clamped so they never go backwards:
 *   start = the earlier of the first commit's `firstCommitAt` and `createdAt` (`createdAt` without commits);
 *   ready = `readyAt ?? createdAt`, kept between start and merge;
 *   first review = the first review by someone other than the author submitted at or before the merge,
 *   kept at or after ready (a review on a draft gives pickup 0; a review before the pull request was
 *   even opened also gives pickup 0 and lists the pull request in `anomalies`);
 *   merge = `mergedAt`; end = `deployedAt` when it is at or after the merge, else the merge (a pull
 *   request merged after the deployment that shipped its commits: deploy time 0, listed in `anomalies`);
 *   no `deployedAt`: the cycle ends at the merge and the pull request is listed in `notDeployed`.
 * - Phases: coding = ready − start; pickup = first review − ready; review = merge − first review;
 *   deploy = end − merge (null when not deployed); cycle = end − start. Without a review, pickup and
 *   review are null and left out of their medians.
 * - Size: additions + deletions (unknown when either is); buckets XS < 10, S < 50, M < 250, L < 1000,
 *   XL ≥ 1000 lines.
 * - Time to first review: pull requests not in draft whose ready time is in the range; ready → first
 *   review by someone else (at any time, clamped at 0). Not reviewed yet: listed in `waiting` (open) or
 *   `neverReviewed` (closed), and left out of the figures.
 * - Review coverage: merged pull requests with an `approved` review by someone else submitted at or before
 *   the merge ÷ merged pull requests (a dismissed approval is `dismissed`, not `approved`).
 * - Work in progress: a pull request is open from `createdAt` until the earlier of `mergedAt` and
 *   `closedAt`. Open at the end = open at the range end. Average open = the total time pull requests were
 *   open within the range ÷ the range length (the mean number open at any moment, e.g. per day).
 * - Medians and percentiles: percentiles.ts.
 *
 * Reference: GitHub Docs, "About pull request reviews" (review states approved, changes requested,
 * commented; dismissing a review); Google Engineering Practices, "Small CLs" (google.github.io/
 * eng-practices: about 100 lines is usually reasonable, 1000 usually too large); Forsgren et al.,
 * "Accelerate" (2018), lead time split into design and delivery; the cycle-time phases (coding, pickup,
 * review, deploy) as popularised by LinearB and Swarmia.
 */

import { share } from '../../org/metrics/metric-helpers.js';
import { inRange, type PullRequestRow, type ReviewRow, type TimeRange } from './delivery-rows.js';
import { type DistributionSummary, summarize } from './percentiles.js';

export type FlowAnomalyReason =
  | 'review-before-open'
  | 'deployed-before-merge'
  | 'ready-outside-open-to-merge'
  | 'merged-before-start';

export interface FlowAnomaly {
  pullRequestId: number;
  reason: FlowAnomalyReason;
}

export interface PullRequestCycle {
  pullRequestId: number;
  startAt: number;
  readyAt: number;
  firstReviewAt: number | null;
  mergedAt: number;
  endAt: number;
  deployed: boolean;
  cycleMs: number;
  codingMs: number;
  pickupMs: number | null;
  reviewMs: number | null;
  deployMs: number | null;
  aiAssisted: boolean;
}

/** A distribution with the pull requests it was computed from. */
export interface FlowFigure extends DistributionSummary {
  pullRequestIds: number[];
}

export type SizeBucket = 'XS' | 'S' | 'M' | 'L' | 'XL';

export const SIZE_BUCKETS: readonly { bucket: SizeBucket; below: number }[] = [
  { bucket: 'XS', below: 10 },
  { bucket: 'S', below: 50 },
  { bucket: 'M', below: 250 },
  { bucket: 'L', below: 1000 },
  { bucket: 'XL', below: Infinity },
];

export interface FlowOutput {
  range: TimeRange;
  /** Merged in the range, by merge time then id. */
  cycles: PullRequestCycle[];
  cycleTime: FlowFigure;
  coding: FlowFigure;
  pickup: FlowFigure;
  review: FlowFigure;
  deploy: FlowFigure;
  notDeployed: number[];
  anomalies: FlowAnomaly[];
  size: FlowFigure & { buckets: Record<SizeBucket, number[]>; unknown: number[] };
  timeToFirstReview: FlowFigure & { waiting: number[]; neverReviewed: number[] };
  reviewCoverage: { rate: number | null; covered: number[]; uncovered: number[] };
  workInProgress: { openAtEnd: number[]; averageOpen: number; pullRequestIds: number[] };
}

/** Whether a review was written by the pull request's author (rule in the file comment). */
export function isSelfReview(pr: PullRequestRow, review: ReviewRow): boolean {
  if (pr.authorPersonId !== null && review.reviewerPersonId !== null) {
    return pr.authorPersonId === review.reviewerPersonId;
  }
  return (
    pr.authorIdentityId !== null &&
    review.reviewerIdentityId !== null &&
    pr.authorIdentityId === review.reviewerIdentityId
  );
}

/** The size bucket of a change of `lines` lines (additions + deletions). */
export function sizeBucket(lines: number): SizeBucket {
  return SIZE_BUCKETS.find((b) => lines < b.below)!.bucket;
}

/** The cycle of a merged pull request (rules in the file comment); null when it is not merged. */
export function pullRequestCycle(pr: PullRequestRow, anomalies: FlowAnomaly[] = []): PullRequestCycle | null {
  if (pr.mergedAt === null) return null;
  const note = (reason: FlowAnomalyReason) => anomalies.push({ pullRequestId: pr.id, reason });
  const startAt = pr.firstCommitAt === null ? pr.createdAt : Math.min(pr.firstCommitAt, pr.createdAt);
  let mergedAt = pr.mergedAt;
  if (mergedAt < startAt) {
    note('merged-before-start');
    mergedAt = startAt;
  }
  const rawReady = pr.readyAt ?? pr.createdAt;
  if (rawReady < pr.createdAt || rawReady > pr.mergedAt) note('ready-outside-open-to-merge');
  const readyAt = Math.min(Math.max(rawReady, startAt), mergedAt);

  const othersReviews = pr.reviews.filter((r) => !isSelfReview(pr, r) && r.submittedAt <= pr.mergedAt!);
  const rawFirst = othersReviews.length > 0 ? Math.min(...othersReviews.map((r) => r.submittedAt)) : null;
  if (rawFirst !== null && rawFirst < pr.createdAt) note('review-before-open');
  const firstReviewAt = rawFirst === null ? null : Math.min(Math.max(rawFirst, readyAt), mergedAt);

  const deployed = pr.deployedAt !== null;
  if (pr.deployedAt !== null && pr.deployedAt < mergedAt) note('deployed-before-merge');
  const endAt = pr.deployedAt !== null && pr.deployedAt >= mergedAt ? pr.deployedAt : mergedAt;
  return {
    pullRequestId: pr.id,
    startAt,
    readyAt,
    firstReviewAt,
    mergedAt,
    endAt,
    deployed,
    cycleMs: endAt - startAt,
    codingMs: readyAt - startAt,
    pickupMs: firstReviewAt === null ? null : firstReviewAt - readyAt,
    reviewMs: firstReviewAt === null ? null : mergedAt - firstReviewAt,
    deployMs: deployed ? endAt - mergedAt : null,
    aiAssisted: pr.aiAssisted,
  };
}

/** The pull-request flow of a range (definitions in the file comment). */
export function pullRequestFlow(pullRequests: readonly PullRequestRow[], range: TimeRange): FlowOutput {
  if (!(range.from < range.to))
    throw new RangeError(`empty range: from ${range.from} is not before to ${range.to}`);
  const merged = pullRequests
    .filter((pr) => pr.mergedAt !== null && inRange(pr.mergedAt, range))
    .sort((a, b) => a.mergedAt! - b.mergedAt! || a.id - b.id);
  const anomalies: FlowAnomaly[] = [];
  const cycles = merged.map((pr) => pullRequestCycle(pr, anomalies)!);

  const figure = (pick: (c: PullRequestCycle) => number | null): FlowFigure => {
    const kept = cycles.filter((c) => pick(c) !== null);
    return { ...summarize(kept.map((c) => pick(c)!)), pullRequestIds: kept.map((c) => c.pullRequestId) };
  };

  return {
    range,
    cycles,
    cycleTime: figure((c) => c.cycleMs),
    coding: figure((c) => c.codingMs),
    pickup: figure((c) => c.pickupMs),
    review: figure((c) => c.reviewMs),
    deploy: figure((c) => c.deployMs),
    notDeployed: cycles.filter((c) => !c.deployed).map((c) => c.pullRequestId),
    anomalies,
    size: sizes(merged),
    timeToFirstReview: timeToFirstReview(pullRequests, range),
    reviewCoverage: reviewCoverage(merged),
    workInProgress: workInProgress(pullRequests, range),
  };
}

function sizes(merged: readonly PullRequestRow[]): FlowOutput['size'] {
  const buckets: Record<SizeBucket, number[]> = { XS: [], S: [], M: [], L: [], XL: [] };
  const unknown: number[] = [];
  const lines: number[] = [];
  const ids: number[] = [];
  for (const pr of merged) {
    if (pr.additions === null || pr.deletions === null) {
      unknown.push(pr.id);
      continue;
    }
    const n = pr.additions + pr.deletions;
    lines.push(n);
    ids.push(pr.id);
    buckets[sizeBucket(n)].push(pr.id);
  }
  return { ...summarize(lines), pullRequestIds: ids, buckets, unknown };
}

function timeToFirstReview(
  pullRequests: readonly PullRequestRow[],
  range: TimeRange,
): FlowOutput['timeToFirstReview'] {
  const waits: number[] = [];
  const ids: number[] = [];
  const waiting: number[] = [];
  const neverReviewed: number[] = [];
  for (const pr of pullRequests) {
    const readyAt = pr.readyAt ?? pr.createdAt;
    if ((pr.draft && pr.state === 'open') || !inRange(readyAt, range)) continue;
    const others = pr.reviews.filter((r) => !isSelfReview(pr, r));
    if (others.length === 0) {
      (pr.state === 'open' ? waiting : neverReviewed).push(pr.id);
      continue;
    }
    const first = Math.min(...others.map((r) => r.submittedAt));
    waits.push(Math.max(0, first - readyAt));
    ids.push(pr.id);
  }
  return { ...summarize(waits), pullRequestIds: ids, waiting, neverReviewed };
}

function reviewCoverage(merged: readonly PullRequestRow[]): FlowOutput['reviewCoverage'] {
  const covered: number[] = [];
  const uncovered: number[] = [];
  for (const pr of merged) {
    const approved = pr.reviews.some(
      (r) => r.state === 'approved' && !isSelfReview(pr, r) && r.submittedAt <= pr.mergedAt!,
    );
    (approved ? covered : uncovered).push(pr.id);
  }
  return { rate: share(covered.length, merged.length), covered, uncovered };
}

function workInProgress(
  pullRequests: readonly PullRequestRow[],
  range: TimeRange,
): FlowOutput['workInProgress'] {
  const openAtEnd: number[] = [];
  const ids: number[] = [];
  let openMs = 0;
  for (const pr of pullRequests) {
    const closes = [pr.mergedAt, pr.closedAt].filter((t): t is number => t !== null);
    if (closes.length === 0 && pr.state !== 'open') continue; // closed, but when is unknown
    const closedAt = closes.length > 0 ? Math.min(...closes) : Infinity;
    const from = Math.max(pr.createdAt, range.from);
    const to = Math.min(closedAt, range.to);
    if (from >= to) continue;
    ids.push(pr.id);
    openMs += to - from;
    if (closedAt >= range.to) openAtEnd.push(pr.id);
  }
  return { openAtEnd, averageOpen: openMs / (range.to - range.from), pullRequestIds: ids };
}

/**
 * Whether a pull request lived during the range (opened before its end, not closed or merged before its
 * start): the only ones `pullRequestFlow` can count for it, so a trend may pass just those.
 */
export function livedDuring(p: PullRequestRow, range: TimeRange): boolean {
  return p.createdAt < range.to && (p.mergedAt ?? p.closedAt ?? Number.POSITIVE_INFINITY) >= range.from;
}
