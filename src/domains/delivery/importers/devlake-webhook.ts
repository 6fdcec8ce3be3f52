/**
 * DevLake-compatible deployment and incident webhooks: the bodies Apache DevLake's "webhook" plugin takes
 * (`POST /plugins/webhook/connections/:id/deployments`, `.../issues`, `.../issue/:issueKey/close`; see
 * https://devlake.apache.org/docs/Plugins/webhook and devlake-webhook-schema.ts) -> `DeliveryInput`
 * fragments, so CI/CD scripts and incident tools that already post to DevLake can post to Quarterdeck
 * unchanged. Pure: a body in, input and issues out; the routes authenticate and apply.
 *
 * - A deployment becomes one `DeploymentInput` per repository of its commits; with several repositories
 *   each gets the id `<id>:<owner/name>`. DevLake's `result` SUCCESS/FAILURE/ABORT/MANUAL becomes
 *   success/failure/cancelled/queued; a commit whose `status` is IN_PROGRESS is in_progress.
 * - Only issues of `type` INCIDENT become incidents (DONE -> resolved); the others are accepted and
 *   ignored with a reason, as they are not change failures.
 * - A close marks the incident resolved at the time of the call.
 */
import type { z } from 'zod';
import {
  type DeliveryParseResult,
  type DeploymentInput,
  type DeploymentStatus,
  environmentKind,
  type ImportIssue,
  type IncidentInput,
  type Origin,
} from './delivery-input.js';
import {
  canonicalKeys,
  DEPLOYMENT_ALIASES,
  DevlakeDeploymentBody,
  DevlakeDeploymentCommit,
  DevlakeIssueBody,
  ISSUE_ALIASES,
} from './devlake-webhook-schema.js';
import { isRepositoryName, parseTimestamp, TIMESTAMP_HINT } from './generic-values.js';

export interface DevlakeWebhookOptions {
  /** Names the source of the deployments and incidents (their key is source + id). Default `devlake`. */
  source?: string | undefined;
  /** The catalog component of what the body does not name (DevLake keeps one webhook per service). */
  service?: string | null | undefined;
  /** When the request arrived (ISO): a finished deployment without finishedDate ends then, as in DevLake. */
  receivedAt?: string | undefined;
}

/** A parsed webhook body; `ignored` says why a valid body brings nothing (an issue that is no incident). */
export interface DevlakeWebhookResult extends DeliveryParseResult {
  ignored?: string | undefined;
}

/** Resolve the incident (source, id) at `resolvedAt`, if it exists. */
export interface IncidentClose {
  source: string;
  id: string;
  resolvedAt: string;
}

export interface DevlakeCloseResult {
  close: IncidentClose | null;
  issues: ImportIssue[];
}

const RESULT_STATUS: Record<string, DeploymentStatus> = {
  SUCCESS: 'success',
  FAILURE: 'failure',
  ABORT: 'cancelled',
  MANUAL: 'queued',
};

const GITHUB_PAGES = new Set([
  'tree',
  'blob',
  'commit',
  'commits',
  'pull',
  'pulls',
  'releases',
  'actions',
  'issues',
]);

/**
 * The repository (`owner/name`) a repository URL points to: `https://github.com/acme/shop.git`,
 * `git@github.com:acme/shop.git` and `ssh://git@github.com/acme/shop` -> `acme/shop`; GitLab subgroups
 * keep the whole path (`https://gitlab.com/acme/web/shop` -> `acme/web/shop`); credentials, `.git`,
 * GitLab `/-/…` and GitHub `/tree/…` pages, Azure DevOps `_git` and Bitbucket Server `scm` are dropped.
 * A plain `owner/name` is kept. Null when no repository can be read.
 */
