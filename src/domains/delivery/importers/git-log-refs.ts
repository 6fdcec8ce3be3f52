/**
 * The refs of a repository (branches, tags, remote-tracking branches) and how they changed between two
 * syncs: created, deleted, moved forward, or force-pushed (the old tip is no longer an ancestor of the new).
 */
import {
  absoluteRepoPath,
  type GitRunOptions,
  gitOrThrow,
  inspectGitRepository,
  runGit,
} from './git-log-repo.js';

/** Branches, tags and remote-tracking branches; notes, stashes and `refs/pull/*` are left out. */
export const DEFAULT_REF_PATTERNS: readonly string[] = ['refs/heads', 'refs/tags', 'refs/remotes'];

export interface GitRef {
  /** Full name: `refs/heads/main`, `refs/tags/v1.0`, `refs/remotes/origin/main`. */
  name: string;
  /** The object the ref points at (a tag object for an annotated tag). */
  sha: string;
  objectType: string;
  /** The commit an annotated tag points at; for other refs equal to `sha` when it is a commit, else null. */
  commit: string | null;
  /** For a symbolic ref (`refs/remotes/origin/HEAD`), the ref it points to; null otherwise. */
  symref: string | null;
}

const REF_FORMAT = '%(refname)%00%(objectname)%00%(objecttype)%00%(*objectname)%00%(*objecttype)%00%(symref)';

function toPrefix(pattern: string): string {
  return /[*?[]/.test(pattern) ? pattern : pattern.replace(/\/?$/, '/');
}

/** Lists the refs matching `patterns` (for-each-ref patterns; default DEFAULT_REF_PATTERNS), sorted by name. */
export async function listGitRefs(
  path: string,
  patterns: readonly string[] = DEFAULT_REF_PATTERNS,
  options: GitRunOptions = {},
): Promise<GitRef[]> {
  const info = await inspectGitRepository(path, options);
  const stdout = await gitOrThrow(
    info.path,
    ['for-each-ref', '--sort=refname', `--format=${REF_FORMAT}`, ...patterns.map(toPrefix)],
    options,
  );
  const refs: GitRef[] = [];
  for (const line of stdout.split('\n')) {
    if (line === '') continue;
    const [name = '', sha = '', objectType = '', peeled = '', peeledType = '', symref = ''] =
      line.split('\0');
    let commit: string | null = null;
    if (objectType === 'commit') commit = sha;
    else if (peeledType === 'commit') commit = peeled;
    refs.push({ name, sha, objectType, commit, symref: symref === '' ? null : symref });
  }
  return refs;
}

export interface GitRefChange {
  name: string;
  before: string | null;
  after: string | null;
}

export interface GitRefChanges {
  created: GitRefChange[];
  deleted: GitRefChange[];
  /** Moved to a commit that descends from the old tip (an ordinary push). */
  fastForwarded: GitRefChange[];
  /** Moved to a commit that does not contain the old tip (a force-push, a rewritten tag). */
  forced: GitRefChange[];
  unchanged: GitRefChange[];
}

/** Compares two ref listings by name and target commit; `updated` has every ref whose target moved. */
export function diffGitRefs(
  before: readonly GitRef[],
  after: readonly GitRef[],
): { created: GitRefChange[]; deleted: GitRefChange[]; updated: GitRefChange[]; unchanged: GitRefChange[] } {
  const target = (ref: GitRef) => ref.commit ?? ref.sha;
  const old = new Map(before.map((ref) => [ref.name, target(ref)]));
  const now = new Map(after.map((ref) => [ref.name, target(ref)]));
  const result = {
    created: [] as GitRefChange[],
    deleted: [] as GitRefChange[],
    updated: [] as GitRefChange[],
    unchanged: [] as GitRefChange[],
  };
  for (const [name, sha] of now) {
    const was = old.get(name);
    if (was === undefined) result.created.push({ name, before: null, after: sha });
    else if (was === sha) result.unchanged.push({ name, before: was, after: sha });
    else result.updated.push({ name, before: was, after: sha });
  }
  for (const [name, sha] of old) {
    if (!now.has(name)) result.deleted.push({ name, before: sha, after: null });
  }
  return result;
}

/**
 * Classifies how refs moved since `before` (a listing kept from the previous sync) up to `after` (default:
 * the refs now). An old tip that no longer exists in the repository counts as forced.
 */
export async function compareGitRefs(
  path: string,
  before: readonly GitRef[],
  after?: readonly GitRef[],
  options: GitRunOptions = {},
): Promise<GitRefChanges> {
  const current = after ?? (await listGitRefs(path, DEFAULT_REF_PATTERNS, options));
  const diff = diffGitRefs(before, current);
  const repoPath = absoluteRepoPath(path);
  const fastForwarded: GitRefChange[] = [];
  const forced: GitRefChange[] = [];
  for (const change of diff.updated) {
    const check = await runGit(
      repoPath,
      ['merge-base', '--is-ancestor', change.before ?? '', change.after ?? ''],
      options,
    );
    (check.code === 0 ? fastForwarded : forced).push(change);
  }
  return { created: diff.created, deleted: diff.deleted, fastForwarded, forced, unchanged: diff.unchanged };
}
