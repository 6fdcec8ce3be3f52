/**
 * Builds real git repositories with the `git` binary for tests: a clean environment (no user or system
 * config), commits at fixed times, files written and staged.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function cleanGitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Ada Dev',
    GIT_AUTHOR_EMAIL: 'ada@old.example',
    GIT_COMMITTER_NAME: 'Ci Bot',
    GIT_COMMITTER_EMAIL: 'ci@example.com',
    ...extra,
  };
}

export function git(cwd: string, args: string[], extra: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd, env: cleanGitEnv(extra), encoding: 'utf8' });
}

/** A commit at a fixed time; `date` is ISO with an offset. Returns its sha. */
export function commitAt(
  repo: string,
  message: string,
  date: string,
  extra: Record<string, string> = {},
): string {
  git(repo, ['commit', '-q', '--allow-empty', '--allow-empty-message', '-m', message], {
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    ...extra,
  });
  return git(repo, ['rev-parse', 'HEAD']).trim();
}

export function writeAndAdd(repo: string, file: string, text: string | Buffer): void {
  mkdirSync(join(repo, file, '..'), { recursive: true });
  writeFileSync(join(repo, file), text);
  git(repo, ['add', '--', file]);
}
