/**
 * Reads a git repository on disk into Quarterdeck: commits of every branch and tag (or the configured
 * ref patterns) through `git log` plumbing, their authors as identities, and — when the repository has a
 * release tag pattern — matching tags as production deployments. Incremental: the refs seen last time
 * are kept, a re-sync reads only commits not reachable from them, and nothing is read when no ref moved.
 * Force-pushed and deleted refs are reported; the commits they pointed at stay (they may have shipped).
 */

import path from 'node:path';
import type { Db } from '../../platform/db/database.js';
import {
  ensureRepositories,
  identityIds,
  matchWaitingIdentities,
  type SeenIdentity,
} from '../org/org-lookup.service.js';
import * as repo from './delivery.repo.js';
import { analyzeDeliveryTables } from './delivery-bulk.repo.js';
import { applyDeliveryInput, commitRows } from './delivery-import.service.js';
import { refreshDerived } from './deployment-mapping.service.js';
import type { CommitInput, DeploymentInput } from './importers/delivery-input.js';
import {
  compareGitRefs,
  DEFAULT_REF_PATTERNS,
  type GitCommit,
  type GitRef,
  inspectGitRepository,
  listGitRefs,
  readGitLog,
} from './importers/git-log.js';
import { runGit } from './importers/git-log-repo.js';

export interface GitSyncOptions {
  /** `owner/name`; default: from the origin remote, else the folder name. */
  repository?: string | undefined;
  refs?: string[] | undefined;
  /** Glob of tags that count as production deployments (`v*`). */
  releaseTagPattern?: string | undefined;
  /** Read everything again instead of only what is new. */
  full?: boolean | undefined;
  onProgress?: (done: number, total: number | null, message?: string) => void;
  signal?: AbortSignal | undefined;
}

export interface GitSyncReport {
  repository: string;
  repositoryId: number;
  commitsRead: number;
  commitsNew: number;
  refs: { created: number; deleted: number; fastForwarded: number; forced: number; unchanged: number };
  statsAvailable: boolean;
  partialClone: boolean;
  shallow: boolean;
  releases: number;
  nothingNew: boolean;
  counts: Record<string, number>;
}

/** `owner/name` from the origin remote's URL (HTTPS or SSH; GitLab subgroups kept), or null. */
export async function repositoryNameOf(repoPath: string): Promise<string | null> {
  const out = await runGit(repoPath, ['config', '--get', 'remote.origin.url']);
  const url = out.code === 0 ? out.stdout.trim() : '';
  if (!url) return null;
  const m = /^(?:[a-z+]+:\/\/[^/]+\/|[^@]+@[^:]+:)(.+?)(?:\.git)?\/?$/i.exec(url);
  if (m?.[1]?.includes('/')) return m[1];
  if (!/[:/]/.test(url)) return null;
  const local = /([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url);
  return local ? local[1]! : null;
}

const BATCH = 5000;

function toInput(c: GitCommit, repository: string): CommitInput {
  return {
    repository,
    sha: c.sha,
    parents: c.parents,
    author: { email: c.author.mappedEmail, name: c.author.mappedName },
    committer: { email: c.committer.mappedEmail, name: c.committer.mappedName },
    authoredAt: c.author.date,
    committedAt: c.committer.date,
    subject: c.subject,
    additions: c.stats?.additions ?? null,
    deletions: c.stats?.deletions ?? null,
    filesChanged: c.stats?.files ?? null,
    trailers: c.trailers,
    coAuthors: c.coAuthors.map((a) => ({ email: a.email, name: a.name })),
  };
}

/** Tags matching the pattern (git's fnmatch: `v*`, `[0-9]*`), with the date each was made (the tagger's date, or the commit's for a light tag). */
async function releaseTags(
  repoPath: string,
  pattern: string,
): Promise<{ name: string; commit: string; date: string }[]> {
  const out = await runGit(repoPath, [
    'for-each-ref',
    '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(creatordate:iso-strict)',
    `refs/tags/${pattern}`,
  ]);
  if (out.code !== 0) return [];
  return out.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [name = '', sha = '', peeled = '', date = ''] = line.split('\0');
      return { name, commit: peeled || sha, date: new Date(date).toISOString() };
    });
}

