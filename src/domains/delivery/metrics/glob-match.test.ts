import { describe, expect, it } from 'vitest';
import { globMatch, matchesAny } from './glob-match.js';

describe('globMatch', () => {
  it('is case-insensitive, anchored, with * for any run of characters', () => {
    expect(globMatch('bug', 'Bug')).toBe(true);
    expect(globMatch('bug', 'debug')).toBe(false);
    expect(globMatch('*bug*', 'debug')).toBe(true);
    expect(globMatch('sev-*', 'SEV-')).toBe(true); // * also matches nothing
    expect(globMatch('a*c', 'abbbc')).toBe(true);
    expect(globMatch('a*c', 'abcd')).toBe(false);
  });

  it('takes every other character literally', () => {
    expect(globMatch('claude[bot]', 'claude[bot]')).toBe(true);
    expect(globMatch('claude[bot]', 'claudeb')).toBe(false);
    expect(globMatch('a.b', 'axb')).toBe(false);
    expect(globMatch('aider (*)', 'aider (gpt-4o)')).toBe(true);
    expect(matchesAny(['x', 'y*'], ' Yes ')).toBe(true);
    expect(matchesAny([], 'x')).toBe(false);
  });
});
