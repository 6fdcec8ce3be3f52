/**
 * The generic delivery format: one zod schema per record type, in the canonical JSON form (snake_case
 * fields, numbers as numbers, lists as arrays, timestamps with a zone), and the JSON Schema document built
 * from them for the docs and the API. The readers (generic-record.ts) accept a little more than the
 * schema says: value lists in any case and with common synonyms, ids written as numbers, CSV cells.
 * Format: docs/import-formats.md, "Delivery: the generic format".
 */
import { z } from 'zod';
import {
  DEPLOYMENT_STATUSES,
  INCIDENT_STATUSES,
  isRepositoryName,
  isSha,
  PULL_REQUEST_STATES,
  parseTimestamp,
  REVIEW_STATES,
  shaProblem,
  TIMESTAMP_HINT,
  timestampProblem,
} from './generic-values.js';

export const GENERIC_RECORD_TYPES = [
  'repository',
  'commit',
  'pull_request',
  'review',
  'comment',
  'deployment',
  'incident',
] as const;
export type GenericRecordType = (typeof GENERIC_RECORD_TYPES)[number];

const required = (what: string) =>
  z
    .string({ error: `The ${what} is missing.` })
    .trim()
    .min(1, `The ${what} is empty.`);
const text = (description: string) => z.string().trim().nullish().describe(description);

const timestamp = (description: string) =>
  z
    .string()
    .superRefine((v, ctx) => {
      if (parseTimestamp(v) === null) ctx.addIssue({ code: 'custom', message: timestampProblem(v) });
    })
    .overwrite((v) => parseTimestamp(v) ?? v)
    .meta({ format: 'date-time', description: `${description} Written as ${TIMESTAMP_HINT}.` });

const sha = (description: string) =>
  z
    .string()
    .superRefine((v, ctx) => {
      if (!isSha(v)) ctx.addIssue({ code: 'custom', message: shaProblem(v) });
    })
    .overwrite((v) => v.toLowerCase())
    .meta({ pattern: '^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$', description });

const repository = (description = 'The repository, owner/name (GitLab: group/subgroup/name).') =>
  z
    .string({ error: 'The repository is missing.' })
    .trim()
    .superRefine((v, ctx) => {
      if (!isRepositoryName(v))
        ctx.addIssue({
          code: 'custom',
          message: `"${v}" is not a repository written owner/name (such as acme/shop).`,
        });
    })
    .describe(description);

const count = (description: string) =>
  z
    .number({ error: (iss) => `${JSON.stringify(iss.input)} is not a whole number.` })
    .int({ error: (iss) => `${JSON.stringify(iss.input)} is not a whole number.` })
    .min(0, { error: (iss) => `${JSON.stringify(iss.input)} is negative; a count is 0 or more.` })
    .nullish()
    .describe(description);

const flag = (description: string) =>
  z
    .boolean({ error: (iss) => `${JSON.stringify(iss.input)} is not true or false.` })
    .nullish()
    .describe(description);

function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (iss) =>
      iss.input === undefined || iss.input === null
        ? `The ${what} is missing. Allowed: ${values.join(', ')}.`
        : `${JSON.stringify(iss.input)} is not a known ${what}. Allowed: ${values.join(', ')}.`,
  });
}

const prNumber = (description: string) =>
  z
    .number({
      error: (iss) =>
        iss.input == null
          ? 'The pull request number is missing.'
          : `${JSON.stringify(iss.input)} is not a pull request number.`,
    })
    .int({ error: (iss) => `${JSON.stringify(iss.input)} is not a pull request number.` })
    .positive({ error: (iss) => `${JSON.stringify(iss.input)} is not a pull request number (1 or more).` })
    .describe(description);

/** The three ways a person appears in a source: `<prefix>_email`, `<prefix>_login`, `<prefix>_name`. */
function actor<P extends string>(prefix: P, who: string) {
  return {
    [`${prefix}_email`]: text(`The ${who}'s e-mail; matched to people through their identities.`),
    [`${prefix}_login`]: text(`The ${who}'s login on the forge (GitHub, GitLab…).`),
    [`${prefix}_name`]: text(`The ${who}'s name as the source shows it (never used to match people).`),
  } as Record<`${P}_email` | `${P}_login` | `${P}_name`, ReturnType<typeof text>>;
}

const person = z.object({
  email: text('E-mail.'),
  login: text('Login on the forge.'),
  name: text('Name.'),
});

