import type { Generated } from 'kysely';
import { sql } from 'kysely';
import { insertJson } from '../../platform/db/bulk.js';
import type { Db } from '../../platform/db/database.js';

export interface DeliveryRepositoriesTable {
  repository_id: number;
  default_branch: string | null;
  git_path: string | null;
  ref_patterns: string[] | null;
  release_tag_pattern: string | null;
  last_synced_at: Date | null;
  last_sync_summary: unknown;
}

export interface GitRefsTable {
  repository_id: number;
  name: string;
  sha: string;
  commit_sha: string | null;
}

export interface CommitsTable {
  id: Generated<number>;
  repository_id: number;
  sha: string;
  parents: string[];
  author_identity_id: number | null;
  committer_identity_id: number | null;
  authored_at: Date;
  committed_at: Date;
  subject: string;
  additions: number | null;
  deletions: number | null;
  files_changed: number | null;
  trailers: unknown;
  co_author_identity_ids: Generated<number[]>;
  ai_assisted: Generated<boolean>;
  source: string;
}

export interface PullRequestsTable {
  id: Generated<number>;
  repository_id: number;
  number: number;
  title: string;
  state: 'open' | 'closed' | 'merged';
  draft: Generated<boolean>;
  author_identity_id: number | null;
  created_at: Date;
  ready_at: Date | null;
  merged_at: Date | null;
  closed_at: Date | null;
  merge_commit_sha: string | null;
  base_ref: string | null;
  head_ref: string | null;
  additions: number | null;
  deletions: number | null;
  changed_files: number | null;
  labels: Generated<string[]>;
  linked_issue_labels: Generated<string[]>;
  url: string | null;
  first_commit_at: Date | null;
  deployed_at: Date | null;
  deployment_id: number | null;
  ai_assisted: Generated<boolean>;
  source: string;
  updated_at: Generated<Date>;
}

export interface PullRequestCommitsTable {
  pull_request_id: number;
  sha: string;
  position: number;
}

export interface PullRequestReviewsTable {
  pull_request_id: number;
  external_id: string;
  reviewer_identity_id: number | null;
  state: 'approved' | 'changes_requested' | 'commented' | 'dismissed';
  submitted_at: Date;
}

export interface PullRequestCommentsTable {
  pull_request_id: number;
  external_id: string;
  author_identity_id: number | null;
  created_at: Date;
}

export type Environment = 'production' | 'staging' | 'testing' | 'development' | 'other';

export interface DeploymentsTable {
  id: Generated<number>;
  source: string;
  external_id: string;
  service_id: number | null;
  repository_id: number | null;
  environment: Environment;
  environment_name: string;
  sha: string | null;
  ref: string | null;
  status: 'success' | 'failure' | 'error' | 'cancelled' | 'in_progress' | 'queued';
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  name: string | null;
  url: string | null;
  rework: boolean | null;
  mapped_at: Date | null;
  first_of_repository: Generated<boolean>;
  sha_unknown: Generated<boolean>;
}

export interface DeploymentChangesTable {
  deployment_id: number;
  commit_id: number;
}

export type Attribution = 'explicit' | 'previous-deployment' | 'not-change-related' | 'no-deployment';

export interface IncidentsTable {
  id: Generated<number>;
  source: string;
  external_id: string;
  title: string;
  service_id: number | null;
  repository_id: number | null;
  severity: string | null;
  status: 'open' | 'resolved';
  started_at: Date;
  resolved_at: Date | null;
  deployment_external_id: string | null;
  change_related: boolean | null;
  url: string | null;
  deployment_id: number | null;
  attribution: Attribution | null;
}

export interface WorkflowRunsTable {
  id: Generated<number>;
  source: string;
  external_id: string;
  repository_id: number;
  name: string;
  head_sha: string;
  head_branch: string | null;
  event: string;
  status: string;
  conclusion: string | null;
  created_at: Date;
  updated_at: Date;
  url: string | null;
}

export interface DeliverySyncStateTable {
  source: string;
  key: string;
  cursor: unknown;
  http_cache: unknown;
  updated_at: Generated<Date>;
}

export interface WebhookDeliveriesTable {
  id: Generated<number>;
  source: string;
  delivery_id: string;
  event: string;
  received_at: Generated<Date>;
  outcome: 'applied' | 'ignored' | 'rejected';
  summary: string | null;
}

export interface InvestmentRulesTable {
  id: Generated<number>;
  position: number;
  category: 'new' | 'maintenance' | 'bug' | 'toil';
  kind: 'label' | 'commit-type' | 'title' | 'issue-label';
  pattern: string;
  created_at: Generated<Date>;
}

declare module '../../platform/db/database.js' {
  interface Database {
    delivery_repositories: DeliveryRepositoriesTable;
    git_refs: GitRefsTable;
    commits: CommitsTable;
    pull_requests: PullRequestsTable;
    pull_request_commits: PullRequestCommitsTable;
    pull_request_reviews: PullRequestReviewsTable;
    pull_request_comments: PullRequestCommentsTable;
    deployments: DeploymentsTable;
    deployment_changes: DeploymentChangesTable;
    incidents: IncidentsTable;
    workflow_runs: WorkflowRunsTable;
    delivery_sync_state: DeliverySyncStateTable;
    webhook_deliveries: WebhookDeliveriesTable;
    investment_rules: InvestmentRulesTable;
  }
}

