/**
 * Where a GitHub sync of one repository stands: plain JSON the caller stores with each batch, in the same
 * transaction, and passes back to continue. Each list has a high-water mark from the last complete scan and,
 * while a scan is under way, where it is:
 *
 * - pulls: the list sorted by `updated` descending. A scan reads from the top down to `updatedSince`; it
 *   keeps the next page's URL and the pull requests listed but not yet stored (`pending`). When it ends,
 *   `updatedSince` becomes the time (GitHub's clock) the scan started. Items updated during a scan move to
 *   the top and only push others down, so a page re-read after a pause may repeat items but never skips
 *   one; those updated items are newer than the scan's start and come in the next sync.
 * - deployments: newest first; every id above `seenMaxId` is new. Deployments whose latest status was not
 *   final are kept in `open` and their statuses asked again (a conditional request: free when unchanged).
 * - releases (only with a tag pattern): re-read whole each sync; there are few, and a draft published late
 *   keeps its old place in the list.
 * - workflow runs: by creation time, in windows small enough for GitHub's limit of 1,000 results per
 *   filtered list; `createdSince` stays at the oldest run still running (within a day), so its conclusion
 *   is read when it ends.
 */
import { z } from 'zod';

const cacheEntry = z.object({ etag: z.string().optional(), lastModified: z.string().optional() });
const iso = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected an ISO 8601 timestamp' });
const ids = z.array(z.number().int().nonnegative());

export const githubSyncCursorSchema = z.object({
  version: z.literal(1),
  /** `owner/name` as GitHub spells it. */
  repository: z.string(),
  pulls: z.object({
    updatedSince: iso.nullable(),
    scan: z
      .object({
        startedAt: iso,
        /** The list page to read next; null once the list is read down to `updatedSince`. */
        nextUrl: z.string().nullable(),
        /** Listed pull requests whose details are not stored yet. */
        pending: ids,
        /** Validators of the list's first page, remembered when the scan completes. */
        page1: cacheEntry.nullable(),
      })
      .nullable(),
  }),
  deployments: z.object({
    seenMaxId: z.number().int().nullable(),
    open: z.array(z.object({ id: z.number().int(), createdAt: iso })),
    scan: z
      .object({
        /** The highest id seen on the scan's first page. */
        top: z.number().int().nullable(),
        nextUrl: z.string().nullable(),
        pending: ids,
        /** Open deployments still to ask again in this scan. */
        recheck: ids,
      })
      .nullable(),
  }),
  releases: z.object({ scan: z.object({ nextUrl: z.string() }).nullable() }),
  runs: z.object({
    createdSince: iso.nullable(),
    scan: z
      .object({
        /** Runs created in [from, to] are still to read; `from` moves up window by window. */
        from: iso,
        to: iso,
        windowEnd: iso,
        windowMs: z.number().positive(),
        nextUrl: z.string().nullable(),
        /** The creation time of the oldest run seen still running. */
        pin: iso.nullable(),
      })
      .nullable(),
  }),
});

export type GithubSyncCursor = z.infer<typeof githubSyncCursorSchema>;

/** The cursor of a repository never synced. */
export function newGithubSyncCursor(repository: string): GithubSyncCursor {
  return {
    version: 1,
    repository,
    pulls: { updatedSince: null, scan: null },
    deployments: { seenMaxId: null, open: [], scan: null },
    releases: { scan: null },
    runs: { createdSince: null, scan: null },
  };
}

/** A stored cursor, checked; throws naming the bad field. */
export function parseGithubSyncCursor(value: unknown): GithubSyncCursor {
  const r = githubSyncCursorSchema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new Error(
    `The GitHub sync cursor is malformed at ${issue.path.join('.') || '(root)'}: ${issue.message}`,
  );
}

/** `2024-05-01T10:00:00Z` (whole seconds, as GitHub writes times). */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
