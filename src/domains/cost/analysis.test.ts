/**
 * Budgets, anomalies, savings and unit costs on a real database, from a FOCUS bill imported through
 * `importBillingFile` (analysis-fixtures.ts). Expectations are computed from the fixture rows here,
 * independently of the services; the routes are checked for access (members get 403) and auditing.
 */

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import {
  analysisBillRows,
  type FixtureOrg,
  type FixtureRow,
  SPIKE_DAY,
  seedAnalysisOrg,
  writeAnalysisBill,
} from './analysis-fixtures.js';
import { listAnomalies } from './anomaly.service.js';
import { importBillingFile } from './billing-import.service.js';
import { createBudget, getBudget, listBudgets } from './budget.service.js';
import { sumDecimals } from './importers/focus-decimal.js';
import { savings } from './savings.service.js';
import { unitCosts } from './unit-cost.service.js';

const actor = { userId: null, label: 'test' };
let t: TestPlatform;
let tmp: string;
let org: FixtureOrg;
let executive: Client;
let manager: Client;
let member: Client;
const rows = analysisBillRows();

const inRange = (r: FixtureRow, from: string, to: string) =>
  r.ChargePeriodStart.slice(0, 10) >= from && r.ChargePeriodStart.slice(0, 10) <= to;
const sum = (rs: FixtureRow[], col: keyof FixtureRow = 'EffectiveCost') =>
  sumDecimals(rs.map((r) => r[col] as string));
const teamOf = (r: FixtureRow) => {
  const tags = JSON.parse(r.Tags ?? '{}') as Record<string, string>;
  return tags.service === 'checkout' ? 'payments' : (tags.team ?? null);
};

beforeAll(async () => {
  t = await startTestPlatform();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cost-analysis-'));
  org = await seedAnalysisOrg(t.ctx.db);
  const r = await importBillingFile(t.ctx.db, await writeAnalysisBill(tmp, rows), { actor });
  expect(r.rowsImported).toBe(rows.length);
  executive = await t.signIn('executive');
  manager = await t.signIn('manager');
  member = await t.signIn('member');
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
  await t.close();
});

describe('budgets', () => {
  it('burns, forecasts and classifies a team budget from the billed lines', async () => {
    const payments = rows.filter((r) => teamOf(r) === 'payments');
    const actual = sum(payments.filter((r) => inRange(r, '2026-10-01', '2026-10-20')));
    // 11 days left (Oct 21–31): the budget sits between the actual and the projection: at risk.
    const b = await createBudget(t.ctx.db, actor, {
      name: 'Payments cloud',
      scope: 'team',
      teamId: org.payments,
      period: 'month',
      amount: String(Number(actual) + 100),
      currency: 'USD',
    });
    expect(b.current).toMatchObject({
      label: '2026-10',
      start: '2026-10-01',
      end: '2026-11-01',
      asOf: '2026-10-20',
      actualToDate: actual,
      status: 'at-risk',
      reportingCurrency: 'USD',
      currencyMismatch: false,
    });
    // The weekly pattern: weekdays 100, weekends 40; the 900 spike sits outside the last 7 days' level.
    expect(b.current!.projectedTotal).toBeGreaterThan(Number(actual) + 600);
    expect(b.current!.backtest.points).toBe(28);
    expect(b.current!.backtest.mase).not.toBeNull();
    expect(b.daily).toHaveLength(31);
    expect(b.daily[19]).toMatchObject({ date: '2026-10-20', forecast: null });
    expect(b.daily[19]!.cumulative).toBeCloseTo(Number(actual), 2);
    expect(b.daily[30]!.forecast).toBeCloseTo(b.current!.projectedTotal, 1);
    expect(b.history.map((h) => [h.label, h.actual])).toEqual([
      ['2026-09', sum(payments.filter((r) => inRange(r, '2026-09-01', '2026-09-30')))],
      ['2026-08', sum(payments.filter((r) => inRange(r, '2026-08-01', '2026-08-31')))],
      ['2026-07', '0'],
    ]);
    expect(b.linesHref).toBe(
      `/cost/explorer?from=2026-10-01&to=2026-10-20&step=day&group=team&lines=team%3A${org.payments}`,
    );
  });

  it('counts the teams below a team, and is over once the actual cost exceeds the amount', async () => {
    const all = rows.filter((r) => teamOf(r) !== null && inRange(r, '2026-10-01', '2026-10-20'));
    const b = await createBudget(t.ctx.db, actor, {
      name: 'Engineering',
      scope: 'team',
      teamId: org.engineering,
      period: 'quarter',
      amount: '1000',
      currency: 'usd',
    });
    expect(b.current).toMatchObject({
      label: '2026-Q4',
      actualToDate: sum(all),
      status: 'over',
      burnShare: Number(sum(all)) / 1000,
    });
    const category = await createBudget(t.ctx.db, actor, {
      name: 'Storage',
      scope: 'service_category',
      serviceCategory: 'Storage',
      period: 'year',
      amount: '100000',
      currency: 'USD',
    });
    expect(category.current).toMatchObject({
      label: '2026',
      actualToDate: sum(rows.filter((r) => r.ServiceCategory === 'Storage')),
      status: 'under',
    });
    const list = await listBudgets(t.ctx.db, { teamId: org.engineering });
    expect(list.items.map((x) => x.name).sort()).toEqual(['Engineering', 'Payments cloud']);
    const past = await getBudget(t.ctx.db, category.id, '2026-09-30');
    expect(past.current!.asOf).toBe('2026-09-30');
  });
});

