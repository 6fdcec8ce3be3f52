/**
 * Reviews of one demo pull request: mostly by teammates (now and then by someone of another team), a
 * comment on some drafts before they are ready, changes requested before an approval on some, a second
 * approval on others, none at all on self-merged ones. Pure: everything comes from `rnd`.
 */

import { HOUR, logNormal, type TeamProfile } from './delivery-demo-plan.js';

type Rnd = () => number;

/** Someone who may review (a teammate or a guest): a person with a GitHub identity. */
export interface Reviewer {
  personId: number;
  githubId: number | null;
  weight: number;
}

export interface GenReview {
  id: string;
  reviewerId: number;
  state: 'approved' | 'changes_requested' | 'commented';
  at: number;
}

export function pick<T>(rnd: Rnd, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)]!;
}

export function weightedPick<T extends { weight: number }>(rnd: Rnd, xs: readonly T[]): T | null {
  if (xs.length === 0) return null;
  let r = rnd() * xs.reduce((s, x) => s + x.weight, 0);
  for (const x of xs) {
    r -= x.weight;
    if (r < 0) return x;
  }
  return xs[xs.length - 1]!;
}

/**
 * The reviews of a pull request submitted before `limit` (its merge, or now while open), and who merges
 * it: the last approver, or the author (null for a bot's pull request) when nobody approved.
 */
export function generateReviews<P extends Reviewer>(
  pr: {
    author: P | null;
    bot: boolean;
    draft: boolean;
    createdAt: number;
    readyAt: number | null;
    /** Ready for review (created, or out of draft). */
    ready: number;
    limit: number;
    now: number;
  },
  team: { reviewers: readonly P[]; guests: readonly P[]; profile: TeamProfile },
  nextId: () => string,
  rnd: Rnd,
): { reviews: GenReview[]; merger: P | null; reviewed: boolean } {
  const { ready, limit } = pr;
  const reviews: GenReview[] = [];
  let merger: P | null = pr.author;
  const reviewers = team.reviewers.filter((p) => p.personId !== pr.author?.personId);
  const reviewed = reviewers.length > 0 && ready < limit && rnd() < (pr.bot ? 0.75 : team.profile.reviewed);
  if (pr.draft && reviewers.length > 0 && rnd() < 0.3) {
    const at = pr.createdAt + Math.floor(rnd() * ((pr.readyAt ?? pr.now) - pr.createdAt));
    if (at < limit)
      reviews.push({ id: nextId(), reviewerId: pick(rnd, reviewers).githubId!, state: 'commented', at });
  }
  if (!reviewed) return { reviews, merger, reviewed };
  const first = team.guests.length && rnd() < 0.08 ? pick(rnd, team.guests) : pick(rnd, reviewers);
  const second = reviewers.length > 1 && rnd() < 0.3 ? pick(rnd, reviewers) : null;
  let at = ready + logNormal(rnd, team.profile.pickupHours * HOUR, 1);
  if (at >= limit) at = ready + (limit - ready) * (0.3 + 0.4 * rnd());
  if (rnd() < 0.18 && at < limit) {
    reviews.push({ id: nextId(), reviewerId: first.githubId!, state: 'changes_requested', at });
    at += (limit - at) * (0.4 + 0.4 * rnd());
  }
  if (at < limit) {
    const state = rnd() < 0.12 ? 'commented' : 'approved';
    reviews.push({ id: nextId(), reviewerId: first.githubId!, state, at });
    if (state === 'approved') merger = first;
  }
  if (second && second.personId !== first.personId) {
    const at2 = at + (limit - at) * rnd() * 0.8;
    if (at2 < limit) {
      reviews.push({ id: nextId(), reviewerId: second.githubId!, state: 'approved', at: at2 });
      merger = second;
    }
  }
  return { reviews, merger, reviewed };
}
