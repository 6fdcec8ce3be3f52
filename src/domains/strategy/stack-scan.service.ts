/**
 * Scanning what repositories really use: a local clone through git plumbing (bare clones work; HEAD's
 * tree by `git ls-tree -r -l`, changed manifests by `git cat-file --batch`, the blob sha as the content
 * hash) or a plain folder (walked, each manifest hashed like git hashes a blob). An unchanged HEAD tree
 * reads nothing; otherwise only manifests whose hash changed are read and parsed.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../platform/db/database.js';
import type { ImportProgress } from '../../platform/modules.js';
import { localClones } from '../delivery/delivery-clones.service.js';
import {
  absoluteRepoPath,
  GitCommandError,
  gitEnv,
  runGit,
  SAFE_CONFIG,
} from '../delivery/importers/git-log-repo.js';
import { ensureRepositories } from '../org/org-lookup.service.js';
import { isVendoredOrGenerated } from './importers/language-shares.js';
import * as repo from './stack.repo.js';
import { type BatchSnapshot, batchSnapshot } from './stack-git-batch.js';
import { GitReader, GitReaderGone } from './stack-git-reader.js';
import {
  addReports,
  emptyReport,
  isStackFile,
  MAX_MANIFEST_BYTES,
  type RepositorySnapshot,
  type SourceFile,
  type StoreReport,
  storeSnapshots,
} from './stack-store.service.js';

export interface ScanTarget {
  repositoryId: number;
  repository: string;
  path: string;
}

export interface ScanOptions {
  full?: boolean;
  onProgress?: ImportProgress;
  signal?: AbortSignal;
  /** Repositories written per transaction chunk. */
  batch?: number;
}

export interface ScanReport extends StoreReport {
  /** Repositories whose HEAD tree had not changed (nothing read). */
  skipped: number;
  failed: { repository: string; message: string }[];
}

/** Runs git with the given stdin and returns stdout as bytes (cat-file output is binary-safe). */
function gitBytes(repoPath: string, args: string[], input: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...SAFE_CONFIG, '-C', repoPath, ...args], {
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
      code === 0
        ? resolve(Buffer.concat(out))
        : reject(new GitCommandError(repoPath, args, code, Buffer.concat(err).toString('utf8'))),
    );
    child.stdin.end(input);
  });
}

/** `git ls-tree -r -l -z` output -> blobs (submodules and symlinks left out). */
export function parseLsTree(out: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const entry of out.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, hash, size] = entry.slice(0, tab).split(/\s+/);
    if (type !== 'blob' || mode === '120000' || !hash) continue;
    files.push({ path: entry.slice(tab + 1), hash, size: Number(size) || 0 });
  }
  return files;
}

