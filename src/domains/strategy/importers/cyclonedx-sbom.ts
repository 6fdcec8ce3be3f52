/**
 * CycloneDX SBOM (JSON, spec 1.4–1.6) -> the components a repository uses. Every component (nested ones
 * too) with a package URL becomes ecosystem/name/version through its purl type; components without a
 * purl (applications, operating systems, files) are reported and left out. Direct means listed in the
 * root component's `dependsOn` (every component is direct when the SBOM has no dependency graph).
 * Pure; problems name the file and the JSON path (`$.components[3].purl`).
 */
import type { ImportIssue } from '../../../platform/imports/import-report.js';
import { lineAt } from './manifest-types.js';

export const CYCLONEDX_VERSIONS = ['1.4', '1.5', '1.6'];

export interface SbomComponent {
  ecosystem: string;
  name: string;
  version: string | null;
  scope: 'runtime' | 'optional' | 'dev' | null;
  direct: boolean;
  /** Where it is in the document. */
  path: string;
}

export interface SbomParseResult {
  components: SbomComponent[];
  issues: ImportIssue[];
  /** The described software (`metadata.component.name`), when given. */
  subject: string | null;
}

const PURL_TYPES: Record<string, string> = {
  npm: 'npm',
  golang: 'go',
  pypi: 'pypi',
  cargo: 'cargo',
  maven: 'maven',
  gem: 'rubygems',
  composer: 'composer',
  docker: 'docker',
  oci: 'docker',
  github: 'github-actions',
  githubactions: 'github-actions',
  terraform: 'terraform',
};

/** `pkg:type/namespace/name@version?qualifiers#subpath` (purl spec) -> ecosystem, name, version; null if malformed. */
export function parsePurl(purl: string): { ecosystem: string; name: string; version: string | null } | null {
  const m = /^pkg:([a-zA-Z][a-zA-Z0-9.+-]*)\/([^?#]+?)(?:@([^?#@]+))?(?:\?[^#]*)?(?:#.*)?$/.exec(purl.trim());
  if (!m) return null;
  const type = m[1]!.toLowerCase();
  const segments = m[2]!
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  if (segments.length === 0) return null;
  let version: string | null = null;
  if (m[3]) {
    try {
      version = decodeURIComponent(m[3]);
    } catch {
      version = m[3];
    }
  }
  const ecosystem = PURL_TYPES[type] ?? type;
  const name = segments.at(-1)!;
  const namespace = segments.slice(0, -1).join('/');
  let full: string;
  if (type === 'maven') full = namespace ? `${namespace}:${name}` : name;
  else if (type === 'pypi') full = name.toLowerCase().replace(/[-_.]+/g, '-');
  else if (type === 'docker' || type === 'oci') full = namespace ? `${namespace}/${name}` : name;
  else full = namespace ? `${namespace}/${name}` : name;
  return { ecosystem, name: full, version };
}

const SCOPES: Record<string, SbomComponent['scope']> = {
  required: 'runtime',
  optional: 'optional',
  excluded: 'dev',
};

export function parseCycloneDx(text: string, file: string): SbomParseResult {
  const issues: ImportIssue[] = [];
  const error = (field: string, message: string, row?: number) =>
    issues.push({ file, field, message, severity: 'error', ...(row ? { row } : {}) });
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    const lineMatch = /line (\d+)/.exec(message);
    const row = lineMatch ? Number(lineMatch[1]) : pos ? lineAt(text, Number(pos[1])) : undefined;
    error('$', `not valid JSON (${message}); CycloneDX XML is not read, export JSON`, row);
    return { components: [], issues, subject: null };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    error('$', 'expected a CycloneDX JSON object');
    return { components: [], issues, subject: null };
  }
  const bom = doc as Record<string, unknown>;
  if (bom.bomFormat !== 'CycloneDX')
    error('$.bomFormat', `expected "CycloneDX", got ${JSON.stringify(bom.bomFormat ?? null)}`);
  if (typeof bom.specVersion !== 'string' || !CYCLONEDX_VERSIONS.includes(bom.specVersion))
    error(
      '$.specVersion',
      `spec version ${JSON.stringify(bom.specVersion ?? null)} is not read; supported: ${CYCLONEDX_VERSIONS.join(', ')}`,
    );
  const metadata = (bom.metadata ?? {}) as Record<string, unknown>;
  const root = (metadata.component ?? null) as Record<string, unknown> | null;
  const rootRef = typeof root?.['bom-ref'] === 'string' ? (root['bom-ref'] as string) : null;
  const graph = Array.isArray(bom.dependencies) ? (bom.dependencies as Record<string, unknown>[]) : null;
  const directRefs = new Set<string>();
  if (graph && rootRef) {
    for (const d of graph) {
      if (d?.ref === rootRef && Array.isArray(d.dependsOn))
        for (const r of d.dependsOn) directRefs.add(String(r));
    }
  }
  const components: SbomComponent[] = [];
  const walk = (list: unknown, at: string) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      error(at, 'expected a list of components');
      return;
    }
    for (const [i, c] of (list as unknown[]).entries()) {
      const here = `${at}[${i}]`;
      if (typeof c !== 'object' || c === null) {
        error(here, 'expected a component object');
        continue;
      }
      const comp = c as Record<string, unknown>;
      if (comp.purl === undefined || comp.purl === null) {
        issues.push({
          file,
          field: here,
          message: `${String(comp.type ?? 'component')} ${String(comp.name ?? '')} has no purl; left out`,
          severity: 'warning',
        });
      } else if (typeof comp.purl !== 'string') error(`${here}.purl`, 'expected a string');
      else {
        const p = parsePurl(comp.purl);
        if (!p)
          error(
            `${here}.purl`,
            `not a package URL: ${JSON.stringify(comp.purl)} (pkg:type/namespace/name@version)`,
          );
        else {
          const ref = typeof comp['bom-ref'] === 'string' ? comp['bom-ref'] : null;
          const version = p.version ?? (typeof comp.version === 'string' ? comp.version : null);
          components.push({
            ...p,
            version,
            scope: SCOPES[String(comp.scope ?? '')] ?? null,
            direct:
              graph && rootRef ? (ref !== null && directRefs.has(ref)) || directRefs.has(comp.purl) : true,
            path: here,
          });
        }
      }
      walk(comp.components, `${here}.components`);
    }
  };
  walk(bom.components, '$.components');
  const subject = typeof root?.name === 'string' ? root.name : null;
  return { components, issues, subject };
}
