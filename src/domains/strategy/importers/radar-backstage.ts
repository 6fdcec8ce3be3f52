/**
 * The Backstage tech-radar JSON (`TechRadarLoaderResponse` of @backstage-community/plugin-tech-radar,
 * the Zalando radar's data shape): `quadrants[{id,name}]` (four), `rings[{id,name,color,description?}]`
 * (innermost first), `entries[{id,key,title,quadrant,description?,url?,links?[{url,title}],
 * timeline[{moved?,ringId,date,description?}]}]`. The current ring is the latest timeline item's (ties:
 * the one listed first, as Backstage reads `timeline[0]`). `moved` is -1 (down/out), 0, 1 (up/in); the
 * Zalando radar's 2 ("new") is read as 0 and flags the entry new. Pure: text in, document out.
 */

import type { ImportIssue } from '../../../platform/imports/import-report.js';
import {
  type DocEntry,
  type DocMove,
  type DocQuadrant,
  type DocRing,
  isoDay,
  type ParsedRadar,
  type RadarDocument,
  type RadarLink,
  stanceOf,
} from './radar-document.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

export function parseBackstageRadar(text: string, file: string): ParsedRadar {
  const issues: ImportIssue[] = [];
  const err = (entity: string | undefined, field: string | undefined, message: string) =>
    issues.push({ file, entity, field, message, severity: 'error' });
  const empty: RadarDocument = { format: 'backstage', quadrants: [], rings: [], entries: [], refs: 'key' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    err(undefined, undefined, `not valid JSON (${(e as Error).message})`);
    return { doc: empty, issues };
  }
  if (!isObj(data)) {
    err(undefined, undefined, 'expected an object with quadrants, rings and entries');
    return { doc: empty, issues };
  }
  for (const field of ['quadrants', 'rings', 'entries'])
    if (!Array.isArray(data[field])) err(undefined, field, 'missing or not a list');
  if (issues.length) return { doc: empty, issues };

  const quadrants: DocQuadrant[] = [];
  for (const [i, q] of (data.quadrants as unknown[]).entries()) {
    const at = `quadrants[${i}]`;
    const id = isObj(q) ? str(q.id) : null;
    const name = isObj(q) ? str(q.name) : null;
    if (!id) {
      err(at, 'id', 'missing quadrant id');
      continue;
    }
    if (!name) {
      err(at, 'name', 'missing quadrant name');
      continue;
    }
    if (quadrants.some((x) => x.key === id.toLowerCase())) {
      err(at, 'id', `quadrant id "${id}" is listed twice`);
      continue;
    }
    quadrants.push({ key: id.toLowerCase(), name });
  }
  if ((data.quadrants as unknown[]).length !== 4)
    err(
      undefined,
      'quadrants',
      `a radar has exactly 4 quadrants; found ${(data.quadrants as unknown[]).length}`,
    );

  const rings: DocRing[] = [];
  for (const [i, r] of (data.rings as unknown[]).entries()) {
    const at = `rings[${i}]`;
    const id = isObj(r) ? str(r.id) : null;
    const name = isObj(r) ? str(r.name) : null;
    if (!id) {
      err(at, 'id', 'missing ring id');
      continue;
    }
    if (!name) {
      err(at, 'name', 'missing ring name');
      continue;
    }
    if (rings.some((x) => x.key === id.toLowerCase())) {
      err(at, 'id', `ring id "${id}" is listed twice`);
      continue;
    }
    const color = isObj(r) ? str(r.color) : null;
    const description = isObj(r) ? (str(r.description) ?? '') : '';
    rings.push({ key: id.toLowerCase(), name, color, description, stance: stanceOf(id, name, i) });
  }
  if (rings.length === 0 && (data.rings as unknown[]).length === 0)
    err(undefined, 'rings', 'a radar needs at least one ring');

  const quadrantKeys = new Set(quadrants.map((q) => q.key));
  const ringKeys = new Set(rings.map((r) => r.key));
  const entries: DocEntry[] = [];
  const seen = new Set<string>();
  for (const [i, e] of (data.entries as unknown[]).entries()) {
    const entry = readEntry(e, i, quadrantKeys, ringKeys, err);
    if (!entry) continue;
    if (seen.has(entry.key)) {
      err(entry.at.entity, 'id', `entry id "${entry.key}" is listed twice`);
      continue;
    }
    seen.add(entry.key);
    entries.push(entry);
  }
  return { doc: { format: 'backstage', quadrants, rings, entries, refs: 'key' }, issues };
}

