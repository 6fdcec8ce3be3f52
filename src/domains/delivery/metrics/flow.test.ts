import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../platform/seeded-random.js';
import type { PullRequestRow, ReviewRow } from './delivery-rows.js';
import {
  type FlowAnomaly,
  isSelfReview,
  livedDuring,
  pullRequestCycle,
  pullRequestFlow,
  sizeBucket,
} from './flow.js';
import { HOUR_MS } from './time-buckets.js';

const T = Date.UTC(2024, 0, 1);
const h = (hours: number) => T + hours * HOUR_MS;
const H = HOUR_MS;

const pr = (id: number, fields: Partial<PullRequestRow>): PullRequestRow => ({
  id,
  authorPersonId: id * 10,
  authorIdentityId: null,
  state: 'merged',
  draft: false,
  createdAt: h(0),
  readyAt: null,
  mergedAt: null,
  closedAt: null,
  firstCommitAt: null,
  additions: null,
  deletions: null,
  deployedAt: null,
  aiAssisted: false,
  reviews: [],
  ...fields,
});

const review = (
  person: number | null,
  state: ReviewRow['state'],
  submittedAt: number,
  identity: number | null = null,
): ReviewRow => ({ reviewerPersonId: person, reviewerIdentityId: identity, state, submittedAt });

// Range: 14 days = 336 h.
const range = { from: h(0), to: h(336) };

const prs: PullRequestRow[] = [
  // 1: the ordinary case. A self-review (ignored), a comment, then an approval; deployed.
  pr(1, {
    createdAt: h(10),
    firstCommitAt: h(2),
    mergedAt: h(30),
    closedAt: h(30),
    deployedAt: h(32),
    additions: 5,
    deletions: 3,
    reviews: [review(10, 'commented', h(11)), review(2, 'commented', h(14)), review(3, 'approved', h(20))],
  }),
  // 2: a draft made ready later, no reviews, merged but not deployed; commits after it was opened.
  pr(2, {
    createdAt: h(24),
    readyAt: h(48),
    firstCommitAt: h(30),
    mergedAt: h(50),
    closedAt: h(50),
    additions: 30,
    deletions: 20,
  }),
  // 3: a review submitted before the pull request was opened (imported history, clock skew).
  pr(3, {
    createdAt: h(100),
    mergedAt: h(105),
    closedAt: h(105),
    deployedAt: h(110),
    additions: 600,
    deletions: 400,
    reviews: [review(6, 'approved', h(99))],
  }),
  // 4: merged after the deployment that shipped its commits; the author is known by identity only, and
  // a review by person 7 with the author's identity 40 is a self-review.
  pr(4, {
    authorPersonId: null,
    authorIdentityId: 40,
    createdAt: h(120),
    firstCommitAt: h(118),
    mergedAt: h(130),
    closedAt: h(130),
    deployedAt: h(128),
    deletions: 12,
    reviews: [review(7, 'approved', h(121), 40), review(null, 'approved', h(122), 41)],
  }),
  // 5: merged after the range; reviewed only by its author.
  pr(5, { createdAt: h(312), mergedAt: h(360), closedAt: h(360), reviews: [review(50, 'approved', h(313))] }),
  // 6: open, ready, waiting for a review.
  pr(6, { state: 'open', createdAt: h(200) }),
  // 7: closed without merge, never reviewed.
  pr(7, { state: 'closed', createdAt: h(50), closedAt: h(60) }),
  // 8: an open draft.
  pr(8, { state: 'open', draft: true, createdAt: h(300) }),
  // 9: merged before the range.
  pr(9, { createdAt: h(-48), mergedAt: h(-24), closedAt: h(-24) }),
  // 10: opened before the range, still open.
  pr(10, { state: 'open', createdAt: h(-24) }),
];

