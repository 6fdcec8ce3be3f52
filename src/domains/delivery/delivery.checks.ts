/**
 * Delivery's answers on the scorecard: are deliveries coming out on time, are changes safe, is code
 * reviewed. Each compares a DORA or flow figure of the scope and range with the targets people set
 * (delivery-targets.service.ts); definitions in docs/metrics.md.
 */

import { noData } from '../../platform/checks.js';
import type { CheckDefinition, CheckResult } from '../../platform/modules.js';
import { doraFor, flowWithTrend } from './delivery-metrics.service.js';
import { deliveryTargets } from './delivery-targets.service.js';
import { formatDuration } from './format-duration.js';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const BRING_DELIVERY =
  'Import git history with `quarterdeck import git <path>`, send deployments and incidents to /api/v1/delivery/deployments and /api/v1/delivery/incidents (or the DevLake-compatible webhooks), or import the generic format (docs/import-formats.md).';

function scopeQuery(teamId: number | null, from: Date, to: Date): string {
  const q = new URLSearchParams({ from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) });
  if (teamId) q.set('teamId', String(teamId));
  return q.toString();
}

/** Both figures within target: good; one: watch; none: bad. */
function combine(ok: boolean[]): CheckResult['status'] {
  const n = ok.filter(Boolean).length;
  return n === ok.length ? 'good' : n > 0 ? 'watch' : 'bad';
}

export const onTimeCheck: CheckDefinition = {
  id: 'delivery.on-time',
  group: 'delivery',
  title: 'Are deliveries coming out on time?',
  explanation:
    'Median lead time for changes (commit to production) and production deployments per week, against the targets set under Delivery › DORA metrics › Targets. ' +
    'Good when both meet their target, watch when one does. Definitions: docs/metrics.md#lead-time-for-changes and #deployment-frequency.',
  async evaluate({ db, from, to, teamId, principal }) {
    const range = { from: from.getTime(), to: to.getTime() };
    const [d, t] = await Promise.all([
      doraFor(db, principal, { scope: { teamId }, range, bucket: 'week' }),
      deliveryTargets(db),
    ]);
    const lead = d.leadTime.median;
    const perWeek = d.deploymentFrequency.perWeek;
    if (d.deploymentFrequency.count === 0) {
      return noData('No production deployments in this range.', BRING_DELIVERY, {
        href: '/delivery/quality',
        label: 'Data quality',
      });
    }
    const leadOk = lead !== null && lead <= t.leadTimeHours * 3_600_000;
    const freqOk = perWeek >= t.deploymentsPerWeek;
    return {
      status: combine([leadOk, freqOk]),
      value: lead === null ? null : Math.round((lead / 3_600_000) * 10) / 10,
      unit: 'h',
      display: `lead time ${lead === null ? 'unknown' : formatDuration(lead)} · ${Math.round(perWeek * 10) / 10} deployments a week`,
      target: `lead time ≤ ${formatDuration(t.leadTimeHours * 3_600_000)} · ≥ ${t.deploymentsPerWeek} a week`,
      trend: d.trend
        .filter((p) => p.leadTime.median !== null)
        .map((p) => ({
          at: new Date(p.start).toISOString(),
          value: Math.round((p.leadTime.median! / 3_600_000) * 10) / 10,
        })),
      evidence: {
        href: `/delivery?${scopeQuery(teamId, from, to)}`,
        label: `${d.deploymentFrequency.count} deployments`,
      },
      noData: null,
    };
  },
};

export const changeSafetyCheck: CheckDefinition = {
  id: 'delivery.change-safety',
  group: 'delivery',
  title: 'Are changes safe?',
  explanation:
    'Change failure rate (production deployments that caused an incident) and deployment rework rate (unplanned deployments made to fix one), against the targets. ' +
    'Good when both meet their target, watch when one does. Definitions: docs/metrics.md#change-failure-rate and #deployment-rework-rate.',
  async evaluate({ db, from, to, teamId, principal }) {
    const range = { from: from.getTime(), to: to.getTime() };
    const [d, t] = await Promise.all([
      doraFor(db, principal, { scope: { teamId }, range, bucket: 'week' }),
      deliveryTargets(db),
    ]);
    const cfr = d.changeFailureRate.rate;
    const rework = d.reworkRate.rate;
    if (cfr === null || rework === null) {
      return noData('No production deployments in this range.', BRING_DELIVERY, {
        href: '/delivery/quality',
        label: 'Data quality',
      });
    }
    return {
      status: combine([cfr <= t.changeFailureRate, rework <= t.reworkRate]),
      value: Math.round(cfr * 1000) / 10,
      unit: '%',
      display: `${pct(cfr)} change failure rate (${d.changeFailureRate.failed} of ${d.changeFailureRate.total}) · ${pct(rework)} rework`,
      target: `≤ ${pct(t.changeFailureRate)} failures · ≤ ${pct(t.reworkRate)} rework`,
      trend: d.trend
        .filter((p) => p.changeFailureRate.rate !== null)
        .map((p) => ({
          at: new Date(p.start).toISOString(),
          value: Math.round(p.changeFailureRate.rate! * 1000) / 10,
        })),
      evidence: {
        href: `/delivery/rows?metric=change-failure-rate&${scopeQuery(teamId, from, to)}`,
        label: `${d.changeFailureRate.failed} failed deployments`,
      },
      noData: null,
    };
  },
};

export const reviewCoverageCheck: CheckDefinition = {
  id: 'delivery.review-coverage',
  group: 'delivery',
  title: 'Is code reviewed?',
  explanation:
    'Share of merged pull requests approved by someone other than their author, against the target. Good at the target, watch within 10 points of it. ' +
    'Definition: docs/metrics.md#review-coverage.',
  async evaluate({ db, from, to, teamId, principal }) {
    const range = { from: from.getTime(), to: to.getTime() };
    const [{ flow, trend }, t] = await Promise.all([
      flowWithTrend(db, principal, { scope: { teamId }, range, bucket: 'week' }),
      deliveryTargets(db),
    ]);
    const rate = flow.reviewCoverage.rate;
    if (rate === null) {
      return noData(
        'No merged pull requests in this range.',
        'Sync pull requests from GitHub (`quarterdeck import github <owner/name>`), its webhooks, or the generic import format (docs/import-formats.md).',
        { href: '/delivery/quality', label: 'Data quality' },
      );
    }
    return {
      status: rate >= t.reviewCoverage ? 'good' : rate >= t.reviewCoverage - 0.1 ? 'watch' : 'bad',
      value: Math.round(rate * 1000) / 10,
      unit: '%',
      display: `${pct(rate)} of ${flow.cycles.length} merged pull requests approved by someone else`,
      target: `≥ ${pct(t.reviewCoverage)}`,
      trend: trend
        .filter((p) => p.flow.reviewCoverage.rate !== null)
        .map((p) => ({
          at: new Date(p.start).toISOString(),
          value: Math.round(p.flow.reviewCoverage.rate! * 1000) / 10,
        })),
      evidence: {
        href: `/delivery/rows?metric=review-coverage&${scopeQuery(teamId, from, to)}`,
        label: `${flow.reviewCoverage.uncovered.length} without an approval`,
      },
      noData: null,
    };
  },
};