export const GenericRepositoryRecord = z
  .object({
    type: z.literal('repository'),
    name: repository('The repository, owner/name (GitLab: group/subgroup/name).'),
    url: text('Web address of the repository.'),
    default_branch: text('The default branch, such as main.'),
  })
  .describe('A repository.');

export const GenericCommitRecord = z
  .object({
    type: z.literal('commit'),
    repository: repository(),
    sha: sha('The full commit sha (40 hex characters, 64 for SHA-256 repositories).'),
    parents: z
      .array(sha('A parent commit sha.'))
      .nullish()
      .describe('Parent shas: none for a root commit, two or more for a merge. In CSV separated by spaces.'),
    ...actor('author', 'author'),
    ...actor('committer', 'committer'),
    authored_at: timestamp('When the commit was authored.'),
    committed_at: timestamp('When the commit was committed (default: authored_at).').nullish(),
    subject: z.string({ error: 'The subject is missing.' }).describe('The first line of the commit message.'),
    additions: count('Lines added; empty when not known.'),
    deletions: count('Lines deleted; empty when not known.'),
    files_changed: count('Files changed; empty when not known.'),
    trailers: z
      .array(z.object({ key: required('trailer key'), value: z.string() }))
      .nullish()
      .describe(
        'Message trailers (Co-authored-by, Reviewed-by…). In CSV "Key: value" pairs separated by ";" or new lines.',
      ),
    co_authors: z
      .array(person)
      .nullish()
      .describe('Co-authors; default: from Co-authored-by trailers. In CSV "Name <email>" separated by ";".'),
  })
  .describe('A commit.');

export const GenericPullRequestRecord = z
  .object({
    type: z.literal('pull_request'),
    repository: repository(),
    number: prNumber('The pull request number in its repository.'),
    title: required('title').describe('The title.'),
    state: oneOf(PULL_REQUEST_STATES.values, 'pull request state').describe(
      'open, closed (without merging) or merged.',
    ),
    draft: flag('True while the pull request is a draft.'),
    ...actor('author', 'author'),
    created_at: timestamp('When the pull request was opened.'),
    ready_at: timestamp('When it left draft (ready for review), if it was ever a draft.').nullish(),
    merged_at: timestamp('When it was merged; required when state is merged.').nullish(),
    closed_at: timestamp('When it was closed (merged or not).').nullish(),
    merge_commit_sha: sha('The merge (or squash) commit.').nullish(),
    base_ref: text('The branch it merges into.'),
    head_ref: text('The branch it merges from.'),
    additions: count('Lines added.'),
    deletions: count('Lines deleted.'),
    changed_files: count('Files changed.'),
    labels: z.array(z.string()).nullish().describe('Labels. In CSV separated by "," or ";".'),
    url: text('Web address of the pull request.'),
    commits: z
      .array(sha('A commit of the pull request.'))
      .nullish()
      .describe('The commits of the pull request, in order. In CSV separated by spaces.'),
    linked_issue_labels: z
      .array(z.string())
      .nullish()
      .describe('Labels or types of the issues it closes. In CSV separated by "," or ";".'),
  })
  .describe('A pull (merge) request.');

export const GenericReviewRecord = z
  .object({
    type: z.literal('review'),
    repository: repository(),
    pull_request: prNumber('The number of the reviewed pull request.'),
    id: required('review id').describe('The source’s id of the review, unique within the pull request.'),
    ...actor('reviewer', 'reviewer'),
    state: oneOf(REVIEW_STATES.values, 'review state').describe(
      'approved, changes_requested, commented or dismissed.',
    ),
    submitted_at: timestamp('When the review was submitted.'),
  })
  .describe('A review of a pull request.');

export const GenericCommentRecord = z
  .object({
    type: z.literal('comment'),
    repository: repository(),
    pull_request: prNumber('The number of the pull request commented on.'),
    id: required('comment id').describe('The source’s id of the comment, unique within the pull request.'),
    ...actor('author', 'author'),
    created_at: timestamp('When the comment was written.'),
  })
  .describe('A comment on a pull request (inline or in the conversation).');

