import type { paths } from './schema';

/** Names for the API's shapes, taken from the generated OpenAPI types so they never drift. */
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Success<R> = R extends { 200: infer A }
  ? Json<A>
  : R extends { 201: infer A }
    ? Json<A>
    : R extends { 202: infer A }
      ? Json<A>
      : never;

/** The successful JSON answer of a route. */
export type Output<
  P extends keyof paths,
  M extends 'get' | 'post' | 'patch' | 'delete' = 'get',
> = paths[P][M] extends {
  responses: infer R;
}
  ? Success<R>
  : never;

/** The JSON body a route takes. */
export type Input<P extends keyof paths, M extends 'post' | 'patch'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type Session = Output<'/api/v1/auth/me'>;
export type User = Session['user'];
export type Role = User['role'];
export type Grant = User['grants'][number];
export type Meta = Output<'/api/v1/meta'>;
export type Person = Output<'/api/v1/org/people'>['items'][number];
export type Team = Output<'/api/v1/org/teams'>['items'][number];
export type Job = Output<'/api/v1/jobs/{id}'>;
export type JobState = Job['state'];
export type JobLog = Output<'/api/v1/jobs/{id}/logs'>['items'][number];
export type AuditEntry = Output<'/api/v1/audit'>['items'][number];
export type AuditVerification = Output<'/api/v1/audit/verify', 'post'>;
export type ApiToken = Output<'/api/v1/tokens'>['items'][number];
export type CreatedToken = Output<'/api/v1/tokens', 'post'>;
export type Scorecard = Output<'/api/v1/scorecard'>;
export type ScorecardGroup = Scorecard['groups'][number];
export type ScorecardCheck = ScorecardGroup['checks'][number];
export type CheckStatus = ScorecardCheck['status'];

export const ROLES: readonly Role[] = ['admin', 'executive', 'manager', 'member'];
export const GRANTS: readonly Grant[] = ['compensation', 'finance', 'security'];
export const TERMINAL_JOB_STATES: readonly JobState[] = ['succeeded', 'failed', 'cancelled'];
