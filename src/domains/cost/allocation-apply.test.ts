/**
 * The allocation property on stored bills: whatever the rules and shared pools, cost by team (and by
 * service) over any range and step adds up, bucket by bucket, exactly to the cost imported — allocated
 * plus unallocated, never more, never less.
 */

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../platform/seeded-random.js';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { type AllocationBody, saveAllocationRules } from './allocation-rules.service.js';
import { importBillingFile } from './billing-import.service.js';
import { costSeries, decimalUnits } from './billing-query.service.js';
import { focusCsvText, V10_MANDATORY } from './importers/focus-test-files.js';
import type { SharedPool } from './metrics/allocation.js';

const actor = { userId: null, label: 'test' };
let t: TestPlatform;
let tmp: string;

beforeAll(async () => {
  t = await startTestPlatform();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cost-alloc-'));
  for (const slug of ['payments', 'search', 'platform'])
    await t.ctx.db.insertInto('teams').values({ slug, name: slug, kind: 'team' }).execute();
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
  await t.close();
});

const TEAMS = ['payments', 'Payments', 'search', 'platform', 'ghost-team'];
const ACCOUNTS = ['a1', 'a2', 'shared', 'sandbox'];

describe('allocation of stored bills', () => {
  it('adds up exactly to the imported cost for random bills, rules and pools', async () => {
    const next = seededRandom(7);
    const rnd = {
      next,
      int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
      pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
    };
    const cols = [...V10_MANDATORY, 'Tags', 'SubAccountId', 'ResourceId'];
    const rows: Record<string, string>[] = [];
    for (let i = 0; i < 400; i++) {
      const day = 1 + rnd.int(0, 59);
      const d = new Date(Date.UTC(2024, 8, day));
      const next = new Date(d.getTime() + 86_400_000);
      const month = `${d.toISOString().slice(0, 7)}-01T00:00:00Z`;
      const tag =
        rnd.next() < 0.2
          ? '{}'
          : JSON.stringify({ [rnd.pick(['team', 'Team', 'team_name'])]: rnd.pick(TEAMS) });
      const cents = rnd.int(-500, 100_000);
      const cost = `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 1000)}.${String(Math.abs(cents) % 1000).padStart(3, '0')}`;
      rows.push({
        ChargePeriodStart: d.toISOString().replace('.000', ''),
        ChargePeriodEnd: next.toISOString().replace('.000', ''),
        BillingPeriodStart: month,
        EffectiveCost: cost,
        BilledCost: cost,
        Tags: tag,
        SubAccountId: rnd.pick(ACCOUNTS),
        ResourceId: `r-${rnd.int(0, 30)}`,
      });
    }
    const file = path.join(tmp, 'random.csv');
    await fs.writeFile(file, focusCsvText(cols, rows));
    await importBillingFile(t.ctx.db, file, { actor });
    const total = await costSeries(t.ctx.db, {
      from: '2024-09-01',
      to: '2024-10-31',
      step: 'day',
      groupBy: 'none',
    });

    for (let trial = 0; trial < 8; trial++) {
      const pools: SharedPool[] = [];
      if (rnd.next() < 0.8)
        pools.push({
          name: 'shared',
          match: { accounts: ['shared'] },
          split: rnd.pick(['even', 'headcount', 'proportional'] as const),
        });
      if (rnd.next() < 0.5)
        pools.push({
          name: 'odd',
          match: { resourceGlobs: ['r-1*'] },
          split: 'even',
          units: rnd.next() < 0.5 ? ['search'] : ['nobody'],
        });
      const body: AllocationBody = {
        rules:
          rnd.next() < 0.5
            ? [{ kind: 'tag' }, { kind: 'account', accounts: { a2: 'platform' } }]
            : [{ kind: 'account', accounts: { a1: 'payments' } }],
        pools,
      };
      await saveAllocationRules(t.ctx.db, body, actor, `trial ${trial}`);
      for (const groupBy of ['team', 'service'] as const)
        for (const step of ['day', 'month'] as const) {
          const s = await costSeries(t.ctx.db, { from: '2024-09-01', to: '2024-10-31', step, groupBy });
          expect(decimalUnits(s.total), `${groupBy}/${step} trial ${trial}`).toBe(decimalUnits(total.total));
          s.buckets.forEach((b, i) => {
            const sum = s.groups.reduce((acc, g) => acc + decimalUnits(g.values[i]!), 0n);
            const want =
              step === 'day'
                ? decimalUnits(total.groups[0]?.values[total.buckets.indexOf(b)] ?? '0')
                : total.buckets
                    .filter((d) => d.startsWith(b))
                    .reduce(
                      (acc, d) =>
                        acc + decimalUnits(total.groups[0]?.values[total.buckets.indexOf(d)] ?? '0'),
                      0n,
                    );
            expect(sum, `${groupBy}/${step} ${b} trial ${trial}`).toBe(want);
          });
        }
    }
  });
});