/** A commit row ready to store (identities resolved, times ISO strings). */
export interface NewCommit {
  repository_id: number;
  sha: string;
  parents: string[];
  author_identity_id: number | null;
  committer_identity_id: number | null;
  authored_at: string;
  committed_at: string;
  subject: string;
  additions: number | null;
  deletions: number | null;
  files_changed: number | null;
  trailers: unknown;
  co_author_identity_ids: number[];
  ai_assisted: boolean;
  source: string;
}

/** Stores commits; a commit already known keeps its row, gaining stats it did not have. Returns how many were new. */
export async function upsertCommits(db: Db, rows: NewCommit[]): Promise<number> {
  const out = await insertJson<{ inserted: boolean }>(db, 'commits', rows, {
    onConflict: sql`on conflict (repository_id, sha) do update set
        additions = coalesce(commits.additions, excluded.additions),
        deletions = coalesce(commits.deletions, excluded.deletions),
        files_changed = coalesce(commits.files_changed, excluded.files_changed),
        ai_assisted = commits.ai_assisted or excluded.ai_assisted
      where commits.additions is null and excluded.additions is not null
        or (not commits.ai_assisted and excluded.ai_assisted)`,
    returning: [sql`(xmax = 0) as inserted`],
  });
  return out.filter((r) => r.inserted).length;
}

export async function knownShas(db: Db, repositoryId: number, shas: string[]): Promise<Set<string>> {
  if (shas.length === 0) return new Set();
  const r = await sql<{ sha: string }>`
    select sha from commits where repository_id = ${repositoryId} and sha = any(${shas}::text[])`.execute(db);
  return new Set(r.rows.map((x) => x.sha));
}

export async function countCommits(db: Db, repositoryId: number): Promise<number> {
  const r = await db
    .selectFrom('commits')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('repository_id', '=', repositoryId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function gitRefsOf(db: Db, repositoryId: number) {
  return db.selectFrom('git_refs').selectAll().where('repository_id', '=', repositoryId).execute();
}

export async function replaceGitRefs(
  db: Db,
  repositoryId: number,
  refs: { name: string; sha: string; commit_sha: string | null }[],
): Promise<void> {
  await db.deleteFrom('git_refs').where('repository_id', '=', repositoryId).execute();
  await insertJson(
    db,
    'git_refs',
    refs.map((r) => ({ ...r, repository_id: repositoryId })),
  );
}

export async function deliveryRepository(db: Db, repositoryId: number) {
  return db
    .selectFrom('delivery_repositories')
    .selectAll()
    .where('repository_id', '=', repositoryId)
    .executeTakeFirst();
}

export async function saveDeliveryRepository(
  db: Db,
  row: {
    repository_id: number;
    git_path?: string | null;
    ref_patterns?: string[] | null;
    release_tag_pattern?: string | null;
    default_branch?: string | null;
    last_synced_at?: string | null;
    last_sync_summary?: unknown;
  },
): Promise<void> {
  const set = Object.fromEntries(
    Object.entries(row).filter(([k, v]) => k !== 'repository_id' && v !== undefined),
  );
  const values = {
    ...row,
    last_sync_summary: row.last_sync_summary ? JSON.stringify(row.last_sync_summary) : null,
  };
  await db
    .insertInto('delivery_repositories')
    .values(values as never)
    .onConflict((oc) =>
      Object.keys(set).length
        ? oc
            .column('repository_id')
            .doUpdateSet(
              Object.fromEntries(
                Object.keys(set).map((k) => [k, k === 'last_sync_summary' ? JSON.stringify(set[k]) : set[k]]),
              ) as never,
            )
        : oc.column('repository_id').doNothing(),
    )
    .execute();
}

export function syncedRepositories(db: Db) {
  return db
    .selectFrom('delivery_repositories as d')
    .innerJoin('repositories as r', 'r.id', 'd.repository_id')
    .select([
      'd.repository_id',
      'r.name',
      'd.git_path',
      'd.ref_patterns',
      'd.release_tag_pattern',
      'd.last_synced_at',
    ])
    .where('d.git_path', 'is not', null)
    .orderBy('r.name')
    .execute();
}

export async function syncState(db: Db, source: string, key: string) {
  return db
    .selectFrom('delivery_sync_state')
    .select(['cursor', 'http_cache', 'updated_at'])
    .where('source', '=', source)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function saveSyncState(
  db: Db,
  source: string,
  key: string,
  cursor: unknown,
  httpCache: unknown,
): Promise<void> {
  const row = { source, key, cursor: JSON.stringify(cursor), http_cache: JSON.stringify(httpCache) };
  await db
    .insertInto('delivery_sync_state')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['source', 'key'])
        .doUpdateSet({ cursor: row.cursor, http_cache: row.http_cache, updated_at: new Date() }),
    )
    .execute();
}

/**
 * Records a webhook delivery once: false when the same delivery id was recorded before (a replay or a
 * retry of a delivery already applied), which the caller then ignores.
 */
export async function recordDelivery(
  db: Db,
  row: {
    source: string;
    delivery_id: string;
    event: string;
    outcome: 'applied' | 'ignored' | 'rejected';
    summary: string;
  },
): Promise<boolean> {
  const r = await db
    .insertInto('webhook_deliveries')
    .values(row)
    .onConflict((oc) => oc.columns(['source', 'delivery_id']).doNothing())
    .returning('id')
    .execute();
  return r.length > 0;
}

/** Marks an incident resolved (DevLake's issue close); false when no such incident is stored. */
export async function resolveIncident(
  db: Db,
  source: string,
  externalId: string,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('incidents')
    .set((eb) => ({ status: 'resolved', resolved_at: eb.fn.coalesce('resolved_at', eb.val(new Date(at))) }))
    .where('source', '=', source)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
