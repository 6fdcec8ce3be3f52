/**
 * The request bodies of Apache DevLake's "webhook" plugin, which CI/CD scripts and incident tools already
 * send, as zod schemas. Shapes from DevLake's documentation and its webhook plugin:
 *   - https://devlake.apache.org/docs/Plugins/webhook (payload tables and sample calls)
 *   - https://devlake.apache.org/docs/Configuration/webhook
 *   - apache/incubator-devlake backend/plugins/webhook/api/deployments.go and issues.go (field names)
 * DevLake has spelled the fields two ways over its versions: snake_case (`pipeline_id`, `repo_url`,
 * `commit_sha`, `start_time`, `end_time`, `issue_key`, `created_date`…, up to v0.21) and camelCase
 * (`id`, `deploymentCommits`, `repoUrl`, `commitSha`, `startedDate`, `issueKey`, `createdDate`…, v1.0
 * on). Both are read: `canonicalKeys` renames the old spellings and remembers them for error messages.
 */
import { z } from 'zod';
import { isSha, parseTimestamp, shaProblem, timestampProblem } from './generic-values.js';

/** Old (snake_case) and alternative spellings -> the camelCase field, for a deployment body. */
export const DEPLOYMENT_ALIASES: Readonly<Record<string, string>> = {
  deploymentId: 'id',
  deployment_id: 'id',
  pipeline_id: 'id',
  pipelineId: 'id',
  display_title: 'displayTitle',
  original_environment: 'originalEnvironment',
  create_time: 'createdDate',
  created_date: 'createdDate',
  createTime: 'createdDate',
  start_time: 'startedDate',
  started_date: 'startedDate',
  startTime: 'startedDate',
  end_time: 'finishedDate',
  finished_date: 'finishedDate',
  endTime: 'finishedDate',
  deployment_commits: 'deploymentCommits',
  repo_url: 'repoUrl',
  repo_id: 'repoId',
  ref_name: 'refName',
  commit_sha: 'commitSha',
  commit_msg: 'commitMsg',
};

/** The same for an issue body. */
export const ISSUE_ALIASES: Readonly<Record<string, string>> = {
  issue_key: 'issueKey',
  board_key: 'boardKey',
  epic_key: 'epicKey',
  original_status: 'originalStatus',
  story_point: 'storyPoint',
  resolution_date: 'resolutionDate',
  created_date: 'createdDate',
  updated_date: 'updatedDate',
  lead_time_minutes: 'leadTimeMinutes',
  parent_issue_key: 'parentIssueKey',
  original_estimate_minutes: 'originalEstimateMinutes',
  time_spent_minutes: 'timeSpentMinutes',
  time_remaining_minutes: 'timeRemainingMinutes',
  creator_id: 'creatorId',
  creator_name: 'creatorName',
  assignee_id: 'assigneeId',
  assignee_name: 'assigneeName',
  deployment_id: 'deploymentId',
};

/**
 * An object with its keys renamed to the canonical spelling (the first spelling present wins; the
 * canonical one before any alias), and the names as sent, to word errors in the caller's terms.
 */
export function canonicalKeys(
  body: Record<string, unknown>,
  aliases: Readonly<Record<string, string>>,
): { value: Record<string, unknown>; sent: Record<string, string> } {
  const value: Record<string, unknown> = {};
  const sent: Record<string, string> = {};
  const entries = Object.entries(body).sort(([a], [b]) => Number(a in aliases) - Number(b in aliases));
  for (const [key, v] of entries) {
    const name = aliases[key] ?? key;
    if (name in value) continue;
    value[name] = v;
    sent[name] = key;
  }
  return { value, sent };
}

const optionalText = z.string({ error: (iss) => `${JSON.stringify(iss.input)} is not text.` }).nullish();
const requiredText = (what: string) =>
  z
    .string({
      error: (iss) =>
        iss.input == null ? `The ${what} is missing.` : `${JSON.stringify(iss.input)} is not text.`,
    })
    .trim()
    .min(1, `The ${what} is empty.`);

/** A DevLake time (Go's time.Time from JSON): RFC 3339 with a zone; `+0000` as `date +%z` writes it too. */
const time = (what: string) =>
  z
    .string({
      error: (iss) =>
        iss.input == null ? `The ${what} is missing.` : `${JSON.stringify(iss.input)} is not a time.`,
    })
    .superRefine((v, ctx) => {
      if (parseTimestamp(v) === null) ctx.addIssue({ code: 'custom', message: timestampProblem(v) });
    })
    .overwrite((v) => parseTimestamp(v) ?? v);

