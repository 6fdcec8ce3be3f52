import { describe, expect, it } from 'vitest';
import { formatDuration } from './format';

const MIN = 60_000;
const H = 60 * MIN;

describe('formatDuration', () => {
  it('reads as minutes, hours under two days, then days and hours', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(20_000)).toBe('< 1 min');
    expect(formatDuration(45 * MIN)).toBe('45 min');
    expect(formatDuration(59.7 * MIN)).toBe('1 h');
    expect(formatDuration(27 * H)).toBe('27 h');
    expect(formatDuration(47.6 * H)).toBe('2 d');
    expect(formatDuration(27 * H + 24 * H * 2)).toBe('3 d 3 h');
    expect(formatDuration(71.8 * H)).toBe('3 d');
    expect(formatDuration(-2 * H)).toBe('−2 h');
  });
});