describe('pullRequestCycle', () => {
  it('splits the cycle into coding, pickup, review and deploy', () => {
    // start 2 h (first commit), ready 10 h (created, never a draft), first review by someone else 14 h
    // (the author's own comment at 11 h does not count), merge 30 h, deployed 32 h
    expect(pullRequestCycle(prs[0]!)).toEqual({
      pullRequestId: 1,
      startAt: h(2),
      readyAt: h(10),
      firstReviewAt: h(14),
      mergedAt: h(30),
      endAt: h(32),
      deployed: true,
      cycleMs: 30 * H, // 32 − 2
      codingMs: 8 * H, // 10 − 2
      pickupMs: 4 * H, // 14 − 10
      reviewMs: 16 * H, // 30 − 14
      deployMs: 2 * H, // 32 − 30
      aiAssisted: false,
    });
  });

  it('without reviews or deployment: pickup, review and deploy are null; the cycle ends at the merge', () => {
    // start = created 24 h (earlier than the first commit at 30 h); ready 48 h; merged 50 h
    const c = pullRequestCycle(prs[1]!)!;
    expect([c.startAt, c.readyAt, c.endAt, c.deployed]).toEqual([h(24), h(48), h(50), false]);
    expect([c.cycleMs, c.codingMs, c.pickupMs, c.reviewMs, c.deployMs]).toEqual([
      26 * H,
      24 * H,
      null,
      null,
      null,
    ]);
  });

  it('a review before the pull request was opened: pickup 0 and an anomaly', () => {
    const anomalies: FlowAnomaly[] = [];
    const c = pullRequestCycle(prs[2]!, anomalies)!;
    // start = ready = 100 h; the review at 99 h is clamped to 100 h; merge 105 h; deployed 110 h
    expect([c.codingMs, c.pickupMs, c.reviewMs, c.deployMs, c.cycleMs]).toEqual([0, 0, 5 * H, 5 * H, 10 * H]);
    expect(anomalies).toEqual([{ pullRequestId: 3, reason: 'review-before-open' }]);
  });

  it('deployed before the merge: deploy time 0, the cycle ends at the merge', () => {
    const anomalies: FlowAnomaly[] = [];
    const c = pullRequestCycle(prs[3]!, anomalies)!;
    // start 118 h, ready 120 h, first review by someone else 122 h (121 h is the author's identity),
    // merge 130 h; deployed at 128 h < merge
    expect([c.codingMs, c.pickupMs, c.reviewMs, c.deployMs, c.cycleMs]).toEqual([
      2 * H,
      2 * H,
      8 * H,
      0,
      12 * H,
    ]);
    expect(c.deployed).toBe(true);
    expect(c.endAt).toBe(h(130));
    expect(anomalies).toEqual([{ pullRequestId: 4, reason: 'deployed-before-merge' }]);
  });

  it('is null for a pull request that was not merged', () => {
    expect(pullRequestCycle(prs[5]!)).toBeNull();
  });
});

describe('isSelfReview', () => {
  const author = pr(1, { authorPersonId: 1, authorIdentityId: 100 });
  it('compares people when both are known, else identities', () => {
    expect(isSelfReview(author, review(1, 'approved', 0, 999))).toBe(true);
    expect(isSelfReview(author, review(2, 'approved', 0, 100))).toBe(false); // person ids decide
    expect(isSelfReview(author, review(null, 'approved', 0, 100))).toBe(true);
    expect(isSelfReview(author, review(null, 'approved', 0, null))).toBe(false);
    expect(
      isSelfReview(pr(2, { authorPersonId: null, authorIdentityId: null }), review(null, 'approved', 0)),
    ).toBe(false);
  });
});