describe('anomalies', () => {
  it('finds the payments spike and explains it by the resource that caused it', async () => {
    const { items, to } = await listAnomalies(t.ctx.db, {});
    expect(to).toBe('2026-10-20');
    const spike = items.find(
      (a) => a.grouping === 'team' && a.unit.id === org.payments && a.date === SPIKE_DAY,
    );
    expect(spike).toMatchObject({ direction: 'spike', unit: { label: 'Payments', kind: 'team' } });
    expect(spike!.delta).toBeCloseTo(900, 0);
    expect(spike!.contributors[0]).toMatchObject({
      key: 'i-pay-burst',
      actual: 900,
      expected: 0,
      delta: 900,
    });
    expect(spike!.linesHref).toContain('lines=team%3A');
    // Steady units (search, the checkout service, unallocated) have no anomaly.
    expect(items.filter((a) => a.unit.id !== org.payments)).toEqual([]);
  });
});

describe('savings', () => {
  it('lists idle, unallocated and non-production cost, commitment utilization and coverage', async () => {
    const s = await savings(t.ctx.db);
    expect(s.window).toEqual({ from: '2026-09-21', to: '2026-10-20', days: 30 });
    const w = rows.filter((r) => inRange(r, '2026-09-21', '2026-10-20'));
    const idle = sum(w.filter((r) => r.ResourceId === 'vol-idle'));
    expect(s.idleResources).toEqual([
      expect.objectContaining({
        resourceId: 'vol-idle',
        cost: idle,
        annual: (Number(idle) * (365 / 30)).toFixed(2),
      }),
    ]);
    const unallocated = w.filter((r) => r.Tags === '{}');
    const byKind = new Map(s.opportunities.map((o) => [o.kind, o]));
    expect(byKind.get('unallocated')!.amounts[0]!.amount).toBe(sum(unallocated));
    expect(s.unallocated.map((u) => [u.resourceId, u.serviceName, u.untagged])).toEqual([
      [null, 'Savings Plans', true],
      ['i-orphan', 'Virtual Machines', true],
    ]);
    const used = sum(w.filter((r) => r.CommitmentDiscountStatus === 'Used'));
    const unused = sum(w.filter((r) => r.CommitmentDiscountStatus === 'Unused'));
    expect(s.commitments.items).toEqual([
      expect.objectContaining({
        commitmentId: 'sp-1',
        used,
        unused,
        utilization: Math.round((Number(used) / (Number(used) + Number(unused))) * 1e4) / 1e4,
      }),
    ]);
    // Coverage in on-demand-equivalent (list) cost: covered Compute usage over covered + on-demand Compute usage.
    const covered = sum(
      w.filter((r) => r.CommitmentDiscountStatus === 'Used'),
      'ListCost',
    );
    const onDemand = sum(
      w.filter(
        (r) =>
          r.ServiceCategory === 'Compute' &&
          r.CommitmentDiscountId === 'NULL' &&
          r.PricingCategory === 'Standard',
      ),
      'ListCost',
    );
    expect(s.commitments.coverage).toEqual([
      {
        currency: 'USD',
        provider: 'Example Cloud',
        serviceCategory: 'Compute',
        covered,
        eligible: sumDecimals([covered, onDemand]),
        coverage: Math.round((Number(covered) / (Number(covered) + Number(onDemand))) * 1e4) / 1e4,
      },
    ]);
    expect(byKind.get('non-production')!.amounts).toEqual([
      { currency: 'USD', amount: idle, annual: (Number(idle) * (365 / 30)).toFixed(2) },
    ]);
    const team = await savings(t.ctx.db, { teamId: org.payments });
    expect(team.idleResources).toEqual([]);
    expect(team.unallocated).toEqual([]);
  });
});

