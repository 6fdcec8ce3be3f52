/**
 * Pull requests of one repository, newest update first, down to the cursor's `updatedSince`; for each
 * one changed: the pull request itself (`GET /pulls/{n}`, for its size, when the listed item lacks it),
 * its commits, reviews and review comments (and, when asked, conversation comments). Lists that GitHub
 * answers 304 for are left out of the input: unchanged since they were stored.
 */
import type { PullRequestInput } from '../importers/delivery-input.js';
import {
  hasPullStats,
  mapGithubComment,
  mapGithubCommit,
  mapGithubPullRequest,
  mapGithubReview,
} from './github-map.js';
import {
  type GithubPull,
  githubCommentSchema,
  githubCommitSchema,
  githubPullSchema,
  githubReviewSchema,
} from './github-schemas.js';
import { isoSeconds } from './github-sync-cursor.js';
import type { GithubSyncRun } from './github-sync-run.js';

/** GitHub's `/pulls/{n}/commits` lists at most 250 commits. */
const PR_COMMITS_LIMIT = 250;

export interface PullSyncOptions {
  /** Also read conversation comments (`/issues/{n}/comments`): one more request per pull request. */
  conversationComments: boolean;
}

export async function syncPulls(run: GithubSyncRun, options: PullSyncOptions): Promise<void> {
  const state = run.cursor.pulls;
  const listUrl = run.client.url(run.path('/pulls'), {
    state: 'all',
    sort: 'updated',
    direction: 'desc',
    per_page: 100,
  });
  const listed = new Map<number, GithubPull>();
  if (!state.scan) {
    const first = await run.request(listUrl, true);
    if (first.notModified) {
      run.progress('pull requests: unchanged since the last sync');
      return;
    }
    state.scan = {
      startedAt: isoSeconds(Math.min(first.date ?? run.startedAt, run.startedAt)),
      nextUrl: listUrl,
      pending: [],
      page1: first.validators,
    };
    readListPage(run, first.data, first.url, first.next, listed);
  }
  const scan = state.scan;
  for (;;) {
    while (scan.pending.length > 0) {
      run.checkAborted();
      const number = scan.pending[0]!;
      await syncPull(run, number, listed.get(number), options);
      scan.pending.shift();
      run.done++;
      await run.flushIfFull(`pull requests: #${number} stored, ${scan.pending.length} more on this page`);
    }
    if (!scan.nextUrl) break;
    run.checkAborted();
    const page = await run.request(scan.nextUrl);
    readListPage(run, page.data, page.url, page.next, listed);
  }
  state.updatedSince = scan.startedAt;
  state.scan = null;
  run.rememberAfterFlush(listUrl, scan.page1);
  await run.flush(`pull requests: up to date (${run.counts.pullRequests} read)`);
}

/** One list page: the pull requests updated since the last sync become pending; the cursor moves on. */
function readListPage(
  run: GithubSyncRun,
  data: unknown,
  url: string,
  next: string | null,
  listed: Map<number, GithubPull>,
): void {
  const scan = run.cursor.pulls.scan!;
  const pulls = run.parsePage(githubPullSchema.array(), data, url);
  const since = run.cursor.pulls.updatedSince ? Date.parse(run.cursor.pulls.updatedSince) : null;
  let reachedSince = false;
  for (const pr of pulls) {
    if (since !== null && Date.parse(pr.updated_at) < since) {
      reachedSince = true;
      continue;
    }
    listed.set(pr.number, pr);
    if (!scan.pending.includes(pr.number)) scan.pending.push(pr.number);
  }
  scan.nextUrl = reachedSince ? null : next;
}

async function syncPull(
  run: GithubSyncRun,
  number: number,
  listedItem: GithubPull | undefined,
  options: PullSyncOptions,
): Promise<void> {
  const base = run.path(`/pulls/${number}`);
  const pr =
    listedItem && hasPullStats(listedItem)
      ? listedItem
      : await run.get(base, githubPullSchema, `pull request #${number}`);
  const input: PullRequestInput = mapGithubPullRequest(pr, run.name, run.origin(`pull request #${number}`));

  const commits = await run.readList(`${base}/commits`, githubCommitSchema, `commits of #${number}`);
  if (commits) {
    for (const c of commits) {
      run.addCommit(mapGithubCommit(c, run.name, run.origin(`commit ${c.sha} of pull request #${number}`)));
    }
    run.counts.commits += commits.length;
    const total = pr.commits ?? commits.length;
    if (total > commits.length) {
      // The list stops at 250: an incomplete list would be taken as the pull request's commits.
      run.warn(
        `pull request #${number} has ${total} commits; GitHub lists only the first ${PR_COMMITS_LIMIT}, ` +
          'so its commit list is left as it was (the git importer reads them all)',
      );
    } else {
      input.commits = commits.map((c) => c.sha.toLowerCase());
    }
  }

  const reviews = await run.readList(`${base}/reviews`, githubReviewSchema, `reviews of #${number}`);
  if (reviews) {
    input.reviews = reviews.map(mapGithubReview).filter((r) => r !== null);
    run.counts.reviews += input.reviews.length;
  }

  const comments = await readComments(run, number, options);
  if (comments) {
    input.comments = comments;
    run.counts.comments += comments.length;
  }
  run.addPull(input);
  run.counts.pullRequests++;
}

/**
 * Review comments, plus conversation comments when asked. When one of the two lists is unchanged and the
 * other is not, the unchanged one is read again so the pull request's comments come whole.
 */
async function readComments(
  run: GithubSyncRun,
  number: number,
  options: PullSyncOptions,
): Promise<PullRequestInput['comments']> {
  const reviewPath = run.path(`/pulls/${number}/comments`);
  const review = await run.readList(reviewPath, githubCommentSchema, `review comments of #${number}`);
  if (!options.conversationComments) return review?.map((c) => mapGithubComment(c, 'review'));
  const issuePath = run.path(`/issues/${number}/comments`);
  let issue = await run.readList(issuePath, githubCommentSchema, `comments of #${number}`);
  if (!review && !issue) return undefined;
  let reviewList = review;
  if (!reviewList) reviewList = await readAgain(run, reviewPath, `review comments of #${number}`);
  if (!issue) issue = await readAgain(run, issuePath, `comments of #${number}`);
  return [
    ...reviewList.map((c) => mapGithubComment(c, 'review')),
    ...issue.map((c) => mapGithubComment(c, 'issue')),
  ];
}

async function readAgain(run: GithubSyncRun, path: string, what: string) {
  const items = [];
  for await (const page of run.client.paginate<unknown>(path, { signal: run.signal })) {
    items.push(...run.parsePage(githubCommentSchema.array(), page.data, `${page.url} (${what})`));
  }
  return items;
}
