/**
 * Go and Python manifests: go.mod, requirements*.txt, pyproject.toml (PEP 621, PEP 735 dependency groups,
 * Poetry), poetry.lock. TOML goes through the minimal reader in toml-reader.ts. Pure and never throwing.
 */
import { basename } from 'node:path';
import {
  type Dependency,
  type DependencyScope,
  dep,
  type ManifestParseResult,
  type ManifestWarning,
} from './manifest-types.js';
import {
  parseToml,
  type TomlDocument,
  TomlError,
  type TomlTable,
  type TomlValue,
  tomlPathKey,
  tomlTable,
} from './toml-reader.js';

export function parseGoMod(text: string, file: string): ManifestParseResult {
  interface Req {
    name: string;
    version: string;
    indirect: boolean;
    line: number;
  }
  const requires: Req[] = [];
  const replaces = new Map<string, { path: string; version: string | null }>();
  const warnings: ManifestWarning[] = [];
  let block: string | null = null;
  let sawModule = false;
  const all = text.split(/\r?\n/);
  for (let i = 0; i < all.length; i++) {
    const raw = all[i] ?? '';
    const comment = raw.indexOf('//');
    const body = (comment >= 0 ? raw.slice(0, comment) : raw).trim();
    const indirect = comment >= 0 && /\/\/\s*indirect\b/.test(raw.slice(comment));
    if (!body) continue;
    let directive: string | null = block;
    let rest = body;
    if (block && body === ')') {
      block = null;
      continue;
    }
    if (!block) {
      const m = /^(\w+)\s*(.*)$/.exec(body);
      directive = m?.[1] ?? null;
      rest = (m?.[2] ?? '').trim();
      if (rest === '(') {
        block = directive;
        continue;
      }
    }
    if (directive === 'module') sawModule = true;
    if (directive === 'require') {
      const m = /^("[^"]+"|\S+)\s+(\S+)$/.exec(rest);
      if (!m) {
        warnings.push({ file, line: i + 1, message: `${file}: cannot read require at line ${i + 1}` });
        continue;
      }
      requires.push({ name: (m[1] ?? '').replace(/"/g, ''), version: m[2] ?? '', indirect, line: i + 1 });
    } else if (directive === 'replace') {
      const m = /^(\S+)(?:\s+\S+)?\s*=>\s*(\S+)(?:\s+(\S+))?$/.exec(rest);
      if (m?.[1] && m[2]) replaces.set(m[1], { path: m[2], version: m[3] ?? null });
    }
  }
  if (!sawModule && requires.length === 0) {
    return {
      dependencies: [],
      warnings: [{ file, message: `${file}: not a go.mod file (no module directive)` }],
    };
  }
  const dependencies = requires.map((r): Dependency => {
    const replaced = replaces.get(r.name);
    if (replaced && !replaced.version) {
      warnings.push({
        file,
        line: r.line,
        message: `${file}: ${r.name} is replaced by the local path ${replaced.path}`,
      });
    }
    const local = !!replaced && !replaced.version;
    return dep({
      ecosystem: 'go',
      name: replaced && !local ? replaced.path : r.name,
      version: replaced ? replaced.version : r.version,
      requirement: r.version,
      scope: null,
      direct: !r.indirect,
      file,
      line: r.line,
    });
  });
  return { dependencies, warnings };
}

/** PEP 503 normalized project name. */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** One PEP 508 requirement: `name[extras] (specifiers) ; marker` or `name @ url`. */
export function parsePep508(spec: string): { name: string; requirement: string | null } | null {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(spec);
  if (!m?.[1]) return null;
  const rest = (m[3] ?? '').split(';')[0]?.trim() ?? '';
  if (rest && !/^(\(|@|[<>=!~])/.test(rest)) return null;
  const requirement = rest.replace(/^\((.*)\)$/, '$1').replace(/\s+/g, rest.startsWith('@') ? ' ' : '');
  return { name: normalizePypiName(m[1]), requirement: requirement || null };
}

function requirementsScope(file: string): DependencyScope {
  const base = basename(file).toLowerCase();
  if (/test/.test(base)) return 'test';
  if (/dev|lint|doc/.test(base)) return 'dev';
  return 'runtime';
}

export function parseRequirementsTxt(text: string, file: string): ManifestParseResult {
  const dependencies: Dependency[] = [];
  const warnings: ManifestWarning[] = [];
  const scope = requirementsScope(file);
  const all = text.split(/\r?\n/);
  for (let i = 0; i < all.length; i++) {
    const startLine = i + 1;
    let logical = all[i] ?? '';
    while (/\\\s*$/.test(logical) && i + 1 < all.length) logical = logical.replace(/\\\s*$/, ' ') + all[++i];
    const line = logical.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    if (line.startsWith('-')) {
      const inc = /^(-r|--requirement|-c|--constraint)[\s=]+(\S+)/.exec(line);
      if (inc) {
        const kind = inc[1] === '-c' || inc[1] === '--constraint' ? 'constraints' : 'requirements';
        warnings.push({
          file,
          line: startLine,
          message: `${file}: includes ${kind} file ${inc[2]} (scan it separately)`,
        });
      }
      const editable = /^(-e|--editable)\s+(.*)$/.exec(line);
      const egg = editable ? /#egg=([A-Za-z0-9._-]+)/.exec(logical) : null;
      if (egg?.[1]) {
        dependencies.push(
          dep({
            ecosystem: 'pypi',
            name: normalizePypiName(egg[1]),
            version: null,
            requirement: editable?.[2] ?? null,
            scope,
            direct: true,
            file,
            line: startLine,
          }),
        );
      }
      continue; // other options: --index-url, --hash, --find-links, ...
    }
    const spec = line.replace(/\s--hash[=\s]\S+/g, '').trim();
    const urlEgg = /^(?:git\+|hg\+|https?:|file:)\S*#egg=([A-Za-z0-9._-]+)/.exec(spec);
    const parsed = urlEgg?.[1]
      ? { name: normalizePypiName(urlEgg[1]), requirement: spec }
      : parsePep508(spec);
    if (!parsed) {
      warnings.push({
        file,
        line: startLine,
        message: `${file}: cannot read requirement '${spec}' at line ${startLine}`,
      });
      continue;
    }
    dependencies.push(
      dep({
        ecosystem: 'pypi',
        name: parsed.name,
        version: parsed.requirement,
        requirement: parsed.requirement,
        scope,
        direct: true,
        file,
        line: startLine,
      }),
    );
  }
  return { dependencies, warnings };
}

function readToml(
  text: string,
  file: string,
): { ok: true; doc: TomlDocument } | { ok: false; result: ManifestParseResult } {
  try {
    return { ok: true, doc: parseToml(text) };
  } catch (error) {
    const line = error instanceof TomlError ? error.line : undefined;
    const message = error instanceof Error ? error.message : String(error);
    const warning: ManifestWarning = { file, message: `${file}: invalid TOML (${message})` };
    if (line !== undefined) warning.line = line;
    return { ok: false, result: { dependencies: [], warnings: [warning] } };
  }
}

/** The line of an array item: the key's line plus the offset of the item's text after it. */
function arrayItemLine(text: string, keyLine: number | undefined, item: string): number | undefined {
  if (keyLine === undefined) return undefined;
  const lines = text.split('\n');
  for (let i = keyLine - 1; i < Math.min(lines.length, keyLine + 400); i++) {
    if ((lines[i] ?? '').includes(item)) return i + 1;
  }
  return keyLine;
}

function groupScope(group: string): DependencyScope {
  return /^tests?$/i.test(group) ? 'test' : 'dev';
}

export function parsePyprojectToml(text: string, file: string): ManifestParseResult {
  const read = readToml(text, file);
  if (!read.ok) return read.result;
  const { root, lines } = read.doc;
  const dependencies: Dependency[] = [];
  const warnings: ManifestWarning[] = [];
  const pep508List = (value: TomlValue | undefined, path: string[], scope: DependencyScope) => {
    if (!Array.isArray(value)) return;
    for (const item of value) {
      if (typeof item !== 'string') continue; // PEP 735 {include-group = "..."}
      const parsed = parsePep508(item);
      const line = arrayItemLine(text, lines.get(tomlPathKey(path)), item);
      if (!parsed) {
        warnings.push({ file, line, message: `${file}: cannot read requirement '${item}'` });
        continue;
      }
      dependencies.push(
        dep({
          ecosystem: 'pypi',
          name: parsed.name,
          version: parsed.requirement,
          requirement: parsed.requirement,
          scope,
          direct: true,
          file,
          line,
        }),
      );
    }
  };
  const project = tomlTable(root.project);
  pep508List(project?.dependencies, ['project', 'dependencies'], 'runtime');
  for (const [extra, list] of Object.entries(tomlTable(project?.['optional-dependencies']) ?? {})) {
    pep508List(list, ['project', 'optional-dependencies', extra], 'optional');
  }
  for (const [group, list] of Object.entries(tomlTable(root['dependency-groups']) ?? {})) {
    pep508List(list, ['dependency-groups', group], groupScope(group));
  }
  pep508List(tomlTable(root['build-system'])?.requires, ['build-system', 'requires'], 'build');

  const poetry = tomlTable(tomlTable(root.tool)?.poetry);
  const poetryTable = (table: TomlTable | undefined, path: string[], scope: DependencyScope) => {
    for (const [name, value] of Object.entries(table ?? {})) {
      if (name.toLowerCase() === 'python') continue;
      const spec = Array.isArray(value) ? value[0] : value; // multiple-constraint deps: first is enough
      const t = tomlTable(spec);
      const requirement = typeof spec === 'string' ? spec : typeof t?.version === 'string' ? t.version : null;
      const optional = t?.optional === true;
      const line = lines.get(tomlPathKey([...path, name]));
      dependencies.push(
        dep({
          ecosystem: 'pypi',
          name: normalizePypiName(name),
          version: requirement,
          requirement,
          scope: optional ? 'optional' : scope,
          direct: true,
          file,
          line,
        }),
      );
    }
  };
  if (poetry) {
    poetryTable(tomlTable(poetry.dependencies), ['tool', 'poetry', 'dependencies'], 'runtime');
    poetryTable(tomlTable(poetry['dev-dependencies']), ['tool', 'poetry', 'dev-dependencies'], 'dev');
    for (const [group, g] of Object.entries(tomlTable(poetry.group) ?? {})) {
      poetryTable(
        tomlTable(tomlTable(g)?.dependencies),
        ['tool', 'poetry', 'group', group, 'dependencies'],
        groupScope(group),
      );
    }
  }
  return { dependencies, warnings };
}

export function parsePoetryLock(text: string, file: string): ManifestParseResult {
  const read = readToml(text, file);
  if (!read.ok) return read.result;
  const { root, lines } = read.doc;
  if (!Array.isArray(root.package)) {
    return {
      dependencies: [],
      warnings: [{ file, message: `${file}: no [[package]] entries in poetry.lock` }],
    };
  }
  const packages = root.package.map((p) => tomlTable(p) ?? {});
  const required = new Set<string>();
  for (const p of packages) {
    for (const name of Object.keys(tomlTable(p.dependencies) ?? {})) required.add(normalizePypiName(name));
  }
  const dependencies = packages.flatMap((p, index): Dependency[] => {
    if (typeof p.name !== 'string') return [];
    const name = normalizePypiName(p.name);
    // poetry < 1.5 wrote category = "main" | "dev"; newer lockfiles leave groups to pyproject.toml
    const scope: DependencyScope | null =
      p.optional === true
        ? 'optional'
        : p.category === 'dev'
          ? 'dev'
          : p.category === 'main'
            ? 'runtime'
            : null;
    const line = lines.get(tomlPathKey(['package', index, 'name']));
    return [
      dep({
        ecosystem: 'pypi',
        name,
        version: typeof p.version === 'string' ? p.version : null,
        scope,
        direct: !required.has(name),
        file,
        line,
      }),
    ];
  });
  return { dependencies, warnings: [] };
}
