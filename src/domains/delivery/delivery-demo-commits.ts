/**
 * The commits of the delivery demo: who wrote them (and with which co-authors: a teammate now and then,
 * an AI assistant on a share of pull requests growing over time, Copilot first and Claude lately), their
 * line counts, and the commit a pull request lands on main with (a merge commit, or a squash merge that
 * keeps its co-authors). Pure: everything comes from `rnd`.
 */

import type { GenPullRequest } from './delivery-demo-history.js';
import { aiShare, DAY, logNormal, type TeamProfile } from './delivery-demo-plan.js';
import { pick } from './delivery-demo-reviews.js';
import type { WorkKind } from './delivery-demo-text.js';
import { isAiAssistedCommit, type Trailer } from './metrics/ai-assisted.js';

type Rnd = () => number;

export interface DemoAuthor {
  personId: number;
  name: string;
  /** Git identity (commits); null for people who do not commit (managers). */
  gitId: number | null;
  gitEmail: string | null;
  /** GitHub identity (pull requests and reviews). */
  githubId: number | null;
  from: number;
  until: number;
  /** How much of the team's work this person does. */
  weight: number;
}

export interface DemoBots {
  dependabotGit: number;
  dependabotGithub: number;
  /** The committer of merges made on GitHub (`GitHub <noreply@github.com>`). */
  webFlow: number;
  copilot: { id: number; trailer: string };
  claude: { id: number; trailer: string };
}

export interface GenCommit {
  sha: string;
  parents: string[];
  authorId: number | null;
  committerId: number | null;
  authoredAt: number;
  committedAt: number;
  subject: string;
  additions: number;
  deletions: number;
  files: number;
  trailers: Trailer[] | null;
  coAuthorIds: number[];
  ai: boolean;
}

export const activeAt = (people: readonly DemoAuthor[], t: number) =>
  people.filter((p) => p.from <= t && t <= p.until);

/** Co-authors and line counts of commits, for one repository. */
export function commitParts(
  ctx: { now: number; profile: TeamProfile; bots: DemoBots; committers: readonly DemoAuthor[] },
  rnd: Rnd,
) {
  const { now, profile, bots, committers } = ctx;
  const monthsAgo = (t: number) => (now - t) / (30.4 * DAY);
  /** An assistant is used for a whole pull request (most of its commits say so) or not at all. */
  const assistantFor = (t: number, author: DemoAuthor | null): DemoBots['copilot'] | null => {
    if (!author || rnd() >= aiShare(monthsAgo(t), profile.ai)) return null;
    return rnd() < Math.max(0, 0.75 * (1 - monthsAgo(t) / 20)) ? bots.claude : bots.copilot;
  };
  const coAuthorsFor = (
    t: number,
    author: DemoAuthor | null,
    assistant: DemoBots['copilot'] | null,
    first: boolean,
  ): { trailers: Trailer[]; ids: number[] } => {
    const trailers: Trailer[] = [];
    const ids: number[] = [];
    if (assistant && (first || rnd() < 0.7)) {
      trailers.push({ key: 'Co-authored-by', value: assistant.trailer });
      ids.push(assistant.id);
    }
    if (author && rnd() < 0.03) {
      const mate = activeAt(committers, t).filter((p) => p.personId !== author.personId);
      if (mate.length) {
        const m = pick(rnd, mate);
        trailers.push({ key: 'Co-authored-by', value: `${m.name} <${m.gitEmail}>` });
        ids.push(m.gitId!);
      }
    }
    return { trailers, ids };
  };
  const stats = (kind: WorkKind | 'bot') => {
    const additions = kind === 'bot' ? 2 + Math.floor(rnd() * 30) : Math.round(logNormal(rnd, 40, 1.1));
    const deletions = kind === 'bot' ? 2 + Math.floor(rnd() * 30) : Math.round(logNormal(rnd, 15, 1.2));
    return { additions, deletions, files: Math.max(1, Math.round(logNormal(rnd, 3, 0.8))) };
  };
  return { assistantFor, coAuthorsFor, stats };
}

/** The commit a merged pull request lands on main with: a squash merge, or a merge commit of its branch. */
export function mergeCommit(
  squash: boolean,
  p: { pr: GenPullRequest; kind: WorkKind | 'bot'; author: DemoAuthor | null; merger: DemoAuthor | null },
  branch: readonly GenCommit[],
  e: { sha: string; at: number },
  parent: string[],
  bots: DemoBots,
): GenCommit {
  if (squash) {
    const trailers = branch.flatMap((c) => c.trailers ?? []);
    const unique = [...new Map(trailers.map((t) => [t.value, t])).values()];
    return {
      sha: e.sha,
      parents: parent,
      authorId: p.kind === 'bot' ? bots.dependabotGit : p.author!.gitId,
      committerId: bots.webFlow,
      authoredAt: e.at,
      committedAt: e.at,
      subject: `${p.pr.title} (#${p.pr.number})`,
      additions: p.pr.additions,
      deletions: p.pr.deletions,
      files: p.pr.changedFiles,
      trailers: unique.length ? unique : null,
      coAuthorIds: [...new Set(branch.flatMap((c) => c.coAuthorIds))],
      ai: isAiAssistedCommit(unique, []),
    };
  }
  return {
    sha: e.sha,
    parents: [...parent, p.pr.commits.at(-1)!],
    authorId: p.merger?.gitId ?? p.author?.gitId ?? bots.webFlow,
    committerId: bots.webFlow,
    authoredAt: e.at,
    committedAt: e.at,
    subject: `Merge pull request #${p.pr.number} from acme/${p.pr.headRef}`,
    additions: 0,
    deletions: 0,
    files: 0,
    trailers: null,
    coAuthorIds: [],
    ai: false,
  };
}
