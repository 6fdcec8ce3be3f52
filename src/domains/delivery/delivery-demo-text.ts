/**
 * Words for the delivery demo: conventional-commit subjects, pull-request titles and labels, branch
 * names, dependency bumps and incident titles, so that generated history reads like a real team's.
 */

export type WorkKind = 'feat' | 'fix' | 'chore' | 'refactor' | 'deps' | 'docs' | 'test' | 'perf';

/** The label a pull request of each kind carries (GitHub's usual set); null: often unlabelled. */
export const LABEL_OF: Record<WorkKind, string | null> = {
  feat: 'feature',
  fix: 'bug',
  chore: 'chore',
  refactor: 'refactor',
  deps: 'dependencies',
  docs: null,
  test: null,
  perf: 'refactor',
};

/** The mix of pull-request kinds a team writes (bots' dependency bumps come on top). */
export const KIND_WEIGHTS: [WorkKind, number][] = [
  ['feat', 38],
  ['fix', 26],
  ['chore', 10],
  ['refactor', 11],
  ['docs', 4],
  ['test', 6],
  ['perf', 3],
  ['deps', 2],
];

const AREAS = [
  'api',
  'auth',
  'billing',
  'cache',
  'checkout',
  'config',
  'db',
  'events',
  'export',
  'search',
  'ui',
  'jobs',
  'metrics',
  'webhooks',
  'payments',
  'profile',
];

const WHAT: Record<WorkKind, string[]> = {
  feat: [
    'add retry with backoff to outbound calls',
    'support pagination on list endpoints',
    'add CSV export',
    'show last sync time',
    'add audit events for settings changes',
    'allow filtering by status',
    'add feature flag for the new flow',
    'add bulk update endpoint',
    'expose usage metrics',
    'add idempotency keys',
    'support multiple currencies',
    'add webhook signature verification',
    'add dark mode support',
    'notify owners on failures',
  ],
  fix: [
    'handle empty responses from upstream',
    'avoid double submit on slow networks',
    'correct timezone handling in reports',
    'close leaked database connections',
    'fix race in cache invalidation',
    'return 404 instead of 500 for unknown ids',
    'escape user input in search',
    'fix off-by-one in pagination',
    'retry on serialization failures',
    'fix memory leak in event listener',
    'respect rate limit headers',
    'stop logging secrets in debug mode',
  ],
  chore: [
    'update CI workflow',
    'bump version',
    'clean up unused feature flags',
    'tidy lint warnings',
    'rotate test fixtures',
    'update CODEOWNERS',
    'add pre-commit hooks',
  ],
  refactor: [
    'extract client into its own module',
    'split the handler by use case',
    'replace callbacks with async/await',
    'simplify error mapping',
    'move validation into schemas',
    'remove dead code paths',
    'rename confusing fields',
  ],
  deps: ['upgrade framework to the next major', 'pin transitive dependency', 'drop unused dependencies'],
  docs: [
    'document the release process',
    'update README',
    'add runbook for on-call',
    'describe the data model',
  ],
  test: ['add integration tests', 'cover error paths', 'stabilize flaky test', 'add contract tests'],
  perf: [
    'batch database writes',
    'add index for hot query',
    'cache expensive lookups',
    'stream large responses',
  ],
};

const STEPS = [
  'wip',
  'address review comments',
  'fix tests',
  'lint',
  'add tests',
  'handle edge case',
  'update snapshots',
  'rename per review',
  'cleanup',
  'fix typo',
];

const PACKAGES = [
  'lodash',
  'axios',
  'express',
  'jackson-databind',
  'golang.org/x/net',
  'requests',
  'urllib3',
  'react',
  'typescript',
  'eslint',
  'spring-boot',
  'pg',
  'grpc-go',
  'protobuf',
  'actions/checkout',
];

const INCIDENTS = [
  'Elevated 5xx rate on {s}',
  'Latency spike on {s}',
  '{s} failing health checks',
  'Error budget burn on {s}',
  'Queue backlog growing in {s}',
  '{s} returning stale data',
  'Timeouts between {s} and its database',
  'Memory exhaustion restarts on {s}',
];

const OUTAGES = [
  'Cloud provider networking degradation ({s})',
  'Third-party payment provider outage ({s})',
  'DNS resolution failures in one region ({s})',
  'Certificate expiry on upstream partner ({s})',
];

export const ORG_INCIDENTS = [
  'Single sign-on provider outage',
  'CI runners unavailable',
  'Corporate VPN outage',
  'Package registry mirror down',
];

type Rnd = () => number;
const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

export function pickKind(rnd: Rnd): WorkKind {
  let r = rnd() * KIND_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of KIND_WEIGHTS) {
    r -= w;
    if (r < 0) return k;
  }
  return 'feat';
}

/** A pull request's title and branch, e.g. `feat(billing): add CSV export` on `feat/billing-add-csv-export`. */
export function prTitle(rnd: Rnd, kind: WorkKind): { title: string; branch: string } {
  const area = pick(rnd, AREAS);
  const what = pick(rnd, WHAT[kind]);
  const type = kind === 'deps' ? 'build' : kind;
  const scoped = rnd() < 0.6;
  // One in ten titles is not conventional at all, as in every real repository.
  const title =
    rnd() < 0.1 ? what[0]!.toUpperCase() + what.slice(1) : `${type}${scoped ? `(${area})` : ''}: ${what}`;
  const slug = what
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return { title, branch: `${kind === 'deps' ? 'build' : kind}/${area}-${slug}` };
}

/** The subject of the i-th commit of a pull request titled `title`. */
export function commitSubject(rnd: Rnd, title: string, i: number, kind: WorkKind): string {
  if (i === 0) return title;
  const step = pick(rnd, STEPS);
  return rnd() < 0.5 ? `${kind === 'deps' ? 'build' : kind}: ${step}` : step;
}

/** A dependency bump as Dependabot writes it. */
export function dependencyBump(rnd: Rnd): { title: string; branch: string } {
  const name = pick(rnd, PACKAGES);
  const major = 1 + Math.floor(rnd() * 6);
  const minor = Math.floor(rnd() * 20);
  const patch = Math.floor(rnd() * 10);
  const to = `${major}.${minor + (rnd() < 0.3 ? 1 : 0)}.${patch + 1}`;
  return {
    title: `chore(deps): bump ${name} from ${major}.${minor}.${patch} to ${to}`,
    branch: `dependabot/${name.replace(/[^a-z0-9]+/gi, '-')}-${to}`,
  };
}

export function directPushSubject(rnd: Rnd): string {
  return pick(rnd, [
    'chore: bump version',
    'fix: typo in config',
    'docs: update README',
    'chore: update changelog',
    'fix: hotfix for failing health check',
    'ci: fix pipeline cache key',
    'revert: back out last change',
  ]);
}

export function incidentTitle(rnd: Rnd, service: string, changeRelated: boolean): string {
  return pick(rnd, changeRelated ? INCIDENTS : OUTAGES).replace('{s}', service);
}
