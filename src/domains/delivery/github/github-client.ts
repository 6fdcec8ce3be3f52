/**
 * A small client for GitHub's REST API (github.com or GitHub Enterprise Server at `https://host/api/v3`),
 * on Node's built-in `fetch`.
 *
 * - Auth: `Authorization: Bearer <token>` (a personal access token, fine-grained token or app installation
 *   token); without a token only public data is readable, at 60 requests an hour.
 * - Pagination: `per_page=100` and the `Link` header's `rel="next"` (`paginate`).
 * - Conditional requests: with `conditional: true` the ETag / Last-Modified remembered for the URL in the
 *   caller's `GithubHttpCache` is sent; a 304 answer means "unchanged" and does not count against the rate
 *   limit. The client never writes the cache by itself: the caller calls `remember()` once it has stored
 *   what the 200 answer brought, so a crash between the two can never turn into a 304 for data that was
 *   not stored (the sync does exactly that, after its sink commits).
 * - Rate limits, as "Best practices for using the REST API" asks: when `x-ratelimit-remaining` reached 0
 *   the next request waits until `x-ratelimit-reset`; a 403/429 rate-limit answer waits `retry-after`
 *   seconds, or until the reset when remaining is 0, or else backs off exponentially from one minute.
 *   5xx answers and network failures are retried with exponential backoff. Each retry counts against
 *   `maxRetries`. A 403 that is not a rate limit (a token without the permission) fails at once.
 * - Waiting goes through the injectable `sleep` and `now`, so tests and progress bars see every wait.
 */
import { setTimeout as delay } from 'node:timers/promises';
import {
  type ErrorBody,
  GithubApiError,
  type GithubCacheEntry,
  type GithubHttpCache,
  headerInt,
  parseLinkHeader,
  readErrorBody,
} from './github-http.js';

export type { GithubCacheEntry, GithubHttpCache } from './github-http.js';
export { createGithubHttpCache, GithubApiError, parseLinkHeader } from './github-http.js';

export const GITHUB_API_URL = 'https://api.github.com';
export const GITHUB_API_VERSION = '2022-11-28';

/** Why the client waits before a request. */
export interface GithubWait {
  reason: 'primary-rate-limit' | 'secondary-rate-limit' | 'server-error' | 'network-error';
  ms: number;
  url: string;
  attempt: number;
}

export interface GithubClientOptions {
  token?: string | null | undefined;
  /** `https://api.github.com` (default) or `https://github.example.com/api/v3`. */
  baseUrl?: string | undefined;
  userAgent?: string | undefined;
  cache?: GithubHttpCache | undefined;
  /** Retries of one request (rate limits, 5xx, network failures) before it fails; default 5. */
  maxRetries?: number | undefined;
  /** First wait after a 5xx or a network failure, doubled on each retry; default 1 s. */
  serverErrorBackoffMs?: number | undefined;
  /** First wait after a secondary rate limit without `retry-after`, doubled on each retry; default 60 s. */
  secondaryRateLimitBackoffMs?: number | undefined;
  /** Each request's time limit; default 60 s. */
  timeoutMs?: number | undefined;
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  now?: (() => number) | undefined;
  fetch?: typeof fetch | undefined;
  signal?: AbortSignal | undefined;
  onWait?: ((wait: GithubWait) => void) | undefined;
}

export interface GithubRequestOptions {
  query?: Record<string, string | number | undefined> | undefined;
  /** Send the remembered validators; a 304 answer comes back as `notModified`. */
  conditional?: boolean | undefined;
  signal?: AbortSignal | undefined;
}

export interface GithubResponse<T> {
  status: number;
  /** The absolute URL asked (the cache key). */
  url: string;
  notModified: boolean;
  /** Undefined on a 304. */
  data: T | undefined;
  /** `rel="next"` of the `Link` header. */
  next: string | null;
  /** ETag / Last-Modified of a 200 answer, for `remember()`. */
  validators: GithubCacheEntry | null;
  /** The server's `Date` (ms), or null. */
  date: number | null;
}

export interface GithubRateLimit {
  limit: number | null;
  remaining: number | null;
  /** Epoch ms. */
  resetAt: number | null;
  resource: string | null;
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return delay(ms, undefined, signal ? { signal } : undefined);
}