describe('pullRequestFlow', () => {
  const flow = pullRequestFlow(prs, range);

  it('phase medians over the pull requests merged in the range', () => {
    expect(flow.cycles.map((c) => c.pullRequestId)).toEqual([1, 2, 3, 4]);
    // cycle 30, 26, 10, 12 h → sorted 10, 12, 26, 30: median 19 h; p75 26 + 0.25 × 4 = 27 h;
    // p90 26 + 0.7 × 4 = 28.8 h
    expect(flow.cycleTime).toEqual({
      count: 4,
      median: 19 * H,
      p75: 27 * H,
      p90: expect.closeTo(28.8 * H, 3),
      pullRequestIds: [1, 2, 3, 4],
    });
    expect(flow.coding.median).toBe(5 * H); // 8, 24, 0, 2 → (2 + 8) / 2
    expect([flow.pickup.median, flow.pickup.pullRequestIds]).toEqual([2 * H, [1, 3, 4]]); // 4, 0, 2
    expect([flow.review.median, flow.review.pullRequestIds]).toEqual([8 * H, [1, 3, 4]]); // 16, 5, 8
    expect([flow.deploy.median, flow.deploy.pullRequestIds]).toEqual([2 * H, [1, 3, 4]]); // 2, 5, 0
    expect(flow.notDeployed).toEqual([2]);
    expect(flow.anomalies).toEqual([
      { pullRequestId: 3, reason: 'review-before-open' },
      { pullRequestId: 4, reason: 'deployed-before-merge' },
    ]);
  });

  it('size: lines changed, buckets, unknown sizes apart', () => {
    // 8 (XS), 50 (M: not under 50), 1000 (XL: not under 1000); 4 has no additions
    // median 50; p75: h = 1.5 → 50 + 0.5 × 950 = 525; p90: h = 1.8 → 50 + 0.8 × 950 = 810
    expect(flow.size).toEqual({
      count: 3,
      median: 50,
      p75: 525,
      p90: 810,
      pullRequestIds: [1, 2, 3],
      buckets: { XS: [1], S: [], M: [2], L: [], XL: [3] },
      unknown: [4],
    });
    expect([sizeBucket(9), sizeBucket(10), sizeBucket(49), sizeBucket(249), sizeBucket(999)]).toEqual([
      'XS',
      'S',
      'S',
      'M',
      'L',
    ]);
  });

  it('time to first review: pull requests ready in the range', () => {
    // 1: 10 → 14 h = 4 h; 3: 100 → 99 h, clamped to 0; 4: 120 → 122 h = 2 h → median 2 h
    // 2, 5 and 7 were closed without a review by someone else; 6 is waiting; 8 is a draft; 9, 10 before
    expect(flow.timeToFirstReview).toEqual({
      count: 3,
      median: 2 * H,
      p75: 3 * H, // h = 1.5 → 2 + 0.5 × 2
      p90: expect.closeTo(3.6 * H, 3), // h = 1.8 → 2 + 0.8 × 2
      pullRequestIds: [1, 3, 4],
      waiting: [6],
      neverReviewed: [2, 5, 7],
    });
  });

  it('review coverage: an approval by someone other than the author', () => {
    expect(flow.reviewCoverage).toEqual({ rate: 0.75, covered: [1, 3, 4], uncovered: [2] });
  });

  it('work in progress: open at the end, and the average number open', () => {
    // open hours inside [0, 336): 1: 20, 2: 26, 3: 5, 4: 10, 5: 312→336 = 24, 6: 200→336 = 136,
    // 7: 10, 8: 300→336 = 36, 9: none, 10: 336 → 603 h ÷ 336 h
    expect(flow.workInProgress.openAtEnd).toEqual([5, 6, 8, 10]);
    expect(flow.workInProgress.pullRequestIds).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10]);
    expect(flow.workInProgress.averageOpen).toBeCloseTo(603 / 336, 12);
  });
});

describe('livedDuring', () => {
  it('keeps every pull request a range can count: the flow of the kept ones equals the flow of all', () => {
    const rnd = seededRandom(7);
    const at = () => Math.floor(rnd() * 400) * HOUR_MS;
    const prs: PullRequestRow[] = [];
    for (let id = 1; id <= 300; id++) {
      const createdAt = at();
      const end = createdAt + Math.floor(rnd() * 100) * HOUR_MS;
      const state = rnd() < 0.6 ? 'merged' : rnd() < 0.5 ? 'closed' : 'open';
      prs.push(
        pr(id, {
          state,
          createdAt,
          firstCommitAt: createdAt - HOUR_MS,
          mergedAt: state === 'merged' ? end : null,
          closedAt: state === 'open' ? null : end,
          deployedAt: state === 'merged' && rnd() < 0.7 ? end + 3 * HOUR_MS : null,
          additions: Math.floor(rnd() * 500),
          deletions: 1,
          reviews: rnd() < 0.7 ? [review(id * 10 + 1, 'approved', createdAt + 2 * HOUR_MS)] : [],
        }),
      );
    }
    for (let from = 0; from < 400 * HOUR_MS; from += 50 * HOUR_MS) {
      const range = { from, to: from + 50 * HOUR_MS };
      expect(
        pullRequestFlow(
          prs.filter((p) => livedDuring(p, range)),
          range,
        ),
      ).toEqual(pullRequestFlow(prs, range));
    }
  });
});
