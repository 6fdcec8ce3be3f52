import { describe, expect, it } from 'vitest';
import { formatDuration, formatRelative } from './format';

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

describe('formatRelative', () => {
  const now = Date.parse('2026-05-20T12:00:00Z');
  const at = (ms: number) => new Date(now + ms).toISOString();
  it('says how long ago, in the largest whole unit', () => {
    const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
    expect(formatRelative(null, now)).toBe('—');
    expect(formatRelative(at(-20_000), now)).toBe(rtf.format(0, 'second'));
    expect(formatRelative(at(-5 * MIN), now)).toBe(rtf.format(-5, 'minute'));
    expect(formatRelative(at(-3 * H), now)).toBe(rtf.format(-3, 'hour'));
    expect(formatRelative(at(-3 * 24 * H), now)).toBe(rtf.format(-3, 'day'));
    expect(formatRelative(at(-10 * 24 * H), now)).toBe(rtf.format(-1, 'week'));
    expect(formatRelative(at(-400 * 24 * H), now)).toBe(rtf.format(-1, 'year'));
    expect(formatRelative(at(2 * H), now)).toBe(rtf.format(2, 'hour'));
  });
});