/** `git cat-file --batch` output for the asked shas, by sha. */
export function parseCatFileBatch(out: Buffer): Map<string, string> {
  const texts = new Map<string, string>();
  let at = 0;
  while (at < out.length) {
    const nl = out.indexOf(10, at);
    if (nl < 0) break;
    const header = out.subarray(at, nl).toString('utf8').split(' ');
    at = nl + 1;
    if (header[1] === 'missing' || header.length < 3) continue;
    const size = Number(header[2]);
    texts.set(header[0]!, out.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return texts;
}

/** A snapshot of HEAD of a git repository, or null when the tree is unchanged since `knownTree`. */
export async function gitSnapshot(
  target: ScanTarget,
  knownTree: string | null,
  full: boolean,
): Promise<RepositorySnapshot | null> {
  const head = await runGit(target.path, ['rev-parse', '--verify', '-q', 'HEAD^{tree}']);
  if (head.code !== 0) throw new Error(`${target.path}: no commit at HEAD (empty repository?)`);
  const tree = head.stdout.trim();
  if (!full && knownTree === tree) return null;
  const listing = await gitBytes(target.path, ['ls-tree', '-r', '-l', '-z', tree], '');
  const files = parseLsTree(listing.toString('utf8'));
  return {
    repositoryId: target.repositoryId,
    repository: target.repository,
    source: 'git',
    location: target.path,
    treeHash: tree,
    files,
    async read(wanted) {
      const out = await gitBytes(
        target.path,
        ['cat-file', '--batch'],
        wanted.map((f) => `${f.hash}\n`).join(''),
      );
      const bySha = parseCatFileBatch(out);
      const texts = new Map<string, string>();
      for (const f of wanted) {
        const t = bySha.get(f.hash);
        if (t !== undefined) texts.set(f.path, t);
      }
      return texts;
    },
  };
}

/** Set when this git is older than 2.36 (no `cat-file --batch-command`): three processes per repository then. */
let noBatchCommand = false;

/**
 * A snapshot of HEAD through one `cat-file --batch-command` conversation (the changed manifests read in
 * it), or null when HEAD's tree is unchanged; falls back to ls-tree and cat-file on an older git.
 */
export async function gitTargetSnapshot(
  target: ScanTarget,
  knownTree: string | null,
  stored: Map<string, { hash: string }>,
  full: boolean,
  reader: GitReader | null = null,
): Promise<RepositorySnapshot | null> {
  if (!noBatchCommand) {
    try {
      const tree = full ? null : knownTree;
      let snap: BatchSnapshot | null = null;
      let read = false;
      if (reader) {
        try {
          snap = await reader.snapshot({
            path: target.path,
            knownTree: tree,
            full,
            stored: new Map([...stored].map(([p, f]) => [p, f.hash])),
          });
          read = true;
        } catch (err) {
          if (!(err instanceof GitReaderGone)) throw err;
        }
      }
      if (!read) {
        snap = await batchSnapshot(
          target.path,
          tree,
          (f) =>
            isStackFile(f.path) &&
            f.size <= MAX_MANIFEST_BYTES &&
            (full || stored.get(f.path)?.hash !== f.hash),
        );
      }
      if (!snap) return null;
      const texts = snap.texts;
      return {
        repositoryId: target.repositoryId,
        repository: target.repository,
        source: 'git',
        location: target.path,
        treeHash: snap.treeHash,
        files: snap.files,
        read: async (wanted) =>
          new Map(wanted.flatMap((f) => (texts.has(f.path) ? [[f.path, texts.get(f.path)!]] : []))),
      };
    } catch (err) {
      if (!/batch-command|unknown option|usage: git cat-file/i.test(err instanceof Error ? err.message : ''))
        throw err;
      noBatchCommand = true;
    }
  }
  return gitSnapshot(target, knownTree, full);
}

/** git's blob id of some content: sha1 of `blob <size>\0<content>`. */
export function blobHash(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

const SKIP_DIRS = new Set([
  '.git',
  'node_modules',
  '.venv',
  'venv',
  '__pycache__',
  '.terraform',
  'target',
  '.gradle',
]);

/** A snapshot of a plain folder: every file's size, manifests hashed (and kept to parse if changed). */
export async function folderSnapshot(target: ScanTarget): Promise<RepositorySnapshot> {
  const root = target.path;
  const files: SourceFile[] = [];
  const contents = new Map<string, Buffer>();
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(path.join(root, dir), { withFileTypes: true });
    for (const e of entries) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await walk(rel);
      } else if (e.isFile()) {
        const full = path.join(root, rel);
        if (isStackFile(rel)) {
          const buf = await fs.readFile(full);
          contents.set(rel, buf);
          files.push({ path: rel, hash: blobHash(buf), size: buf.length });
        } else if (!isVendoredOrGenerated(rel)) {
          files.push({ path: rel, hash: '', size: (await fs.stat(full)).size });
        }
      }
    }
  };
  await walk('');
  return {
    repositoryId: target.repositoryId,
    repository: target.repository,
    source: 'folder',
    location: root,
    treeHash: null,
    files,
    async read(wanted) {
      return new Map(wanted.map((f) => [f.path, contents.get(f.path)?.toString('utf8') ?? '']));
    },
  };
}

