/**
 * Errors as RFC 9457 problem details (`application/problem+json`). The `type` is a stable URN per
 * kind of problem, listed in docs/api.md, so clients can branch on it.
 */
export interface FieldError {
  /** Where the bad value is: `body.email`, `query.limit`, `params.id`. */
  field: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}

export const PROBLEM_TYPES = {
  'validation-failed': { status: 400, title: 'The request is not valid' },
  'malformed-json': { status: 400, title: 'The request body is not valid JSON' },
  'bad-request': { status: 400, title: 'Bad request' },
  unauthenticated: { status: 401, title: 'Sign-in required' },
  'invalid-token': { status: 401, title: 'The credentials are not valid' },
  'invalid-credentials': { status: 401, title: 'Wrong email or password' },
  forbidden: { status: 403, title: 'Not allowed' },
  'csrf-failed': { status: 403, title: 'Missing or wrong CSRF token' },
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  'import-rejected': { status: 422, title: 'The import found errors and changed nothing' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported content type' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'internal-error': { status: 500, title: 'Internal error' },
  unavailable: { status: 503, title: 'Service unavailable' },
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export function problemTypeUri(type: ProblemType): string {
  return `urn:quarterdeck:problem:${type}`;
}

export class Problem extends Error {
  readonly status: number;
  constructor(
    readonly type: ProblemType,
    detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
    this.status = PROBLEM_TYPES[type].status;
  }

  toBody(extra: { instance?: string; requestId?: string } = {}): ProblemBody {
    return {
      type: problemTypeUri(this.type),
      title: PROBLEM_TYPES[this.type].title,
      status: this.status,
      detail: this.message,
      ...extra,
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export const notFound = (what: string) => new Problem('not-found', `${what} was not found.`);
export const forbidden = (detail = 'Your role does not allow this.') => new Problem('forbidden', detail);
export const conflict = (detail: string) => new Problem('conflict', detail);
export const badRequest = (detail: string, errors?: FieldError[]) =>
  new Problem('bad-request', detail, errors);
