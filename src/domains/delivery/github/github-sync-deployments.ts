/**
 * Deployments (and their statuses) of one repository, and, when a tag pattern is given, its releases as
 * production deployments.
 *
 * A deployment's outcome is its latest status (`githubDeploymentOutcome`). GitHub keeps statuses for 90
 * days: an older deployment without statuses has no known outcome and is skipped with a warning rather
 * than stored as queued. Deployments not final yet are kept in the cursor's `open` list and asked again
 * on the next syncs (conditional requests, free while nothing changed) for up to `openDays` days.
 */
import type { GithubResponse } from './github-client.js';
import {
  githubDeploymentOutcome,
  isFinalDeploymentStatus,
  mapGithubDeployment,
  mapGithubRelease,
  type ReleaseOptions,
} from './github-map.js';
import {
  type GithubDeployment,
  githubDeploymentSchema,
  githubDeploymentStatusSchema,
  githubReleaseSchema,
} from './github-schemas.js';
import type { GithubSyncRun } from './github-sync-run.js';

const DAY = 86_400_000;
/** GitHub's retention of deployment statuses. */
const STATUS_RETENTION_DAYS = 90;

export interface DeploymentSyncOptions {
  /** How long a deployment that is not final is asked again; default 14 days. */
  openDays: number;
}

export async function syncDeployments(run: GithubSyncRun, options: DeploymentSyncOptions): Promise<void> {
  const state = run.cursor.deployments;
  const listUrl = run.client.url(run.path('/deployments'), { per_page: 100 });
  const listed = new Map<number, GithubDeployment>();
  if (!state.scan) {
    const cutoff = run.startedAt - options.openDays * DAY;
    const dropped = state.open.filter((d) => Date.parse(d.createdAt) < cutoff);
    if (dropped.length > 0) {
      run.warn(
        `${dropped.length} deployment(s) still not final after ${options.openDays} days are no longer followed: ` +
          dropped.map((d) => d.id).join(', '),
      );
    }
    state.open = state.open.filter((d) => Date.parse(d.createdAt) >= cutoff);
    state.scan = { top: null, nextUrl: listUrl, pending: [], recheck: state.open.map((d) => d.id) };
  }
  const scan = state.scan;

  while (scan.recheck.length > 0) {
    run.checkAborted();
    const id = scan.recheck[0]!;
    await syncDeployment(run, id, undefined, true);
    scan.recheck.shift();
    await run.flushIfFull(`deployments: ${scan.recheck.length} open ones left to check`);
  }

  for (;;) {
    while (scan.pending.length > 0) {
      run.checkAborted();
      const id = scan.pending[0]!;
      await syncDeployment(run, id, listed.get(id), false);
      scan.pending.shift();
      await run.flushIfFull(`deployments: ${scan.pending.length} more on this page`);
    }
    if (!scan.nextUrl) break;
    run.checkAborted();
    const page = await run.request(scan.nextUrl);
    const items = run.parsePage(githubDeploymentSchema.array(), page.data, page.url);
    if (scan.top === null) scan.top = items.reduce((m, d) => Math.max(m, d.id), state.seenMaxId ?? 0);
    let reachedSeen = false;
    for (const d of items) {
      if (state.seenMaxId !== null && d.id <= state.seenMaxId) {
        reachedSeen = true;
        continue;
      }
      listed.set(d.id, d);
      if (!scan.pending.includes(d.id)) scan.pending.push(d.id);
    }
    scan.nextUrl = reachedSeen ? null : page.next;
  }
  if (scan.top !== null) state.seenMaxId = Math.max(state.seenMaxId ?? 0, scan.top);
  state.scan = null;
  await run.flush(`deployments: up to date (${run.counts.deployments} read)`);
}

/** One deployment: statuses (conditional when rechecking), then the deployment when there is news. */
async function syncDeployment(
  run: GithubSyncRun,
  id: number,
  listedItem: GithubDeployment | undefined,
  recheck: boolean,
): Promise<void> {
  const base = run.path(`/deployments/${id}`);
  const statuses = await run.readList(
    `${base}/statuses`,
    githubDeploymentStatusSchema,
    `statuses of deployment ${id}`,
  );
  if (statuses === null) return; // unchanged since stored
  const deployment = listedItem ?? (await run.get(base, githubDeploymentSchema, `deployment ${id}`));
  const state = run.cursor.deployments;
  let outcome = githubDeploymentOutcome(statuses);
  if (!outcome) {
    const ageDays = (run.startedAt - Date.parse(deployment.created_at)) / DAY;
    if (ageDays > STATUS_RETENTION_DAYS) {
      if (!recheck) {
        run.warn(
          `deployment ${id} (${deployment.environment}) has no statuses left (GitHub keeps them 90 days): skipped`,
        );
      }
      state.open = state.open.filter((d) => d.id !== id);
      return;
    }
    outcome = { status: 'queued', startedAt: null, finishedAt: null, url: null };
  }
  run.addDeployment(mapGithubDeployment(deployment, run.name, outcome, run.origin(`deployment ${id}`)));
  run.counts.deployments++;
  run.done++;
  state.open = state.open.filter((d) => d.id !== id);
  if (!isFinalDeploymentStatus(outcome.status)) state.open.push({ id, createdAt: deployment.created_at });
}

/** Every release, each page one batch; matching ones become deployments. */
export async function syncReleases(run: GithubSyncRun, options: ReleaseOptions): Promise<void> {
  const state = run.cursor.releases;
  if (!state.scan) state.scan = { nextUrl: run.client.url(run.path('/releases'), { per_page: 100 }) };
  while (state.scan) {
    run.checkAborted();
    const page: GithubResponse<unknown> = await run.request(state.scan.nextUrl);
    const releases = run.parsePage(githubReleaseSchema.array(), page.data, page.url);
    for (const r of releases) {
      const d = mapGithubRelease(r, run.name, options, run.origin(`release ${r.tag_name}`));
      if (!d) continue;
      run.addDeployment(d);
      run.counts.releases++;
      run.done++;
    }
    state.scan = page.next ? { nextUrl: page.next } : null;
    await run.flush(`releases: ${run.counts.releases} taken as deployments`);
  }
}
