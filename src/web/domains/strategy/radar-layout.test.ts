import { describe, expect, it } from 'vitest';
import {
  BLIP_RADIUS,
  hashKey,
  LABEL_BAND,
  type LayoutEntry,
  layoutBlips,
  quadrantAngles,
  ringRadii,
  textOn,
} from './radar-layout';

/** Forty entries spread over every quadrant and ring, more in the outer rings (as real radars have). */
const entries: LayoutEntry[] = Array.from({ length: 40 }, (_, i) => ({
  key: `tech-${i}`,
  name: `Technology ${String(i).padStart(2, '0')}`,
  quadrant: i % 4,
  ring: [0, 1, 1, 2, 2, 3, 3, 3][i % 8]!,
}));

describe('radar layout', () => {
  it('keeps each blip inside its quadrant and ring', () => {
    const radii = ringRadii(4);
    expect(radii).toEqual([130, 220, 310, 400]);
    for (const b of layoutBlips(entries, 4)) {
      const r = Math.hypot(b.x, b.y);
      expect(r).toBeLessThanOrEqual(radii[b.ring]! - BLIP_RADIUS + 0.1);
      if (b.ring > 0) expect(r).toBeGreaterThanOrEqual(radii[b.ring - 1]! + BLIP_RADIUS - 0.1);
      const [a0, a1] = quadrantAngles(b.quadrant);
      let angle = Math.atan2(b.y, b.x);
      if (angle < a0 - 1e-9) angle += 2 * Math.PI;
      expect(angle).toBeGreaterThanOrEqual(a0);
      expect(angle).toBeLessThanOrEqual(a1);
    }
  });

  it('keeps the band of the ring names clear', () => {
    for (const b of layoutBlips(entries, 4))
      if (b.y < 0) expect(Math.abs(b.x)).toBeGreaterThanOrEqual(LABEL_BAND + BLIP_RADIUS);
  });

  it('does not overlap blips when the ring has room', () => {
    const blips = layoutBlips(entries, 4);
    for (const a of blips)
      for (const b of blips)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * BLIP_RADIUS);
  });

  it('is deterministic, numbered in legend order, and independent of input order', () => {
    const one = layoutBlips(entries, 4);
    const two = layoutBlips([...entries].reverse(), 4);
    expect(two).toEqual(one);
    expect(one.map((b) => b.number)).toEqual(one.map((_, i) => i + 1));
    expect(one[0]).toMatchObject({ quadrant: 0, ring: 0 });
    expect(hashKey('kotlin')).not.toBe(hashKey('kotlim'));
  });

  it('chooses readable text on each ring colour', () => {
    expect(textOn('#C7BA00')).toBe('#111');
    expect(textOn('#1f55c0')).toBe('#fff');
    expect(textOn('not a colour')).toBe('#fff');
  });
});
