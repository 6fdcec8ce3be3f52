/**
 * How much delivery history the demo writes per size, and how each team works: an elite team that
 * deploys every merge, a struggling one that ships monthly and breaks things, and the rest in between.
 * Pure; the figures behind the volumes are in the brief of the demo (about 50 pull requests and 330
 * commits per repository and year; xl: 3 years, about 2,000 repositories, 2,000,000 commits, 300,000
 * pull requests and 100,000 deployments).
 */

import type { DemoSize } from '../../platform/modules.js';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

export interface DemoVolume {
  /** The history spans this many days before the seeding day. */
  days: number;
  /** Pull requests per repository and year, on average. */
  prsPerRepoYear: number;
}

export const DEMO_VOLUMES: Record<DemoSize['name'], DemoVolume> = {
  s: { days: 365, prsPerRepoYear: 50 },
  m: { days: 365, prsPerRepoYear: 50 },
  l: { days: 730, prsPerRepoYear: 50 },
  xl: { days: 1095, prsPerRepoYear: 50 },
};

export type ProfileName = 'elite' | 'high' | 'medium' | 'low' | 'showcase' | 'struggling';

export interface TeamProfile {
  name: ProfileName;
  /** Pull requests relative to an average team. */
  activity: number;
  /** Median hours from ready for review to merge. */
  mergeHours: number;
  /** Median hours from ready for review to the first review. */
  pickupHours: number;
  /** Share of merged pull requests reviewed before the merge (the rest are self-merged). */
  reviewed: number;
  /** Median commits on a pull request's branch. */
  commitsPerPr: number;
  /** Share of main-line changes pushed without a pull request. */
  directPush: number;
  /** Production deployments after every merge, or about every N days. */
  deployEveryDays: number | 'merge';
  /** Share of the profile's teams whose pipeline deploys to staging before production. */
  staging: number;
  /** Share of production deployments that fail (and are retried). */
  failedDeploy: number;
  /** Share of successful production deployments that cause an incident. */
  changeFailure: number;
  /** Median hours to resolve an incident. */
  recoveryHours: number;
  /** How quickly the team took up AI assistants (1 = the organization's average). */
  ai: number;
}

export const PROFILES: Record<ProfileName, TeamProfile> = {
  elite: {
    name: 'elite',
    activity: 1.5,
    mergeHours: 5,
    pickupHours: 0.8,
    reviewed: 0.97,
    commitsPerPr: 3,
    directPush: 0.01,
    deployEveryDays: 'merge',
    staging: 0.5,
    failedDeploy: 0.02,
    changeFailure: 0.03,
    recoveryHours: 0.7,
    ai: 1.4,
  },
  high: {
    name: 'high',
    activity: 1.15,
    mergeHours: 20,
    pickupHours: 3,
    reviewed: 0.92,
    commitsPerPr: 4,
    directPush: 0.03,
    deployEveryDays: 14,
    staging: 0.7,
    failedDeploy: 0.05,
    changeFailure: 0.08,
    recoveryHours: 4,
    ai: 1.15,
  },
  medium: {
    name: 'medium',
    activity: 1,
    mergeHours: 48,
    pickupHours: 12,
    reviewed: 0.82,
    commitsPerPr: 5,
    directPush: 0.05,
    deployEveryDays: 40,
    staging: 0.7,
    failedDeploy: 0.1,
    changeFailure: 0.15,
    recoveryHours: 20,
    ai: 0.9,
  },
  low: {
    name: 'low',
    activity: 0.7,
    mergeHours: 130,
    pickupHours: 40,
    reviewed: 0.6,
    commitsPerPr: 6,
    directPush: 0.1,
    deployEveryDays: 75,
    staging: 0.5,
    failedDeploy: 0.2,
    changeFailure: 0.32,
    recoveryHours: 70,
    ai: 0.5,
  },
  /** The demo's named elite team: a busy team that ships every merge, several times a day. */
  showcase: {
    name: 'showcase',
    activity: 12,
    mergeHours: 4,
    pickupHours: 0.7,
    reviewed: 0.98,
    commitsPerPr: 2.5,
    directPush: 0.01,
    deployEveryDays: 'merge',
    staging: 1,
    failedDeploy: 0.02,
    changeFailure: 0.04,
    recoveryHours: 0.6,
    ai: 1.5,
  },
  /** The demo's named struggling team: ships monthly, big batches, and a third of its releases break. */
  struggling: {
    name: 'struggling',
    activity: 0.9,
    mergeHours: 220,
    pickupHours: 60,
    reviewed: 0.55,
    commitsPerPr: 7,
    directPush: 0.12,
    deployEveryDays: 40,
    staging: 1,
    failedDeploy: 0.25,
    changeFailure: 0.38,
    recoveryHours: 60,
    ai: 0.4,
  },
};

/**
 * A profile per team (ids ascending): the first team is the elite one, the second the struggling one
 * (so even the smallest demo has both), the others drawn from a mix most organizations would recognize.
 */
export function teamProfiles(teamIds: readonly number[], rnd: () => number): Map<number, TeamProfile> {
  const out = new Map<number, TeamProfile>();
  [...teamIds]
    .sort((a, b) => a - b)
    .forEach((id, i) => {
      if (i === 0) out.set(id, PROFILES.showcase);
      else if (i === 1) out.set(id, PROFILES.struggling);
      else {
        const r = rnd();
        out.set(
          id,
          r < 0.05 ? PROFILES.elite : r < 0.27 ? PROFILES.high : r < 0.72 ? PROFILES.medium : PROFILES.low,
        );
      }
    });
  return out;
}

/** A standard normal draw (Box–Muller). */
export function gauss(rnd: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
}

/** A log-normal draw with the given median. */
export function logNormal(rnd: () => number, median: number, sigma = 0.8): number {
  return median * Math.exp(sigma * gauss(rnd));
}

/** Moves a time onto a working day (most of the time) and into working hours (UTC, roughly 8–19 h). */
export function workTime(t: number, rnd: () => number): number {
  let day = Math.floor(t / DAY) * DAY;
  const weekday = new Date(day).getUTCDay();
  if ((weekday === 0 || weekday === 6) && rnd() < 0.9) day += (weekday === 6 ? 2 : 1) * DAY;
  const hour = 7.5 + 11 * ((rnd() + rnd() + rnd()) / 3);
  return day + Math.floor(hour * HOUR + rnd() * 60_000);
}

/** The share of commits written with an AI assistant `monthsAgo` months before the seeding day. */
export function aiShare(monthsAgo: number, adoption: number): number {
  return Math.min(0.8, 0.42 * Math.exp(-monthsAgo / 11) * adoption);
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** 40 hex digits from the generator: unique within one stream (its period is 2^32 draws). */
export function fakeSha(rnd: () => number): string {
  let s = '';
  for (let i = 0; i < 5; i++) {
    const x = Math.floor(rnd() * 4294967296);
    s += HEX[x >>> 24]! + HEX[(x >>> 16) & 255]! + HEX[(x >>> 8) & 255]! + HEX[x & 255]!;
  }
  return s;
}
