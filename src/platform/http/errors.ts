import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { App } from '../modules.js';
import { type FieldError, Problem, type ProblemType } from './problem.js';
import { isAppNavigation, topLevelWebFile, webIndexExists } from './web.routes.js';

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send(
      problem.toBody({ instance: request.url.split('?')[0] ?? request.url, requestId: String(request.id) }),
    );
}

/** Turns every error into problem+json; the server never answers with a stack trace or crashes. */
export function installErrorHandlers(app: App): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ problem: problem.type, detail: problem.message }, 'request refused');
    return sendProblem(request, reply, problem);
  });

  app.setNotFoundHandler((request, reply) => {
    // A page of the web app (a client-side route): the app's index.html renders it.
    if (webIndexExists() && isAppNavigation(request.method, request.url, request.headers.accept)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    const file = topLevelWebFile(request.method, request.url);
    if (file) return reply.sendFile(file, { maxAge: '1d' });
    const path = request.url.split('?')[0] ?? '';
    return sendProblem(request, reply, new Problem('not-found', `There is no ${request.method} ${path}.`));
  });
}

function toProblem(error: FastifyError): Problem {
  if (error instanceof Problem) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext === 'querystring' ? 'query' : (error.validationContext ?? 'body');
    const errors: FieldError[] = error.validation.map((v) => ({
      field: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
      message: describeIssue(v.message ?? 'is not valid', v.params),
    }));
    const first = errors[0];
    return new Problem(
      'validation-failed',
      first
        ? `${first.field}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`
        : 'Invalid request.',
      errors,
    );
  }
  if (isResponseSerializationError(error))
    return new Problem('internal-error', 'The server built an invalid response.');
  const byCode: Record<string, ProblemType> = {
    FST_ERR_CTP_BODY_TOO_LARGE: 'payload-too-large',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad-request',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed-json',
    FST_ERR_CTP_INVALID_JSON_BODY: 'malformed-json',
  };
  const mapped = error.code ? byCode[error.code] : undefined;
  if (mapped) return new Problem(mapped, error.message);
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new Problem('malformed-json', `The body is not valid JSON: ${error.message}`);
  }
  if (error.statusCode === 429) return new Problem('rate-limited', error.message);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return new Problem('bad-request', error.message);
  return new Problem('internal-error', 'Something went wrong on the server; the request id is in the logs.');
}

function describeIssue(message: string, params: unknown): string {
  const issue = (params as { issue?: { code?: string; keys?: string[] } } | undefined)?.issue;
  if (issue?.code === 'unrecognized_keys' && issue.keys) return `unknown field(s): ${issue.keys.join(', ')}`;
  return message;
}
