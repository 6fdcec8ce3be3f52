/**
 * The streaming git reader the delivery importers use: commits of a repository on disk (bare or normal
 * clone, partial clones too), read through `git log` with a NUL-separated format, yielded one at a time
 * as git prints them, so the whole history is never held in memory.
 *
 *   for await (const commit of readGitLog('/srv/repos/api.git', { since: previousTips })) { ... }
 *
 * - Refs: every branch, tag and remote-tracking branch by default, or the `refs` globs given.
 * - Incremental: `since` lists commits already imported (the ref tips of the previous sync are enough);
 *   they and everything reachable from them are left out. Unknown shas (a force-pushed branch whose old
 *   commits were garbage-collected) are ignored. Use `listGitRefs`/`compareGitRefs` to see which branches
 *   moved, were deleted or were force-pushed.
 * - Stats: `--numstat` per commit (lines added/deleted per file, renames followed). Merges get none by
 *   default, as in `git log`; `mergeStats: true` diffs a merge against its first parent. In a partial
 *   clone the blobs a diff needs are missing and git would fetch them, so stats are not read there:
 *   `stats` is null on every commit (and `inspectGitRepository().statsAvailable` says so); no network
 *   access and no failure.
 * - `.mailmap`: git applies it itself; each signature carries the raw and the mapped name and e-mail.
 */
import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { type GitCommit, GitLogParser, gitLogFormat } from './git-log-parse.js';
import { DEFAULT_REF_PATTERNS } from './git-log-refs.js';
import {
  existingCommits,
  GitCommandError,
  type GitRepositoryInfo,
  type GitRunOptions,
  gitEnv,
  inspectGitRepository,
  SAFE_CONFIG,
} from './git-log-repo.js';

export type {
  GitCommit,
  GitCommitStats,
  GitFileStat,
  GitIdentity,
  GitSignature,
  GitTrailer,
} from './git-log-parse.js';
export { GitLogParser, gitLogFormat } from './git-log-parse.js';
export type { GitRef, GitRefChanges } from './git-log-refs.js';
export { compareGitRefs, DEFAULT_REF_PATTERNS, diffGitRefs, listGitRefs } from './git-log-refs.js';
export type { GitRepositoryInfo, GitRunOptions } from './git-log-repo.js';
export { GitCommandError, GitRepositoryError, inspectGitRepository } from './git-log-repo.js';

export interface ReadGitLogOptions extends GitRunOptions {
  /**
   * Ref globs to read (`refs/heads/release/*`); a pattern without `*`, `?` or `[` means everything under
   * it. Default: branches, tags and remote-tracking branches.
   */
  refs?: readonly string[];
  /** Commits already known: they and their ancestors are not read again. */
  since?: readonly string[];
  /** Read `--numstat` file stats (default true; always off in a partial clone). */
  stats?: boolean;
  /** Also read stats of merge commits, against their first parent (default false, as git). */
  mergeStats?: boolean;
  /** Follow renames in stats, so a moved file is not a whole-file delete plus add (default true). */
  renames?: boolean;
  /** Ask git for `.mailmap`-mapped names and e-mails (default true). */
  mailmap?: boolean;
  /** Called with the number of commits read so far, every `progressEvery` commits and at the end. */
  onProgress?: (count: number) => void;
  progressEvery?: number;
  /** Stops the read (the generator throws the signal's reason). */
  signal?: AbortSignal;
  /** The result of an earlier `inspectGitRepository` of the same path, to skip that step. */
  repository?: GitRepositoryInfo;
}

/** The `git log` arguments the reader uses (after `git -C <path>`); exported for benchmarks. */
export function gitLogArgs(
  info: Pick<GitRepositoryInfo, 'statsAvailable' | 'mailmapBlobMissing'>,
  options: Omit<ReadGitLogOptions, 'since' | 'repository'> = {},
): string[] {
  const mapped = options.mailmap ?? true;
  const stats = (options.stats ?? true) && info.statsAvailable;
  const args = [
    ...(mapped && info.mailmapBlobMissing ? ['-c', 'mailmap.blob='] : []),
    'log',
    '-z',
    `--format=${gitLogFormat(mapped)}`,
    '--encoding=UTF-8',
    '--no-color',
    '--no-notes',
    '--no-show-signature',
    '--no-use-mailmap',
  ];
  if (stats) {
    args.push('--numstat', '--root', '--no-ext-diff', '--no-textconv');
    args.push(options.renames === false ? '--no-renames' : '--find-renames');
    args.push(options.mergeStats ? '--diff-merges=first-parent' : '--diff-merges=off');
  }
  for (const pattern of options.refs ?? DEFAULT_REF_PATTERNS) args.push(`--glob=${pattern}`);
  args.push('--stdin');
  return args;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new Error('The git read was aborted');
}

/** Streams the commits of the repository at `path` in `git log`'s order (newest commit date first). */
export async function* readGitLog(path: string, options: ReadGitLogOptions = {}): AsyncGenerator<GitCommit> {
  const info = options.repository ?? (await inspectGitRepository(path, options));
  const known = options.since?.length ? await existingCommits(info.path, options.since, options) : new Set();
  const args = gitLogArgs(info, options);
  const mapped = options.mailmap ?? true;
  const stats = (options.stats ?? true) && info.statsAvailable;
  const parser = new GitLogParser({ mapped, stats, mergeStats: options.mergeStats ?? false });
  const signal = options.signal;
  if (signal?.aborted) throw abortError(signal);

  const child = spawn(options.gitBinary ?? 'git', [...SAFE_CONFIG, '-C', info.path, ...args], {
    env: gitEnv(info.path),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    if (stderr.length < 65_536) stderr += text;
  });
  child.stdin.on('error', () => {});
  const exited = new Promise<number | null>((resolveExit, rejectExit) => {
    child.on('error', rejectExit);
    child.on('close', (code) => resolveExit(code));
  });
  exited.catch(() => {});
  const onAbort = () => child.kill();
  signal?.addEventListener('abort', onAbort, { once: true });
  child.stdin.end([...known].map((sha) => `^${sha}\n`).join(''));

  const every = Math.max(1, options.progressEvery ?? 1000);
  let count = 0;
  const counted = () => {
    if (++count % every === 0) options.onProgress?.(count);
  };
  let finished = false;
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      for (const commit of parser.push(decoder.write(chunk))) {
        yield commit;
        counted();
      }
    }
    if (signal?.aborted) throw abortError(signal);
    const code = await exited;
    if (code !== 0) throw new GitCommandError(info.path, args, code, stderr);
    for (const commit of [...parser.push(decoder.end()), ...parser.end()]) {
      yield commit;
      counted();
    }
    if (count === 0 || count % every !== 0) options.onProgress?.(count);
    finished = true;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (!finished && child.exitCode === null) child.kill();
  }
}

/** Reads every commit into an array: for small repositories and tests. */
export async function readAllGitCommits(path: string, options: ReadGitLogOptions = {}): Promise<GitCommit[]> {
  const commits: GitCommit[] = [];
  for await (const commit of readGitLog(path, options)) commits.push(commit);
  return commits;
}
