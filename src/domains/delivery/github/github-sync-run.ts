/**
 * The working state of one `syncGithubRepository` call: the batch being filled, the cursor as it advances,
 * and the validators to remember once the batch is stored.
 *
 * The rule that makes the sync resumable: the cursor only moves past work that is in the batch (or that
 * `pending` still names), and `flush()` hands batch and cursor to the sink together. Validators for
 * conditional requests are remembered only after the sink returned, so a 304 always means "the same as
 * what was stored".
 */
import type { z } from 'zod';
import type {
  CommitInput,
  DeliveryInput,
  DeploymentInput,
  Origin,
  PullRequestInput,
  RepositoryInput,
  WorkflowRunInput,
} from '../importers/delivery-input.js';
import type { GithubCacheEntry, GithubClient, GithubResponse } from './github-client.js';
import { GITHUB_SOURCE } from './github-map.js';
import { parseGithub } from './github-schemas.js';
import type { GithubSyncCursor } from './github-sync-cursor.js';

export type GithubSyncSink = (batch: DeliveryInput, cursor: GithubSyncCursor) => Promise<void>;
export type GithubSyncProgress = (done: number, total: number | null, message: string) => void;

export interface GithubSyncCounts {
  pullRequests: number;
  commits: number;
  reviews: number;
  comments: number;
  deployments: number;
  releases: number;
  workflowRuns: number;
  batches: number;
}

const PAGE = 100;

export class GithubSyncRun {
  readonly counts: GithubSyncCounts = {
    pullRequests: 0,
    commits: 0,
    reviews: 0,
    comments: 0,
    deployments: 0,
    releases: 0,
    workflowRuns: 0,
    batches: 0,
  };
  readonly warnings: string[] = [];
  /** Items (pull requests, deployments…) finished in this call. */
  done = 0;
  private pulls = new Map<number, PullRequestInput>();
  private commits = new Map<string, CommitInput>();
  private deployments = new Map<string, DeploymentInput>();
  private runs = new Map<string, WorkflowRunInput>();
  private cacheWrites: Array<[string, GithubCacheEntry]> = [];
  private lastCursor: string;

  constructor(
    readonly client: GithubClient,
    readonly repository: RepositoryInput,
    readonly cursor: GithubSyncCursor,
    /** GitHub's clock when the sync started (ms). */
    readonly startedAt: number,
    private readonly o: {
      sink: GithubSyncSink;
      onProgress?: GithubSyncProgress | undefined;
      batchSize: number;
      signal?: AbortSignal | undefined;
    },
  ) {
    this.lastCursor = JSON.stringify(cursor);
  }

  get name(): string {
    return this.repository.name;
  }

  /** `/repos/owner/name` + path. */
  path(p: string): string {
    return `/repos/${this.name}${p}`;
  }

  origin(entity: string): Origin {
    return { file: `GitHub API ${this.name}`, entity };
  }

  get signal(): AbortSignal | undefined {
    return this.o.signal;
  }

  /** One GET of a path or URL, with the sync's signal; `conditional` sends the remembered validators. */
  request(pathOrUrl: string, conditional = false): Promise<GithubResponse<unknown>> {
    return this.client.request<unknown>(pathOrUrl, { conditional, signal: this.o.signal });
  }

  checkAborted(): void {
    this.o.signal?.throwIfAborted();
  }

  warn(message: string): void {
    this.warnings.push(message);
    this.o.onProgress?.(this.done, null, `warning: ${message}`);
  }

  progress(message: string, total: number | null = null): void {
    this.o.onProgress?.(this.done, total, message);
  }

  addPull(pr: PullRequestInput): void {
    this.pulls.set(pr.number, pr);
  }
  addCommit(c: CommitInput): void {
    this.commits.set(c.sha, c);
  }
  addDeployment(d: DeploymentInput): void {
    this.deployments.set(d.id, d);
  }
  addRun(r: WorkflowRunInput): void {
    this.runs.set(r.id, r);
  }
  /** Validators to remember once the current batch is stored. */
  rememberAfterFlush(url: string, validators: GithubCacheEntry | null): void {
    if (validators) this.cacheWrites.push([url, validators]);
  }

  private get itemCount(): number {
    return this.pulls.size + this.deployments.size + this.runs.size;
  }

  /** Flush when the batch holds `batchSize` items or more. */
  async flushIfFull(message: string): Promise<void> {
    if (this.itemCount >= this.o.batchSize) await this.flush(message);
  }

  /** Hand the batch and the cursor to the sink (skipped when both are as last handed). */
  async flush(message: string): Promise<void> {
    const cursor = JSON.stringify(this.cursor);
    const empty = this.itemCount === 0 && this.commits.size === 0;
    if (empty && cursor === this.lastCursor && this.cacheWrites.length === 0) return;
    const batch: DeliveryInput = { source: GITHUB_SOURCE, repositories: [this.repository] };
    if (this.commits.size) batch.commits = [...this.commits.values()];
    if (this.pulls.size) batch.pullRequests = [...this.pulls.values()];
    if (this.deployments.size) batch.deployments = [...this.deployments.values()];
    if (this.runs.size) batch.workflowRuns = [...this.runs.values()];
    const writes = this.cacheWrites;
    this.pulls = new Map();
    this.commits = new Map();
    this.deployments = new Map();
    this.runs = new Map();
    this.cacheWrites = [];
    await this.o.sink(batch, JSON.parse(cursor) as GithubSyncCursor);
    this.lastCursor = cursor;
    this.counts.batches++;
    for (const [url, v] of writes) this.client.remember(url, v);
    this.progress(message);
  }

  /** One object, validated. */
  async get<S extends z.ZodType>(path: string, schema: S, what: string): Promise<z.infer<S>> {
    const res = await this.client.request<unknown>(path, { signal: this.o.signal });
    return parseGithub(schema, res.data, `GitHub's answer to GET ${res.url} (${what})`);
  }

  /** One list page, validated. */
  parsePage<S extends z.ZodType>(schema: S, data: unknown, url: string): z.infer<S> {
    return parseGithub(schema, data, `GitHub's answer to GET ${url}`);
  }

  /**
   * A whole list (every page), or null when GitHub says it is unchanged since it was last stored (a 304 on
   * the first page). Validators are kept only for a list that fits in one page, and not a full one: a
   * longer list can grow on a later page while its first page stays the same.
   */
  async readList<S extends z.ZodType>(
    path: string,
    item: S,
    what: string,
  ): Promise<Array<z.infer<S>> | null> {
    const url = this.client.url(path, { per_page: PAGE });
    const items: Array<z.infer<S>> = [];
    let validators: GithubCacheEntry | null = null;
    let pages = 0;
    for await (const page of this.client.paginate<unknown>(url, {
      conditional: true,
      signal: this.o.signal,
    })) {
      if (page.notModified) return null;
      pages++;
      if (!Array.isArray(page.data)) {
        throw new Error(`GitHub's answer to GET ${page.url} (${what}) is not a list`);
      }
      page.data.forEach((value, i) => {
        items.push(parseGithub(item, value, `GitHub's answer to GET ${page.url} (${what}), item ${i}`));
      });
      if (pages === 1) validators = page.next ? null : page.validators;
    }
    if (pages === 1 && items.length < PAGE) this.rememberAfterFlush(url, validators);
    return items;
  }
}