export class GithubClient {
  readonly baseUrl: string;
  readonly cache: GithubHttpCache | undefined;
  /** What the last answer said about the rate limit. */
  readonly rateLimit: GithubRateLimit = { limit: null, remaining: null, resetAt: null, resource: null };
  /** Requests sent, answered 304, retried, and the time spent waiting. */
  readonly stats = { requests: 0, notModified: 0, retries: 0, waitedMs: 0 };
  private readonly base: URL;
  private readonly o: GithubClientOptions;
  /** The clock used for rate-limit waits (ms since the epoch). */
  readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(options: GithubClientOptions = {}) {
    this.o = options;
    this.baseUrl = (options.baseUrl ?? GITHUB_API_URL).replace(/\/+$/, '');
    this.base = new URL(this.baseUrl);
    if (this.base.protocol !== 'https:' && this.base.protocol !== 'http:') {
      throw new Error(`GitHub base URL must be http(s): ${this.baseUrl}`);
    }
    this.cache = options.cache;
    this.sleep = options.sleep ?? defaultSleep;
    this.now = options.now ?? Date.now;
  }

  /**
   * The absolute URL for a path (`/repos/o/r/pulls`) or a URL GitHub gave (a `Link`). A URL outside the
   * base URL is refused, so the token is never sent to another host.
   */
  url(pathOrUrl: string, query?: GithubRequestOptions['query']): string {
    let url: URL;
    if (/^https?:\/\//i.test(pathOrUrl)) {
      url = new URL(pathOrUrl);
      const basePath = this.base.pathname.replace(/\/+$/, '');
      if (url.origin !== this.base.origin || !url.pathname.startsWith(`${basePath}/`)) {
        throw new Error(
          `Refusing to send the GitHub token to ${url.origin}${url.pathname}: not under ${this.baseUrl}`,
        );
      }
    } else {
      url = new URL(this.baseUrl + (pathOrUrl.startsWith('/') ? pathOrUrl : `/${pathOrUrl}`));
    }
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    return url.toString();
  }

  /** Remember a 200 answer's validators for the next conditional request (call after storing its data). */
  remember(url: string, validators: GithubCacheEntry | null | undefined): void {
    if (!this.cache || !validators || (!validators.etag && !validators.lastModified)) return;
    this.cache.set(url, validators);
  }

