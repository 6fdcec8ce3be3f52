import { describe, expect, it } from 'vitest';
import { githubDeploymentOutcome, globToRegExp, messageTrailers } from './github-map.js';
import type { GithubDeploymentStatus } from './github-schemas.js';

function status(id: number, state: GithubDeploymentStatus['state'], minute: number): GithubDeploymentStatus {
  const at = `2024-05-10T12:${String(minute).padStart(2, '0')}:00Z`;
  return {
    id,
    state,
    created_at: at,
    log_url: `https://ci.example/${id}`,
    target_url: null,
    environment_url: null,
  };
}

describe('githubDeploymentOutcome', () => {
  it('takes the latest status, whatever the order GitHub lists them in', () => {
    expect(
      githubDeploymentOutcome([status(3, 'success', 9), status(1, 'queued', 1), status(2, 'in_progress', 2)]),
    ).toEqual({
      status: 'success',
      startedAt: '2024-05-10T12:02:00Z',
      finishedAt: '2024-05-10T12:09:00Z',
      url: 'https://ci.example/3',
    });
    expect(githubDeploymentOutcome([status(1, 'pending', 1)])).toMatchObject({
      status: 'queued',
      finishedAt: null,
    });
    expect(githubDeploymentOutcome([])).toBeNull();
  });

  it('reads inactive as the final status before it, or cancelled when there was none', () => {
    expect(githubDeploymentOutcome([status(1, 'failure', 3), status(2, 'inactive', 7)])).toMatchObject({
      status: 'failure',
      finishedAt: '2024-05-10T12:03:00Z',
    });
    expect(githubDeploymentOutcome([status(1, 'queued', 3), status(2, 'inactive', 7)])).toMatchObject({
      status: 'cancelled',
      finishedAt: '2024-05-10T12:07:00Z',
    });
  });
});

describe('globToRegExp', () => {
  it('matches tags as shells do, with * crossing slashes', () => {
    const cases: Array<[string, string, boolean]> = [
      ['v*', 'v1.2.0', true],
      ['v*', 'nightly-1', false],
      ['v[0-9]*', 'v1.3.0-rc.1', true],
      ['v[0-9]*', 'vNext', false],
      ['v[!0-9]*', 'vNext', true],
      ['{v,release-}*', 'release-2024.05', true],
      ['{v,release-}*', 'r1', false],
      ['v?.?', 'v1.2', true],
      ['v?.?', 'v1x2', false],
      ['releases/*', 'releases/v1/hotfix', true],
      ['v1.2', 'v1x2', false],
    ];
    for (const [glob, tag, expected] of cases)
      expect([glob, tag, globToRegExp(glob).test(tag)]).toEqual([glob, tag, expected]);
    expect(() => globToRegExp('{v,release-*')).toThrow(/Unbalanced/);
  });
});

describe('messageTrailers', () => {
  it('reads the last paragraph when it is all trailers', () => {
    expect(messageTrailers('Body text.\n\nCo-authored-by: A <a@x>\nReviewed-by: B <b@x>')).toEqual([
      { key: 'Co-authored-by', value: 'A <a@x>' },
      { key: 'Reviewed-by', value: 'B <b@x>' },
    ]);
    expect(messageTrailers('Just a body: with a colon\nand more text')).toEqual([]);
    expect(messageTrailers('')).toEqual([]);
  });
});
