import { describe, expect, it } from 'vitest';
import { daysBefore, parseScope, scopeSearch } from './scope';

const NOW = new Date('2026-11-23T15:00:00Z');

describe('the scope in the URL', () => {
  it('defaults to the last 90 days up to today, all teams', () => {
    expect(parseScope(new URLSearchParams(), NOW)).toEqual({
      from: '2026-08-25',
      to: '2026-11-23',
      team: null,
      preset: 90,
      explicit: false,
    });
  });

  it('reads a preset range, a custom range and a team', () => {
    const preset = parseScope(new URLSearchParams('from=2026-10-24&to=2026-11-23&team=8'), NOW);
    expect(preset).toMatchObject({ preset: 30, team: 8, explicit: true });
    const custom = parseScope(new URLSearchParams('from=2026-11-10&to=2026-11-20'), NOW);
    expect(custom).toMatchObject({ from: '2026-11-10', to: '2026-11-20', preset: null });
  });

  it('ignores values it cannot use rather than failing', () => {
    const bad = parseScope(new URLSearchParams('from=yesterday&to=2026-13-45&team=-3'), NOW);
    expect(bad).toMatchObject({ from: '2026-08-25', to: '2026-11-23', team: null });
    const reversed = parseScope(new URLSearchParams('from=2026-11-20&to=2026-11-10'), NOW);
    expect(reversed).toMatchObject({ from: daysBefore('2026-11-10', 90), to: '2026-11-10' });
  });

  it('keeps only the scope when building links to other pages', () => {
    expect(scopeSearch(new URLSearchParams('q=ada&from=2026-11-01&team=3&offset=50'))).toBe(
      '?from=2026-11-01&team=3',
    );
    expect(scopeSearch(new URLSearchParams('q=ada'))).toBe('');
  });
});
