/** Investment rules and the rows investment allocation reads (SQL only). */

import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { InvestmentRule } from './metrics/investment.js';

export async function investmentRules(db: Db): Promise<InvestmentRule[]> {
  const rows = await db
    .selectFrom('investment_rules')
    .select(['category', 'kind', 'pattern', 'position'])
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows;
}

export async function replaceInvestmentRules(db: Db, rules: InvestmentRule[]): Promise<void> {
  await db.deleteFrom('investment_rules').execute();
  if (rules.length) await db.insertInto('investment_rules').values(rules).execute();
}

export async function hasInvestmentRules(db: Db): Promise<boolean> {
  return (await db.selectFrom('investment_rules').select('id').limit(1).execute()).length > 0;
}

export interface InvestmentRow {
  id: number;
  title: string;
  labels: string[];
  issue_labels: string[];
  subjects: string[];
  lines: number | null;
  ai_assisted: boolean;
}

/** Merged pull requests of the range, with their commit subjects. */
export async function mergedPullRequests(
  db: Db,
  f: { repositoryIds: number[] | null; identityIds: number[] | null; from: Date; to: Date },
): Promise<InvestmentRow[]> {
  const r = await sql<InvestmentRow>`
    select p.id, p.title, p.labels, p.linked_issue_labels as issue_labels,
           coalesce(array_agg(c.subject) filter (where c.subject is not null), '{}') as subjects,
           coalesce(p.additions, 0) + coalesce(p.deletions, 0) as lines, p.ai_assisted
    from pull_requests p
    left join pull_request_commits pc on pc.pull_request_id = p.id
    left join commits c on c.repository_id = p.repository_id and c.sha = pc.sha
    where p.merged_at >= ${f.from} and p.merged_at < ${f.to}
      ${f.repositoryIds ? sql`and p.repository_id = any(${f.repositoryIds}::bigint[])` : sql``}
      ${f.identityIds ? sql`and p.author_identity_id = any(${f.identityIds}::bigint[])` : sql``}
    group by p.id`.execute(db);
  return r.rows.map((x) => ({ ...x, id: Number(x.id) }));
}

/** Commits of the range that are in no pull request (direct pushes), merges left out. */
export async function commitsOutsidePullRequests(
  db: Db,
  f: { repositoryIds: number[] | null; identityIds: number[] | null; from: Date; to: Date },
): Promise<InvestmentRow[]> {
  const r = await sql<InvestmentRow>`
    select c.id, c.subject as title, '{}'::text[] as labels, '{}'::text[] as issue_labels, '{}'::text[] as subjects,
           coalesce(c.additions, 0) + coalesce(c.deletions, 0) as lines, c.ai_assisted
    from commits c
    where c.authored_at >= ${f.from} and c.authored_at < ${f.to} and cardinality(c.parents) < 2
      ${f.repositoryIds ? sql`and c.repository_id = any(${f.repositoryIds}::bigint[])` : sql``}
      ${f.identityIds ? sql`and c.author_identity_id = any(${f.identityIds}::bigint[])` : sql``}
      and not exists (select 1 from pull_request_commits pc join pull_requests p on p.id = pc.pull_request_id
                      where p.repository_id = c.repository_id and pc.sha = c.sha)
      and not exists (select 1 from pull_requests p where p.repository_id = c.repository_id and p.merge_commit_sha = c.sha)`.execute(
    db,
  );
  return r.rows.map((x) => ({ ...x, id: Number(x.id) }));
}

/** Whether each of the commits is AI-assisted. */
export async function aiCommits(db: Db, commitIds: number[]): Promise<Set<number>> {
  if (commitIds.length === 0) return new Set();
  const r = await sql<{ id: number }>`
    select id from commits where id = any(${commitIds}::bigint[]) and ai_assisted`.execute(db);
  return new Set(r.rows.map((x) => Number(x.id)));
}
