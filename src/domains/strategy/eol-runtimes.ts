/**
 * Which runtimes a repository declares, for the end-of-life view: Dockerfile base images (node:16,
 * python:3.8-slim, golang, eclipse-temurin, postgres…), `engines.node`, `.nvmrc`/`.node-version`,
 * `.python-version`, `.ruby-version`, `.tool-versions`, `runtime.txt`, the go.mod `go` directive,
 * `requires-python`/`python_requires`, composer's `php`, a Gemfile's `ruby`, a pom's `java.version`, and
 * `*-version:` inputs of GitHub workflows. Pure; a version that cannot be read is left out.
 */
import type { Dependency } from './importers/manifest-types.js';

export interface RuntimeUse {
  /** endoflife.date product id. */
  product: string;
  /** The release cycle (`16`, `3.8`, `1.22`). */
  cycle: string;
  /** The version as declared, trimmed to its numbers (`16`, `3.8.10`). */
  version: string;
  line: number | null;
}

/** Files read only for the runtime they name (manifests are read anyway). */
export function runtimeFileKind(path: string): string | null {
  const base = path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);
  if (path.split(/[\\/]/).includes('node_modules')) return null;
  return [
    '.nvmrc',
    '.node-version',
    '.python-version',
    '.ruby-version',
    '.tool-versions',
    'runtime.txt',
    'setup.py',
    'setup.cfg',
    'Gemfile',
  ].includes(base)
    ? base
    : null;
}

const IMAGE_PRODUCTS: Record<string, string> = {
  node: 'nodejs',
  python: 'python',
  golang: 'go',
  ruby: 'ruby',
  php: 'php',
  postgres: 'postgresql',
  postgresql: 'postgresql',
  mysql: 'mysql',
  redis: 'redis',
  mongo: 'mongodb',
  mongodb: 'mongodb',
  'eclipse-temurin': 'eclipse-temurin',
  openjdk: 'eclipse-temurin',
  amazoncorretto: 'eclipse-temurin',
};

const TOOL_PRODUCTS: Record<string, string> = {
  nodejs: 'nodejs',
  node: 'nodejs',
  python: 'python',
  golang: 'go',
  go: 'go',
  ruby: 'ruby',
  php: 'php',
  java: 'eclipse-temurin',
  postgres: 'postgresql',
  postgresql: 'postgresql',
};

const NODE_CODENAMES: Record<string, string> = {
  argon: '4',
  boron: '6',
  carbon: '8',
  dubnium: '10',
  erbium: '12',
  fermium: '14',
  gallium: '16',
  hydrogen: '18',
  iron: '20',
  jod: '22',
  krypton: '24',
};

/** The release cycle of a version: the major for Node.js and Java, major.minor for the others (major from 10 on for PostgreSQL). */
export function cycleFor(product: string, version: string): string | null {
  const v = version.replace(/^1\.(\d+)$/, product === 'eclipse-temurin' ? '$1' : '1.$1');
  const parts = /^(\d+)(?:\.(\d+))?/.exec(v);
  if (!parts) return null;
  const [, major, minor] = parts;
  if (product === 'nodejs' || product === 'eclipse-temurin') return major!;
  if (product === 'postgresql' && Number(major) >= 10) return major!;
  return minor === undefined ? major! : `${major}.${minor}`;
}

/** The lowest version a requirement allows or the version it names: `>=3.8,<4` -> 3.8, `^18.2` -> 18.2, `temurin-17.0.8+7` -> 17.0.8. */
export function leadingVersion(text: string): string | null {
  const m = /(\d+(?:\.\d+){0,2})/.exec(text.replace(/\d+u\d+/, (x) => x.split('u')[0]!));
  return m ? m[1]! : null;
}

function use(product: string, raw: string, line: number | null): RuntimeUse[] {
  const version = leadingVersion(raw);
  if (!version) return [];
  const cycle = cycleFor(product, version);
  return cycle ? [{ product, cycle, version, line }] : [];
}

function lineOf(text: string, pattern: RegExp): number | null {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => pattern.test(l));
  return i < 0 ? null : i + 1;
}