export function repositoryFromUrl(value: string): string | null {
  const v = value.trim();
  let host = '';
  let path: string;
  const scp = /^[\w.+-]+@([\w.-]+):(?!\/\/)(.+)$/.exec(v);
  if (scp) {
    host = scp[1] ?? '';
    path = scp[2] ?? '';
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) {
    try {
      const url = new URL(v);
      host = url.hostname;
      path = decodeURIComponent(url.pathname);
    } catch {
      return null;
    }
  } else path = v;
  let segments = path
    .split('/-/')[0]!
    .split('/')
    .filter((s) => s !== '');
  const last = segments.length - 1;
  if (last >= 0) segments[last] = segments[last]!.replace(/\.git$/i, '');
  segments = segments.filter((s) => s !== '_git');
  if (segments[0] === 'scm') segments = segments.slice(1);
  if (host.toLowerCase().endsWith('github.com') && segments.length > 2 && GITHUB_PAGES.has(segments[2]!))
    segments = segments.slice(0, 2);
  const name = segments.join('/');
  return isRepositoryName(name) ? name : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Collects issues of one body, worded with the fields as the caller sent them. */
class BodyIssues {
  readonly list: ImportIssue[] = [];
  constructor(private readonly origin: Origin) {}

  add(field: string | undefined, message: string, severity: 'error' | 'warning' = 'error'): void {
    const { file, row, entity } = this.origin;
    this.list.push({ file, row, entity, field, message, severity });
  }

  zod(error: z.ZodError, name: (path: readonly PropertyKey[]) => string): void {
    for (const i of error.issues) {
      const field = name(i.path);
      const missing = i.code === 'invalid_type' && (i as { input?: unknown }).input == null;
      this.add(
        field || undefined,
        missing && i.message.startsWith('Invalid input') ? `The ${field} is missing.` : i.message,
      );
    }
  }

  get failed(): boolean {
    return this.list.some((i) => i.severity === 'error');
  }
}

function pathName(sent: Record<string, string>) {
  return (path: readonly PropertyKey[]) =>
    path
      .map((p, i) =>
        typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${i ? String(p) : (sent[String(p)] ?? String(p))}`,
      )
      .join('');
}

type Commit = DevlakeDeploymentCommit & { repository: string; field: (name: string) => string };

/** A deployment body (either form) -> one deployment per repository. */
export function parseDevlakeDeployment(
  body: unknown,
  origin: Origin,
  opts: DevlakeWebhookOptions = {},
): DevlakeWebhookResult {
  const source = opts.source ?? 'devlake';
  const rawId = isObject(body)
    ? (body.id ?? body.deploymentId ?? body.pipeline_id ?? body.pipelineId)
    : undefined;
  const issues = new BodyIssues({
    ...origin,
    entity:
      origin.entity ??
      (typeof rawId === 'string' || typeof rawId === 'number' ? `deployment ${rawId}` : undefined),
  });
  const fail = (): DevlakeWebhookResult => ({ input: { source }, issues: issues.list, counts: {} });
  if (!isObject(body)) {
    issues.add(undefined, 'The body must be a JSON object.');
    return fail();
  }
  const top = canonicalKeys(body, DEPLOYMENT_ALIASES);
  const sentName = (name: string) => top.sent[name] ?? name;
  const parsed = DevlakeDeploymentBody.safeParse(top.value, { reportInput: true });
  if (!parsed.success) issues.zod(parsed.error, pathName(top.sent));

  const commits: Commit[] = [];
  const listed = top.value.deploymentCommits;
  if (Array.isArray(listed)) {
    if (listed.length === 0)
      issues.add(
        sentName('deploymentCommits'),
        'deploymentCommits is empty: name at least one repoUrl and commitSha.',
      );
    for (const [i, item] of listed.entries()) {
      const at = `${sentName('deploymentCommits')}[${i}]`;
      if (!isObject(item)) {
        issues.add(at, 'Each deployment commit must be an object with repoUrl and commitSha.');
        continue;
      }
      const c = canonicalKeys(item, DEPLOYMENT_ALIASES);
      const field = (name: string) => `${at}.${c.sent[name] ?? name}`;
      const one = DevlakeDeploymentCommit.safeParse(c.value, { reportInput: true });
      if (!one.success) issues.zod(one.error, (path) => `${at}.${pathName(c.sent)(path)}`);
      else commits.push({ ...one.data, repository: '', field });
    }
  } else if (listed == null && (top.value.repoUrl != null || top.value.commitSha != null)) {
    const one = DevlakeDeploymentCommit.safeParse(
      {
        repoUrl: top.value.repoUrl,
        commitSha: top.value.commitSha,
        refName: top.value.refName,
        commitMsg: top.value.commitMsg,
      },
      { reportInput: true },
    );
    if (!one.success) issues.zod(one.error, pathName(top.sent));
    else commits.push({ ...one.data, repository: '', field: sentName });
  } else if (listed == null) {
    issues.add(
      sentName('deploymentCommits'),
      'The deployment names no commit: give deploymentCommits [{ repoUrl, commitSha }] (or repo_url and commit_sha).',
    );
  }

  const byRepository = new Map<string, Commit>();
  for (const c of commits) {
    const repository = repositoryFromUrl(c.repoUrl);
    if (repository === null) {
      issues.add(
        c.field('repoUrl'),
        `"${c.repoUrl}" is not a repository URL (https://github.com/owner/name) or owner/name.`,
      );
      continue;
    }
    const key = repository.toLowerCase();
    const first = byRepository.get(key);
    if (first)
      issues.add(
        c.field('commitSha'),
        `A second commit of ${repository} in one deployment; ${first.commitSha} (listed first) is the one deployed.`,
        'warning',
      );
    else byRepository.set(key, { ...c, repository });
  }
  if (!parsed.success || issues.failed) return fail();
  const d = parsed.data;
  if (d.finishedDate && Date.parse(d.finishedDate) < Date.parse(d.startedDate))
    issues.add(
      sentName('finishedDate'),
      `${sentName('finishedDate')} ${d.finishedDate} is before ${sentName('startedDate')} ${d.startedDate}.`,
    );
  if (issues.failed) return fail();

  const environmentName = (d.environment ?? 'PRODUCTION').toLowerCase();
  const original = d.originalEnvironment?.trim();
  const environment =
    original && environmentKind(original) === environmentKind(environmentName) ? original : environmentName;
  const groups = [...byRepository.values()];
  let id = d.id ?? null;
  if (id === null) {
    id =
      groups.length === 1
        ? `${groups[0]!.commitSha}@${environmentName}`
        : `${groups.map((g) => g.commitSha.slice(0, 12)).join('+')}@${environmentName}`;
    issues.add(
      sentName('id'),
      `The deployment has no id (or pipeline_id); it is keyed ${id}, so posting the same commit to the same environment again updates it.`,
      'warning',
    );
  }
  const receivedAt = opts.receivedAt ? parseTimestamp(opts.receivedAt) : null;
  const deployments: DeploymentInput[] = groups.map((c) => {
    const status: DeploymentStatus =
      c.status === 'IN_PROGRESS'
        ? 'in_progress'
        : (RESULT_STATUS[c.result ?? d.result ?? 'SUCCESS'] ?? 'success');
    const deploymentId = groups.length > 1 ? `${id}:${c.repository}` : id;
    return {
      id: deploymentId,
      service: opts.service ?? null,
      repository: c.repository,
      environment,
      sha: c.commitSha,
      ref: c.refName ?? null,
      status,
      createdAt: c.createdDate ?? d.createdDate ?? c.startedDate ?? d.startedDate,
      startedAt: c.startedDate ?? d.startedDate,
      finishedAt: c.finishedDate ?? d.finishedDate ?? (status === 'in_progress' ? null : receivedAt),
      name: d.displayTitle ?? c.displayTitle ?? d.name ?? c.name ?? null,
      url: d.url ?? null,
      rework: null,
      origin: { ...origin, entity: origin.entity ?? `deployment ${deploymentId}` },
    };
  });
  return { input: { source, deployments }, issues: issues.list, counts: { deployments: deployments.length } };
}

