import { describe, expect, it } from 'vitest';
import { DecimalSum, sumDecimals } from '../importers/focus-decimal.js';
import {
  type AllocationRule,
  allocateCosts,
  type CostLine,
  globToRegExp,
  normalizeTagKey,
  type SharedPool,
  splitExactly,
  unitSlug,
} from './allocation.js';

/** mulberry32: a small seeded generator, so every failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('normalization', () => {
  it('turns tag keys and values of many spellings into one', () => {
    expect(
      ['CostCenter', 'cost-center', 'Cost Center', 'cost_center', 'costcenter', 'user:CostCenter'].map(
        normalizeTagKey,
      ),
    ).toEqual(Array(6).fill('cost_center'));
    expect(
      ['Payments-Team', 'payments_team', 'PaymentsTeam', ' payments team ', 'PAYMENTS TEAM'].map(unitSlug),
    ).toEqual(Array(5).fill('payments-team'));
  });

  it('matches resource globs anchored, with * and ?', () => {
    const re = globToRegExp('arn:aws:s3:::logs-*-eu?');
    expect(re.test('arn:aws:s3:::logs-payments-eu1')).toBe(true);
    expect(re.test('arn:aws:s3:::logs-payments-eu12')).toBe(false);
    expect(re.test('xarn:aws:s3:::logs-a-eu1')).toBe(false);
  });
});

describe('allocateCosts', () => {
  const lines: CostLine[] = [
    { id: 'a', cost: '10.00', tags: { Team: 'Payments-Team' } },
    { id: 'b', cost: '5.5', tags: { team: 'payments_team' } },
    { id: 'c', cost: '4', tags: { 'cost-center': 'Search' } },
    { id: 'd', cost: '3', accountId: '123' },
    { id: 'e', cost: '2', resourceId: 'arn:aws:rds:eu-west-1:1:db:orders-main' },
    { id: 'f', cost: '1', resourceId: 'i-0owned' },
    { id: 'g', cost: '0.70', resourceId: 'i-unknown' },
    { id: 'h', cost: '1.00', serviceName: 'AWS Support (Business)' },
  ];
  const rules: AllocationRule[] = [
    { kind: 'tag' },
    { kind: 'account', accounts: { '123': 'search' } },
    { kind: 'resource-glob', pattern: 'arn:aws:rds:*:db:orders-*', unit: 'orders' },
    { kind: 'ownership', owners: { 'i-0owned': 'payments-team' } },
  ];

  it('allocates by tag, account, glob and ownership; reports what is left', () => {
    const r = allocateCosts(lines, rules);
    expect(r.total).toBe('27.2');
    expect(r.units).toEqual({
      orders: { direct: '2', shared: '0', total: '2' },
      'payments-team': { direct: '16.5', shared: '0', total: '16.5' },
      search: { direct: '7', shared: '0', total: '7' },
    });
    expect(r.unallocated).toEqual({ total: '1.7', lines: 2, reasons: { 'no-rule': '1.7' } });
    expect(r.assignments.find((a) => a.id === 'c')).toEqual({ id: 'c', unit: 'search', via: 'tag#0' });
  });

  it('splits a shared pool evenly, by headcount and proportionally, exactly', () => {
    const pool = (split: SharedPool['split'], extra: Partial<SharedPool> = {}): SharedPool => ({
      name: 'support',
      match: { services: ['AWS Support (Business)'] },
      split,
      ...extra,
    });
    const even = allocateCosts(lines, rules, [pool('even')]);
    // 1.00 over three units: 0.34 + 0.33 + 0.33, the extra cent to the first by name.
    expect(Object.fromEntries(Object.entries(even.units).map(([u, a]) => [u, a.shared]))).toEqual({
      orders: '0.34',
      'payments-team': '0.33',
      search: '0.33',
    });
    const heads = allocateCosts(lines, rules, [
      pool('headcount', { headcount: { 'payments-team': 6, search: 3, orders: 0 } }),
    ]);
    expect(heads.units['payments-team']?.shared).toBe('0.67');
    expect(heads.units.search?.shared).toBe('0.33');
    expect(heads.units.orders?.shared).toBe('0');
    const prop = allocateCosts(lines, rules, [pool('proportional')]);
    // weights 2 : 16.5 : 7 of 25.5
    expect([
      prop.units.orders?.shared,
      prop.units['payments-team']?.shared,
      prop.units.search?.shared,
    ]).toEqual(['0.08', '0.65', '0.27']);
    const none = allocateCosts(lines, rules, [pool('headcount', { headcount: {} })]);
    expect(none.unallocated.reasons).toEqual({ 'no-rule': '0.7', 'shared:support': '1' });
    expect(none.unallocated.total).toBe('1.7');
  });

  it('splitExactly keeps signs and refuses negative weights', () => {
    expect(
      splitExactly(
        -10n,
        new Map([
          ['a', 1n],
          ['b', 1n],
          ['c', 1n],
        ]),
      ),
    ).toEqual(
      new Map([
        ['a', -4n],
        ['b', -3n],
        ['c', -3n],
      ]),
    );
    expect(splitExactly(5n, new Map([['a', 0n]]))).toBeNull();
    expect(() => splitExactly(5n, new Map([['a', -1n]]))).toThrow(RangeError);
  });

  it('property: allocated + unallocated always equals the input total, exactly (2,000 random cases)', () => {
    const teams = ['Payments-Team', 'payments_team', 'Search', 'orders', 'Core Platform'];
    for (let seed = 1; seed <= 2000; seed++) {
      const rnd = random(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
      const amount = () => {
        const digits = Math.floor(rnd() * 7);
        const units = BigInt(Math.floor(rnd() * 1e9)) - 300_000_000n;
        const s = (units < 0n ? -units : units).toString().padStart(digits + 1, '0');
        const text = digits ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s;
        return units < 0n ? `-${text}` : text;
      };
      const generated: CostLine[] = Array.from({ length: Math.floor(rnd() * 40) }, (_, i) => ({
        id: String(i),
        cost: amount(),
        tags: rnd() < 0.5 ? { [pick(['team', 'Team', 'owner', 'CostCenter', 'env'])]: pick(teams) } : null,
        accountId: rnd() < 0.3 ? pick(['1', '2', '3']) : null,
        resourceId: rnd() < 0.4 ? pick(['i-1', 'i-2', 'db-orders', 'bucket-logs']) : null,
        serviceName: rnd() < 0.3 ? pick(['Support', 'EC2', 'Shared Network']) : null,
      }));
      const pools: SharedPool[] = [
        {
          name: 'support',
          match: { services: ['Support'] },
          split: pick(['even', 'headcount', 'proportional'] as const),
          headcount: { search: 2, 'payments-team': 5 },
        },
        {
          name: 'net',
          match: { resourceGlobs: ['bucket-*'], accounts: ['3'] },
          split: pick(['even', 'proportional'] as const),
          units: rnd() < 0.5 ? ['orders', 'search', 'nobody'] : undefined,
        },
      ];
      const r = allocateCosts(
        generated,
        [
          { kind: 'tag' },
          { kind: 'account', accounts: { '1': 'search' } },
          { kind: 'resource-glob', pattern: 'db-*', unit: 'orders' },
        ],
        pools,
      );
      const input = sumDecimals(generated.map((l) => l.cost));
      const allocated = new DecimalSum();
      for (const u of Object.values(r.units)) allocated.add(u.total);
      allocated.add(r.unallocated.total);
      expect([seed, allocated.toString()]).toEqual([seed, input]);
      expect([seed, r.total]).toEqual([seed, input]);
    }
  });
});
