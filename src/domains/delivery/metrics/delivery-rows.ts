/**
 * The rows the delivery metrics read: plain objects as the delivery repository returns them, with
 * timestamps as epoch milliseconds (UTC) and ids as numbers. No database, no I/O: every metric in this
 * folder is a pure function of these rows (definitions in docs/metrics.md, "Delivery").
 */

import type { DeploymentStatus, EnvironmentKind, ReviewState } from '../importers/delivery-input.js';

export type { DeploymentStatus, EnvironmentKind, ReviewState };

/** A half-open time range `[from, to)` in epoch milliseconds. */
export interface TimeRange {
  from: number;
  to: number;
}

export interface DeploymentRow {
  id: number;
  serviceId: number | null;
  repositoryId: number | null;
  environment: EnvironmentKind;
  status: DeploymentStatus;
  sha: string | null;
  createdAt: number;
  /** When the deployment reached its final status; null while it runs. */
  finishedAt: number | null;
  /** The source says this deployment was unplanned (a rollback, a hotfix); null when it does not say. */
  rework: boolean | null;
}

export interface CommitRow {
  id: number;
  sha: string;
  /** Empty for a root commit; two or more for a merge. */
  parents: string[];
  authoredAt: number;
  committedAt: number;
  aiAssisted: boolean;
}

export interface IncidentRow {
  id: number;
  serviceId: number | null;
  startedAt: number;
  resolvedAt: number | null;
  /** The deployment the source says caused the incident (an explicit link). */
  deploymentId: number | null;
  /** False when the source says no change caused it (a provider outage); null when it does not say. */
  changeRelated: boolean | null;
}

export interface ReviewRow {
  reviewerPersonId: number | null;
  reviewerIdentityId: number | null;
  state: ReviewState;
  submittedAt: number;
}

export interface PullRequestRow {
  id: number;
  authorPersonId: number | null;
  authorIdentityId: number | null;
  state: 'open' | 'closed' | 'merged';
  draft: boolean;
  createdAt: number;
  /** When the pull request left draft; null when it was never a draft (ready when created). */
  readyAt: number | null;
  mergedAt: number | null;
  closedAt: number | null;
  /** The earliest authored time of its commits; null when the commits are not known. */
  firstCommitAt: number | null;
  additions: number | null;
  deletions: number | null;
  /** When the first successful production deployment shipping its merge finished; null if none yet. */
  deployedAt: number | null;
  aiAssisted: boolean;
  reviews: ReviewRow[];
}

/** A successful production deployment that has finished: the only kind DORA counts as a deployment. */
export type CountedDeployment = DeploymentRow & { finishedAt: number };

/**
 * Whether a deployment counts as a deployment for DORA: environment `production`, status `success`, and
 * a finish time. Failed, cancelled, running and non-production deployments are not deployments at all.
 */
export function isCountedDeployment(d: DeploymentRow): d is CountedDeployment {
  return d.environment === 'production' && d.status === 'success' && d.finishedAt !== null;
}

/** Whether `t` lies in the half-open range `[from, to)`. */
export function inRange(t: number, range: TimeRange): boolean {
  return t >= range.from && t < range.to;
}
