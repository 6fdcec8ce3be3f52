/**
 * The radar demo: it writes what it reports, places every demo technology in its ring with a dated
 * move for those that moved (direction from the ring order), is the same for the same seed, and owns
 * its watch list by the organization's leaders — at sizes s and m (the radar does not grow with size).
 */

import { afterEach, describe, expect, it } from 'vitest';
import { auditModule } from '../../platform/audit/audit.module.js';
import { authModule } from '../../platform/auth/auth.module.js';
import { seedDemo } from '../../platform/demo.js';
import { jobsModule } from '../../platform/jobs/jobs.module.js';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { orgModule } from '../org/org.module.js';
import { demoRadarDocument } from './radar.demo.js';
import { registerRadar } from './radar.registration.js';
import { getRadar } from './radar.service.js';
import { DEMO_QUADRANTS, DEMO_RINGS, DEMO_TECHNOLOGIES } from './strategy-demo-tech.js';
import { listWatchItems } from './watch-list.service.js';

const modules = [
  authModule,
  auditModule,
  jobsModule,
  orgModule,
  { name: 'strategy', register: registerRadar },
];
let t: TestPlatform | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('radar demo', () => {
  for (const size of ['s', 'm'] as const)
    it(`places the demo technologies with their history (size ${size})`, async () => {
      t = await startTestPlatform({ modules });
      const state = await seedDemo(t.ctx, { size, seed: 11 });
      const radar = await getRadar(t.ctx.db);
      expect(state.counts['radar.entries']).toBe(radar.entries.length);
      expect(radar.entries).toHaveLength(DEMO_TECHNOLOGIES.length);
      expect(state.counts['radar.moves']).toBe(radar.entries.reduce((n, e) => n + e.history.length, 0));
      expect(radar.quadrants.map((q) => q.name)).toEqual(DEMO_QUADRANTS);
      expect(radar.rings.map((r) => r.name)).toEqual(DEMO_RINGS);
      for (const tech of DEMO_TECHNOLOGIES) {
        const e = radar.entries.find((x) => x.key === tech.key)!;
        expect([e.name, e.quadrant, e.ring]).toEqual([tech.name, tech.quadrant, tech.ring]);
        if (tech.previousRing) {
          expect(e.history.map((m) => m.ring)).toEqual([tech.ring, tech.previousRing]);
          const inward = DEMO_RINGS.indexOf(tech.ring) < DEMO_RINGS.indexOf(tech.previousRing);
          expect(e.moved).toBe(inward ? 1 : -1);
          expect(e.history[0]!.date > e.history[1]!.date).toBe(true);
        } else expect(e.history).toHaveLength(1);
      }
      const watch = await listWatchItems(t.ctx.db);
      expect(watch.length).toBe(state.counts['radar.watch-list items']);
      expect(watch.length).toBeGreaterThanOrEqual(4);
      expect(watch.every((w) => w.ownerName !== null)).toBe(true);
    }, 120_000);

  it('is the same for the same seed and differs for another', () => {
    const a = demoRadarDocument(5, '2026-11-24');
    expect(demoRadarDocument(5, '2026-11-24')).toEqual(a);
    expect(demoRadarDocument(6, '2026-11-24')).not.toEqual(a);
    const dates = a.entries.flatMap((e) => e.timeline.map((m) => m.date));
    expect(dates.every((d) => d < '2026-11-24' && d > '2024-01-01')).toBe(true);
    expect(a.entries.some((e) => e.isNew)).toBe(true);
  });
});