/** The runtimes one file declares; `deps` are what its manifest parser found (Dockerfile images). */
export function detectRuntimes(path: string, text: string, deps: readonly Dependency[] = []): RuntimeUse[] {
  const normalized = path.replace(/\\/g, '/');
  const base = normalized.slice(normalized.lastIndexOf('/') + 1);
  const out: RuntimeUse[] = [];
  for (const d of deps) {
    if (d.ecosystem !== 'docker' || !d.version) continue;
    const product = IMAGE_PRODUCTS[d.name.slice(d.name.lastIndexOf('/') + 1)];
    if (product) out.push(...use(product, d.version, d.line ?? null));
  }
  const firstLine = (text.split('\n').find((l) => l.trim() && !l.trim().startsWith('#')) ?? '').trim();
  if (base === '.nvmrc' || base === '.node-version') {
    const code = /^lts\/(\w+)/i.exec(firstLine)?.[1]?.toLowerCase();
    const v = code ? NODE_CODENAMES[code] : firstLine;
    if (v) out.push(...use('nodejs', v, 1));
  } else if (base === '.python-version') out.push(...use('python', firstLine, 1));
  else if (base === '.ruby-version') out.push(...use('ruby', firstLine.replace(/^ruby-/, ''), 1));
  else if (base === 'runtime.txt') {
    const m = /^(python|ruby|php|node(?:js)?)-(.+)$/.exec(firstLine);
    if (m) out.push(...use(TOOL_PRODUCTS[m[1]!] ?? m[1]!, m[2]!, 1));
  } else if (base === '.tool-versions') {
    text.split('\n').forEach((l, i) => {
      const m = /^\s*([\w-]+)\s+(\S+)/.exec(l);
      const product = m ? TOOL_PRODUCTS[m[1]!] : undefined;
      if (m && product && !l.trim().startsWith('#')) out.push(...use(product, m[2]!, i + 1));
    });
  } else if (base === 'package.json') {
    const m = /"engines"\s*:\s*\{[^}]*?"node"\s*:\s*"([^"]+)"/s.exec(text);
    if (m) {
      const at = text.indexOf(m[0]) + m[0].length;
      out.push(...use('nodejs', m[1]!, text.slice(0, at).split('\n').length));
    }
  } else if (base === 'go.mod') {
    const m = /^go\s+(\d+\.\d+(?:\.\d+)?)\s*$/m.exec(text);
    if (m) out.push(...use('go', m[1]!, lineOf(text, /^go\s+\d/)));
  } else if (base === 'pyproject.toml' || base === 'setup.py' || base === 'setup.cfg') {
    const m = /(?:requires-python|python_requires)\s*=\s*["']?([^"'\n,]+(?:,[^"'\n]+)?)/.exec(text);
    if (m) out.push(...use('python', m[1]!, lineOf(text, /requires-python|python_requires/)));
  } else if (base === 'composer.json') {
    const m = /"php"\s*:\s*"([^"]+)"/.exec(text);
    if (m) out.push(...use('php', m[1]!, lineOf(text, /"php"\s*:/)));
  } else if (base === 'Gemfile') {
    const m = /^\s*ruby\s+["']([^"']+)["']/m.exec(text);
    if (m) out.push(...use('ruby', m[1]!, lineOf(text, /^\s*ruby\s+["']/)));
  } else if (base === 'pom.xml') {
    const m = /<(java\.version|maven\.compiler\.release|maven\.compiler\.source)>\s*([\d.]+)\s*</.exec(text);
    if (m)
      out.push(
        ...use('eclipse-temurin', m[2]!, lineOf(text, new RegExp(`<${m[1]!.replace(/\./g, '\\.')}>`))),
      );
  } else if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(normalized)) {
    text.split('\n').forEach((l, i) => {
      const m = /^\s*(node|python|go|java|ruby|php)-version\s*:\s*['"]?(\d[\w.]*)/.exec(l);
      if (m) out.push(...use(TOOL_PRODUCTS[m[1]!]!, m[2]!, i + 1));
    });
  }
  const seen = new Set<string>();
  return out.filter((r) => {
    const k = `${r.product}@${r.version}@${r.line}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
