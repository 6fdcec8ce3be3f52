/**
 * Errors from the API as one typed value. The server answers every error as RFC 9457 problem details
 * (`application/problem+json`, see docs/api.md); network failures become a problem of their own.
 */
export interface FieldError {
  /** Where the bad value is: `body.email`, `query.limit`, `params.id`. */
  field: string;
  message: string;
}

const PREFIX = 'urn:quarterdeck:problem:';

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}

function isProblemBody(body: unknown): body is ProblemBody {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return typeof b.type === 'string' && typeof b.title === 'string' && typeof b.status === 'number';
}

export class ApiProblem extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly requestId: string | null;

  constructor(body: ProblemBody, requestId: string | null = null) {
    super(body.detail || body.title);
    this.name = 'ApiProblem';
    this.type = body.type;
    this.title = body.title;
    this.status = body.status;
    this.detail = body.detail || body.title;
    this.errors = Array.isArray(body.errors) ? body.errors : [];
    this.requestId = body.requestId ?? requestId;
  }

  /** The short kind of problem: `validation-failed`, `not-found`, … (the `type` without its URN prefix). */
  get kind(): string {
    return this.type.startsWith(PREFIX) ? this.type.slice(PREFIX.length) : this.type;
  }

  /** A problem from an error answer, whatever its body. */
  static fromResponse(body: unknown, response: Response): ApiProblem {
    const requestId = response.headers.get('x-request-id');
    if (isProblemBody(body)) return new ApiProblem(body, requestId);
    return new ApiProblem(
      {
        type: 'about:blank',
        title: response.statusText || 'Request failed',
        status: response.status,
        detail: `The server answered ${response.status} ${response.statusText}`.trim(),
      },
      requestId,
    );
  }

  /** The server could not be reached at all. */
  static network(cause: unknown): ApiProblem {
    const problem = new ApiProblem({
      type: `${PREFIX}network`,
      title: 'The server could not be reached',
      status: 0,
      detail:
        'Quarterdeck did not answer. Check your connection, or whether the server is running, then retry.',
    });
    problem.cause = cause;
    return problem;
  }
}

/** Whether an error is the request being aborted (a page left, a newer request started). */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
