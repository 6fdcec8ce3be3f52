/**
 * Shared shapes of the package-manifest importers (stack inventory groundwork): every parser is a pure
 * `(text, file) => ManifestParseResult` that never throws. A broken file gives one warning naming the file
 * (and the line when known) and no dependencies.
 */
import { LineCounter, parseDocument } from 'yaml';

export type Ecosystem =
  | 'npm'
  | 'go'
  | 'pypi'
  | 'cargo'
  | 'maven'
  | 'rubygems'
  | 'composer'
  | 'docker'
  | 'github-actions'
  | 'terraform';

export type DependencyScope = 'runtime' | 'dev' | 'build' | 'test' | 'optional';

export interface Dependency {
  ecosystem: Ecosystem;
  name: string;
  /** The resolved version for lockfiles; the requirement as written for manifests (null when none). */
  version: string | null;
  /** The requirement as written (`^1.2.0`, `>=2,<3`, `~> 5.0`), when the format records one. */
  requirement?: string | null;
  scope?: DependencyScope | null;
  /** Declared by the project itself (not pulled in by another package). */
  direct: boolean;
  file: string;
  /** 1-based line where the dependency is declared, when known. */
  line?: number;
}

export interface ManifestWarning {
  file: string;
  line?: number;
  message: string;
}

/** Alias matching the issue's wording. */
export type Warning = ManifestWarning;

export interface ManifestParseResult {
  dependencies: Dependency[];
  warnings: ManifestWarning[];
  /** Workspace globs a package.json declares (`packages/*`); their own manifests are scanned separately. */
  workspaces?: string[];
}

export type ManifestParser = (text: string, file: string) => ManifestParseResult;

/** The result of a file that could not be read at all: one warning, no dependencies. */
export function brokenFile(file: string, message: string, line?: number): ManifestParseResult {
  const warning: ManifestWarning = line === undefined ? { file, message } : { file, line, message };
  return { dependencies: [], warnings: [warning] };
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; result: ManifestParseResult };

/** JSON.parse that turns a syntax error into a warning with the line (from "position N" or "line N"). */
export function parseJsonObject(text: string, file: string): Parsed<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lineMatch = /line (\d+)/.exec(message);
    const posMatch = /position (\d+)/.exec(message);
    const line = lineMatch ? Number(lineMatch[1]) : posMatch ? lineAt(text, Number(posMatch[1])) : undefined;
    return { ok: false, result: brokenFile(file, `${file}: invalid JSON (${message})`, line) };
  }
  if (!isRecord(value)) return { ok: false, result: brokenFile(file, `${file}: expected a JSON object`) };
  return { ok: true, value };
}

/** YAML parse of one document; the first error becomes a warning with its line. */
export function parseYamlObject(text: string, file: string): Parsed<Record<string, unknown>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    const first = error.message.split('\n')[0] ?? error.message;
    return { ok: false, result: brokenFile(file, `${file}: invalid YAML at line ${line} (${first})`, line) };
  }
  const value: unknown = doc.toJS({ maxAliasCount: 1000 });
  if (!isRecord(value)) return { ok: false, result: brokenFile(file, `${file}: expected a YAML mapping`) };
  return { ok: true, value };
}

/** Map of `needle` -> 1-based line of each line matching `pattern` (first capture group is the key). */
export function linesByKey(text: string, pattern: RegExp): Map<string, number> {
  const lines = new Map<string, number>();
  const all = text.split('\n');
  for (let i = 0; i < all.length; i++) {
    const m = pattern.exec(all[i] ?? '');
    if (m?.[1] !== undefined && !lines.has(m[1])) lines.set(m[1], i + 1);
  }
  return lines;
}

/** Drop undefined `line`/`requirement` so results compare cleanly in tests and serialize compactly. */
export function dep(d: Dependency): Dependency {
  const out: Dependency = { ...d };
  if (out.line === undefined) delete out.line;
  if (out.requirement === undefined) delete out.requirement;
  return out;
}
