import { describe, expect, it } from 'vitest';
import type { RadarEntryRef } from './radar.repo.js';
import { behind, buildMatcher, globToRegExp, versionNumbers } from './stack-match.js';

const entry = (
  id: number,
  key: string,
  name: string,
  stance: RadarEntryRef['stance'] = 'adopt',
): RadarEntryRef => ({
  id,
  key,
  name,
  quadrant: 'Tools',
  ring: stance,
  stance,
});
const entries = [
  entry(1, 'react', 'React'),
  entry(2, 'postgresql', 'PostgreSQL'),
  entry(3, 'node-js', 'Node.js'),
  entry(4, 'angularjs', 'AngularJS', 'hold'),
];

describe('buildMatcher', () => {
  it('applies rules in order before the exact-name default', () => {
    const match = buildMatcher(
      [
        { ecosystem: 'docker', pattern: 'postgres', entryKey: 'postgresql' },
        { ecosystem: '*', pattern: 'pg*', entryKey: 'postgresql' },
        { ecosystem: 'npm', pattern: 'angular', entryKey: 'angularjs' },
        { ecosystem: 'npm', pattern: 'x', entryKey: 'not-on-the-radar' },
      ],
      entries,
    );
    expect(match('docker', 'postgres')?.entry.key).toBe('postgresql');
    expect(match('npm', 'pg')?.via).toBe('rule *:pg*');
    expect(match('npm', 'PGX')?.entry.key).toBe('postgresql');
    expect(match('npm', 'angular')?.entry.key).toBe('angularjs');
    expect(match('npm', 'react')).toMatchObject({ via: 'name', entry: { key: 'react' } });
    expect(match('docker', 'library/node')).toBeNull();
    expect(match('docker', 'node.js')?.entry.key).toBe('node-js');
    expect(match('go', 'github.com/jackc/pgx/v5')).toBeNull();
    expect(match('npm', '@acme/react')?.entry.key).toBe('react');
    expect(match('npm', 'x')).toBeNull();
    expect(match('npm', 'react-dom')).toBeNull();
  });

  it('globs match whole names, case-insensitively', () => {
    expect(globToRegExp('@aws-sdk/*').test('@aws-sdk/client-s3')).toBe(true);
    expect(globToRegExp('a?c').test('abc')).toBe(true);
    expect(globToRegExp('a.c').test('abc')).toBe(false);
  });
});

describe('versions', () => {
  it('reads numbers from versions and requirements and says how far behind', () => {
    expect(versionNumbers('^18.3.1')).toEqual([18, 3, 1]);
    expect(versionNumbers('==5.1.2')).toEqual([5, 1, 2]);
    expect(versionNumbers('v0.4.47')).toEqual([0, 4, 47]);
    expect(versionNumbers('latest')).toBeNull();
    expect(behind([17, 0, 2], [19, 1, 0])).toEqual({ unit: 'major', count: 2 });
    expect(behind([19, 0], [19, 1, 0])).toEqual({ unit: 'minor', count: 1 });
    expect(behind([19, 1, 0], [19, 1, 0])).toEqual({ unit: null, count: 0 });
  });
});
