/**
 * The cost scorecard checks and the budgets demo step on a real database, from the analysis fixture bill
 * imported through `importBillingFile`; expectations computed from the fixture rows.
 */

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/policy.js';
import type { CheckDefinition } from '../../platform/modules.js';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import {
  analysisBillRows,
  type FixtureOrg,
  type FixtureRow,
  seedAnalysisOrg,
  writeAnalysisBill,
} from './analysis-fixtures.js';
import { importBillingFile } from './billing-import.service.js';
import { budgetDemoStep } from './budget.demo.js';
import { createBudget, listBudgets } from './budget.service.js';
import { sumDecimals } from './importers/focus-decimal.js';

const actor = { userId: null, label: 'test' };
const principal: Principal = {
  userId: 1,
  role: 'executive',
  grants: [],
  personId: null,
} as unknown as Principal;
let t: TestPlatform;
let tmp: string;
let org: FixtureOrg;
const rows = analysisBillRows();
const from = new Date('2026-08-01T00:00:00Z');
const to = new Date('2026-10-21T00:00:00Z');
const sum = (rs: FixtureRow[]) => sumDecimals(rs.map((r) => r.EffectiveCost));
const day = (r: FixtureRow) => r.ChargePeriodStart.slice(0, 10);

function check(id: string): CheckDefinition {
  const c = t.ctx.registry.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
}
const run = (id: string, teamId: number | null = null) =>
  check(id).evaluate({ db: t.ctx.db, from, to, teamId, principal });

beforeAll(async () => {
  t = await startTestPlatform();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cost-checks-'));
  org = await seedAnalysisOrg(t.ctx.db);
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
  await t.close();
});

describe('cost checks', () => {
  it('say why there is no number before any bill', async () => {
    for (const id of ['cost.within-budget', 'cost.allocated', 'cost.unused', 'cost.per-engineer-trend']) {
      const r = await run(id);
      expect(r.status, id).toBe('no-data');
      expect(r.noData!.action, id).toMatch(/import/i);
      expect(check(id).group).toBe('cost');
    }
    await importBillingFile(t.ctx.db, await writeAnalysisBill(tmp, rows), { actor });
  });

  it('cost.allocated: the unallocated share, and for a team the share not on one of its services', async () => {
    const org_ = await run('cost.allocated');
    const unallocated = sum(rows.filter((r) => r.Tags === '{}'));
    const share = Number(unallocated) / Number(sum(rows));
    expect(org_.value).toBe(Math.round(share * 1000) / 10);
    expect(org_.status).toBe(share <= 0.1 ? 'good' : share <= 0.2 ? 'watch' : 'bad');
    expect(org_.trend.map((p) => p.at.slice(0, 7))).toEqual(['2026-08', '2026-09', '2026-10']);
    const team = await run('cost.allocated', org.payments);
    const burst = sum(rows.filter((r) => r.ResourceId === 'i-pay-burst'));
    const checkout = sum(rows.filter((r) => r.ResourceId === 'i-pay-1'));
    expect(team.value).toBe(Math.round((Number(burst) / (Number(burst) + Number(checkout))) * 1000) / 10);
  });

  it('cost.unused: idle resources (and unused seats) against the month’s cloud cost', async () => {
    const r = await run('cost.unused');
    const window = rows.filter((x) => day(x) >= '2026-09-21');
    const idle = Number(sum(window.filter((x) => x.ResourceId === 'vol-idle')));
    const share = idle / Number(sum(window));
    expect(r.value).toBe(Math.round(idle));
    expect(r.status).toBe(share < 0.02 ? 'good' : share < 0.05 ? 'watch' : 'bad');
    expect(r.display).toContain('idle resources');
    // Idle resources per month (vol-idle, 5 a day): August, September, October to the 20th.
    expect(r.trend.map((p) => p.value)).toEqual([155, 150, 100]);
  });

  it('cost.per-engineer-trend: cost per engineer of the last complete month with its monthly trend', async () => {
    const r = await run('cost.per-engineer-trend');
    const sept = sum(rows.filter((x) => day(x).startsWith('2026-09')));
    const aug = sum(rows.filter((x) => day(x).startsWith('2026-08')));
    expect(r.value).toBe(Number((Number(sept) / 4).toFixed(2)));
    expect(r.trend).toEqual([
      { at: '2026-08-01T00:00:00.000Z', value: Number((Number(aug) / 3).toFixed(2)) },
      { at: '2026-09-01T00:00:00.000Z', value: Number((Number(sept) / 4).toFixed(2)) },
    ]);
    expect(r.status).toBe('good');
  });

  it('cost.within-budget: good, watch or bad from the budgets’ statuses; per team', async () => {
    expect((await run('cost.within-budget')).status).toBe('no-data');
    await createBudget(t.ctx.db, actor, {
      name: 'Search',
      scope: 'team',
      teamId: org.search,
      period: 'month',
      amount: '100000',
      currency: 'USD',
    });
    expect(await run('cost.within-budget')).toMatchObject({ status: 'good', value: 100 });
    await createBudget(t.ctx.db, actor, {
      name: 'Payments',
      scope: 'team',
      teamId: org.payments,
      period: 'month',
      amount: '10',
      currency: 'USD',
    });
    expect(await run('cost.within-budget')).toMatchObject({ status: 'bad', value: 50 });
    expect(await run('cost.within-budget', org.search)).toMatchObject({ status: 'good', value: 100 });
  });
});

describe('cost-budgets demo step', () => {
  it('sets budgets from the bill: the largest team over, the next at risk, the organization under', async () => {
    await t.ctx.db.deleteFrom('cost_budgets').execute();
    const r = await budgetDemoStep.run({
      db: t.ctx.db,
      size: { name: 's', people: 20 },
      seed: 1,
      onProgress: () => {},
    });
    expect(r.counts.budgets).toBe(5);
    const { items } = await listBudgets(t.ctx.db);
    const status = new Map(items.map((b) => [b.scopeLabel, b.current?.status]));
    // Payments (checkout + the spike) costs the most; Compute is the largest category.
    expect(status).toEqual(
      new Map([
        ['Organization', 'under'],
        ['Payments', 'over'],
        ['Search', 'at-risk'],
        ['checkout', 'under'],
        ['Compute', 'under'],
      ]),
    );
  });
});
