/**
 * One demo service's deployments and incidents, generated from its main line: staging before every
 * production deployment, production after each merge (elite teams) or every few days or weeks, failed
 * deployments retried, incidents caused by some deployments (linked by the source or left to
 * attribution), rollbacks marked as rework, outages no change caused, and a few incidents never closed.
 * Pure: everything comes from `rnd`.
 */

import { DAY, HOUR, logNormal, type TeamProfile, workTime } from './delivery-demo-plan.js';
import { incidentTitle } from './delivery-demo-text.js';

export interface GenDeployment {
  /** Index in the service's list: what incidents link to. */
  key: number;
  externalId: string;
  environment: 'production' | 'staging';
  sha: string;
  status: 'success' | 'failure' | 'cancelled' | 'in_progress';
  createdAt: number;
  startedAt: number;
  finishedAt: number | null;
  name: string;
  rework: boolean | null;
}

export interface GenIncident {
  title: string;
  severity: string;
  status: 'open' | 'resolved';
  startedAt: number;
  resolvedAt: number | null;
  /** The deployment the source names as the cause (key), or null. */
  deploymentKey: number | null;
  changeRelated: boolean | null;
}

export interface ServicePlan {
  repository: string;
  service: string;
  profile: TeamProfile;
  /** Whether the pipeline deploys to staging before production. */
  staging: boolean;
  main: readonly { sha: string; at: number }[];
  now: number;
}

type Rnd = () => number;

const SEVERITIES = ['sev1', 'sev2', 'sev2', 'sev3', 'sev3', 'sev3', 'sev4', 'sev4'];

