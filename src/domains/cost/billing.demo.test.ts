/**
 * The demo bill: a year of FOCUS lines for the demo organization's teams and services, imported through
 * the billing import (so it lands exactly as a user's file would), allocated by the demo rules, with
 * the injected anomalies visible in the stored lines.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditModule } from '../../platform/audit/audit.module.js';
import { authModule } from '../../platform/auth/auth.module.js';
import { type DemoState, seedDemo } from '../../platform/demo.js';
import { jobsModule } from '../../platform/jobs/jobs.module.js';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { orgModule } from '../org/org.module.js';
import {
  billingDemoStep,
  DEMO_BILLING_LINES,
  demoBillingRange,
  demoBillingUnits,
  seedBilling,
} from './billing.demo.js';
import { BillingGenerator, generateFocusRows } from './billing-generator.js';
import { DecimalSum } from './importers/focus-decimal.js';

const modules = [
  authModule,
  auditModule,
  jobsModule,
  orgModule,
  { name: 'cost', register: (r: Parameters<typeof orgModule.register>[0]) => r.demo(billingDemoStep) },
];
let t: TestPlatform;
let state: DemoState;
const SEED = 11;

beforeAll(async () => {
  t = await startTestPlatform({ modules: modules.slice(0, 4) });
  state = await seedDemo(t.ctx, { size: 's', seed: SEED });
  // The step on its own (outside the demo's transaction, which the import does not join yet).
  const { counts } = await seedBilling(t.ctx.db, 's', SEED, () => {});
  for (const [k, v] of Object.entries(counts)) state.counts[`cost-billing.${k}`] = v;
}, 300_000);
afterAll(() => t?.close());

async function one<T>(q: ReturnType<typeof sql<T>>): Promise<T> {
  return (await q.execute(t.ctx.db)).rows[0] as T;
}

describe('billing demo', () => {
  it('imports a year of lines, as many as it reports, month by month', async () => {
    const r = await one(sql<{ n: number; days: number; imports: number; from: string; to: string }>`
      select count(*)::int as n, count(distinct charge_day)::int as days,
        count(distinct import_id)::int as imports, min(charge_day)::text as from, max(charge_day)::text as to
      from cost_lines`);
    expect(r.n).toBe(state.counts['cost-billing.billingLines']);
    expect(Math.abs(r.n - DEMO_BILLING_LINES.s) / DEMO_BILLING_LINES.s).toBeLessThan(0.05);
    expect(r.days).toBe(365);
    expect(r.imports).toBe(state.counts['cost-billing.billingFiles']);
    const { start } = demoBillingRange();
    expect(r.from).toBe(start);
  });

  it('stores exactly the generated amounts (an independent sum of the generator’s rows)', async () => {
    const units = await demoBillingUnits(t.ctx.db);
    const options = { units, ...demoBillingRange(), lines: DEMO_BILLING_LINES.s, seed: SEED + 977 };
    const billed = new DecimalSum();
    let n = 0;
    for (const row of generateFocusRows(options)) {
      billed.add(row.BilledCost as string);
      n += 1;
    }
    const r = await one(sql<{ n: number; billed: string }>`
      select count(*)::int as n, sum(billed_cost)::text as billed from cost_lines`);
    expect(r.n).toBe(n);
    expect(new DecimalSum().add(r.billed).toString()).toBe(billed.toString());
  });

  it('allocates most cost to teams, pools the shared account and shows the rest as unallocated', async () => {
    const r = await one(sql<{ total: string; team: string; pooled: string; none: string }>`
      select sum(d.effective_cost)::text as total,
        coalesce(sum(d.effective_cost) filter (where d.team_id is not null), 0)::text as team,
        coalesce(sum(d.effective_cost) filter (where d.pool is not null), 0)::text as pooled,
        coalesce(sum(d.effective_cost) filter (where d.team_id is null and d.pool is null), 0)::text as none
      from cost_daily d`);
    const total = Number(r.total);
    expect(Number(r.team) / total).toBeGreaterThan(0.6);
    expect(Number(r.pooled)).toBeGreaterThan(0);
    expect(Number(r.none)).toBeGreaterThan(0);
    const lines = await one(sql<{ s: string }>`select sum(effective_cost)::text as s from cost_lines`);
    expect(new DecimalSum().add(lines.s).toString()).toBe(new DecimalSum().add(r.total).toString());
  });

  it('shows each injected spike in the stored lines', async () => {
    const units = await demoBillingUnits(t.ctx.db);
    const gen = new BillingGenerator({
      units,
      ...demoBillingRange(),
      lines: DEMO_BILLING_LINES.s,
      seed: SEED + 977,
    });
    expect(gen.anomalies.length).toBeGreaterThanOrEqual(2);
    for (const a of gen.anomalies) {
      const r = await one(sql<{ inside: string; usual: string }>`
        select avg(list_cost) filter (where charge_day between ${a.from}::date and ${a.to}::date)::text as inside,
          percentile_cont(0.5) within group (order by list_cost)::text as usual
        from cost_lines where resource_id = ${a.resourceId}`);
      expect(Number(r.inside)).toBeGreaterThan(Number(r.usual) * 3);
    }
  });
});