export async function syncGitRepository(
  db: Db,
  repoPath: string,
  options: GitSyncOptions = {},
): Promise<GitSyncReport> {
  const progress = options.onProgress ?? (() => {});
  const info = await inspectGitRepository(repoPath);
  const name =
    options.repository ??
    (await repositoryNameOf(info.path)) ??
    path.basename(info.path).replace(/\.git$/, '');
  const repos = await ensureRepositories(db, [{ name }], 'git');
  const repositoryId = repos.get(name.toLowerCase())!.id;
  const settings = await repo.deliveryRepository(db, repositoryId);
  const refPatterns = options.refs ?? settings?.ref_patterns ?? [...DEFAULT_REF_PATTERNS];
  const releasePattern = options.releaseTagPattern ?? settings?.release_tag_pattern ?? null;

  const before: GitRef[] = options.full
    ? []
    : (await repo.gitRefsOf(db, repositoryId)).map((r) => ({
        name: r.name,
        sha: r.sha,
        objectType: 'commit',
        commit: r.commit_sha,
        symref: null,
      }));
  const now = await listGitRefs(info.path, refPatterns);
  const changes = await compareGitRefs(info.path, before, now);
  const refs = {
    created: changes.created.length,
    deleted: changes.deleted.length,
    fastForwarded: changes.fastForwarded.length,
    forced: changes.forced.length,
    unchanged: changes.unchanged.length,
  };
  const moved = refs.created + refs.deleted + refs.fastForwarded + refs.forced;
  const report: GitSyncReport = {
    repository: repos.get(name.toLowerCase())!.name,
    repositoryId,
    commitsRead: 0,
    commitsNew: 0,
    refs,
    statsAvailable: info.statsAvailable,
    partialClone: info.partialClone,
    shallow: info.shallow,
    releases: 0,
    nothingNew: moved === 0 && before.length > 0,
    counts: {},
  };

  if (!report.nothingNew) {
    progress(0, null, 'reading commits');
    const since = before.map((r) => r.commit ?? r.sha);
    let batch: CommitInput[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const seen: SeenIdentity[] = [];
      for (const c of batch) {
        for (const a of [c.author, c.committer!, ...(c.coAuthors ?? [])]) {
          if (a.email) seen.push({ kind: 'git', value: a.email, name: a.name ?? null });
        }
      }
      const ids = await identityIds(db, seen, { match: false });
      report.commitsNew += await repo.upsertCommits(db, commitRows(batch, repos, ids, 'git'));
      batch = [];
    };
    for await (const c of readGitLog(info.path, {
      refs: refPatterns,
      since,
      repository: info,
      ...(options.signal ? { signal: options.signal } : {}),
    })) {
      batch.push(toInput(c, name));
      report.commitsRead++;
      if (batch.length >= BATCH) {
        await flush();
        progress(report.commitsRead, null, 'commits read');
      }
    }
    await flush();
    await matchWaitingIdentities(db);
    // The embedded database has no autovacuum: refresh the planner's statistics after a large import.
    if (report.commitsNew >= 10_000) await analyzeDeliveryTables(db);
    progress(report.commitsRead, report.commitsRead, 'commits read');
    await repo.replaceGitRefs(
      db,
      repositoryId,
      now.map((r) => ({ name: r.name, sha: r.sha, commit_sha: r.commit })),
    );
  }

  const deployments: DeploymentInput[] = [];
  if (releasePattern && (!report.nothingNew || options.releaseTagPattern)) {
    for (const t of await releaseTags(info.path, releasePattern)) {
      deployments.push({
        id: `${name.toLowerCase()}@${t.name}`,
        repository: name,
        environment: 'production',
        sha: t.commit,
        ref: `refs/tags/${t.name}`,
        status: 'success',
        createdAt: t.date,
        finishedAt: t.date,
        name: t.name,
      });
    }
    report.releases = deployments.length;
  }
  if (deployments.length) {
    const applied = await applyDeliveryInput(db, { source: 'git-tags', deployments });
    Object.assign(report.counts, applied.counts);
  } else if (!report.nothingNew) {
    Object.assign(
      report.counts,
      await refreshDerived(db, { repositoryIds: [repositoryId], incidents: false }),
    );
  }
  await repo.saveDeliveryRepository(db, {
    repository_id: repositoryId,
    git_path: info.path,
    ref_patterns: options.refs ?? settings?.ref_patterns ?? null,
    release_tag_pattern: releasePattern,
    last_synced_at: new Date().toISOString(),
    last_sync_summary: { commitsRead: report.commitsRead, commitsNew: report.commitsNew, refs },
  });
  return report;
}
