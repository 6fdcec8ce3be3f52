import type { Output, Role } from '../../api/types';

/** `GET /api/v1/delivery/quality`: what was collected, when, and what is missing (docs/metrics.md#delivery-data-quality). */
export type Quality = Output<'/api/v1/delivery/quality'>;
export type QualityRepository = Quality['repositories'][number];
export type QualitySource = Quality['sources'][number];
export type QualityWebhook = Quality['webhooks'][number];

/** The ranges the page offers, in days back from now. */
export const QUALITY_DAYS = [7, 30, 90, 365] as const;
export const DEFAULT_QUALITY_DAYS = 90;

/** `?days=` as one of the offered ranges (anything else: the default). */
export function qualityDays(value: string | null): number {
  const n = Number(value);
  return (QUALITY_DAYS as readonly number[]).includes(n) ? n : DEFAULT_QUALITY_DAYS;
}

/** A gap of the delivery data: what it is, what it does to the numbers, and what to do about it. */
export interface GapInfo {
  key: string;
  /** "production deployments without a commit sha" (after the count). */
  label: string;
  /** The same after a count of 1. */
  one: string;
  /** What the gap does to the figures. */
  meaning: string;
  /** What to do; `backticks` mark commands. */
  action: string;
  /** A page that helps, for the roles that may open it. */
  link?: { href: string; label: string; roles?: readonly Role[] };
  /** The figures it bends (names of the delivery metrics). */
  affects: readonly string[];
}

const STEWARDS: readonly Role[] = ['admin', 'executive'];

/** The gaps the API counts, most damaging to the DORA figures first. */
export const GAPS: readonly GapInfo[] = [
  {
    key: 'deploymentsWithUnknownCommit',
    label: 'production deployments whose commit is not in the imported history',
    one: 'production deployment whose commit is not in the imported history',
    meaning:
      'The changes they shipped cannot be found, so lead time for changes leaves them out and these deployments look as if they shipped nothing.',
    action:
      'Import the repository’s history — `quarterdeck import git <path>` (a partial, blobless clone is enough) — and the changes are mapped again.',
    affects: ['Lead time for changes'],
  },
  {
    key: 'productionDeploymentsWithoutCommit',
    label: 'production deployments without a commit sha',
    one: 'production deployment without a commit sha',
    meaning:
      'They count in deployment frequency and change failure rate, but what they shipped is unknown: no lead time for their changes.',
    action:
      'Send the deployed commit with each deployment (`sha` in the generic format, the DevLake webhook or the GitHub deployment).',
    affects: ['Lead time for changes'],
  },
  {
    key: 'deploymentsWithoutRepository',
    label: 'deployments without a repository',
    one: 'deployment without a repository',
    meaning: 'Their commits cannot be mapped to them, so their changes have no lead time.',
    action:
      'Send the repository with each deployment, or give the service exactly one repository in the catalog — it is then filled in.',
    affects: ['Lead time for changes'],
  },
  {
    key: 'deploymentsWithoutService',
    label: 'deployments without a service',
    one: 'deployment without a service',
    meaning:
      'They count for the whole organization but for no team or service, so team and service figures miss them, and no incident can be attributed to them.',
    action: 'Name the service (the catalog component) in each deployment; import the catalog first.',
    link: { href: '/org/import', label: 'Import the catalog', roles: STEWARDS },
    affects: ['Deployment frequency', 'Change failure rate'],
  },
  {
    key: 'incidentsWithoutService',
    label: 'incidents without a service',
    one: 'incident without a service',
    meaning:
      'They cannot be attributed to a deployment: change failure rate and recovery time leave them out, so both look better than they are.',
    action: 'Name the affected service in each incident (`service` in the generic format or the webhook).',
    affects: ['Change failure rate', 'Failed deployment recovery time'],
  },
  {
    key: 'incidentsUnresolved',
    label: 'incidents still open',
    one: 'incident still open',
    meaning:
      'A failed deployment whose incident is still open has no recovery time yet; if the incident is in fact over, recovery time misses it.',
    action:
      'Close them in the incident tool, or send their resolution (`resolvedAt` in the generic format, the DevLake close call).',
    affects: ['Failed deployment recovery time'],
  },
  {
    key: 'mergedPullRequestsNotDeployed',
    label: 'pull requests merged over a week ago that no production deployment shipped',
    one: 'pull request merged over a week ago that no production deployment shipped',
    meaning:
      'Their cycle time ends at the merge and has no deploy phase, so the flow looks faster than it is — unless they really never shipped.',
    action:
      'Import the deployments of their repositories with the commit each deployed; for repositories that ship by release tag, `quarterdeck import git <path> -o release-tags=v*`.',
    affects: ['Pull-request cycle time'],
  },
  {
    key: 'pullRequestsWithoutCommits',
    label: 'merged pull requests without their commits',
    one: 'merged pull request without its commits',
    meaning:
      'Their coding phase starts at the opening instead of the first commit, and the deployment that shipped them cannot be found.',
    action:
      'Sync them again from GitHub — `quarterdeck import github <owner/name>` — or list their `commits` in the generic format.',
    affects: ['Pull-request cycle time'],
  },
  {
    key: 'commitsWithoutPerson',
    label: 'commits whose author is not matched to a person',
    one: 'commit whose author is not matched to a person',
    meaning:
      'They count for the organization but for no team or person, so team figures of changes and pull requests miss them.',
    action:
      'Match the author identities to people, or import the repository’s mail map: `quarterdeck import mailmap <path>`.',
    link: { href: '/org/identities', label: 'Review the identities', roles: STEWARDS },
    affects: ['Lead time for changes', 'Pull-request cycle time'],
  },
  {
    key: 'repositoriesWithoutDeployments',
    label: 'repositories with commits but no deployments',
    one: 'repository with commits but no deployments',
    meaning:
      'If they ship, their changes are missing from deployment frequency and lead time; libraries and tools that never deploy are fine as they are.',
    action:
      'Send their deployments (the generic import or the webhooks), or count release tags as deployments: `quarterdeck import git <path> -o release-tags=v*`.',
    affects: ['Deployment frequency', 'Lead time for changes'],
  },
];

