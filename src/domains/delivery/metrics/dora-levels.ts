/**
 * DORA performance levels: the thresholds, as data the UI can show with their source, and the rules that
 * place a measured value in a level.
 *
 * Definition (see docs/metrics.md, "Delivery", "DORA performance levels"):
 * The DORA "Accelerate State of DevOps Report 2023" gives cluster centres, not boundaries:
 *
 *   elite:  on demand (multiple deploys per day) · lead time < 1 day · CFR 5% · recovery < 1 hour
 *   high:   once per day to once per week · 1 day to 1 week · 10% · < 1 day
 *   medium: once per week to once per month · 1 week to 1 month · 15% · 1 day to 1 week
 *   low:    once per week to once per month · 1 week to 1 month · 64% · 1 month to 6 months
 *
 * Quarterdeck places a value with these rules (the boundary itself goes to the lower level for times,
 * to the higher level for the failure rate, whose table entries are upper values):
 * - lead time (median): < 1 day elite, < 1 week high, < 1 month (30 days) medium, else low;
 * - failed deployment recovery time (median): < 1 hour elite, < 1 day high, < 1 week medium, else low;
 * - change failure rate: ≤ 5% elite, ≤ 10% high, ≤ 15% medium, else low;
 * - deployment frequency (category, see `frequencyCategory`): on demand elite, daily to weekly high,
 *   weekly to monthly medium, anything rarer low (the 2023 low cluster deploys as often as the medium one;
 *   Quarterdeck keeps the levels ordered instead).
 * No data (null) has no level. Deployment rework rate (DORA 2024) has no level: the 2023 table has none.
 *
 * Reference: DORA, "Accelerate State of DevOps Report 2023" (Google Cloud, dora.dev/research/2023/), its
 * software delivery performance cluster table; the frequency categories are the answers of the DORA
 * survey's deployment-frequency question (how often the organization deploys code to production or
 * releases it to end users). The rule deciding a category follows Google's Four Keys dashboard
 * (dora-team/fourkeys: "daily" when the median number of days per week with a deployment is 3 or more,
 * "weekly" when most weeks have one), with "several per day" added for the on-demand answer.
 */

import { DAY_MS, HOUR_MS, WEEK_MS } from './time-buckets.js';

export type DoraLevel = 'elite' | 'high' | 'medium' | 'low';

/** The answers of the DORA survey's deployment-frequency question, most frequent first. */
export type FrequencyCategory =
  | 'on demand (several per day)'
  | 'daily to weekly'
  | 'weekly to monthly'
  | 'monthly to every six months'
  | 'fewer than once every six months';

export const MONTH_MS = 30 * DAY_MS;
export const SIX_MONTHS_MS = 180 * DAY_MS;

export const DORA_LEVEL_SOURCE = 'DORA, Accelerate State of DevOps Report 2023';

/** The thresholds, for the UI to show beside each level. */
export const DORA_THRESHOLDS = {
  source: DORA_LEVEL_SOURCE,
  year: 2023,
  url: 'https://dora.dev/research/2023/dora-report/',
  /** The report's cluster table, as printed. */
  clusters: [
    {
      level: 'elite',
      deploymentFrequency: 'On demand (multiple deploys per day)',
      leadTime: 'Less than one day',
      changeFailureRate: 0.05,
      recoveryTime: 'Less than one hour',
    },
    {
      level: 'high',
      deploymentFrequency: 'Between once per day and once per week',
      leadTime: 'Between one day and one week',
      changeFailureRate: 0.1,
      recoveryTime: 'Less than one day',
    },
    {
      level: 'medium',
      deploymentFrequency: 'Between once per week and once per month',
      leadTime: 'Between one week and one month',
      changeFailureRate: 0.15,
      recoveryTime: 'Between one day and one week',
    },
    {
      level: 'low',
      deploymentFrequency: 'Between once per week and once per month',
      leadTime: 'Between one week and one month',
      changeFailureRate: 0.64,
      recoveryTime: 'Between one month and six months',
    },
  ],
  /** Quarterdeck's placement rules: a value strictly below (times) or at most (rate) the bound. */
  leadTimeMs: { elite: DAY_MS, high: WEEK_MS, medium: MONTH_MS },
  recoveryTimeMs: { elite: HOUR_MS, high: DAY_MS, medium: WEEK_MS },
  changeFailureRate: { elite: 0.05, high: 0.1, medium: 0.15 },
  deploymentFrequency: {
    elite: ['on demand (several per day)'],
    high: ['daily to weekly'],
    medium: ['weekly to monthly'],
    low: ['monthly to every six months', 'fewer than once every six months'],
  },
} as const;