describe('unit costs', () => {
  it('divides each month’s cost by engineers, services and deployments', async () => {
    const [deployService] = [org.checkout];
    for (const day of ['2026-09-03', '2026-09-10', '2026-09-17'])
      await sql`insert into deployments (source, external_id, service_id, environment, environment_name, status, created_at, finished_at)
        values ('test', ${day}, ${deployService}, 'production', 'production', 'success', ${`${day}T10:00:00Z`}, ${`${day}T10:05:00Z`})`.execute(
        t.ctx.db,
      );
    const principal = { userId: 1, role: 'executive', grants: [], personId: null } as never;
    const u = await unitCosts(t.ctx.db, principal, { months: 3 });
    expect(u.currency).toBe('USD');
    expect(u.months.map((m) => m.month)).toEqual(['2026-08', '2026-09', '2026-10']);
    const sept = u.months[1]!;
    const septCost = sum(rows.filter((r) => inRange(r, '2026-09-01', '2026-09-30')));
    const checkout = sum(
      rows.filter((r) => inRange(r, '2026-09-01', '2026-09-30') && r.ResourceId === 'i-pay-1'),
    );
    expect(sept).toMatchObject({
      partial: false,
      cost: septCost,
      engineers: 4,
      costPerEngineer: (Number(septCost) / 4).toFixed(2),
      services: 1,
      serviceCost: checkout,
      costPerService: Number(checkout).toFixed(2),
      deployments: 3,
      costPerDeployment: (Number(septCost) / 3).toFixed(2),
    });
    expect(u.months[0]).toMatchObject({ engineers: 3, deployments: 0, costPerDeployment: null });
    expect(u.months[2]!.partial).toBe(true);
    const team = await unitCosts(t.ctx.db, principal, { teamId: org.search, months: 3 });
    expect(team.months[1]!.engineers).toBe(2);
    expect(team.months[1]!.cost).toBe(
      sum(rows.filter((r) => inRange(r, '2026-09-01', '2026-09-30') && teamOf(r) === 'search')),
    );
  });
});

describe('routes', () => {
  it('lets leaders and managers read, leaders change (audited), and refuses members', async () => {
    for (const url of [
      '/api/v1/cost/budgets',
      '/api/v1/cost/anomalies',
      '/api/v1/cost/savings',
      '/api/v1/cost/unit-costs',
    ]) {
      expect((await member.request({ method: 'GET', url })).statusCode, url).toBe(403);
      expect((await manager.request({ method: 'GET', url })).statusCode, url).toBe(200);
    }
    const body = {
      name: 'Search',
      scope: 'team',
      teamId: org.search,
      period: 'month',
      amount: '5000',
      currency: 'USD',
    };
    expect(
      (await manager.request({ method: 'POST', url: '/api/v1/cost/budgets', payload: body })).statusCode,
    ).toBe(403);
    const created = await executive.request({ method: 'POST', url: '/api/v1/cost/budgets', payload: body });
    expect(created.statusCode).toBe(201);
    const id = (created.json() as { id: number }).id;
    expect(
      (await executive.request({ method: 'POST', url: '/api/v1/cost/budgets', payload: body })).statusCode,
    ).toBe(409);
    const bad = await executive.request({
      method: 'POST',
      url: '/api/v1/cost/budgets',
      payload: { ...body, scope: 'service', teamId: undefined },
    });
    expect(bad.statusCode).toBe(400);
    const changed = await executive.request({
      method: 'PATCH',
      url: `/api/v1/cost/budgets/${id}`,
      payload: { amount: '6000' },
    });
    expect(changed.json()).toMatchObject({ amount: '6000', current: { status: 'under' } });
    expect(
      (await executive.request({ method: 'DELETE', url: `/api/v1/cost/budgets/${id}` })).statusCode,
    ).toBe(204);
    const audit = await sql<{ action: string }>`select action from audit_log where target_type = 'cost_budget'
      and target_id = ${String(id)} order by id`.execute(t.ctx.db);
    expect(audit.rows.map((r) => r.action)).toEqual([
      'cost.budget.create',
      'cost.budget.update',
      'cost.budget.delete',
    ]);
    const series = await manager.request({
      method: 'GET',
      url: `/api/v1/cost/anomalies/series?grouping=team&unit=team:${org.payments}`,
    });
    expect(series.statusCode).toBe(200);
    const days = (series.json() as { days: { date: string; anomaly: string | null }[] }).days;
    expect(days.filter((d) => d.anomaly).map((d) => d.date)).toEqual([SPIKE_DAY]);
  });
});