/** The last main-line commit made at or before `t` (index), or -1. */
function headAt(main: ServicePlan['main'], t: number): number {
  let lo = 0;
  let hi = main.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (main[mid]!.at <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** When production deployments start and which main-line commit each deploys: every push, or on a cadence. */
function productionTimes(plan: ServicePlan, rnd: Rnd): { at: number; head: number }[] {
  const { main, now, profile } = plan;
  const out: { at: number; head: number }[] = [];
  if (main.length === 0) return out;
  if (profile.deployEveryDays === 'merge') {
    // Every push to main runs the pipeline.
    for (let i = 1; i < main.length; i++) {
      out.push({ at: main[i]!.at + Math.floor(logNormal(rnd, 25 * 60_000, 0.4)), head: i });
    }
    return out;
  }
  const every = profile.deployEveryDays * DAY;
  let t = main[0]!.at + Math.floor(rnd() * every);
  while (t < now) {
    const at = workTime(t, rnd);
    out.push({ at, head: headAt(main, at - 30 * 60_000) });
    t += Math.floor(every * (0.4 + 1.2 * rnd()));
  }
  return out.sort((a, b) => a.at - b.at);
}

export function generateDeployments(
  plan: ServicePlan,
  rnd: Rnd,
): { deployments: GenDeployment[]; incidents: GenIncident[] } {
  const { main, now, profile, repository, service } = plan;
  const deployments: GenDeployment[] = [];
  const incidents: GenIncident[] = [];
  let seq = 0;
  let release = 0;
  const add = (
    environment: GenDeployment['environment'],
    sha: string,
    startedAt: number,
    status: GenDeployment['status'],
    rework: boolean | null,
  ): GenDeployment | null => {
    if (startedAt >= now) return null;
    const minutes = environment === 'production' ? logNormal(rnd, 11, 0.5) : logNormal(rnd, 6, 0.5);
    let finishedAt: number | null = startedAt + Math.floor(minutes * 60_000);
    if (finishedAt > now) {
      finishedAt = null;
      status = 'in_progress';
    }
    if (environment === 'production' && status === 'success') release++;
    const d: GenDeployment = {
      key: deployments.length,
      externalId: `${repository}/${environment}/${++seq}`,
      environment,
      sha,
      status,
      createdAt: startedAt - Math.floor(rnd() * 120_000),
      startedAt,
      finishedAt,
      name:
        environment === 'production'
          ? `v1.${Math.floor(release / 10)}.${release % 10}`
          : `staging ${sha.slice(0, 7)}`,
      rework,
    };
    deployments.push(d);
    return d;
  };

  let lastProduction: string | null = null;
  let previousProduction: string | null = null;
  const cadence = profile.deployEveryDays !== 'merge';
  const times = productionTimes(plan, rnd);
  let stagedUpTo = 0;
  for (const { at, head } of times) {
    if (head < 0) continue;
    const sha = main[head]!.sha;
    if (sha === lastProduction) continue; // nothing new to ship
    // Staging runs continuously for teams on a cadence: some merges are deployed to staging on their own.
    if (cadence && plan.staging) {
      for (let i = Math.max(stagedUpTo, 1); i < head; i++) {
        if (rnd() < 0.1)
          add(
            'staging',
            main[i]!.sha,
            main[i]!.at + Math.floor(logNormal(rnd, 30 * 60_000)),
            'success',
            null,
          );
      }
      stagedUpTo = head;
    }
    if (plan.staging) {
      const stagingAt =
        at - Math.floor(cadence ? logNormal(rnd, 2 * HOUR, 0.6) : logNormal(rnd, 18 * 60_000, 0.3));
      add('staging', sha, stagingAt, rnd() < 0.03 ? 'failure' : 'success', null);
    }
    let start = at;
    const r = rnd();
    if (r < profile.failedDeploy) {
      add('production', sha, start, 'failure', null);
      start += Math.floor(logNormal(rnd, 45 * 60_000, 0.6));
    } else if (r < profile.failedDeploy + 0.01) {
      add('production', sha, start, 'cancelled', null);
      start += Math.floor(logNormal(rnd, 30 * 60_000, 0.6));
    }
    const d = add('production', sha, start, 'success', null);
    if (d?.status !== 'success' || d.finishedAt === null) continue;
    previousProduction = lastProduction;
    lastProduction = sha;

    if (rnd() < profile.changeFailure) {
      const startedAt = d.finishedAt + Math.floor(Math.min(2 * DAY, logNormal(rnd, 1.5 * HOUR, 1.1)));
      if (startedAt >= now) continue;
      const recovery = Math.floor(logNormal(rnd, profile.recoveryHours * HOUR, 0.9));
      const resolvedAt = startedAt + recovery < now ? startedAt + recovery : null;
      incidents.push({
        title: incidentTitle(rnd, service, true),
        severity: SEVERITIES[Math.floor(rnd() * SEVERITIES.length)]!,
        status: resolvedAt === null ? 'open' : 'resolved',
        startedAt,
        resolvedAt,
        deploymentKey: rnd() < 0.55 ? d.key : null,
        changeRelated: rnd() < 0.5 ? true : null,
      });
      // A rollback to the previous release, marked as rework by the pipeline.
      if (previousProduction && rnd() < 0.35) {
        const rollback = add(
          'production',
          previousProduction,
          startedAt + Math.floor(recovery * (0.2 + 0.4 * rnd())),
          'success',
          true,
        );
        if (rollback?.status === 'success') lastProduction = previousProduction;
      }
    }
  }

  // Outages no change caused, and an incident somebody forgot to close.
  const first = main[0]?.at ?? now;
  const years = (now - first) / (365 * DAY);
  const outages = Math.floor(years * 1.2 + rnd());
  for (let i = 0; i < outages; i++) {
    const startedAt = first + Math.floor(rnd() * (now - first));
    const end = startedAt + Math.floor(logNormal(rnd, 3 * HOUR, 0.8));
    incidents.push({
      title: incidentTitle(rnd, service, false),
      severity: rnd() < 0.3 ? 'sev1' : 'sev2',
      status: end < now ? 'resolved' : 'open',
      startedAt,
      resolvedAt: end < now ? end : null,
      deploymentKey: null,
      changeRelated: false,
    });
  }
  if (rnd() < 0.08 && now - first > 30 * DAY) {
    incidents.push({
      title: `Intermittent errors on ${service} (under investigation)`,
      severity: 'sev4',
      status: 'open',
      startedAt: now - Math.floor((20 + rnd() * 150) * DAY),
      resolvedAt: null,
      deploymentKey: null,
      changeRelated: null,
    });
  }
  return { deployments, incidents };
}
