/**
 * The one parse-and-store path of the stack inventory, shared by the scan of clones and folders and by the
 * demo: given each repository's files (path, content hash, size) and a way to read the changed ones, it
 * parses only manifests whose hash changed since the last scan, replaces their components and runtimes,
 * drops files that disappeared, and recomputes language shares. Writes in bulk across repositories.
 */
import type { Db } from '../../platform/db/database.js';
import { detectRuntimes, runtimeFileKind } from './eol-runtimes.js';
import { languageShares } from './importers/language-shares.js';
import { manifestKind, parseManifest } from './importers/manifest-files.js';
import * as repo from './stack.repo.js';

export interface SourceFile {
  path: string;
  /** Content hash: the git blob sha, or the same hash computed over a folder's file. */
  hash: string;
  size: number;
}

export interface RepositorySnapshot {
  repositoryId: number;
  repository: string;
  source: 'git' | 'folder' | 'demo';
  location: string | null;
  treeHash: string | null;
  /** Every file (for language shares); manifests among them are picked by path. */
  files: SourceFile[];
  /** Texts of the given paths (only changed manifests are asked for). */
  read(paths: SourceFile[]): Promise<Map<string, string>>;
}

export interface ScanWarning {
  repository: string;
  file: string;
  line: number | null;
  message: string;
}

export interface StoreReport {
  repositories: number;
  /** Manifest and runtime files found. */
  files: number;
  /** Files read and parsed (new or changed). */
  parsed: number;
  unchanged: number;
  removed: number;
  components: number;
  runtimes: number;
  warnings: ScanWarning[];
}

/** Largest manifest read; bigger files get a warning (generated lockfiles this large are rare). */
export const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;

export function emptyReport(): StoreReport {
  return {
    repositories: 0,
    files: 0,
    parsed: 0,
    unchanged: 0,
    removed: 0,
    components: 0,
    runtimes: 0,
    warnings: [],
  };
}

export function addReports(a: StoreReport, b: StoreReport): StoreReport {
  return {
    repositories: a.repositories + b.repositories,
    files: a.files + b.files,
    parsed: a.parsed + b.parsed,
    unchanged: a.unchanged + b.unchanged,
    removed: a.removed + b.removed,
    components: a.components + b.components,
    runtimes: a.runtimes + b.runtimes,
    warnings: [...a.warnings, ...b.warnings],
  };
}

/** Whether the scan reads this path: a manifest or a file that names a runtime. */
export function isStackFile(path: string): boolean {
  return manifestKind(path) !== null || runtimeFileKind(path) !== null;
}

export async function storeSnapshots(
  db: Db,
  snapshots: RepositorySnapshot[],
  options: { full?: boolean } = {},
): Promise<StoreReport> {
  const report = emptyReport();
  if (snapshots.length === 0) return report;
  report.repositories = snapshots.length;
  const stored = await repo.storedFiles(
    db,
    snapshots.map((s) => s.repositoryId),
  );
  const drop: number[] = [];
  const files: repo.NewFile[] = [];
  const components: repo.NewComponent[] = [];
  const runtimes: repo.NewRuntime[] = [];
  const languages: { repository_id: number; language: string; bytes: number; files: number }[] = [];
  const scans: repo.ScanRow[] = [];
  for (const s of snapshots) {
    const before = stored.get(s.repositoryId) ?? new Map<string, repo.StoredFile>();
    const wanted = s.files.filter((f) => isStackFile(f.path));
    const present = new Set(wanted.map((f) => f.path));
    for (const [path, f] of before) {
      if (present.has(path)) continue;
      drop.push(f.id);
      report.removed++;
    }
    const changed = wanted.filter((f) => options.full || before.get(f.path)?.hash !== f.hash);
    report.files += wanted.length;
    report.unchanged += wanted.length - changed.length;
    for (const f of changed) {
      const old = before.get(f.path);
      if (old) drop.push(old.id);
    }
    const readable = changed.filter((f) => f.size <= MAX_MANIFEST_BYTES);
    const texts = readable.length ? await s.read(readable) : new Map<string, string>();
    let fileWarnings = 0;
    for (const f of changed) {
      const text = texts.get(f.path);
      const warnings: repo.NewFile['warnings'] = [];
      if (text === undefined) {
        warnings.push({
          line: null,
          message:
            f.size > MAX_MANIFEST_BYTES
              ? `${f.path}: ${f.size} bytes, larger than the ${MAX_MANIFEST_BYTES} read; skipped`
              : `${f.path}: could not be read; skipped`,
        });
      } else {
        report.parsed++;
        const parsed = parseManifest(f.path, text) ?? { dependencies: [], warnings: [] };
        for (const w of parsed.warnings) warnings.push({ line: w.line ?? null, message: w.message });
        for (const d of parsed.dependencies) {
          components.push({
            repository_id: s.repositoryId,
            path: f.path,
            ecosystem: d.ecosystem,
            name: d.name,
            version: d.version,
            requirement: d.requirement ?? null,
            scope: d.scope ?? null,
            direct: d.direct,
            file: f.path,
            line: d.line ?? null,
          });
        }
        report.components += parsed.dependencies.length;
        for (const r of detectRuntimes(f.path, text, parsed.dependencies)) {
          runtimes.push({ repository_id: s.repositoryId, path: f.path, ...r, file: f.path });
          report.runtimes++;
        }
      }
      for (const w of warnings) report.warnings.push({ repository: s.repository, file: f.path, ...w });
      fileWarnings += warnings.length;
      files.push({
        repository_id: s.repositoryId,
        path: f.path,
        kind: manifestKind(f.path) ?? runtimeFileKind(f.path) ?? 'file',
        content_hash: f.hash,
        warnings,
      });
    }
    for (const l of languageShares(s.files)) languages.push({ repository_id: s.repositoryId, ...l });
    scans.push({
      repository_id: s.repositoryId,
      source: s.source,
      location: s.location,
      tree_hash: s.treeHash,
      files: wanted.length,
      parsed: changed.length,
      warnings: fileWarnings,
    });
  }
  await repo.deleteFiles(db, drop);
  await repo.insertFiles(db, files, components, runtimes);
  await repo.replaceLanguages(
    db,
    snapshots.map((s) => s.repositoryId),
    languages,
  );
  await repo.upsertScans(db, scans);
  return report;
}