/** An issue body: an INCIDENT becomes an incident; other types are accepted and ignored, with the reason. */
export function parseDevlakeIssue(
  body: unknown,
  origin: Origin,
  opts: DevlakeWebhookOptions = {},
): DevlakeWebhookResult {
  const source = opts.source ?? 'devlake';
  const key = isObject(body) ? (body.issueKey ?? body.issue_key) : undefined;
  const issues = new BodyIssues({
    ...origin,
    entity:
      origin.entity ?? (typeof key === 'string' || typeof key === 'number' ? `issue ${key}` : undefined),
  });
  const fail = (): DevlakeWebhookResult => ({ input: { source }, issues: issues.list, counts: {} });
  if (!isObject(body)) {
    issues.add(undefined, 'The body must be a JSON object.');
    return fail();
  }
  const { value, sent } = canonicalKeys(body, ISSUE_ALIASES);
  const type = typeof value.type === 'string' ? value.type.trim().toUpperCase() : null;
  if (type !== 'INCIDENT') {
    const ignored =
      type === null
        ? 'The issue has no type; only issues of type INCIDENT are kept (as change failures), so it is accepted and ignored.'
        : `The issue is of type ${type}, not INCIDENT; only incidents are kept (as change failures), so it is accepted and ignored.`;
    return { input: { source }, issues: issues.list, counts: { ignored: 1 }, ignored };
  }
  const parsed = DevlakeIssueBody.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    issues.zod(parsed.error, pathName(sent));
    return fail();
  }
  const i = parsed.data;
  const name = (n: string) => sent[n] ?? n;
  let resolvedAt: string | null = null;
  if (i.status === 'DONE') {
    resolvedAt =
      i.resolutionDate ?? i.updatedDate ?? (opts.receivedAt ? parseTimestamp(opts.receivedAt) : null);
    if (resolvedAt === null) {
      issues.add(name('resolutionDate'), 'A DONE incident needs resolutionDate (when service was restored).');
      return fail();
    }
    if (!i.resolutionDate)
      issues.add(
        name('resolutionDate'),
        `No resolutionDate; the incident is taken as resolved at ${i.updatedDate ? name('updatedDate') : 'the time of the call'}, ${resolvedAt}.`,
        'warning',
      );
    if (Date.parse(resolvedAt) < Date.parse(i.createdDate)) {
      issues.add(
        name(i.resolutionDate ? 'resolutionDate' : 'updatedDate'),
        `${resolvedAt} is before ${name('createdDate')} ${i.createdDate}.`,
      );
      return fail();
    }
  }
  const incident: IncidentInput = {
    id: i.issueKey,
    title: i.title,
    service: i.component || opts.service || null,
    severity: i.severity || i.priority || null,
    status: i.status === 'DONE' ? 'resolved' : 'open',
    startedAt: i.createdDate,
    resolvedAt,
    deploymentId: i.deploymentId || null,
    url: i.url || null,
    origin: { ...origin, entity: origin.entity ?? `incident ${i.issueKey}` },
  };
  return { input: { source, incidents: [incident] }, issues: issues.list, counts: { incidents: 1 } };
}

/** `POST …/issue/:issueKey/close` (empty body): the incident with that key is resolved at `at`. */
export function closeDevlakeIssue(
  issueKey: string,
  at: string,
  opts: Pick<DevlakeWebhookOptions, 'source'> & { origin?: Origin | undefined } = {},
): DevlakeCloseResult {
  const origin = opts.origin ?? { file: 'DevLake issue close' };
  const issues = new BodyIssues({ ...origin, entity: origin.entity ?? `issue ${issueKey}` });
  const id = issueKey.trim();
  if (id === '') issues.add('issueKey', 'The issueKey is empty.');
  const resolvedAt = parseTimestamp(at);
  if (resolvedAt === null) issues.add('at', `"${at}" is not ${TIMESTAMP_HINT}.`);
  if (issues.failed || resolvedAt === null) return { close: null, issues: issues.list };
  return { close: { source: opts.source ?? 'devlake', id, resolvedAt }, issues: issues.list };
}
