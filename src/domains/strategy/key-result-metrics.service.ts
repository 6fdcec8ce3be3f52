/**
 * Live figures a key result can be bound to, read from the delivery domain's public service functions
 * for the goal's team (its subtree) or the whole organization, over the 30 days before now. Each
 * binding names its unit and the delivery page that shows the rows behind it.
 */

import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import { doraFor, flowWithTrend } from '../delivery/delivery-metrics.service.js';

export const KEY_RESULT_METRICS = {
  'delivery.lead-time': {
    label: 'Lead time for changes (median)',
    unit: 'h',
    source: 'dora',
    page: 'lead-time',
  },
  'delivery.deployment-frequency': {
    label: 'Production deployments per week',
    unit: '/week',
    source: 'dora',
    page: 'deployment-frequency',
  },
  'delivery.change-failure-rate': {
    label: 'Change failure rate',
    unit: '%',
    source: 'dora',
    page: 'change-failure-rate',
  },
  'delivery.recovery-time': {
    label: 'Failed deployment recovery time (median)',
    unit: 'h',
    source: 'dora',
    page: 'recovery-time',
  },
  'delivery.pr-cycle-time': {
    label: 'Pull-request cycle time (median)',
    unit: 'h',
    source: 'flow',
    page: 'cycle-time',
  },
  'delivery.review-coverage': {
    label: 'Review coverage',
    unit: '%',
    source: 'flow',
    page: 'review-coverage',
  },
} as const;

export type KeyResultMetric = keyof typeof KEY_RESULT_METRICS;
export const KEY_RESULT_METRIC_IDS = Object.keys(KEY_RESULT_METRICS) as [
  KeyResultMetric,
  ...KeyResultMetric[],
];

export const METRIC_WINDOW_DAYS = 30;
const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface MetricReading {
  value: number | null;
  /** The delivery page with the rows behind the value. */
  href: string;
  window: { from: string; to: string };
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Reads the bound figures for each (metric, team) pair asked, one delivery read per team and source.
 * `now` is the end of the window.
 */
export async function readMetrics(
  db: Db,
  principal: Principal,
  wanted: { metric: KeyResultMetric; teamId: number | null }[],
  now = Date.now(),
): Promise<Map<string, MetricReading>> {
  const range = { from: now - METRIC_WINDOW_DAYS * DAY, to: now };
  const window = { from: new Date(range.from).toISOString(), to: new Date(range.to).toISOString() };
  const out = new Map<string, MetricReading>();
  const dora = new Map<string, ReturnType<typeof doraFor>>();
  const flow = new Map<string, ReturnType<typeof flowWithTrend>>();
  for (const w of wanted) {
    const key = String(w.teamId ?? 'org');
    const def = KEY_RESULT_METRICS[w.metric];
    if (def.source === 'dora' && !dora.has(key))
      dora.set(key, doraFor(db, principal, { scope: { teamId: w.teamId }, range, bucket: 'month' }));
    if (def.source === 'flow' && !flow.has(key))
      flow.set(key, flowWithTrend(db, principal, { scope: { teamId: w.teamId }, range, bucket: 'month' }));
  }
  for (const w of wanted) {
    const key = String(w.teamId ?? 'org');
    const def = KEY_RESULT_METRICS[w.metric];
    let value: number | null = null;
    if (def.source === 'dora') {
      const d = await dora.get(key)!;
      if (w.metric === 'delivery.lead-time')
        value = d.leadTime.median === null ? null : d.leadTime.median / HOUR;
      if (w.metric === 'delivery.deployment-frequency') value = d.deploymentFrequency.perWeek;
      if (w.metric === 'delivery.change-failure-rate')
        value = d.changeFailureRate.rate === null ? null : d.changeFailureRate.rate * 100;
      if (w.metric === 'delivery.recovery-time')
        value = d.recoveryTime.median === null ? null : d.recoveryTime.median / HOUR;
    } else {
      const { flow: f } = await flow.get(key)!;
      if (w.metric === 'delivery.pr-cycle-time')
        value = f.cycleTime.median === null ? null : f.cycleTime.median / HOUR;
      if (w.metric === 'delivery.review-coverage')
        value = f.reviewCoverage.rate === null ? null : f.reviewCoverage.rate * 100;
    }
    const q = new URLSearchParams({
      metric: def.page,
      from: window.from.slice(0, 10),
      to: window.to.slice(0, 10),
    });
    if (w.teamId !== null) q.set('teamId', String(w.teamId));
    out.set(`${w.metric}|${key}`, {
      value: value === null ? null : round(value, 2),
      href: `/delivery/rows?${q.toString()}`,
      window,
    });
  }
  return out;
}

export const metricKey = (metric: string, teamId: number | null) => `${metric}|${teamId ?? 'org'}`;
