/**
 * One demo repository's git history and pull requests, generated in memory: a main line of merge
 * commits (or squash merges) of pull-request branches, a few direct pushes, branch commits by the
 * team's engineers with conventional subjects, pair and AI co-authors on a share growing over time,
 * reviews by teammates (some pull requests self-merged, some reviewed while still drafts), dependency
 * bumps by Dependabot. Pure: everything comes from `rnd`, so a seed gives the same history.
 */

import {
  activeAt,
  commitParts,
  type DemoAuthor,
  type DemoBots,
  type GenCommit,
  mergeCommit,
} from './delivery-demo-commits.js';
import { DAY, fakeSha, HOUR, logNormal, type TeamProfile, workTime } from './delivery-demo-plan.js';
import { type GenReview, generateReviews, weightedPick } from './delivery-demo-reviews.js';
import {
  commitSubject,
  dependencyBump,
  directPushSubject,
  LABEL_OF,
  pickKind,
  prTitle,
  type WorkKind,
} from './delivery-demo-text.js';
import { isAiAssistedCommit, isAiAssistedPr } from './metrics/ai-assisted.js';

export type { DemoAuthor, DemoBots, GenCommit };

export interface RepoPlan {
  name: string;
  profile: TeamProfile;
  /** The owning team's people; committers are those with a git identity. */
  people: DemoAuthor[];
  /** People of other teams who review now and then. */
  guests: DemoAuthor[];
  bots: DemoBots;
  /** The first commit. */
  created: number;
  /** Pull requests start at this time (or a day after the first commit, whichever is later). */
  from: number;
  now: number;
  /** Expected pull requests. */
  prs: number;
  squash: boolean;
  dependabot: boolean;
}

export interface GenPullRequest {
  number: number;
  title: string;
  state: 'open' | 'closed' | 'merged';
  draft: boolean;
  authorId: number | null;
  createdAt: number;
  readyAt: number | null;
  mergedAt: number | null;
  closedAt: number | null;
  mergeSha: string | null;
  headRef: string;
  additions: number;
  deletions: number;
  changedFiles: number;
  labels: string[];
  issueLabels: string[];
  commits: string[];
  reviews: GenReview[];
  ai: boolean;
}

export interface RepoHistory {
  commits: GenCommit[];
  pullRequests: GenPullRequest[];
  /** Main-line commits in order: what deployments pick from. */
  main: { sha: string; at: number }[];
}

type Rnd = () => number;

interface MainEvent {
  at: number;
  sha: string;
  /** A merged pull request (index into the list), or a direct push. */
  pr: number | null;
}

interface PlannedPr {
  pr: GenPullRequest;
  kind: WorkKind | 'bot';
  author: DemoAuthor | null;
  branchStart: number;
  /** Commits to write on the branch (their times, ascending). */
  times: number[];
  merger: DemoAuthor | null;
  branch: GenCommit[];
}

/** A time in [from, to), denser towards `to` (the organization grew). */
function growingTime(rnd: Rnd, from: number, to: number): number {
  const g = 0.8;
  const x = (-1 + Math.sqrt(1 + g * (2 + g) * rnd())) / g;
  return from + x * (to - from);
}

