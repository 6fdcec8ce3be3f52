/**
 * The HTTP pieces of the GitHub client that stand on their own: the validator cache the caller keeps,
 * the error GitHub's refusals become, and the `Link` and error-body readers.
 */

/** Validators remembered for one URL. */
export interface GithubCacheEntry {
  etag?: string | undefined;
  lastModified?: string | undefined;
}

/** Where the caller keeps validators between runs (a table, a JSON file). Keys are absolute URLs. */
export interface GithubHttpCache {
  get(url: string): GithubCacheEntry | undefined;
  set(url: string, value: GithubCacheEntry): void;
}

/** An in-memory cache; `toJSON()` gives a plain object to persist and pass back as `initial`. */
export function createGithubHttpCache(
  initial: Record<string, GithubCacheEntry> = {},
): GithubHttpCache & { toJSON(): Record<string, GithubCacheEntry>; readonly size: number } {
  const map = new Map(Object.entries(initial));
  return {
    get: (url) => map.get(url),
    set: (url, value) => {
      map.set(url, { ...value });
    },
    toJSON: () => Object.fromEntries(map),
    get size() {
      return map.size;
    },
  };
}

/** A GitHub answer the client does not retry (or no longer retries). */
export class GithubApiError extends Error {
  override readonly name = 'GithubApiError';
  constructor(
    readonly status: number,
    readonly url: string,
    readonly githubMessage: string | null,
    readonly documentationUrl: string | null,
    readonly details: { errors?: unknown; rateLimited?: boolean; attempts?: number } = {},
  ) {
    const what = status === 0 ? 'could not be reached' : `answered ${status}`;
    const tail = [githubMessage, documentationUrl ? `(${documentationUrl})` : null].filter(Boolean).join(' ');
    const attempts = details.attempts && details.attempts > 1 ? ` after ${details.attempts} attempts` : '';
    super(`GitHub ${what} for GET ${url}${attempts}${tail ? `: ${tail}` : ''}`);
  }
}

/** The `Link` header's relations: `{ next: '…', last: '…' }`. */
export function parseLinkHeader(header: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const m of header.matchAll(/<([^>]*)>\s*((?:;\s*[^;,]+)*)/g)) {
    const rel = /;\s*rel\s*=\s*"?([^";]+)"?/i.exec(m[2] ?? '');
    for (const name of rel?.[1]?.trim().split(/\s+/) ?? []) out[name] = m[1]!;
  }
  return out;
}

export function headerInt(headers: Headers, name: string): number | null {
  const v = headers.get(name);
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

export interface ErrorBody {
  message: string | null;
  documentationUrl: string | null;
  errors?: unknown;
}

export async function readErrorBody(res: Response): Promise<ErrorBody> {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { message?: unknown; documentation_url?: unknown; errors?: unknown };
    return {
      message: typeof body.message === 'string' ? body.message : null,
      documentationUrl: typeof body.documentation_url === 'string' ? body.documentation_url : null,
      errors: body.errors,
    };
  } catch {
    return { message: text.trim().slice(0, 200) || res.statusText || null, documentationUrl: null };
  }
}
