/**
 * npm-family manifests: package.json, package-lock.json (v1/v2/v3), yarn.lock (classic v1 and berry),
 * pnpm-lock.yaml (lockfileVersion 5.x, 6.x, 9.x). Pure and never throwing.
 *
 * `direct` in lockfiles: from the root/importer entries when the lockfile records them (package-lock v2/v3,
 * pnpm, yarn berry workspaces). package-lock v1 and yarn classic do not record the project's own
 * dependencies, so there a package is taken as direct when no other locked package depends on it — a lower
 * bound (a package both declared and pulled in transitively is reported as indirect).
 */
import {
  type Dependency,
  type DependencyScope,
  dep,
  isRecord,
  linesByKey,
  type ManifestParseResult,
  type ManifestWarning,
  parseJsonObject,
  parseYamlObject,
} from './manifest-types.js';

const SECTIONS: readonly [string, DependencyScope][] = [
  ['dependencies', 'runtime'],
  ['devDependencies', 'dev'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'runtime'],
];

function stringMap(value: unknown): [string, string][] {
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'string' ? [[k, v] as [string, string]] : [],
  );
}

/** Line of `"name":` inside the JSON object that starts at `"section":`. */
function jsonKeyLine(text: string, section: string, name: string): number | undefined {
  const start = text.search(new RegExp(`"${section}"\\s*:`));
  if (start < 0) return undefined;
  const at = text.indexOf(`"${name}"`, start + section.length + 2);
  if (at < 0) return undefined;
  return text.slice(0, at).split('\n').length;
}

export function parsePackageJson(text: string, file: string): ManifestParseResult {
  const parsed = parseJsonObject(text, file);
  if (!parsed.ok) return parsed.result;
  const pkg = parsed.value;
  const dependencies: Dependency[] = [];
  const peerMeta = isRecord(pkg.peerDependenciesMeta) ? pkg.peerDependenciesMeta : {};
  for (const [section, sectionScope] of SECTIONS) {
    for (const [name, requirement] of stringMap(pkg[section])) {
      const meta = peerMeta[name];
      const scope =
        section === 'peerDependencies' && isRecord(meta) && meta.optional ? 'optional' : sectionScope;
      const line = jsonKeyLine(text, section, name);
      dependencies.push(
        dep({ ecosystem: 'npm', name, version: requirement, requirement, scope, direct: true, file, line }),
      );
    }
  }
  const ws = Array.isArray(pkg.workspaces)
    ? pkg.workspaces
    : isRecord(pkg.workspaces)
      ? pkg.workspaces.packages
      : undefined;
  const result: ManifestParseResult = { dependencies, warnings: [] };
  if (Array.isArray(ws)) result.workspaces = ws.filter((w): w is string => typeof w === 'string');
  return result;
}

function lockScope(entry: Record<string, unknown>): DependencyScope {
  if (entry.dev === true || entry.devOptional === true) return 'dev';
  if (entry.optional === true) return 'optional';
  return 'runtime';
}

export function parsePackageLock(text: string, file: string): ManifestParseResult {
  const parsed = parseJsonObject(text, file);
  if (!parsed.ok) return parsed.result;
  const lock = parsed.value;
  const version = lock.lockfileVersion;
  const dependencies: Dependency[] = [];
  if (version === 2 || version === 3) {
    if (!isRecord(lock.packages)) {
      return {
        dependencies,
        warnings: [{ file, message: `${file}: lockfileVersion ${version} without "packages"` }],
      };
    }
    const lines = linesByKey(text, /^\s*"((?:[^"]*\/)?node_modules\/[^"]+)"\s*:/);
    // names the root project and its workspace packages declare
    const declared = new Set<string>();
    for (const [key, entry] of Object.entries(lock.packages)) {
      if (!isRecord(entry) || key.includes('node_modules/')) continue;
      for (const [section] of SECTIONS) for (const [name] of stringMap(entry[section])) declared.add(name);
    }
    for (const [key, entry] of Object.entries(lock.packages)) {
      const at = key.lastIndexOf('node_modules/');
      if (!isRecord(entry) || at < 0 || entry.link === true) continue;
      const name = typeof entry.name === 'string' ? entry.name : key.slice(at + 'node_modules/'.length);
      const topLevel = at === 0 || !key.slice(0, at).includes('node_modules/');
      dependencies.push(
        dep({
          ecosystem: 'npm',
          name,
          version: typeof entry.version === 'string' ? entry.version : null,
          scope: lockScope(entry),
          direct: topLevel && declared.has(name),
          file,
          line: lines.get(key),
        }),
      );
    }
    return { dependencies, warnings: [] };
  }
  if (version === 1 || (version === undefined && isRecord(lock.dependencies))) {
    const required = new Set<string>();
    const walk = (
      tree: unknown,
      visit: (name: string, entry: Record<string, unknown>, depth: number) => void,
      depth = 0,
    ) => {
      if (!isRecord(tree)) return;
      for (const [name, entry] of Object.entries(tree)) {
        if (!isRecord(entry)) continue;
        visit(name, entry, depth);
        walk(entry.dependencies, visit, depth + 1);
      }
    };
    walk(lock.dependencies, (_n, entry) => {
      for (const [name] of stringMap(entry.requires)) required.add(name);
    });
    const lines = linesByKey(text, /^ {4}"([^"]+)"\s*:\s*\{/);
    walk(lock.dependencies, (name, entry, depth) => {
      dependencies.push(
        dep({
          ecosystem: 'npm',
          name,
          version: typeof entry.version === 'string' ? entry.version : null,
          scope: lockScope(entry),
          direct: depth === 0 && !required.has(name),
          file,
          line: depth === 0 ? lines.get(name) : undefined,
        }),
      );
    });
    return { dependencies, warnings: [] };
  }
  return {
    dependencies: [],
    warnings: [
      { file, message: `${file}: unsupported package-lock lockfileVersion ${JSON.stringify(version)}` },
    ],
  };
}