export async function isGitRepository(p: string): Promise<boolean> {
  const r = await runGit(p, ['rev-parse', '--git-dir']);
  return r.code === 0;
}

/** Where the scan reads from, for a path given on the command line: the known clone, or a repository registered by name. */
export async function targetFor(
  db: Db,
  given: string,
  repositoryName?: string,
): Promise<ScanTarget & { git: boolean }> {
  const p = absoluteRepoPath(given);
  const stat = await fs.stat(p).catch(() => null);
  if (!stat?.isDirectory()) throw new Error(`${given}: not a folder`);
  const git = await isGitRepository(p);
  if (!repositoryName) {
    const known = (await localClones(db)).find((c) => absoluteRepoPath(c.gitPath) === p);
    if (known) return { repositoryId: known.repositoryId, repository: known.name, path: p, git };
  }
  let name = repositoryName;
  if (!name && git) {
    const { repositoryNameOf } = await import('../delivery/git-sync.service.js');
    name = (await repositoryNameOf(p)) ?? undefined;
  }
  name ??= path.basename(p).replace(/\.git$/, '');
  const refs = await ensureRepositories(db, [{ name }], 'stack');
  const ref = refs.get(name.toLowerCase())!;
  return { repositoryId: ref.id, repository: ref.name, path: p, git };
}

/** Every local clone Quarterdeck knows, as scan targets. */
export async function cloneTargets(db: Db): Promise<(ScanTarget & { git: boolean })[]> {
  return (await localClones(db)).map((c) => ({
    repositoryId: c.repositoryId,
    repository: c.name,
    path: c.gitPath,
    git: true,
  }));
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Scans the targets, reading git with a few processes at once and writing `batch` repositories per call of
 * `write` (the caller decides the transaction: one for an import, one per chunk for the job).
 */
export async function scanTargets(
  db: Db,
  targets: (ScanTarget & { git: boolean })[],
  options: ScanOptions = {},
  write: (work: (trx: Db) => Promise<StoreReport>, done: number) => Promise<StoreReport> = (work) => work(db),
): Promise<ScanReport> {
  const known = await repo.scanStates(db);
  const batch = options.batch ?? 50;
  let total: StoreReport = emptyReport();
  let skipped = 0;
  const failed: ScanReport['failed'] = [];
  const reader = targets.some((t) => t.git) ? GitReader.start() : null;
  try {
    options.onProgress?.(0, targets.length, 'scanning');
    for (let i = 0; i < targets.length; i += batch) {
      if (options.signal?.aborted) break;
      const chunk = targets.slice(i, i + batch);
      const stored = await repo.storedFiles(
        db,
        chunk.map((t) => t.repositoryId),
      );
      const snapshots = await mapLimit(chunk, 8, async (t) => {
        try {
          if (!t.git) return await folderSnapshot(t);
          const prev = known.get(t.repositoryId);
          const snap = await gitTargetSnapshot(
            t,
            prev?.source === 'git' ? prev.treeHash : null,
            stored.get(t.repositoryId) ?? new Map(),
            options.full ?? false,
            reader,
          );
          if (!snap) skipped++;
          return snap;
        } catch (err) {
          failed.push({
            repository: t.repository,
            message: err instanceof Error ? err.message : String(err),
          });
          return null;
        }
      });
      const ready = snapshots.filter((s): s is RepositorySnapshot => s !== null);
      const r = await write(
        (trx) => storeSnapshots(trx, ready, { full: options.full ?? false }),
        i + chunk.length,
      );
      total = addReports(total, r);
      options.onProgress?.(Math.min(i + batch, targets.length), targets.length, chunk.at(-1)?.repository);
    }
  } finally {
    reader?.close();
  }
  return { ...total, repositories: targets.length, skipped, failed };
}
