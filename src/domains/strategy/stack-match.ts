/**
 * Pure rules of the stack inventory: which radar entry a package stands for (the leaders' mapping rules
 * first, in order, then an exact name match), and how far a version is behind the newest one seen.
 */
import type { RadarEntryRef } from './radar.repo.js';

export interface MappingRule {
  /** An ecosystem (`npm`, `docker`…) or `*` for any. */
  ecosystem: string;
  /** Package name glob, case-insensitive: `*` any run of characters, `?` one character. */
  pattern: string;
  entryKey: string;
}

export interface Match {
  entry: RadarEntryRef;
  /** How it matched: `rule npm:react` or `name`. */
  via: string;
}

export function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 'i');
}

/** `Node.js` -> `node-js`; `@scope/pkg` -> `scope-pkg`. */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The names a package is known by for the exact-name default: the full name and its last segment (not a `v2` major suffix). */
function candidateNames(name: string): string[] {
  const segments = name.split(/[/:]/).filter((s) => s && !/^v\d+$/.test(s));
  const last = segments.at(-1);
  return [...new Set([normalizeName(name), ...(last ? [normalizeName(last)] : [])])];
}

/** A matcher over the rules and the radar's entries; results are cached per package. */
export function buildMatcher(
  rules: readonly MappingRule[],
  entries: readonly RadarEntryRef[],
): (ecosystem: string, name: string) => Match | null {
  const byKey = new Map(entries.map((e) => [e.key.toLowerCase(), e]));
  const byName = new Map<string, RadarEntryRef>();
  for (const e of entries) {
    byName.set(normalizeName(e.key), e);
    if (!byName.has(normalizeName(e.name))) byName.set(normalizeName(e.name), e);
  }
  const compiled = rules
    .map((r) => ({ ...r, re: globToRegExp(r.pattern), entry: byKey.get(r.entryKey.toLowerCase()) }))
    .filter((r) => r.entry);
  const cache = new Map<string, Match | null>();
  return (ecosystem, name) => {
    const key = `${ecosystem}\u0000${name}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    let found: Match | null = null;
    for (const r of compiled) {
      if ((r.ecosystem === '*' || r.ecosystem === ecosystem) && r.re.test(name)) {
        found = { entry: r.entry!, via: `rule ${r.ecosystem}:${r.pattern}` };
        break;
      }
    }
    if (!found) {
      for (const c of candidateNames(name)) {
        const e = byName.get(c);
        if (e) {
          found = { entry: e, via: 'name' };
          break;
        }
      }
    }
    cache.set(key, found);
    return found;
  };
}

/** The numbers of a version or requirement: `^18.3.1` -> [18, 3, 1]; `v1.2` -> [1, 2]; null without digits. */
export function versionNumbers(v: string | null): number[] | null {
  if (!v) return null;
  const m = /(\d+(?:\.\d+)*)/.exec(v);
  return m ? m[1]!.split('.').slice(0, 3).map(Number) : null;
}

export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** How far `v` is behind `newest`: majors when the major differs, else minors, else patches. */
export function behind(
  v: number[],
  newest: number[],
): { unit: 'major' | 'minor' | 'patch' | null; count: number } {
  for (const [i, unit] of (['major', 'minor', 'patch'] as const).entries()) {
    const d = (newest[i] ?? 0) - (v[i] ?? 0);
    if (d > 0) return { unit, count: d };
    if (d < 0) return { unit: null, count: 0 };
  }
  return { unit: null, count: 0 };
}

/** The map's value for `key`, created by `make` when missing. */
export function upsert<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}