/** `@scope/name@^1.0.0` / `name@npm:^1.0.0` -> name. */
function specName(spec: string): string {
  const at = spec.indexOf('@', 1);
  return at < 0 ? spec : spec.slice(0, at);
}

function unquote(s: string): string {
  const t = s.trim();
  return t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

export function parseYarnLock(text: string, file: string): ManifestParseResult {
  if (/^__metadata:/m.test(text)) return parseYarnBerry(text, file);
  if (!/^# yarn lockfile v1/m.test(text)) {
    return {
      dependencies: [],
      warnings: [
        { file, message: `${file}: not a yarn lockfile (no "# yarn lockfile v1" header or __metadata)` },
      ],
    };
  }
  interface Entry {
    name: string;
    version: string | null;
    line: number;
  }
  const entries: Entry[] = [];
  const required = new Set<string>();
  let current: Entry | null = null;
  let inDeps = false;
  const all = text.split(/\r?\n/);
  for (let i = 0; i < all.length; i++) {
    const raw = all[i] ?? '';
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    const indent = raw.length - raw.trimStart().length;
    if (indent === 0) {
      if (!raw.endsWith(':')) {
        return {
          dependencies: [],
          warnings: [{ file, line: i + 1, message: `${file}: unexpected line ${i + 1} in yarn.lock` }],
        };
      }
      const first = unquote(raw.slice(0, -1).split(',')[0] ?? '');
      current = { name: specName(first), version: null, line: i + 1 };
      entries.push(current);
      inDeps = false;
    } else if (indent === 2 && current) {
      const m = /^\s+(\w+)\s*(.*)$/.exec(raw);
      inDeps = !!m && /^(dependencies|optionalDependencies):$/.test(`${m[1]}${m[2]}`);
      if (m?.[1] === 'version') current.version = unquote(m[2] ?? '');
    } else if (indent >= 4 && inDeps) {
      const m = /^\s+("[^"]+"|\S+)/.exec(raw);
      if (m?.[1]) required.add(unquote(m[1]));
    }
  }
  const dependencies = entries.map((e) =>
    dep({
      ecosystem: 'npm',
      name: e.name,
      version: e.version,
      scope: null,
      direct: !required.has(e.name),
      file,
      line: e.line,
    }),
  );
  return { dependencies, warnings: [] };
}

function parseYarnBerry(text: string, file: string): ManifestParseResult {
  const parsed = parseYamlObject(text, file);
  if (!parsed.ok) return parsed.result;
  const lines = linesByKey(text, /^("?[^\s"][^"]*"?):\s*$/);
  const declared = new Set<string>();
  const entries: [string, Record<string, unknown>][] = [];
  for (const [key, entry] of Object.entries(parsed.value)) {
    if (key === '__metadata' || !isRecord(entry)) continue;
    const first = (key.split(',')[0] ?? '').trim();
    const resolution = typeof entry.resolution === 'string' ? entry.resolution : first;
    if (/@workspace:/.test(resolution)) {
      for (const section of ['dependencies', 'devDependencies', 'peerDependencies']) {
        for (const name of Object.keys(isRecord(entry[section]) ? entry[section] : {})) declared.add(name);
      }
      continue;
    }
    entries.push([key, entry]);
  }
  const dependencies = entries.map(([key, entry]) => {
    const first = (key.split(',')[0] ?? '').trim();
    const name = specName(typeof entry.resolution === 'string' ? entry.resolution : first);
    const version = entry.version === undefined ? null : String(entry.version);
    const line = lines.get(key) ?? lines.get(`"${key}"`);
    return dep({ ecosystem: 'npm', name, version, scope: null, direct: declared.has(name), file, line });
  });
  return { dependencies, warnings: [] };
}

/** pnpm package key -> name and version, for `/a/1.0.0_peer` (5.x), `/a@1.0.0(peer)` (6.x), `a@1.0.0` (9.x). */
function pnpmKey(key: string, major: number): { name: string; version: string } | null {
  const k = key.startsWith('/') ? key.slice(1) : key;
  if (major < 6) {
    const slash = k.lastIndexOf('/');
    if (slash <= 0) return null;
    return { name: k.slice(0, slash), version: k.slice(slash + 1).split('_')[0] ?? '' };
  }
  const bare = k.replace(/\(.*$/, '');
  const at = bare.indexOf('@', 1);
  if (at < 0) return null;
  return { name: bare.slice(0, at), version: bare.slice(at + 1) };
}

function pnpmVersion(raw: string, major: number): string {
  return major < 6 ? (raw.split('_')[0] ?? raw) : raw.replace(/\(.*$/, '');
}

export function parsePnpmLock(text: string, file: string): ManifestParseResult {
  const parsed = parseYamlObject(text, file);
  if (!parsed.ok) return parsed.result;
  const lock = parsed.value;
  const major = Number.parseInt(String(lock.lockfileVersion ?? ''), 10);
  if (![5, 6, 9].includes(major)) {
    return {
      dependencies: [],
      warnings: [
        {
          file,
          message: `${file}: unsupported pnpm lockfileVersion ${JSON.stringify(lock.lockfileVersion)}`,
        },
      ],
    };
  }
  // direct dependencies: name@version -> scope, from the importers (workspaces) or the root (single project)
  const direct = new Map<string, DependencyScope>();
  const importers = isRecord(lock.importers) ? Object.values(lock.importers) : [lock];
  for (const importer of importers) {
    if (!isRecord(importer)) continue;
    for (const [section, scope] of SECTIONS) {
      const deps = importer[section];
      if (!isRecord(deps)) continue;
      for (const [name, value] of Object.entries(deps)) {
        const raw = isRecord(value) ? value.version : value;
        if (typeof raw !== 'string' || raw.startsWith('link:')) continue;
        const version = pnpmVersion(raw, major);
        // in 5.x/6.x an aliased or non-registry dep records the whole key ("/b/1.0.0")
        const alias = raw.startsWith('/') ? pnpmKey(raw, major) : null;
        direct.set(alias ? `${alias.name}@${alias.version}` : `${name}@${version}`, scope);
      }
    }
  }
  const packages = isRecord(lock.packages) ? lock.packages : {};
  const warnings: ManifestWarning[] = [];
  const lines = new Map<string, number>();
  const all = text.split(/\r?\n/);
  let inPackages = false;
  all.forEach((l, i) => {
    if (/^\S/.test(l)) inPackages = l.startsWith('packages:');
    const m = inPackages ? /^ {2}['"]?([^'"\s][^'"]*?)['"]?:\s*$/.exec(l) : null;
    if (m?.[1]) lines.set(m[1], i + 1);
  });
  const seen = new Set<string>();
  const dependencies: Dependency[] = [];
  for (const [key, entry] of Object.entries(packages)) {
    const id = pnpmKey(key, major);
    if (!id) {
      warnings.push({ file, line: lines.get(key), message: `${file}: cannot read package key '${key}'` });
      continue;
    }
    const nv = `${id.name}@${id.version}`;
    if (seen.has(nv)) continue; // peer-dependency variants of the same version
    seen.add(nv);
    const e = isRecord(entry) ? entry : {};
    const directScope = direct.get(nv);
    dependencies.push(
      dep({
        ecosystem: 'npm',
        name: id.name,
        version: id.version,
        scope: directScope ?? (major < 9 ? lockScope(e) : null),
        direct: directScope !== undefined,
        file,
        line: lines.get(key),
      }),
    );
  }
  return { dependencies, warnings };
}