const commitSha = z
  .string({
    error: (iss) =>
      iss.input == null ? 'The commit sha is missing.' : `${JSON.stringify(iss.input)} is not a commit sha.`,
  })
  .trim()
  .superRefine((v, ctx) => {
    if (!isSha(v)) ctx.addIssue({ code: 'custom', message: shaProblem(v) });
  })
  .overwrite((v) => v.toLowerCase());

/** One value of a DevLake list, written in any case. */
function upperOneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .trim()
            .toUpperCase()
            .replace(/[\s-]+/g, '_')
        : v,
    z.enum(values, {
      error: (iss) =>
        iss.input == null
          ? `The ${what} is missing. Allowed: ${values.join(', ')}.`
          : `${JSON.stringify(iss.input)} is not a known ${what}. Allowed: ${values.join(', ')}.`,
    }),
  );
}

export const DEVLAKE_RESULTS = ['SUCCESS', 'FAILURE', 'ABORT', 'MANUAL'] as const;
export const DEVLAKE_ENVIRONMENTS = ['PRODUCTION', 'STAGING', 'TESTING', 'DEVELOPMENT'] as const;
export const DEVLAKE_TASK_STATUSES = ['IN_PROGRESS', 'DONE', 'OTHER'] as const;
export const DEVLAKE_ISSUE_STATUSES = ['TODO', 'IN_PROGRESS', 'DONE'] as const;

export const DevlakeDeploymentCommit = z.object({
  repoUrl: requiredText('repoUrl'),
  commitSha,
  refName: optionalText,
  commitMsg: optionalText,
  displayTitle: optionalText,
  name: optionalText,
  repoId: optionalText,
  result: upperOneOf(DEVLAKE_RESULTS, 'result').nullish(),
  status: upperOneOf(DEVLAKE_TASK_STATUSES, 'status').nullish(),
  createdDate: time('createdDate').nullish(),
  startedDate: time('startedDate').nullish(),
  finishedDate: time('finishedDate').nullish(),
});
export type DevlakeDeploymentCommit = z.output<typeof DevlakeDeploymentCommit>;

/** `POST /plugins/webhook/connections/:id/deployments`: the v1 form and the older flat form in one. */
export const DevlakeDeploymentBody = z.object({
  id: z
    .union([z.string().trim().min(1, 'The id is empty.'), z.number().int()], {
      error: (iss) =>
        iss.input == null ? 'The id is missing.' : `${JSON.stringify(iss.input)} is not an id.`,
    })
    .transform(String)
    .nullish(),
  displayTitle: optionalText,
  result: upperOneOf(DEVLAKE_RESULTS, 'result').nullish(),
  environment: upperOneOf(DEVLAKE_ENVIRONMENTS, 'environment').nullish(),
  originalEnvironment: optionalText,
  name: optionalText,
  url: optionalText,
  createdDate: time('createdDate').nullish(),
  startedDate: time('startedDate'),
  finishedDate: time('finishedDate').nullish(),
  deploymentCommits: z.array(z.unknown(), { error: 'deploymentCommits is not a list.' }).nullish(),
  // The flat form: one repository and commit at the top level.
  repoUrl: optionalText,
  repoId: optionalText,
  refName: optionalText,
  commitSha: z.unknown().optional(),
  commitMsg: optionalText,
});
export type DevlakeDeploymentBody = z.output<typeof DevlakeDeploymentBody>;

/** `POST /plugins/webhook/connections/:id/issues`. */
export const DevlakeIssueBody = z.object({
  issueKey: z
    .union([z.string().trim().min(1, 'The issueKey is empty.'), z.number().int()], {
      error: (iss) =>
        iss.input == null ? 'The issueKey is missing.' : `${JSON.stringify(iss.input)} is not an issue key.`,
    })
    .transform(String),
  title: requiredText('title'),
  type: optionalText,
  status: upperOneOf(DEVLAKE_ISSUE_STATUSES, 'status'),
  originalStatus: optionalText,
  createdDate: time('createdDate'),
  updatedDate: time('updatedDate').nullish(),
  resolutionDate: time('resolutionDate').nullish(),
  leadTimeMinutes: z
    .number({ error: (iss) => `${JSON.stringify(iss.input)} is not a number of minutes.` })
    .int({ error: (iss) => `${JSON.stringify(iss.input)} is not a whole number of minutes.` })
    .min(0, { error: (iss) => `${JSON.stringify(iss.input)} is negative; minutes are 0 or more.` })
    .nullish(),
  url: optionalText,
  priority: optionalText,
  severity: optionalText,
  component: optionalText,
  description: optionalText,
  /** Not DevLake's: Quarterdeck reads it when given, to attribute the incident to a deployment. */
  deploymentId: optionalText,
});
export type DevlakeIssueBody = z.output<typeof DevlakeIssueBody>;