  async request<T>(pathOrUrl: string, options: GithubRequestOptions = {}): Promise<GithubResponse<T>> {
    const url = this.url(pathOrUrl, options.query);
    const signal = this.signal(options.signal);
    const maxRetries = this.o.maxRetries ?? 5;
    let secondaryRetries = 0;
    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted();
      await this.waitForPrimaryLimit(url, attempt, signal);
      const headers: Record<string, string> = {
        Accept: 'application/vnd.github+json',
        'X-GitHub-Api-Version': GITHUB_API_VERSION,
        'User-Agent': this.o.userAgent ?? 'Quarterdeck',
      };
      if (this.o.token) headers.Authorization = `Bearer ${this.o.token}`;
      const cached = options.conditional ? this.cache?.get(url) : undefined;
      if (cached?.etag) headers['If-None-Match'] = cached.etag;
      if (cached?.lastModified) headers['If-Modified-Since'] = cached.lastModified;

      let res: Response;
      try {
        this.stats.requests++;
        const timeout = AbortSignal.timeout(this.o.timeoutMs ?? 60_000);
        res = await (this.o.fetch ?? fetch)(url, {
          headers,
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
      } catch (error) {
        signal?.throwIfAborted();
        if (attempt > maxRetries) {
          throw new GithubApiError(0, url, (error as Error).message, null, { attempts: attempt });
        }
        this.stats.retries++;
        await this.wait(
          'network-error',
          this.backoff(this.o.serverErrorBackoffMs ?? 1000, attempt),
          url,
          attempt,
          signal,
        );
        continue;
      }
      this.noteRateLimit(res.headers);
      const date = res.headers.get('date');
      const meta = { url, date: date ? Date.parse(date) || null : null };

      if (res.status === 304) {
        this.stats.notModified++;
        await res.body?.cancel();
        return {
          ...meta,
          status: 304,
          notModified: true,
          data: undefined,
          next: null,
          validators: cached ?? null,
        };
      }
      if (res.ok) {
        const text = await res.text();
        let data: T;
        try {
          data = (text === '' ? null : JSON.parse(text)) as T;
        } catch {
          throw new GithubApiError(res.status, url, `the answer is not JSON: ${text.slice(0, 80)}`, null);
        }
        const etag = res.headers.get('etag') ?? undefined;
        const lastModified = res.headers.get('last-modified') ?? undefined;
        return {
          ...meta,
          status: res.status,
          notModified: false,
          data,
          next: parseLinkHeader(res.headers.get('link')).next ?? null,
          validators: etag || lastModified ? { etag, lastModified } : null,
        };
      }

      const body = await readErrorBody(res);
      const fail = (rateLimited = false) =>
        new GithubApiError(res.status, url, body.message, body.documentationUrl, {
          errors: body.errors,
          rateLimited,
          attempts: attempt,
        });
      if ((res.status === 403 || res.status === 429) && this.isRateLimited(res, body)) {
        if (attempt > maxRetries) throw fail(true);
        this.stats.retries++;
        const retryAfter = headerInt(res.headers, 'retry-after');
        const remaining = headerInt(res.headers, 'x-ratelimit-remaining');
        const reset = headerInt(res.headers, 'x-ratelimit-reset');
        if (retryAfter !== null) {
          await this.wait('secondary-rate-limit', retryAfter * 1000, url, attempt, signal);
        } else if (remaining === 0 && reset !== null) {
          await this.wait('primary-rate-limit', this.untilReset(reset * 1000), url, attempt, signal);
          this.rateLimit.remaining = null;
        } else {
          secondaryRetries++;
          const first = this.o.secondaryRateLimitBackoffMs ?? 60_000;
          await this.wait(
            'secondary-rate-limit',
            this.backoff(first, secondaryRetries),
            url,
            attempt,
            signal,
          );
        }
        continue;
      }
      if (res.status >= 500) {
        if (attempt > maxRetries) throw fail();
        this.stats.retries++;
        await this.wait(
          'server-error',
          this.backoff(this.o.serverErrorBackoffMs ?? 1000, attempt),
          url,
          attempt,
          signal,
        );
        continue;
      }
      throw fail();
    }
  }

  /** Every page of a list, one answer at a time (`per_page=100` unless the query says otherwise). */
  async *paginate<T>(
    pathOrUrl: string,
    options: GithubRequestOptions = {},
  ): AsyncGenerator<GithubResponse<T>, void, undefined> {
    let next: string | null = this.url(pathOrUrl, { per_page: 100, ...options.query });
    let first = true;
    while (next) {
      const page: GithubResponse<T> = await this.request<T>(next, {
        signal: options.signal,
        conditional: first && options.conditional,
      });
      first = false;
      yield page;
      next = page.next;
    }
  }

  private signal(extra: AbortSignal | undefined): AbortSignal | undefined {
    const signals = [this.o.signal, extra].filter((s): s is AbortSignal => s !== undefined);
    if (signals.length <= 1) return signals[0];
    return AbortSignal.any(signals);
  }

  private isRateLimited(res: Response, body: ErrorBody): boolean {
    if (res.status === 429) return true;
    if (res.headers.has('retry-after') || res.headers.get('x-ratelimit-remaining') === '0') return true;
    return /rate limit|abuse/i.test(body.message ?? '');
  }

  private noteRateLimit(headers: Headers): void {
    const remaining = headerInt(headers, 'x-ratelimit-remaining');
    if (remaining === null) return;
    const reset = headerInt(headers, 'x-ratelimit-reset');
    this.rateLimit.remaining = remaining;
    this.rateLimit.limit = headerInt(headers, 'x-ratelimit-limit');
    this.rateLimit.resetAt = reset === null ? null : reset * 1000;
    this.rateLimit.resource = headers.get('x-ratelimit-resource');
  }

  private async waitForPrimaryLimit(
    url: string,
    attempt: number,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const { remaining, resetAt } = this.rateLimit;
    if (remaining !== 0 || resetAt === null) return;
    const ms = this.untilReset(resetAt);
    if (ms > 0) await this.wait('primary-rate-limit', ms, url, attempt, signal);
    this.rateLimit.remaining = null;
  }

  /** Until one second past the reset (GitHub's clock is whole seconds). */
  private untilReset(resetAtMs: number): number {
    return Math.max(0, resetAtMs - this.now() + 1000);
  }

  private backoff(firstMs: number, attempt: number): number {
    return firstMs * 2 ** Math.max(0, attempt - 1);
  }

  private async wait(
    reason: GithubWait['reason'],
    ms: number,
    url: string,
    attempt: number,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    this.stats.waitedMs += ms;
    this.o.onWait?.({ reason, ms, url, attempt });
    await this.sleep(ms, signal);
    signal?.throwIfAborted();
  }
}
