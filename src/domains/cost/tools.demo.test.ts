/** The demo register: deterministic for a seed, realistic at every size (pure; tools.test.ts seeds it in a database). */

import { describe, expect, it } from 'vitest';
import { nextRenewal } from './metrics/tool-renewals.js';
import { demoRegister } from './tools.demo.js';

const teams = [
  { slug: 'engineering', kind: 'department' },
  { slug: 'platform', kind: 'team' },
  { slug: 'payments', kind: 'team' },
  { slug: 'mobile', kind: 'team' },
];
const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    email: `p${i}@acme.example`,
    role:
      i === 0 ? 'cto' : i % 10 === 1 ? 'engineering manager' : i % 7 === 0 ? 'product manager' : 'engineer',
    teams: [teams[1 + (i % 3)]!.slug],
    active: i % 40 !== 39,
  }));

describe('the demo register', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = demoRegister(7, '2026-11-24', people(20), teams);
    expect(demoRegister(7, '2026-11-24', people(20), teams)).toEqual(a);
    expect(demoRegister(8, '2026-11-24', people(20), teams)).not.toEqual(a);
  });

  for (const size of [20, 150, 1000]) {
    it(`is realistic with ${size} people`, () => {
      const today = '2026-11-24';
      const { tools, seats } = demoRegister(7, today, people(size), teams);
      expect(tools.length).toBeGreaterThanOrEqual(25);
      expect(tools.length).toBeLessThanOrEqual(40);
      const statuses = tools.map(
        (t) =>
          nextRenewal(
            { renewalDate: t.renewalDate!, contractEnd: null, noticeDays: t.noticeDays!, autoRenew: true },
            today,
          )!.status,
      );
      expect(statuses.filter((s) => s === 'notice-passed').length).toBeGreaterThanOrEqual(2);
      expect(statuses.filter((s) => s === 'act-soon').length).toBeGreaterThanOrEqual(1);
      // Renewals spread over the next twelve months.
      const months = new Set(tools.map((t) => t.renewalDate!.slice(0, 7)));
      expect(months.size).toBeGreaterThanOrEqual(10);
      expect(tools.every((t) => t.renewalDate! > today && t.renewalDate! <= '2027-11-24')).toBe(true);
      expect(tools.every((t) => t.ownerEmail)).toBe(true);
      // Seats: never more than bought, a realistic share idle.
      for (const t of tools.filter((x) => x.seatsBought !== null)) {
        const held = seats.filter((s) => s.tool === `${t.vendor}/${t.product}`).length;
        expect(held).toBeLessThanOrEqual(t.seatsBought!);
      }
      const since = Date.parse(`${today}T00:00:00Z`) - 30 * 86_400_000;
      const idle =
        seats.filter((s) => !s.lastActive || Date.parse(s.lastActive) < since).length / seats.length;
      expect(idle).toBeGreaterThan(0.1);
      expect(idle).toBeLessThan(0.4);
      for (const [a, b] of [
        ['Jira Software', 'Linear'],
        ['Datadog', 'Grafana Cloud'],
        ['Confluence', 'Notion'],
      ])
        expect(tools.find((t) => t.product === a)!.category).toBe(
          tools.find((t) => t.product === b)!.category,
        );
    });
  }
});