export function generateHistory(plan: RepoPlan, rnd: Rnd): RepoHistory {
  const { profile, now, bots } = plan;
  const committers = plan.people.filter((p) => p.gitId !== null);
  const reviewersAll = plan.people.filter((p) => p.githubId !== null);
  const commits: GenCommit[] = [];
  const main: MainEvent[] = [];

  // The repository's start: an initial commit and some scaffolding straight on main.
  const founder = activeAt(committers, plan.created)[0] ?? committers[0] ?? null;
  let t0 = plan.created;
  const scaffold = 2 + Math.floor(rnd() * 4);
  for (let i = 0; i < scaffold; i++) {
    main.push({ at: t0, sha: fakeSha(rnd), pr: null });
    t0 += Math.floor((0.2 + rnd()) * HOUR);
  }

  // Pull requests, in the order they were opened.
  const count = Math.floor(plan.prs) + (rnd() < plan.prs % 1 ? 1 : 0);
  const opened: number[] = [];
  const from = Math.max(plan.created + DAY, plan.from);
  for (let i = 0; i < count && from < now - HOUR; i++) {
    opened.push(Math.min(now - 10 * 60_000, Math.max(from, workTime(growingTime(rnd, from, now), rnd))));
  }
  opened.sort((a, b) => a - b);

  const planned: PlannedPr[] = [];
  let reviewId = 1000 + Math.floor(rnd() * 9000);
  for (const createdAt of opened) {
    const bot = plan.dependabot && rnd() < 0.07;
    const author = bot ? null : weightedPick(rnd, activeAt(committers, createdAt));
    if (!bot && !author) continue;
    const kind: WorkKind | 'bot' = bot ? 'bot' : pickKind(rnd);
    const { title, branch } = kind === 'bot' ? dependencyBump(rnd) : prTitle(rnd, kind);
    const draft = !bot && rnd() < 0.15;
    const readyAt = draft ? createdAt + Math.floor(logNormal(rnd, 20 * HOUR, 0.9)) : null;
    const ready = readyAt ?? createdAt;
    const bigger = kind === 'feat' || kind === 'refactor' ? 1.4 : 1;
    let mergeAt = bot
      ? ready + logNormal(rnd, 26 * HOUR, 1)
      : ready + logNormal(rnd, profile.mergeHours * HOUR * bigger, 0.9);
    mergeAt = Math.max(mergeAt, ready + 15 * 60_000);
    const outcome = rnd();
    const closedUnmerged = outcome < (bot ? 0.15 : 0.08);
    const abandoned = !closedUnmerged && outcome < (bot ? 0.17 : 0.1) && createdAt < now - 60 * DAY;
    const state: GenPullRequest['state'] =
      abandoned || mergeAt > now ? 'open' : closedUnmerged ? 'closed' : 'merged';
    const end = state === 'open' ? now : mergeAt;

    // Branch commits: work starts before the pull request is opened and goes on during review.
    const n = bot ? 1 : Math.max(1, Math.round(logNormal(rnd, profile.commitsPerPr, 0.75)));
    const branchStart = Math.max(plan.created + HOUR, createdAt - Math.floor(logNormal(rnd, 5 * HOUR, 1)));
    const times = [branchStart];
    const lastAt = Math.max(branchStart + 60_000, createdAt + (end - createdAt) * 0.7);
    for (let i = 1; i < n; i++) times.push(branchStart + Math.floor(rnd() * (lastAt - branchStart)));
    times.sort((a, b) => a - b);

    const pr: GenPullRequest = {
      number: 0,
      title,
      state,
      draft: state === 'open' && draft && (readyAt === null || readyAt > now),
      authorId: bot ? bots.dependabotGithub : author!.githubId,
      createdAt,
      readyAt: readyAt !== null && readyAt <= (state === 'merged' ? mergeAt : now) ? readyAt : null,
      mergedAt: state === 'merged' ? mergeAt : null,
      closedAt: state === 'open' ? null : mergeAt,
      mergeSha: null,
      headRef: branch,
      additions: 0,
      deletions: 0,
      changedFiles: 0,
      labels: [],
      issueLabels: [],
      commits: [],
      reviews: [],
      ai: false,
    };
    const label = kind === 'bot' ? 'dependencies' : LABEL_OF[kind];
    if (label && rnd() < 0.8) pr.labels.push(label);
    if ((kind === 'feat' || kind === 'fix') && rnd() < 0.35)
      pr.issueLabels.push(kind === 'feat' ? 'feature' : 'bug');

    // Reviews by teammates; some pull requests are merged by their author without one.
    const {
      reviews,
      merger: approver,
      reviewed,
    } = generateReviews(
      {
        author,
        bot,
        draft,
        createdAt,
        readyAt,
        ready,
        limit: state === 'open' ? now : mergeAt - 60_000,
        now,
      },
      { reviewers: activeAt(reviewersAll, ready), guests: activeAt(plan.guests, ready), profile },
      () => String(reviewId++),
      rnd,
    );
    pr.reviews = reviews;
    let merger = approver;
    if (bot) merger = reviewed ? merger : (weightedPick(rnd, activeAt(committers, mergeAt)) ?? null);
    planned.push({ pr, kind, author, branchStart, times, merger, branch: [] });
    if (state === 'merged') main.push({ at: mergeAt, sha: fakeSha(rnd), pr: planned.length - 1 });
  }
  planned.forEach((p, i) => {
    p.pr.number = i + 1;
  });

  // Direct pushes to main.
  const merges = main.length - scaffold;
  const pushes = Math.round((merges * profile.directPush) / (1 - profile.directPush) + rnd());
  for (let i = 0; i < pushes && from < now - HOUR; i++) {
    const at = Math.min(now - 60_000, workTime(growingTime(rnd, from, now), rnd));
    if (at > from) main.push({ at, sha: fakeSha(rnd), pr: null });
  }
  const scaffoldEvents = main.slice(0, scaffold);
  const rest = main.slice(scaffold).sort((a, b) => a.at - b.at);
  const line = [...scaffoldEvents, ...rest];
  const mainAt = line.map((e) => e.at);

  /** The main-line commit a branch starting at `t` was based on (the last at or before `t`). */
  const baseOf = (t: number): number => {
    let lo = 0;
    let hi = mainAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (mainAt[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
  };

  const { assistantFor, coAuthorsFor, stats } = commitParts({ now, profile, bots, committers }, rnd);

  // Branch commits, chained from the main-line commit they started from.
  for (const p of planned) {
    let parent = line[baseOf(p.branchStart)]!.sha;
    const gitId = p.kind === 'bot' ? bots.dependabotGit : p.author!.gitId;
    const assistant = assistantFor(p.pr.createdAt, p.author);
    p.times.forEach((at, i) => {
      const sha = fakeSha(rnd);
      const co = coAuthorsFor(at, p.author, assistant, i === 0);
      const s = stats(p.kind);
      const committedAt = rnd() < 0.2 ? at + Math.floor(rnd() * 6 * HOUR) : at;
      const c: GenCommit = {
        sha,
        parents: [parent],
        authorId: gitId,
        committerId: gitId,
        authoredAt: at,
        committedAt: Math.min(committedAt, p.pr.mergedAt ?? now, now),
        subject: p.kind === 'bot' ? p.pr.title : commitSubject(rnd, p.pr.title, i, p.kind),
        additions: s.additions,
        deletions: s.deletions,
        files: s.files,
        trailers: co.trailers.length ? co.trailers : null,
        coAuthorIds: co.ids,
        ai: isAiAssistedCommit(co.trailers, []),
      };
      commits.push(c);
      p.branch.push(c);
      p.pr.commits.push(sha);
      p.pr.additions += s.additions;
      p.pr.deletions += s.deletions;
      p.pr.changedFiles += s.files;
      parent = sha;
    });
    p.pr.changedFiles = Math.max(1, Math.round(p.pr.changedFiles * 0.7));
    p.pr.ai = isAiAssistedPr(
      p.pr.labels,
      p.branch.map((c) => c.ai),
    );
  }

  // The main line: scaffolding, merge commits or squash merges, direct pushes.
  line.forEach((e, i) => {
    const parent = i === 0 ? [] : [line[i - 1]!.sha];
    if (e.pr === null) {
      const author = weightedPick(rnd, activeAt(committers, e.at)) ?? founder;
      const id = author?.gitId ?? null;
      const s = stats('chore');
      commits.push({
        sha: e.sha,
        parents: parent,
        authorId: id,
        committerId: id,
        authoredAt: e.at,
        committedAt: e.at,
        subject:
          i === 0 ? 'Initial commit' : i < scaffold ? 'chore: scaffold project' : directPushSubject(rnd),
        ...s,
        trailers: null,
        coAuthorIds: [],
        ai: false,
      });
      return;
    }
    const p = planned[e.pr]!;
    p.pr.mergeSha = e.sha;
    commits.push(mergeCommit(plan.squash, p, p.branch, e, parent, bots));
  });

  return {
    commits,
    pullRequests: planned.map((p) => p.pr),
    main: line.map((e) => ({ sha: e.sha, at: e.at })),
  };
}
