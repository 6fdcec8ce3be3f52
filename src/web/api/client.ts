import createClient, { type Middleware } from 'openapi-fetch';
import { ApiProblem, isAbort } from './problem';
import type { paths } from './schema';

/**
 * The typed API client: every path, parameter and answer comes from the server's OpenAPI document
 * (`src/web/api/schema.d.ts`, made by `npm run api:types`). It sends the session cookie, adds the CSRF
 * token to changes, and reports an ended session so the app can send the person back to sign in.
 */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Calls whose 401 means "wrong credentials", not "your session ended". */
const SIGN_IN_PATHS = new Set(['/api/v1/auth/login', '/api/v1/setup']);

let csrfToken: string | null = null;
let sessionEndedHandler: ((problem: ApiProblem) => void) | null = null;

/** Remembers the CSRF token of the session (from sign-in or `GET /api/v1/auth/me`). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

/** Called on a 401 from any call but sign-in: the session expired, was revoked, or never existed. */
export function onSessionEnded(handler: (problem: ApiProblem) => void): () => void {
  sessionEndedHandler = handler;
  return () => {
    if (sessionEndedHandler === handler) sessionEndedHandler = null;
  };
}

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    if (!SAFE_METHODS.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  async onResponse({ response, schemaPath }) {
    if (response.status === 401 && !SIGN_IN_PATHS.has(schemaPath) && sessionEndedHandler) {
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => null);
      sessionEndedHandler(ApiProblem.fromResponse(body, response));
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(sessionMiddleware);

/**
 * The data of an API call, or a thrown `ApiProblem` (problem+json answers, network failures). Aborted
 * calls rethrow the abort so callers can ignore it.
 *
 *   const people = await unwrap(api.GET('/api/v1/org/people', { params: { query: { q } } }));
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (err) {
    if (isAbort(err)) throw err;
    throw ApiProblem.network(err);
  }
  if (!result.response.ok) throw ApiProblem.fromResponse(result.error, result.response);
  return result.data as T;
}
