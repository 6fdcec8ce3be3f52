/**
 * Repository sync of decision records: for a local clone (bare or not; see delivery's local clones), the
 * decision folder at HEAD is read through git plumbing (`ls-tree`, `cat-file`), never a work tree. The
 * folder is the one the Backstage annotation `backstage.io/adr-location` of the repository's catalog
 * entity names, else the first of docs/adr, docs/decisions, doc/adr that exists.
 */

import { posix } from 'node:path';
import type { AuditActor } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import type { ImportIssue } from '../../platform/imports/import-report.js';
import type { ImportProgress } from '../../platform/modules.js';
import { type LocalClone, localClones } from '../delivery/delivery-clones.service.js';
import { absoluteRepoPath, runGit } from '../delivery/importers/git-log-repo.js';
import { getEntity, listRepositories } from '../org/catalog.service.js';
import { type AdrBatchResult, type AdrFile, applyAdrFiles } from './adr-files.service.js';

export const ADR_LOCATION_ANNOTATION = 'backstage.io/adr-location';
export const DEFAULT_ADR_FOLDERS = ['docs/adr', 'docs/decisions', 'doc/adr'];

export interface AdrSyncResult extends AdrBatchResult {
  repository: string;
  folder: string | null;
  head: string | null;
}

interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
  path: string;
}

async function lsTree(gitPath: string, treeish: string, folder: string): Promise<TreeEntry[] | null> {
  const r = await runGit(gitPath, ['ls-tree', '-z', treeish, '--', `${folder}/`]);
  if (r.code !== 0) return null;
  return r.stdout
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, sha] = line.slice(0, tab).split(' ');
      return { mode: mode!, type: type!, sha: sha!, path: line.slice(tab + 1) };
    });
}

/** The repository's own folder setting from its catalog entity, if any, and the service it belongs to. */
async function catalogOf(db: Db, clone: LocalClone) {
  const repos = await listRepositories(db);
  const r = repos.items.find((x) => x.id === clone.repositoryId);
  if (!r?.entityId) return { annotation: null, serviceIds: [] as number[] };
  const e = await getEntity(db, r.entityId);
  const raw = (e.annotations as Record<string, unknown> | null)?.[ADR_LOCATION_ANNOTATION];
  return {
    annotation: typeof raw === 'string' ? raw : null,
    serviceIds: e.kind === 'component' ? [e.id] : [],
  };
}

/** Reads the decision folder of one clone at HEAD and applies it (in the caller's transaction). */
export async function syncAdrRepository(
  db: Db,
  actor: AuditActor,
  clone: LocalClone,
  onProgress: ImportProgress = () => {},
): Promise<AdrSyncResult> {
  const issues: ImportIssue[] = [];
  const head = await runGit(clone.gitPath, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (head.code !== 0) {
    return empty(clone, null, null, [
      {
        file: clone.name,
        message: 'The clone has no HEAD commit yet; nothing to read.',
        severity: 'warning',
      },
    ]);
  }
  const sha = head.stdout.trim();
  const { annotation, serviceIds } = await catalogOf(db, clone);
  const candidates = [...DEFAULT_ADR_FOLDERS];
  if (annotation) {
    if (/^[a-z]+:\/\//i.test(annotation)) {
      issues.push({
        file: clone.name,
        field: ADR_LOCATION_ANNOTATION,
        message: `The annotation points outside the repository (${annotation}); the default folders are read instead.`,
        severity: 'warning',
      });
    } else {
      candidates.unshift(posix.normalize(annotation.replace(/^\.?\/+/, '')).replace(/\/+$/, ''));
      candidates.length = 1;
    }
  }
  let folder: string | null = null;
  let entries: TreeEntry[] = [];
  for (const c of candidates) {
    const list = await lsTree(clone.gitPath, sha, c);
    if (list?.length) {
      folder = c;
      entries = list;
      break;
    }
  }
  if (!folder) {
    return empty(clone, null, sha, [
      ...issues,
      {
        file: clone.name,
        message: `No decision folder at HEAD (looked for ${candidates.join(', ')}).`,
        severity: 'warning',
      },
    ]);
  }
  const files: AdrFile[] = [];
  const unreadable: string[] = [];
  const md = entries.filter((e) => e.type === 'blob' && /\.(md|markdown)$/i.test(e.path));
  for (const [i, e] of md.entries()) {
    onProgress(i, md.length, e.path);
    const blob = await runGit(clone.gitPath, ['cat-file', 'blob', e.sha]);
    if (blob.code !== 0) {
      unreadable.push(e.path);
      issues.push({
        file: `${clone.name}:${e.path}`,
        message: 'The file’s content is not in this clone (a partial clone); fetch it to read the record.',
        severity: 'warning',
      });
      continue;
    }
    files.push({ path: e.path, text: blob.stdout });
  }
  const result = await applyAdrFiles(
    db,
    actor,
    {
      kind: 'repository',
      repositoryId: clone.repositoryId,
      repository: clone.name,
      files,
      serviceIds,
      markRemoved: unreadable.length === 0,
    },
    onProgress,
  );
  return {
    ...result,
    issues: [...issues, ...result.issues.map((x) => ({ ...x, file: `${clone.name}:${x.file}` }))],
    repository: clone.name,
    folder,
    head: sha,
  };
}

function empty(
  clone: LocalClone,
  folder: string | null,
  head: string | null,
  issues: ImportIssue[],
): AdrSyncResult {
  return {
    counts: { created: 0, updated: 0, unchanged: 0, removed: 0, skipped: 0 },
    issues,
    repository: clone.name,
    folder,
    head,
  };
}

/** The registered local clone at this path or with this name. */
export async function findClone(db: Db, pathOrName: string): Promise<LocalClone | null> {
  const clones = await localClones(db);
  const wanted = absoluteRepoPath(pathOrName);
  return (
    clones.find((c) => absoluteRepoPath(c.gitPath) === wanted) ??
    clones.find((c) => c.name.toLowerCase() === pathOrName.toLowerCase()) ??
    null
  );
}
