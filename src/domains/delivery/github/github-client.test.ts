import { afterEach, describe, expect, it } from 'vitest';
import { FakeGithub, fixture } from './fixtures/fake-github.js';
import {
  createGithubHttpCache,
  GithubApiError,
  GithubClient,
  type GithubClientOptions,
  type GithubWait,
  parseLinkHeader,
} from './github-client.js';

const fakes: FakeGithub[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

async function setup(basePath = '', options: GithubClientOptions = {}) {
  const fake = new FakeGithub(basePath);
  fakes.push(fake);
  const baseUrl = await fake.start();
  const waits: GithubWait[] = [];
  const slept: number[] = [];
  const client = new GithubClient({
    baseUrl,
    token: 'ghp_test',
    now: () => fake.now,
    sleep: async (ms) => {
      slept.push(ms);
      fake.now += ms;
    },
    onWait: (w) => waits.push(w),
    ...options,
  });
  return { fake, client, waits, slept };
}

const notFound = {
  message: 'Not Found',
  documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
  status: '404',
};

describe('GithubClient', () => {
  it('sends the documented headers, to GitHub Enterprise under /api/v3 too', async () => {
    const { fake, client } = await setup('/api/v3', { userAgent: 'Quarterdeck-test' });
    fake.route(/^\/repos\/octo-org\/hello-world$/, () => ({ body: fixture('repository.json') }));
    const res = await client.request<{ full_name: string }>('/repos/octo-org/hello-world');
    expect(res.data?.full_name).toBe('octo-org/hello-world');
    expect(res.url).toBe(`${fake.baseUrl}/repos/octo-org/hello-world`);
    const h = fake.log[0]!.headers;
    expect(h.authorization).toBe('Bearer ghp_test');
    expect(h.accept).toBe('application/vnd.github+json');
    expect(h['x-github-api-version']).toBe('2022-11-28');
    expect(h['user-agent']).toBe('Quarterdeck-test');
    expect(res.date).toBe(fake.now);
  });

  it('follows Link rel="next" across three pages with per_page=100', async () => {
    const { fake, client } = await setup();
    fake.pageSize = 2;
    const items = [1, 2, 3, 4, 5].map((id) => ({ id }));
    fake.route(/^\/items$/, (req) => fake.page(req, items));
    const pages: number[][] = [];
    for await (const page of client.paginate<Array<{ id: number }>>('/items', { query: { state: 'all' } })) {
      pages.push(page.data!.map((i) => i.id));
    }
    expect(pages).toEqual([[1, 2], [3, 4], [5]]);
    expect(fake.log.map((r) => r.query.get('page'))).toEqual([null, '2', '3']);
    expect(fake.log.every((r) => r.query.get('per_page') === '100' && r.query.get('state') === 'all')).toBe(
      true,
    );
  });

  it('sends the remembered ETag and takes a 304 as unchanged, free of rate limit', async () => {
    const cache = createGithubHttpCache();
    const { fake, client } = await setup('', { cache });
    fake.route(/^\/repos\/octo-org\/hello-world\/releases$/, (req) =>
      fake.page(req, fixture('releases.json')),
    );
    const first = await client.request<unknown[]>('/repos/octo-org/hello-world/releases', {
      conditional: true,
    });
    expect(first.notModified).toBe(false);
    expect(first.validators?.etag).toMatch(/^W\/"/);
    // Not remembered until the caller says its data is stored.
    expect(cache.get(first.url)).toBeUndefined();
    client.remember(first.url, first.validators);
    const remainingBefore = fake.remaining;
    const second = await client.request<unknown[]>('/repos/octo-org/hello-world/releases', {
      conditional: true,
    });
    expect(fake.log[1]!.headers['if-none-match']).toBe(first.validators?.etag);
    expect(second).toMatchObject({ status: 304, notModified: true, data: undefined });
    expect(fake.remaining).toBe(remainingBefore);
    expect(client.stats.notModified).toBe(1);
    expect(JSON.parse(JSON.stringify(cache))).toEqual({ [first.url]: { etag: first.validators?.etag } });
  });

  it('waits for the reset when the primary rate limit is used up, before the next request', async () => {
    const { fake, client, waits } = await setup();
    const reset = Math.floor(fake.now / 1000) + 30;
    fake.route(/^\/a$/, () => ({
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: {},
    }));
    fake.route(/^\/b$/, () => ({ body: { ok: true } }));
    await client.request('/a');
    expect(client.rateLimit.remaining).toBe(0);
    const expected = reset * 1000 - fake.now + 1000;
    await client.request('/b');
    expect(waits).toEqual([
      { reason: 'primary-rate-limit', ms: expected, url: `${fake.baseUrl}/b`, attempt: 1 },
    ]);
    expect(fake.now).toBeGreaterThanOrEqual(reset * 1000);
  });

  it('retries a 403 primary rate limit (remaining 0) after the reset', async () => {
    const { fake, client, waits } = await setup();
    const reset = Math.floor(fake.now / 1000) + 600;
    fake.route(/^\/a$/, () => ({ body: { ok: true } }));
    fake.inject(/^\/a$/, {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: {
        message: 'API rate limit exceeded for user ID 1.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      },
    });
    const res = await client.request<{ ok: boolean }>('/a');
    expect(res.data).toEqual({ ok: true });
    expect(waits.map((w) => [w.reason, w.ms])).toEqual([['primary-rate-limit', 601_000]]);
  });

  it('waits retry-after seconds on a secondary rate limit', async () => {
    const { fake, client, slept } = await setup();
    fake.route(/^\/a$/, () => ({ body: { ok: true } }));
    fake.inject(/^\/a$/, {
      status: 403,
      headers: { 'retry-after': '7' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url:
          'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api',
      },
    });
    await client.request('/a');
    expect(slept).toEqual([7000]);
    expect(client.stats.retries).toBe(1);
  });

  it('backs off from one minute, doubling, on a secondary rate limit without retry-after', async () => {
    const { fake, client, waits } = await setup();
    fake.route(/^\/a$/, () => ({ body: { ok: true } }));
    const limited = { status: 429, body: { message: 'You have exceeded a secondary rate limit.' } };
    fake.inject(/^\/a$/, limited).inject(/^\/a$/, limited);
    await client.request('/a');
    expect(waits.map((w) => [w.reason, w.ms])).toEqual([
      ['secondary-rate-limit', 60_000],
      ['secondary-rate-limit', 120_000],
    ]);
  });

  it('retries a 502 with backoff, then succeeds', async () => {
    const { fake, client, waits } = await setup();
    fake.route(/^\/a$/, () => ({ body: { ok: true } }));
    fake.inject(/^\/a$/, { status: 502, body: { message: 'Server Error' } });
    const res = await client.request<{ ok: boolean }>('/a');
    expect(res.data).toEqual({ ok: true });
    expect(waits.map((w) => [w.reason, w.ms])).toEqual([['server-error', 1000]]);
    expect(fake.log).toHaveLength(2);
  });

  it('gives up after maxRetries', async () => {
    const { fake, client } = await setup('', { maxRetries: 2 });
    fake.route(/^\/a$/, () => ({ status: 503, body: { message: 'Service Unavailable' } }));
    const error = await client.request('/a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GithubApiError);
    expect(error).toMatchObject({ status: 503, githubMessage: 'Service Unavailable' });
    expect(fake.log).toHaveLength(3);
  });

  it('surfaces a 404 as GithubApiError with status, url, message and documentation_url', async () => {
    const { fake, client } = await setup();
    fake.route(/^\/repos\/octo-org\/hello-world\/pulls\/9$/, () => ({ status: 404, body: notFound }));
    const error = (await client
      .request('/repos/octo-org/hello-world/pulls/9')
      .catch((e: unknown) => e)) as GithubApiError;
    expect(error).toBeInstanceOf(GithubApiError);
    expect(error.status).toBe(404);
    expect(error.url).toBe(`${fake.baseUrl}/repos/octo-org/hello-world/pulls/9`);
    expect(error.githubMessage).toBe('Not Found');
    expect(error.documentationUrl).toBe(notFound.documentation_url);
    expect(error.message).toContain('answered 404');
    expect(fake.log).toHaveLength(1);
  });

  it('does not retry a 403 that is not a rate limit, nor 401 and 422', async () => {
    const { fake, client } = await setup();
    fake.route(/^\/forbidden$/, () => ({
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
    }));
    fake.route(/^\/unauthorized$/, () => ({ status: 401, body: { message: 'Bad credentials' } }));
    fake.route(/^\/invalid$/, () => ({
      status: 422,
      body: { message: 'Validation Failed', errors: [{ resource: 'Search', field: 'q', code: 'missing' }] },
    }));
    for (const [path, status] of [
      ['/forbidden', 403],
      ['/unauthorized', 401],
      ['/invalid', 422],
    ] as const) {
      const error = await client.request(path).catch((e: unknown) => e);
      expect(error).toMatchObject({ status });
    }
    expect(fake.log).toHaveLength(3);
    const invalid = (await client.request('/invalid').catch((e: unknown) => e)) as GithubApiError;
    expect(invalid.details.errors).toEqual([{ resource: 'Search', field: 'q', code: 'missing' }]);
  });

  it('stops waiting when aborted', async () => {
    const controller = new AbortController();
    const { fake, client } = await setup('', {
      signal: controller.signal,
      sleep: async () => {
        controller.abort(new Error('stopped by the user'));
      },
    });
    fake.route(/^\/a$/, () => ({ status: 502, body: {} }));
    await expect(client.request('/a')).rejects.toThrow('stopped by the user');
    expect(fake.log).toHaveLength(1);
  });

  it('refuses to send the token outside the base URL', async () => {
    const { client } = await setup('/api/v3');
    expect(() => client.url('https://evil.example/api/v3/repos')).toThrow(/Refusing/);
    expect(() => client.url(`${client.baseUrl.replace('/api/v3', '')}/other`)).toThrow(/Refusing/);
  });
});

describe('parseLinkHeader', () => {
  it('reads the relations', () => {
    const header =
      '<https://api.github.com/repositories/1300192/issues?page=2>; rel="prev", ' +
      '<https://api.github.com/repositories/1300192/issues?page=4>; rel="next", ' +
      '<https://api.github.com/repositories/1300192/issues?page=515>; rel="last", ' +
      '<https://api.github.com/repositories/1300192/issues?page=1>; rel="first"';
    expect(parseLinkHeader(header)).toEqual({
      prev: 'https://api.github.com/repositories/1300192/issues?page=2',
      next: 'https://api.github.com/repositories/1300192/issues?page=4',
      last: 'https://api.github.com/repositories/1300192/issues?page=515',
      first: 'https://api.github.com/repositories/1300192/issues?page=1',
    });
    expect(parseLinkHeader(undefined)).toEqual({});
  });
});