export const GenericDeploymentRecord = z
  .object({
    type: z.literal('deployment'),
    id: required('deployment id').describe('The source’s id of the deployment; the key of the deployment.'),
    service: text('Catalog component name (checkout) or reference (component:default/checkout).'),
    repository: repository().nullish(),
    environment: required('environment').describe(
      'As the source names it (prod, Production, eu-production); production, staging… are recognized from it.',
    ),
    sha: sha('The deployed commit.').nullish(),
    ref: text('The deployed branch or tag.'),
    status: oneOf(DEPLOYMENT_STATUSES.values, 'deployment status').describe(
      'success, failure, error, cancelled, in_progress or queued.',
    ),
    created_at: timestamp('When the deployment was requested.'),
    started_at: timestamp('When it started.').nullish(),
    finished_at: timestamp('When it reached its final status.').nullish(),
    name: text('A name for people.'),
    url: text('Web address of the deployment or its pipeline.'),
    rework: flag('True for a rollback, a hotfix or another unplanned deployment.'),
  })
  .describe('A deployment of a service or repository to an environment.');

export const GenericIncidentRecord = z
  .object({
    type: z.literal('incident'),
    id: required('incident id').describe('The source’s id of the incident; the key of the incident.'),
    title: required('title').describe('The title.'),
    service: text('Catalog component name or reference of the affected service.'),
    repository: repository().nullish(),
    severity: text('As the source writes it (SEV1, P2, critical…).'),
    status: oneOf(INCIDENT_STATUSES.values, 'incident status')
      .nullish()
      .describe('open or resolved; default: resolved when resolved_at is given, else open.'),
    started_at: timestamp('When the incident started (or was detected).'),
    resolved_at: timestamp('When service was restored; required when status is resolved.').nullish(),
    deployment_id: text('The id (same source) of the deployment that caused it, when known.'),
    change_related: flag(
      'False when no change caused it (a provider outage); then it is never attributed to a deployment.',
    ),
    url: text('Web address of the incident.'),
  })
  .describe('An incident: a failure in production, attributed to a deployment as a change failure.');

export const GENERIC_RECORD_SCHEMAS = {
  repository: GenericRepositoryRecord,
  commit: GenericCommitRecord,
  pull_request: GenericPullRequestRecord,
  review: GenericReviewRecord,
  comment: GenericCommentRecord,
  deployment: GenericDeploymentRecord,
  incident: GenericIncidentRecord,
} as const;

export type GenericRepositoryRecord = z.output<typeof GenericRepositoryRecord>;
export type GenericCommitRecord = z.output<typeof GenericCommitRecord>;
export type GenericPullRequestRecord = z.output<typeof GenericPullRequestRecord>;
export type GenericReviewRecord = z.output<typeof GenericReviewRecord>;
export type GenericCommentRecord = z.output<typeof GenericCommentRecord>;
export type GenericDeploymentRecord = z.output<typeof GenericDeploymentRecord>;
export type GenericIncidentRecord = z.output<typeof GenericIncidentRecord>;

/** One record of the generic format, any type. */
export const GenericDeliveryRecord = z
  .discriminatedUnion('type', [
    GenericRepositoryRecord,
    GenericCommitRecord,
    GenericPullRequestRecord,
    GenericReviewRecord,
    GenericCommentRecord,
    GenericDeploymentRecord,
    GenericIncidentRecord,
  ])
  .meta({
    title: 'Quarterdeck generic delivery record',
    description:
      'One line of a JSON-lines delivery file (one object per line). A CSV file holds one type per file, with ' +
      'these fields as columns and no type column.',
  });
export type GenericDeliveryRecord = z.output<typeof GenericDeliveryRecord>;

/** The fields of each record type (the CSV columns), the `type` field left out. */
export function genericFields(type: GenericRecordType): string[] {
  return Object.keys(GENERIC_RECORD_SCHEMAS[type].shape).filter((k) => k !== 'type');
}

/** The fields a record of the type must have. */
export function genericRequiredFields(type: GenericRecordType): string[] {
  const shape = GENERIC_RECORD_SCHEMAS[type].shape as Record<string, z.ZodType>;
  return genericFields(type).filter((k) => !shape[k]?.safeParse(undefined).success);
}

/**
 * The JSON Schema (draft 2020-12) of one record of the generic delivery format, for the docs and the API
 * (`oneOf` the seven record types, told apart by `type`).
 */
export const GENERIC_DELIVERY_JSON_SCHEMA: Record<string, unknown> = z.toJSONSchema(GenericDeliveryRecord, {
  io: 'input',
  target: 'draft-2020-12',
});
