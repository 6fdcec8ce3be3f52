/**
 * Strategy's answers on the scorecard: is the technical direction written and current, and are
 * initiatives on time and on budget. Definitions in docs/metrics.md ("Vision currency", "Initiatives").
 */

import { noData } from '../../platform/checks.js';
import type { CheckDefinition } from '../../platform/modules.js';
import { teamSubtree } from '../org/org-lookup.service.js';
import * as goals from './goal.repo.js';
import { initiativeViews } from './initiative.service.js';
import { periodSpan, visionState } from './metrics/vision-review.js';
import * as visions from './vision.repo.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;

export const directionCurrentCheck: CheckDefinition = {
  id: 'strategy.direction-current',
  group: 'vision',
  title: 'Is the technical direction written and current?',
  explanation:
    'A vision for the period that contains the end of the range, reviewed by its review date, and the share of that period’s goals with at least one key result. ' +
    'Good: a current vision and ≥ 80% of goals measurable; watch: a vision whose review is due, or 50–80% measurable; bad: no vision for the period or under 50%. ' +
    'Definition: docs/metrics.md#vision-currency.',
  async evaluate({ db, to, teamId }) {
    const day = new Date(Math.min(to.getTime() - 1, Date.now())).toISOString().slice(0, 10);
    const all = await visions.listVisions(db);
    const vision = all.find((v) => {
      const span = periodSpan(v.period);
      return span !== null && span.start <= day && day <= span.end;
    });
    const periods = (await goals.periods(db)).filter((p) => {
      const span = periodSpan(p);
      return span !== null && span.start <= day && day <= span.end;
    });
    let rows = await goals.goalMeasurability(db, periods);
    if (teamId) {
      const teams = new Set(await teamSubtree(db, teamId));
      rows = rows.filter((g) => g.team_id !== null && teams.has(g.team_id));
    }
    if (!vision && rows.length === 0) {
      return {
        ...noData(
          `No vision and no goals cover ${day}.`,
          'Write the technical vision for the current period under Strategy › Vision, and set goals with key results under Strategy › Goals.',
          { href: '/strategy', label: 'Vision' },
        ),
      };
    }
    const measurable = rows.filter((g) => Number(g.key_results) > 0).length;
    const share = rows.length ? measurable / rows.length : 0;
    const state = vision ? visionState(vision.period, vision.review_on, day) : null;
    const status =
      state === 'current' && share >= 0.8 ? 'good' : state !== null && share >= 0.5 ? 'watch' : 'bad';
    return {
      status,
      value: Math.round(share * 1000) / 10,
      unit: '%',
      display: `${vision ? `vision ${vision.period} ${state === 'current' ? 'current' : 'review due'}` : 'no vision for this period'} · ${measurable} of ${rows.length} goals with key results`,
      target: 'a current vision · ≥ 80% of goals measurable',
      trend: [],
      evidence: vision
        ? {
            href: `/strategy?period=${vision.period}`,
            label: `Vision ${vision.period}, version ${vision.version}`,
          }
        : { href: '/strategy/goals', label: `${rows.length} goals` },
      noData: null,
    };
  },
};

export const initiativesOnTrackCheck: CheckDefinition = {
  id: 'strategy.initiatives-on-track',
  group: 'delivery',
  title: 'Are initiatives on time and on budget?',
  explanation:
    'Share of active initiatives that are both on time (slip ≤ 7 days, forecast from milestone pace) and on budget (burn ≤ elapsed share of the plan + 10 points; effort from linked pull requests or the cost entered). ' +
    'Good at ≥ 80%, watch at ≥ 50%. Definition: docs/metrics.md#initiatives.',
  async evaluate({ db, to, teamId, principal }) {
    const now = Math.min(to.getTime(), Date.now());
    const teams = teamId ? new Set(await teamSubtree(db, teamId)) : null;
    const views = (await initiativeViews(db, principal, undefined, now)).filter(
      (i) => i.status === 'active' && (!teams || i.teams.some((t) => teams.has(t.id))),
    );
    const measured = views.filter((i) => i.state.onTrack !== null);
    const q = new URLSearchParams({ status: 'active' });
    if (teamId) q.set('teamId', String(teamId));
    const evidence = {
      href: `/strategy/initiatives?${q.toString()}`,
      label: `${views.length} active initiatives`,
    };
    if (measured.length === 0) {
      return noData(
        views.length ? 'No active initiative has a budget to measure against.' : 'No active initiatives.',
        'Add initiatives with planned dates and a budget (engineer-weeks or money) under Strategy › Initiatives, and link them to repositories, labels or pull requests.',
        evidence,
      );
    }
    const onTrack = measured.filter((i) => i.state.onTrack).length;
    const late = measured.filter((i) => i.state.schedule.onTime === false).length;
    const over = measured.filter((i) => i.state.budget.onBudget === false).length;
    const share = onTrack / measured.length;
    return {
      status: share >= 0.8 ? 'good' : share >= 0.5 ? 'watch' : 'bad',
      value: Math.round(share * 1000) / 10,
      unit: '%',
      display: `${onTrack} of ${measured.length} on time and on budget (${pct(share)}) · ${late} late · ${over} over budget`,
      target: '≥ 80% on time and on budget',
      trend: [],
      evidence,
      noData: null,
    };
  },
};
