/**
 * Which parser reads which file: `manifestKind(path)` recognizes a manifest by its path, and
 * `parseManifest(path, text)` runs the matching parser (null for a file that is not a manifest).
 */
import {
  parseGoMod,
  parsePoetryLock,
  parsePyprojectToml,
  parseRequirementsTxt,
} from './go-python-manifests.js';
import { parseBuildGradle, parseCargoLock, parseCargoToml, parsePomXml } from './jvm-rust-manifests.js';
import type { ManifestParseResult, ManifestParser } from './manifest-types.js';
import {
  parseComposerJson,
  parseDockerfile,
  parseGemfileLock,
  parseGithubWorkflow,
  parseTerraform,
} from './misc-manifests.js';
import { parsePackageJson, parsePackageLock, parsePnpmLock, parseYarnLock } from './npm-manifests.js';

export type ManifestKind =
  | 'package.json'
  | 'package-lock.json'
  | 'yarn.lock'
  | 'pnpm-lock.yaml'
  | 'go.mod'
  | 'requirements.txt'
  | 'pyproject.toml'
  | 'poetry.lock'
  | 'Cargo.toml'
  | 'Cargo.lock'
  | 'pom.xml'
  | 'build.gradle'
  | 'Gemfile.lock'
  | 'composer.json'
  | 'Dockerfile'
  | 'github-workflow'
  | 'terraform';

export const MANIFEST_PARSERS: Readonly<Record<ManifestKind, ManifestParser>> = {
  'package.json': parsePackageJson,
  'package-lock.json': parsePackageLock,
  'yarn.lock': parseYarnLock,
  'pnpm-lock.yaml': parsePnpmLock,
  'go.mod': parseGoMod,
  'requirements.txt': parseRequirementsTxt,
  'pyproject.toml': parsePyprojectToml,
  'poetry.lock': parsePoetryLock,
  'Cargo.toml': parseCargoToml,
  'Cargo.lock': parseCargoLock,
  'pom.xml': parsePomXml,
  'build.gradle': parseBuildGradle,
  'Gemfile.lock': parseGemfileLock,
  'composer.json': parseComposerJson,
  Dockerfile: parseDockerfile,
  'github-workflow': parseGithubWorkflow,
  terraform: parseTerraform,
};

const EXACT: Readonly<Record<string, ManifestKind>> = {
  'package.json': 'package.json',
  'package-lock.json': 'package-lock.json',
  'npm-shrinkwrap.json': 'package-lock.json',
  'yarn.lock': 'yarn.lock',
  'pnpm-lock.yaml': 'pnpm-lock.yaml',
  'go.mod': 'go.mod',
  'pyproject.toml': 'pyproject.toml',
  'poetry.lock': 'poetry.lock',
  'Cargo.toml': 'Cargo.toml',
  'Cargo.lock': 'Cargo.lock',
  'pom.xml': 'pom.xml',
  'build.gradle': 'build.gradle',
  'build.gradle.kts': 'build.gradle',
  'Gemfile.lock': 'Gemfile.lock',
  'composer.json': 'composer.json',
  Dockerfile: 'Dockerfile',
  Containerfile: 'Dockerfile',
};

/** The kind of manifest at a repository-relative path (either slash), or null. */
export function manifestKind(path: string): ManifestKind | null {
  const normalized = path.replace(/\\/g, '/');
  const base = normalized.slice(normalized.lastIndexOf('/') + 1);
  if (normalized.split('/').includes('node_modules')) return null; // vendored packages are not the project
  const exact = EXACT[base];
  if (exact) return exact;
  if (
    /^requirements[\w.-]*\.(txt|in)$/i.test(base) ||
    /(^|\/)requirements\/[\w.-]+\.(txt|in)$/i.test(normalized)
  ) {
    return 'requirements.txt';
  }
  if (/^Dockerfile\.[\w.-]+$/.test(base) || /^[\w.-]+\.Dockerfile$/i.test(base)) return 'Dockerfile';
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(normalized)) return 'github-workflow';
  if (/\.tf$/.test(base)) return 'terraform';
  return null;
}

/** Parse a manifest found at `path`; null when the path is not a manifest this module reads. */
export function parseManifest(path: string, text: string): ManifestParseResult | null {
  const kind = manifestKind(path);
  if (!kind) return null;
  try {
    return MANIFEST_PARSERS[kind](text, path);
  } catch (error) {
    // the parsers do not throw; this keeps a scan going if one ever does
    const message = error instanceof Error ? error.message : String(error);
    return {
      dependencies: [],
      warnings: [{ file: path, message: `${path}: ${kind} parser failed (${message})` }],
    };
  }
}
