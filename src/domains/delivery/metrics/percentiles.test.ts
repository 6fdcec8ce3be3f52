import { describe, expect, it } from 'vitest';
import { median, quantile, summarize } from './percentiles.js';

describe('percentiles', () => {
  it('an empty list has no median or percentile', () => {
    expect(median([])).toBeNull();
    expect(quantile([], 0.9)).toBeNull();
    expect(summarize([])).toEqual({ count: 0, median: null, p75: null, p90: null });
  });

  it('even count: the median is the mean of the two middle values; percentiles interpolate', () => {
    // sorted 1 2 3 4; median (2 + 3) / 2 = 2.5
    // p75: h = 3 × 0.75 = 2.25 → x[2] + 0.25 × (x[3] − x[2]) = 3 + 0.25 = 3.25
    // p90: h = 3 × 0.9 = 2.7 → 3 + 0.7 × 1 = 3.7
    const s = summarize([4, 2, 1, 3]);
    expect(s.count).toBe(4);
    expect(s.median).toBe(2.5);
    expect(s.p75).toBeCloseTo(3.25, 12);
    expect(s.p90).toBeCloseTo(3.7, 12);
  });

  it('odd count: the median is the middle value', () => {
    // sorted 1 3 5; p75: h = 2 × 0.75 = 1.5 → 3 + 0.5 × 2 = 4; p90: h = 1.8 → 3 + 0.8 × 2 = 4.6
    expect(summarize([5, 1, 3])).toEqual({ count: 3, median: 3, p75: 4, p90: expect.closeTo(4.6, 12) });
    expect(quantile([5, 1, 3], 0)).toBe(1);
    expect(quantile([5, 1, 3], 1)).toBe(5);
    expect(summarize([7])).toEqual({ count: 1, median: 7, p75: 7, p90: 7 });
  });

  it('refuses a quantile outside 0–1', () => {
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => quantile([1], Number.NaN)).toThrow(RangeError);
  });
});
