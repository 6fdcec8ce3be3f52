/**
 * Finds the files of a Backstage catalog on disk: a single file, or every `.yaml`/`.yml` file of a
 * folder (recursively, without node_modules and .git), plus whatever their `kind: Location`
 * entities point at. File targets (spec.type `file`, or none) are resolved from the Location's own
 * folder and may use `*`, `?` and `**` globs; other targets (`url`, discovery types) are reported as
 * warnings because Quarterdeck reads no network. Each file is read once.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CatalogFile } from './backstage-catalog.js';
import { asRecord, text } from './backstage-entities.js';
import { readYamlDocuments, type YamlDocument, type YamlPath } from './backstage-yaml.js';
import type { ImportIssue } from './org-input.js';

export interface CatalogReadResult {
  files: CatalogFile[];
  /** Missing targets (errors), targets that are not read (warnings). */
  issues: ImportIssue[];
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const MIGHT_HOLD_LOCATION = /^\s*kind:\s*["']?location\b/im;

export async function readCatalogFiles(rootPath: string): Promise<CatalogReadResult> {
  const root = resolve(rootPath);
  const files: CatalogFile[] = [];
  const issues: ImportIssue[] = [];
  const info = await stat(root).catch(() => undefined);
  if (!info) {
    issues.push({ file: rootPath, message: `${rootPath} does not exist.`, severity: 'error' });
    return { files, issues };
  }
  const base = info.isDirectory() ? root : dirname(root);
  const show = (abs: string) => relative(base, abs).split(sep).join('/') || basename(abs);
  const queue = info.isDirectory() ? await listYamlFiles(root) : [root];
  const seen = new Set(queue);

  for (let i = 0; i < queue.length; i++) {
    const abs = queue[i] as string;
    const file = show(abs);
    let source: string;
    try {
      source = await readFile(abs, 'utf8');
    } catch (e) {
      issues.push({ file, message: `Cannot read ${file}: ${(e as Error).message}.`, severity: 'error' });
      continue;
    }
    files.push({ file, text: source });
    if (!MIGHT_HOLD_LOCATION.test(source)) continue;
    for (const location of readLocations(readYamlDocuments(source).documents)) {
      const { doc, entity, type } = location;
      const issue = (severity: ImportIssue['severity'], field: string, path: YamlPath, message: string) =>
        issues.push({
          file,
          row: doc.lineOf(path) ?? doc.row,
          entity,
          field,
          message: `${message}.`,
          severity,
        });
      if (location.targets.length === 0)
        issue('warning', 'spec.target', ['spec'], `Location ${entity} has no spec.target or spec.targets`);
      for (const { target, field, path } of location.targets) {
        if (type !== 'file') {
          const why =
            type === 'url'
              ? 'is a url target: Quarterdeck reads no network, import a local copy of it instead'
              : `has type "${type}", which Quarterdeck does not read`;
          issue('warning', field, path, `Location ${entity}: ${target} ${why}`);
          continue;
        }
        const found = await resolveTarget(dirname(abs), target);
        if (found.missing) {
          issue(
            'error',
            field,
            path,
            `Location ${entity} points to ${target} (${show(found.missing)}), which does not exist`,
          );
          continue;
        }
        if (found.files.length === 0)
          issue('warning', field, path, `Location ${entity}: ${target} matches no file`);
        for (const f of found.files) {
          if (seen.has(f)) continue;
          seen.add(f);
          queue.push(f);
        }
      }
    }
  }
  return { files, issues };
}

interface LocationTargets {
  doc: YamlDocument;
  entity: string;
  type: string;
  targets: { target: string; field: string; path: YamlPath }[];
}

function readLocations(documents: YamlDocument[]): LocationTargets[] {
  const out: LocationTargets[] = [];
  for (const doc of documents) {
    const value = asRecord(doc.value);
    if (text(value?.kind)?.toLowerCase() !== 'location') continue;
    const meta = asRecord(value?.metadata);
    const entity = `location:${text(meta?.namespace) ?? 'default'}/${text(meta?.name) ?? '?'}`.toLowerCase();
    const spec = asRecord(value?.spec) ?? {};
    const targets: LocationTargets['targets'] = [];
    const single = text(spec.target);
    if (single) targets.push({ target: single, field: 'spec.target', path: ['spec', 'target'] });
    if (Array.isArray(spec.targets))
      spec.targets.forEach((t, k) => {
        if (typeof t === 'string' && t.trim() !== '')
          targets.push({ target: t.trim(), field: 'spec.targets', path: ['spec', 'targets', k] });
      });
    out.push({ doc, entity, type: text(spec.type)?.toLowerCase() ?? 'file', targets });
  }
  return out;
}

/** The files a target names: one file, a folder's YAML files, or a glob's matches. */
async function resolveTarget(dir: string, target: string): Promise<{ files: string[]; missing?: string }> {
  const clean = target.replace(/^file:/, '');
  const segments = clean.split(/[\\/]/);
  const firstGlob = segments.findIndex((s) => /[*?]/.test(s));
  if (firstGlob < 0) {
    const abs = isAbsolute(clean) ? clean : resolve(dir, clean);
    const info = await stat(abs).catch(() => undefined);
    if (!info) return { files: [], missing: abs };
    return { files: info.isDirectory() ? await listYamlFiles(abs) : [abs] };
  }
  const prefix = segments.slice(0, firstGlob).join('/');
  const start = isAbsolute(clean) ? prefix || '/' : resolve(dir, prefix || '.');
  const pattern = globToRegExp(segments.slice(firstGlob).join('/'));
  const candidates = await listFiles(start, () => true);
  return { files: candidates.filter((f) => pattern.test(relative(start, f).split(sep).join('/'))) };
}

/** `*` and `?` stay within one path segment; `**` spans any number of folders, none included. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function listYamlFiles(dir: string): Promise<string[]> {
  return listFiles(dir, (name) => /\.ya?ml$/i.test(name));
}

/** Files under `dir`, depth-first in name order, without node_modules and .git. */
async function listFiles(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(e.name)) out.push(...(await listFiles(path, keep)));
    } else if (e.isFile() && keep(e.name)) out.push(path);
  }
  return out;
}
