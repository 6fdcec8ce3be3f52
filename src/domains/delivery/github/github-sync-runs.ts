/**
 * GitHub Actions workflow runs of one repository, by creation time (`GET /actions/runs?created=A..B`).
 *
 * GitHub returns at most 1,000 runs for a filtered list, so the time since the last sync is read in
 * windows: a window whose `total_count` is above 1,000 is narrowed before its runs are read, and the
 * next window grows again. A run still queued or in progress keeps `createdSince` at its creation time
 * (for runs created within `pinHours`), so the next sync reads it again and gets its conclusion.
 */
import { mapGithubWorkflowRun } from './github-map.js';
import { githubWorkflowRunsPageSchema } from './github-schemas.js';
import { isoSeconds } from './github-sync-cursor.js';
import type { GithubSyncRun } from './github-sync-run.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MIN_WINDOW = 60_000;
const GITHUB_LIST_LIMIT = 1000;

export interface RunSyncOptions {
  /** How far back the first sync reads; default 90 days (GitHub's default retention). */
  lookbackDays: number;
  /** Runs still running that are younger than this hold `createdSince` back; default 24 hours. */
  pinHours: number;
}

export async function syncWorkflowRuns(run: GithubSyncRun, options: RunSyncOptions): Promise<void> {
  const state = run.cursor.runs;
  if (!state.scan) {
    const to = run.startedAt;
    const from = state.createdSince ? Date.parse(state.createdSince) : to - options.lookbackDays * DAY;
    state.scan = {
      from: isoSeconds(from),
      to: isoSeconds(to),
      windowEnd: isoSeconds(to),
      windowMs: Math.max(MIN_WINDOW, to - from),
      nextUrl: null,
      pin: null,
    };
  }
  const scan = state.scan;
  const to = Date.parse(scan.to);
  const pinAfter = to - options.pinHours * HOUR;
  for (;;) {
    run.checkAborted();
    let url = scan.nextUrl;
    if (!url) {
      const from = Date.parse(scan.from);
      if (from >= to) break;
      const end = Math.min(to, from + scan.windowMs);
      url = run.client.url(run.path('/actions/runs'), {
        created: `${isoSeconds(from)}..${isoSeconds(end)}`,
        per_page: 100,
      });
      scan.windowEnd = isoSeconds(end);
    }
    const page = await run.request(url);
    const body = run.parsePage(githubWorkflowRunsPageSchema, page.data, page.url);
    if (!scan.nextUrl && body.total_count > GITHUB_LIST_LIMIT) {
      const width = Date.parse(scan.windowEnd) - Date.parse(scan.from);
      if (width > MIN_WINDOW) {
        scan.windowMs = Math.max(
          MIN_WINDOW,
          Math.floor((width * (GITHUB_LIST_LIMIT * 0.9)) / body.total_count),
        );
        continue;
      }
      run.warn(
        `${body.total_count} workflow runs were created between ${scan.from} and ${scan.windowEnd}; ` +
          `GitHub lists only ${GITHUB_LIST_LIMIT} of them`,
      );
    }
    for (const r of body.workflow_runs) {
      run.addRun(mapGithubWorkflowRun(r, run.name));
      run.counts.workflowRuns++;
      run.done++;
      const created = Date.parse(r.created_at);
      if (r.status !== 'completed' && created >= pinAfter && (!scan.pin || created < Date.parse(scan.pin))) {
        scan.pin = isoSeconds(created);
      }
    }
    scan.nextUrl = page.next;
    if (!page.next) {
      scan.from = scan.windowEnd;
      scan.windowMs *= 2;
    }
    await run.flush(`workflow runs: ${run.counts.workflowRuns} read, up to ${scan.from}`);
  }
  state.createdSince = scan.pin && Date.parse(scan.pin) < to ? scan.pin : scan.to;
  state.scan = null;
  await run.flush(`workflow runs: up to date (${run.counts.workflowRuns} read)`);
}