function readEntry(
  e: unknown,
  i: number,
  quadrantKeys: Set<string>,
  ringKeys: Set<string>,
  err: (entity: string | undefined, field: string | undefined, message: string) => void,
): DocEntry | null {
  if (!isObj(e)) {
    err(`entries[${i}]`, undefined, 'expected an object');
    return null;
  }
  const id = str(e.id) ?? str(e.key);
  const at = `entries[${i}]${id ? ` (id "${id}")` : ''}`;
  const before = { n: 0 };
  const fail = (field: string, message: string) => {
    before.n++;
    err(at, field, message);
  };
  if (!id) fail('id', 'missing entry id');
  const title = str(e.title);
  if (!title) fail('title', 'missing title');
  const quadrant = str(e.quadrant)?.toLowerCase() ?? null;
  if (!quadrant) fail('quadrant', 'missing quadrant');
  else if (quadrantKeys.size && !quadrantKeys.has(quadrant))
    fail('quadrant', `unknown quadrant "${e.quadrant}" (quadrant ids: ${[...quadrantKeys].join(', ')})`);
  if (e.description !== undefined && typeof e.description !== 'string') fail('description', 'expected text');
  if (e.url !== undefined && e.url !== null && typeof e.url !== 'string') fail('url', 'expected text');
  const links: RadarLink[] = [];
  if (e.links !== undefined) {
    if (!Array.isArray(e.links)) fail('links', 'expected a list of {url, title}');
    else
      for (const [j, l] of e.links.entries()) {
        const url = isObj(l) ? str(l.url) : null;
        if (!url) {
          fail(`links[${j}].url`, 'missing url');
          continue;
        }
        links.push({ url, title: (isObj(l) ? str(l.title) : null) ?? url });
      }
  }
  const timeline: DocMove[] = [];
  let isNew = false;
  if (!Array.isArray(e.timeline) || e.timeline.length === 0)
    fail('timeline', 'needs at least one item (the ring the entry is in, and since when)');
  else
    for (const [j, t] of e.timeline.entries()) {
      const f = `timeline[${j}]`;
      if (!isObj(t)) {
        fail(f, 'expected an object');
        continue;
      }
      const ring = str(t.ringId)?.toLowerCase() ?? null;
      if (!ring) {
        fail(`${f}.ringId`, 'missing ringId');
        continue;
      }
      if (!ringKeys.has(ring)) {
        fail(`${f}.ringId`, `unknown ring "${t.ringId}" (ring ids: ${[...ringKeys].join(', ')})`);
        continue;
      }
      const date = isoDay(t.date);
      if (!date) {
        fail(`${f}.date`, `"${String(t.date ?? '')}" is not a date (YYYY-MM-DD)`);
        continue;
      }
      let direction: number | null = null;
      if (t.moved !== undefined && t.moved !== null) {
        if (![-1, 0, 1, 2].includes(t.moved as number)) {
          fail(`${f}.moved`, `"${String(t.moved)}" is not -1, 0 or 1`);
          continue;
        }
        direction = t.moved === 2 ? 0 : (t.moved as number);
        if (t.moved === 2) isNew = true;
      }
      if (t.description !== undefined && typeof t.description !== 'string') {
        fail(`${f}.description`, 'expected text');
        continue;
      }
      if (timeline.some((m) => m.date === date && m.ring === ring)) {
        fail(`${f}`, `the ring "${ring}" on ${date} is listed twice`);
        continue;
      }
      timeline.push({ date, ring, direction, description: (t.description as string | undefined) ?? '' });
    }
  if (before.n > 0) return null;
  // The latest item is the current ring; among items of the same day the first listed wins.
  const current = timeline.reduce((a, b) => (b.date > a.date ? b : a));
  return {
    key: id!.toLowerCase(),
    name: title!,
    quadrant: quadrant!,
    ring: current.ring,
    description: typeof e.description === 'string' ? e.description : '',
    url: str(e.url) && e.url !== '#' ? (e.url as string).trim() : null,
    links,
    ...(isNew ? { isNew } : {}),
    timeline,
    at: { entity: at },
  };
}

/** The Backstage JSON of a radar; `doc` names quadrants and rings by key. Timelines newest first. */
export function exportBackstageRadar(doc: RadarDocument): object {
  return {
    quadrants: (doc.quadrants ?? []).map((q) => ({ id: q.key, name: q.name })),
    rings: (doc.rings ?? []).map((r) => ({
      id: r.key,
      name: r.name,
      color: r.color ?? '#888888',
      ...(r.description ? { description: r.description } : {}),
    })),
    entries: doc.entries.map((e) => ({
      id: e.key,
      key: e.key,
      title: e.name,
      quadrant: e.quadrant,
      description: e.description,
      ...(e.url ? { url: e.url } : {}),
      links: e.links,
      timeline: [...e.timeline]
        .sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1))
        .map((m) => ({ moved: m.direction ?? 0, ringId: m.ring, date: m.date, description: m.description })),
    })),
  };
}
