import { describe, expect, it } from 'vitest';
import { loginPath, safeNext } from './login-path';

describe('coming back after sign-in', () => {
  it('carries the page and the reason', () => {
    expect(loginPath('/org/people?q=ada', 'session-ended')).toBe(
      '/login?next=%2Forg%2Fpeople%3Fq%3Dada&reason=session-ended',
    );
    expect(loginPath('/')).toBe('/login');
  });

  it('only ever returns to a page of this app', () => {
    expect(safeNext('/org/teams?team=3')).toBe('/org/teams?team=3');
    for (const bad of [
      null,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/login',
      '/api/v1/x',
    ]) {
      expect(safeNext(bad)).toBe('/');
    }
  });
});
