/**
 * The GitHub source of the delivery domain: one repository's pull requests (with commits, reviews and
 * comments), deployments (with statuses), releases taken as deployments when asked, and workflow runs,
 * read through the REST API as `DeliveryInput` batches.
 *
 *   const result = await syncGithubRepository({
 *     repository: 'acme/api',
 *     client: { token, cache },                 // or a GithubClient
 *     cursor: stored?.cursor,                   // undefined the first time
 *     sink: async (batch, cursor) => db.transaction(async (tx) => {
 *       await delivery.apply(tx, batch);        // idempotent upserts
 *       await saveCursor(tx, 'acme/api', cursor);
 *     }),
 *     onProgress: (done, total, message) => bar.update(done, { message }),
 *   });
 *
 * Resumable and incremental: the sink gets each batch with the cursor that includes it; store both in
 * one transaction. A later call with the last stored cursor goes on where the stored one stands: a page
 * may be read twice (the upserts make that harmless), none is skipped. See `github-sync-cursor.ts` for
 * how each list advances.
 */
import type { RepositoryInput } from '../importers/delivery-input.js';
import { GithubClient, type GithubClientOptions } from './github-client.js';
import { globToRegExp } from './github-map.js';
import { githubRepositorySchema } from './github-schemas.js';
import { type GithubSyncCursor, newGithubSyncCursor, parseGithubSyncCursor } from './github-sync-cursor.js';
import { syncDeployments, syncReleases } from './github-sync-deployments.js';
import { syncPulls } from './github-sync-pulls.js';
import {
  type GithubSyncCounts,
  type GithubSyncProgress,
  GithubSyncRun,
  type GithubSyncSink,
} from './github-sync-run.js';
import { syncWorkflowRuns } from './github-sync-runs.js';

export type { GithubSyncCursor } from './github-sync-cursor.js';
export { githubSyncCursorSchema, newGithubSyncCursor, parseGithubSyncCursor } from './github-sync-cursor.js';
export type { GithubSyncCounts, GithubSyncProgress, GithubSyncSink } from './github-sync-run.js';

export interface GithubSyncOptions {
  /** `owner/name`. */
  repository: string;
  /** A client, or the options to make one (its waits are then reported through `onProgress`). */
  client: GithubClient | GithubClientOptions;
  /** The cursor the last sink call stored (a `GithubSyncCursor` as JSON; checked); absent the first time. */
  cursor?: unknown;
  /** Stores a batch and the cursor that includes it, in one transaction. */
  sink: GithubSyncSink;
  onProgress?: GithubSyncProgress | undefined;
  signal?: AbortSignal | undefined;
  /** Pull requests or deployments per batch (each costs about four requests); default 20. */
  batchSize?: number | undefined;
  /** Which lists to read; all by default (releases only with `releaseTagPattern`). */
  include?:
    | { pullRequests?: boolean; deployments?: boolean; releases?: boolean; workflowRuns?: boolean }
    | undefined;
  /**
   * Take published releases whose tag matches this glob (`v*`, `release-*`) as production deployments
   * (`release:<id>`, status success). Without it releases are not read.
   */
  releaseTagPattern?: string | undefined;
  /** Count pre-releases too; default false. */
  includePrereleases?: boolean | undefined;
  /** Also read conversation comments of pull requests (one more request each); default false. */
  conversationComments?: boolean | undefined;
  /** How far back the first sync reads workflow runs; default 90 days. */
  workflowRunLookbackDays?: number | undefined;
  /** How long a deployment that is not final is asked again; default 14 days. */
  openDeploymentDays?: number | undefined;
}

export interface GithubSyncResult {
  repository: string;
  /** The cursor after the last batch (also handed to the sink). */
  cursor: GithubSyncCursor;
  counts: GithubSyncCounts;
  /** Requests made, answered 304 (unchanged, free), retried, and the time spent waiting. */
  requests: { requests: number; notModified: number; retries: number; waitedMs: number };
  warnings: string[];
}

function makeClient(options: GithubSyncOptions, done: () => number): GithubClient {
  if (options.client instanceof GithubClient) return options.client;
  const o = options.client;
  return new GithubClient({
    ...o,
    signal: o.signal ?? options.signal,
    onWait: (w) => {
      o.onWait?.(w);
      const why = w.reason.replace(/-/g, ' ');
      options.onProgress?.(done(), null, `waiting ${Math.ceil(w.ms / 1000)} s (${why}) before GET ${w.url}`);
    },
  });
}

/** Read one repository from GitHub into `DeliveryInput` batches; see the file comment. */
export async function syncGithubRepository(options: GithubSyncOptions): Promise<GithubSyncResult> {
  if (!/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/.test(options.repository)) {
    throw new Error(`A GitHub repository is written owner/name, not ${JSON.stringify(options.repository)}`);
  }
  const tagPattern = options.releaseTagPattern ? globToRegExp(options.releaseTagPattern) : null;
  let run: GithubSyncRun | undefined;
  const client = makeClient(options, () => run?.done ?? 0);
  const stats0 = { ...client.stats };

  const repoRes = await client.request<unknown>(`/repos/${options.repository}`, { signal: options.signal });
  const repo = githubRepositorySchema.safeParse(repoRes.data);
  if (!repo.success) throw new Error(`GitHub's answer to GET ${repoRes.url} has no full_name`);
  const name = repo.data.full_name;
  const repository: RepositoryInput = {
    name,
    url: repo.data.html_url ?? null,
    defaultBranch: repo.data.default_branch ?? null,
    origin: { file: `GitHub API ${name}` },
  };

  const cursor = options.cursor ? parseGithubSyncCursor(options.cursor) : newGithubSyncCursor(name);
  if (cursor.repository.toLowerCase() !== name.toLowerCase()) {
    throw new Error(`The cursor is for ${cursor.repository}, not ${name}`);
  }
  cursor.repository = name;

  run = new GithubSyncRun(client, repository, cursor, repoRes.date ?? client.now(), {
    sink: options.sink,
    onProgress: options.onProgress,
    batchSize: Math.max(1, options.batchSize ?? 20),
    signal: options.signal,
  });
  const include = options.include ?? {};
  if (include.pullRequests !== false) {
    run.progress(`pull requests of ${name}`);
    await syncPulls(run, { conversationComments: options.conversationComments ?? false });
  }
  if (include.deployments !== false) {
    run.progress(`deployments of ${name}`);
    await syncDeployments(run, { openDays: options.openDeploymentDays ?? 14 });
  }
  if (include.releases !== false && tagPattern) {
    run.progress(`releases of ${name}`);
    await syncReleases(run, { tagPattern, includePrereleases: options.includePrereleases });
  } else if (cursor.releases.scan) {
    cursor.releases.scan = null;
  }
  if (include.workflowRuns !== false) {
    run.progress(`workflow runs of ${name}`);
    await syncWorkflowRuns(run, { lookbackDays: options.workflowRunLookbackDays ?? 90, pinHours: 24 });
  }
  await run.flush(`${name}: done`);

  const s = client.stats;
  return {
    repository: name,
    cursor: JSON.parse(JSON.stringify(cursor)) as GithubSyncCursor,
    counts: run.counts,
    requests: {
      requests: s.requests - stats0.requests,
      notModified: s.notModified - stats0.notModified,
      retries: s.retries - stats0.retries,
      waitedMs: s.waitedMs - stats0.waitedMs,
    },
    warnings: run.warnings,
  };
}