/** Counts that give a gap its context and are no gap themselves. */
const CONTEXT_KEYS = new Set(['commits', 'authorIdentitiesWithoutPerson']);

/** "mergedPullRequestsNotDeployed" → "merged pull requests not deployed", for gaps this page does not know yet. */
function words(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export interface GapRow {
  info: GapInfo;
  count: number;
}

/** "1 incident without a service", "3 incidents without a service". */
export function gapPhrase(row: GapRow): string {
  return `${row.count.toLocaleString()} ${row.count === 1 ? row.info.one : row.info.label}`;
}

/**
 * The gaps of an answer, the known ones in their order and any new ones the API adds after them, with
 * the gaps found first and those at zero (OK) after.
 */
export function gapRows(gaps: Record<string, number>): GapRow[] {
  const known = GAPS.filter((g) => g.key in gaps).map((info) => ({ info, count: gaps[info.key] ?? 0 }));
  const extra = Object.keys(gaps)
    .filter((k) => !CONTEXT_KEYS.has(k) && !GAPS.some((g) => g.key === k))
    .map((key) => ({
      info: {
        key,
        label: words(key),
        one: words(key),
        meaning: '',
        action: '',
        affects: [],
      } satisfies GapInfo,
      count: gaps[key] ?? 0,
    }));
  const rows = [...known, ...extra];
  return [...rows.filter((r) => r.count > 0), ...rows.filter((r) => r.count === 0)];
}

/** The gaps that bend the given figures, with a count above zero. */
export function gapsAffecting(gaps: Record<string, number>, figures: readonly string[]): GapRow[] {
  return gapRows(gaps).filter((r) => r.count > 0 && r.info.affects.some((a) => figures.includes(a)));
}

/** Whole days from `from` (YYYY-MM-DD) to now, at least 1: the quality range that covers a page's range. */
export function daysSince(from: string, now = Date.now()): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  if (Number.isNaN(start)) return DEFAULT_QUALITY_DAYS;
  return Math.min(3650, Math.max(1, Math.ceil((now - start) / 86_400_000)));
}
