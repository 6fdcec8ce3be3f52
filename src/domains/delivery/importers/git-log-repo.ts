/**
 * Running the `git` binary safely against a repository on disk, and finding out what kind of repository it
 * is (bare, shallow, partial clone).
 *
 * Every git call here is local-only: `protocol.allow=never` forbids every transport, so a partial clone's
 * lazy fetch of a missing object fails at once instead of reaching the network (`GIT_NO_LAZY_FETCH=1`
 * says the same to git >= 2.44). The caller's `GIT_*` variables (GIT_DIR from a hook, say) are dropped so
 * `-C <path>` decides the repository, and GIT_CEILING_DIRECTORIES stops git from walking up from a plain
 * directory into an enclosing repository.
 */
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The path is missing or is not a git repository (git's own words in `detail`). */
export class GitRepositoryError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`Not a git repository: ${path}${detail ? ` (${detail})` : ''}`);
    this.name = 'GitRepositoryError';
  }
}

/** A git command failed. */
export class GitCommandError extends Error {
  constructor(
    readonly path: string,
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(
      `git ${args.filter((a) => !a.startsWith('--format=')).join(' ')} failed in ${path} (exit ${exitCode}): ${
        stderr.trim().split('\n').slice(-3).join(' | ') || 'no message'
      }`,
    );
    this.name = 'GitCommandError';
  }
}

export interface GitRunOptions {
  /** The git executable; `git` on PATH by default. */
  gitBinary?: string;
}

/** Options placed before the subcommand on every call. */
export const SAFE_CONFIG = [
  '-c',
  'protocol.allow=never',
  '-c',
  'core.quotePath=false',
  '-c',
  'color.ui=false',
];

export function gitEnv(repoPath: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GIT_')) env[key] = value;
  }
  env.GIT_CEILING_DIRECTORIES = dirname(repoPath);
  env.GIT_NO_LAZY_FETCH = '1';
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_OPTIONAL_LOCKS = '0';
  env.GIT_NO_REPLACE_OBJECTS = '1';
  env.LC_ALL = 'C';
  return env;
}

export function absoluteRepoPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

export interface GitOutput {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs git to completion and returns its output (small outputs only: refs, config, rev-parse). */
export function runGit(
  repoPath: string,
  args: readonly string[],
  options: GitRunOptions & { input?: string } = {},
): Promise<GitOutput> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(options.gitBinary ?? 'git', [...SAFE_CONFIG, '-C', repoPath, ...args], {
      env: gitEnv(repoPath),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => {});
    child.on('error', reject);
    child.on('close', (code) =>
      resolvePromise({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.end(options.input ?? '');
  });
}

/** Runs git and returns stdout; throws GitCommandError on a non-zero exit. */
export async function gitOrThrow(
  repoPath: string,
  args: readonly string[],
  options: GitRunOptions & { input?: string } = {},
): Promise<string> {
  const result = await runGit(repoPath, args, options);
  if (result.code !== 0) throw new GitCommandError(repoPath, args, result.code, result.stderr);
  return result.stdout;
}

export interface GitRepositoryInfo {
  /** The absolute, real path that was given. */
  path: string;
  /** The git directory (`<path>/.git` for a normal clone, `<path>` for a bare one). */
  gitDir: string;
  bare: boolean;
  shallow: boolean;
  /** Names of the promisor remotes: non-empty for a partial (blobless, treeless) clone. */
  promisorRemotes: string[];
  partialClone: boolean;
  /** The object filters the clone was made with (`blob:none`), when git recorded them. */
  partialCloneFilters: string[];
  /** `--numstat` can be read without missing objects: false for a partial clone. */
  statsAvailable: boolean;
  /**
   * The `.mailmap` blob git would read (`mailmap.blob`, or `HEAD:.mailmap` in a bare repository) is not in
   * the local object store, so the reader tells git not to look for it (names stay unmapped by it).
   */
  mailmapBlobMissing: boolean;
}

function configValues(stdout: string): [string, string][] {
  return stdout
    .split('\0')
    .filter((entry) => entry !== '')
    .map((entry) => {
      const nl = entry.indexOf('\n');
      return nl < 0 ? [entry, ''] : [entry.slice(0, nl), entry.slice(nl + 1)];
    });
}

/** Checks that `path` is itself a git repository (not a folder inside one) and describes it. */
export async function inspectGitRepository(
  path: string,
  options: GitRunOptions = {},
): Promise<GitRepositoryInfo> {
  const repoPath = absoluteRepoPath(path);
  const probe = await runGit(
    repoPath,
    ['rev-parse', '--is-bare-repository', '--is-shallow-repository', '--absolute-git-dir'],
    options,
  ).catch((error: unknown) => {
    throw new GitRepositoryError(path, error instanceof Error ? error.message : String(error));
  });
  if (probe.code !== 0) {
    const detail = probe.stderr.trim().split('\n').pop() ?? '';
    throw new GitRepositoryError(path, detail.replace(/^fatal: /, ''));
  }
  const [bareText, shallowText, gitDir = ''] = probe.stdout.trim().split('\n');
  const bare = bareText === 'true';
  const config = await runGit(
    repoPath,
    [
      'config',
      '-z',
      '--get-regexp',
      '^(extensions\\.partialclone|remote\\..*\\.(promisor|partialclonefilter)|mailmap\\.blob)$',
    ],
    options,
  );
  const promisorRemotes = new Set<string>();
  const filters: string[] = [];
  let mailmapBlob: string | null = bare ? 'HEAD:.mailmap' : null;
  for (const [key, value] of configValues(config.stdout)) {
    const remote = /^remote\.(.+)\.(promisor|partialclonefilter)$/.exec(key);
    if (key === 'extensions.partialclone') promisorRemotes.add(value);
    else if (remote?.[2] === 'promisor' && value === 'true') promisorRemotes.add(remote[1]!);
    else if (remote?.[2] === 'partialclonefilter') filters.push(value);
    else if (key === 'mailmap.blob') mailmapBlob = value === '' ? null : value;
  }
  const partialClone = promisorRemotes.size > 0;
  let mailmapBlobMissing = false;
  if (partialClone && mailmapBlob) {
    // The tree entry may exist while its blob was filtered out of the clone.
    const spec = await runGit(repoPath, ['rev-parse', '--verify', '--quiet', mailmapBlob], options);
    if (spec.code === 0) {
      const check = await runGit(repoPath, ['cat-file', '--batch-check'], {
        ...options,
        input: `${mailmapBlob}\n`,
      });
      mailmapBlobMissing = !/ blob \d+\n?$/.test(check.stdout);
    }
  }
  return {
    path: repoPath,
    gitDir,
    bare,
    shallow: shallowText === 'true',
    promisorRemotes: [...promisorRemotes],
    partialClone,
    partialCloneFilters: filters,
    statsAvailable: !partialClone,
    mailmapBlobMissing,
  };
}

/** Which of `shas` name commits present in the local object store (never fetched). */
export async function existingCommits(
  repoPath: string,
  shas: readonly string[],
  options: GitRunOptions = {},
): Promise<Set<string>> {
  const wanted = [...new Set(shas.filter((s) => /^[0-9a-f]{4,64}$/i.test(s)))];
  if (wanted.length === 0) return new Set();
  const stdout = await gitOrThrow(repoPath, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
    ...options,
    input: `${wanted.join('\n')}\n`,
  });
  const found = new Set<string>();
  for (const line of stdout.split('\n')) {
    const [sha, type] = line.split(' ');
    if (sha && type === 'commit') found.add(sha);
  }
  return found;
}
