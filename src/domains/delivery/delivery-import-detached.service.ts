/**
 * Reviews and comments sent without their pull request (a `reviews.csv` on its own): attached to pull
 * requests of the same input or stored earlier.
 */

import { sql } from 'kysely';
import { insertJson } from '../../platform/db/bulk.js';
import type { Db } from '../../platform/db/database.js';
import { type ImportIssue, ImportRejected } from '../../platform/imports/import-report.js';
import { dedupe, iso, where } from './delivery-import.shared.js';
import type { ActorInput, DeliveryInput, Origin } from './importers/delivery-input.js';

/**
 * Reviews and comments of pull requests stored earlier: each must name a pull request that exists (in
 * this input or already stored); otherwise the import is refused, naming the row.
 */
export async function attachDetached(
  db: Db,
  input: DeliveryInput,
  repos: Map<string, { id: number }>,
  idOf: (a: ActorInput | undefined) => number | null,
  issues: ImportIssue[],
): Promise<void> {
  const wanted = [...(input.reviews ?? []), ...(input.comments ?? [])];
  const keys = [
    ...new Set(wanted.map((w) => `${repos.get(w.repository.toLowerCase())!.id}#${w.pullRequest}`)),
  ];
  const stored = await db
    .selectFrom('pull_requests')
    .select(['id', 'repository_id', 'number'])
    .where(sql<boolean>`(repository_id::text || '#' || number::text) = any(${keys}::text[])`)
    .execute();
  const prId = new Map(stored.map((p) => [`${p.repository_id}#${p.number}`, p.id]));
  const errors: ImportIssue[] = [];
  const idFor = (w: { repository: string; pullRequest: number; origin?: Origin | undefined }) => {
    const id = prId.get(`${repos.get(w.repository.toLowerCase())!.id}#${w.pullRequest}`);
    if (id === undefined) {
      errors.push({
        ...where(w.origin, input.source),
        field: 'pull_request',
        message: `No pull request #${w.pullRequest} in ${w.repository}: import the pull request first or in the same files.`,
        severity: 'error',
      });
    }
    return id;
  };
  const reviews = (input.reviews ?? []).flatMap((r) => {
    const id = idFor(r);
    return id === undefined
      ? []
      : [
          {
            pull_request_id: id,
            external_id: r.id,
            reviewer_identity_id: idOf(r.reviewer),
            state: r.state,
            submitted_at: iso(r.submittedAt),
          },
        ];
  });
  const comments = (input.comments ?? []).flatMap((c) => {
    const id = idFor(c);
    return id === undefined
      ? []
      : [
          {
            pull_request_id: id,
            external_id: c.id,
            author_identity_id: idOf(c.author),
            created_at: iso(c.createdAt),
          },
        ];
  });
  if (errors.length) throw new ImportRejected(input.source, [...issues, ...errors]);
  await insertJson(
    db,
    'pull_request_reviews',
    dedupe(reviews, (r) => `${r.pull_request_id}:${r.external_id}`),
    {
      onConflict: sql`on conflict (pull_request_id, external_id) do update set
      state = excluded.state, submitted_at = excluded.submitted_at`,
    },
  );
  await insertJson(
    db,
    'pull_request_comments',
    dedupe(comments, (c) => `${c.pull_request_id}:${c.external_id}`),
    {
      onConflict: sql`on conflict (pull_request_id, external_id) do nothing`,
    },
  );
}
