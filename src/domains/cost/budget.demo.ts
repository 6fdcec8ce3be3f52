/**
 * Demo budgets, computed from the demo's own billing (so the statuses are real, not made up): the team
 * with the largest cost gets a monthly budget it has already overrun, the next one a budget its forecast
 * overruns (at risk), the next three comfortable budgets; the organization, the most expensive service
 * and the largest service category get budgets with room to spare.
 */

import type { AuditActor } from '../../platform/audit/audit.service.js';
import type { DemoStep } from '../../platform/modules.js';
import { SeriesCache } from './analysis-scope.service.js';
import { lastChargeDay } from './budget.repo.js';
import { type BudgetShape, createBudget, evaluateBudget } from './budget.service.js';
import { periodOf } from './metrics/budget-burn.js';

const DEMO_ACTOR: AuditActor = { userId: null, label: 'demo' };

const whole = (x: number) => String(Math.max(1, Math.round(x)));
const roundUp = (x: number, to: number) => String(Math.max(to, Math.ceil(x / to) * to));

export const budgetDemoStep: DemoStep = {
  name: 'cost-budgets',
  async run({ db, onProgress }) {
    const asOf = await lastChargeDay(db);
    if (!asOf) return { counts: { budgets: 0 } };
    onProgress(0, 6, 'setting budgets from the demo bill');
    const cache = new SeriesCache(db);
    // A month with days left to forecast; on a month's last day, the quarter (or the year).
    const period =
      (['month', 'quarter', 'year'] as const).find((p) => periodOf(asOf, p).end > nextDay(asOf)) ?? 'year';
    const teamSeries = await cache.series({
      from: periodOf(asOf, period).start,
      to: asOf,
      step: 'month',
      groupBy: 'team',
    });
    const teams = teamSeries.groups
      .filter((g) => g.kind === 'team' && g.id !== null && Number(g.total) > 10)
      .sort((a, b) => Number(b.total) - Number(a.total))
      .slice(0, 5);
    const currency = teamSeries.currency;
    if (!currency) return { counts: { budgets: 0 } };
    let created = 0;
    for (const [i, g] of teams.entries()) {
      const shape: BudgetShape = {
        scope: 'team',
        team_id: g.id,
        service_id: null,
        service_category: null,
        period,
        amount: '1',
        currency,
      };
      const { forecast } = await evaluateBudget(cache, shape, asOf);
      const actual = Number(forecast.actualToDate);
      const projected = forecast.projectedTotal;
      let amount: string;
      if (i === 0) amount = whole(actual * 0.85);
      else if (i === 1 && projected > actual * 1.02) amount = whole(actual + (projected - actual) * 0.4);
      else amount = roundUp(projected * 1.25, 100);
      await createBudget(db, DEMO_ACTOR, {
        name: `${g.label} cloud`,
        scope: 'team',
        teamId: g.id,
        period,
        amount,
        currency,
        notes:
          i === 0
            ? 'Set from last year’s run rate; the migration to the new cluster doubles the cost for a while.'
            : '',
      });
      created++;
      onProgress(created, teams.length + 1, `budget for ${g.label}`);
    }
    const org: BudgetShape = {
      scope: 'organization',
      team_id: null,
      service_id: null,
      service_category: null,
      period: 'quarter',
      amount: '1',
      currency,
    };
    const { forecast } = await evaluateBudget(cache, org, asOf);
    if (forecast.projectedTotal > 0) {
      await createBudget(db, DEMO_ACTOR, {
        name: 'Engineering cloud spend',
        scope: 'organization',
        period: 'quarter',
        amount: roundUp(forecast.projectedTotal * 1.15, 1000),
        currency,
        notes: 'The quarterly envelope agreed with finance.',
      });
      created++;
    }
    // A service and a service category with room to spare: budgets are not only for teams.
    const [services, categories] = await Promise.all(
      (['service', 'service_category'] as const).map((groupBy) =>
        cache.series({ from: periodOf(asOf, period).start, to: asOf, step: 'month', groupBy }),
      ),
    );
    const service = services!.groups.find(
      (g) => g.kind === 'service' && g.id !== null && Number(g.total) > 10,
    );
    if (service) {
      const shape: BudgetShape = { ...org, scope: 'service', service_id: service.id, period };
      const { forecast: f } = await evaluateBudget(cache, shape, asOf);
      await createBudget(db, DEMO_ACTOR, {
        name: `${service.label} service`,
        scope: 'service',
        serviceId: service.id,
        period,
        amount: roundUp(f.projectedTotal * 1.3, 100),
        currency,
      });
      created++;
    }
    const category = categories!.groups.find(
      (g) => g.kind === 'value' && g.label !== '(none)' && Number(g.total) > 10,
    );
    if (category) {
      const shape: BudgetShape = { ...org, scope: 'service_category', service_category: category.label };
      const { forecast: f } = await evaluateBudget(cache, shape, asOf);
      await createBudget(db, DEMO_ACTOR, {
        name: `${category.label}, quarterly`,
        scope: 'service_category',
        serviceCategory: category.label,
        period: 'quarter',
        amount: roundUp(f.projectedTotal * 1.2, 1000),
        currency,
      });
      created++;
    }
    onProgress(teams.length + 1, teams.length + 1, 'budgets set');
    return { counts: { budgets: created } };
  },
};

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