/** Level of a median lead time for changes, in ms. */
export function leadTimeLevel(ms: number | null): DoraLevel | null {
  if (ms === null) return null;
  const t = DORA_THRESHOLDS.leadTimeMs;
  return ms < t.elite ? 'elite' : ms < t.high ? 'high' : ms < t.medium ? 'medium' : 'low';
}

/** Level of a median failed deployment recovery time, in ms. */
export function recoveryTimeLevel(ms: number | null): DoraLevel | null {
  if (ms === null) return null;
  const t = DORA_THRESHOLDS.recoveryTimeMs;
  return ms < t.elite ? 'elite' : ms < t.high ? 'high' : ms < t.medium ? 'medium' : 'low';
}

/** Level of a change failure rate (0–1). */
export function changeFailureRateLevel(rate: number | null): DoraLevel | null {
  if (rate === null) return null;
  const t = DORA_THRESHOLDS.changeFailureRate;
  return rate <= t.elite ? 'elite' : rate <= t.high ? 'high' : rate <= t.medium ? 'medium' : 'low';
}

/** Level of a deployment frequency category. */
export function deploymentFrequencyLevel(category: FrequencyCategory | null): DoraLevel | null {
  if (category === null) return null;
  if (category === 'on demand (several per day)') return 'elite';
  if (category === 'daily to weekly') return 'high';
  if (category === 'weekly to monthly') return 'medium';
  return 'low';
}

/** What the frequency category is decided from (computed by the deployment-frequency metric). */
export interface FrequencyEvidence {
  /** Complete ISO weeks inside the range. */
  weeks: number;
  /** Median over those weeks of the number of UTC days with at least one deployment. */
  medianDeployDaysPerWeek: number | null;
  /** Median over the days with a deployment of the deployments that day. */
  medianDeploymentsPerDeployDay: number | null;
  /** Deployments in the range. */
  count: number;
  /** Length of the range, in ms. */
  rangeMs: number;
}

/**
 * The DORA survey answer a team's deployments correspond to; null when the range holds no complete ISO
 * week (too short to say):
 * 1. on demand (several per day): median deploy days per week ≥ 3 and median deployments per deploy day ≥ 2;
 * 2. daily to weekly: median deploy days per week ≥ 1 (most weeks have a deployment);
 * 3. weekly to monthly: at least one deployment per 30 days on average over the range;
 * 4. monthly to every six months: at least one per 180 days on average;
 * 5. fewer than once every six months: otherwise (including no deployment at all).
 */
export function frequencyCategory(e: FrequencyEvidence): FrequencyCategory | null {
  if (e.weeks === 0 || e.medianDeployDaysPerWeek === null) return null;
  if (e.medianDeployDaysPerWeek >= 3 && (e.medianDeploymentsPerDeployDay ?? 0) >= 2) {
    return 'on demand (several per day)';
  }
  if (e.medianDeployDaysPerWeek >= 1) return 'daily to weekly';
  if (e.count * MONTH_MS >= e.rangeMs) return 'weekly to monthly';
  if (e.count * SIX_MONTHS_MS >= e.rangeMs) return 'monthly to every six months';
  return 'fewer than once every six months';
}
