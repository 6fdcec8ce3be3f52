/**
 * Applies an imported radar (Backstage JSON or BYOR CSV) and builds the exports. Entries are matched by
 * key. Merge (the default) keeps entries and history the file does not mention; replace removes them.
 * A Backstage file also sets the quadrants and rings. Idempotent: the same file again changes nothing.
 * All or nothing: the caller runs this in a transaction and nothing is written when issues are found.
 */

import type { AuditActor } from '../../platform/audit/audit.service.js';
import { record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import type { ImportIssue } from '../../platform/imports/import-report.js';
import { exportBackstageRadar } from './importers/radar-backstage.js';
import { exportByorCsv } from './importers/radar-byor.js';
import { type DocEntry, directionOf, type RadarDocument } from './importers/radar-document.js';
import * as repo from './radar.repo.js';
import { getRadar, writeMove } from './radar.service.js';
import { configureQuadrants, configureRings } from './radar-config.service.js';

export type RadarImportMode = 'merge' | 'replace';

export interface RadarImportOptions {
  file: string;
  mode: RadarImportMode;
  /** The day a BYOR CSV's placements and ring changes are dated (YYYY-MM-DD). */
  date: string;
  actor: AuditActor;
}

export interface RadarImportResult {
  counts: Record<string, number>;
  issues: ImportIssue[];
}

const sameLinks = (a: unknown, b: unknown) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

export async function applyRadarDocument(
  trx: Db,
  doc: RadarDocument,
  opts: RadarImportOptions,
): Promise<RadarImportResult> {
  const issues: ImportIssue[] = [];
  const counts: Record<string, number> = {
    'entries created': 0,
    'entries updated': 0,
    'entries unchanged': 0,
    'entries removed': 0,
    'moves written': 0,
    'moves removed': 0,
    'quadrants and rings changed': 0,
  };
  const configProblem = (p: { field: string; message: string }) =>
    issues.push({ file: opts.file, field: p.field, message: p.message, severity: 'error' });
  if (doc.quadrants) {
    const q = await configureQuadrants(trx, doc.quadrants);
    q.problems.forEach(configProblem);
    counts['quadrants and rings changed']! += q.changed;
  }
  if (doc.rings && issues.length === 0) {
    const r = await configureRings(trx, doc.rings);
    r.problems.forEach(configProblem);
    counts['quadrants and rings changed']! += r.changed;
  }
  if (issues.length) return { counts, issues };

  const [quadrants, rings, existing] = await Promise.all([
    repo.quadrants(trx),
    repo.rings(trx),
    repo.entries(trx),
  ]);
  const by = doc.refs;
  const findQuadrant = (ref: string) =>
    quadrants.find((q) => (by === 'key' ? q.key === ref : q.name.toLowerCase() === ref.toLowerCase()));
  const findRing = (ref: string) =>
    rings.find((r) => (by === 'key' ? r.key === ref : r.name.toLowerCase() === ref.toLowerCase()));
  const fail = (e: DocEntry, field: string, message: string) =>
    issues.push({ file: opts.file, row: e.at.row, entity: e.at.entity, field, message, severity: 'error' });
  for (const e of doc.entries) {
    if (!findQuadrant(e.quadrant))
      fail(
        e,
        'quadrant',
        `unknown quadrant "${e.quadrant}" (the radar's: ${quadrants.map((q) => q.name).join(', ')})`,
      );
    if (!findRing(e.ring))
      fail(e, 'ring', `unknown ring "${e.ring}" (the radar's: ${rings.map((r) => r.name).join(', ')})`);
  }
  if (issues.length) return { counts, issues };

  const position = new Map(rings.map((r) => [r.id, r.position]));
  const byKey = new Map(existing.map((e) => [e.key, e]));
  for (const e of doc.entries) {
    const quadrantId = findQuadrant(e.quadrant)!.id;
    const ringId = findRing(e.ring)!.id;
    const row = byKey.get(e.key);
    const values = {
      key: e.key,
      name: e.name,
      quadrant_id: quadrantId,
      description: e.description,
      url: doc.format === 'backstage' ? e.url : (row?.url ?? null),
      links: doc.format === 'backstage' ? e.links : ((row?.links as DocEntry['links']) ?? []),
      is_new: e.isNew ?? row?.is_new ?? false,
    };
    let entryId: number;
    let changed = false;
    if (!row) {
      entryId = await repo.insertEntry(trx, { ...values, ring_id: ringId });
      counts['entries created']!++;
    } else {
      entryId = row.id;
      changed =
        row.name !== values.name ||
        row.quadrant_id !== values.quadrant_id ||
        row.description !== values.description ||
        row.url !== values.url ||
        !sameLinks(row.links, values.links) ||
        row.is_new !== values.is_new;
      if (changed) await repo.updateEntry(trx, row.id, values);
    }
    const moves = await syncMoves(trx, entryId, e, ringId, position, findRing, opts, !row);
    counts['moves written']! += moves.written;
    counts['moves removed']! += moves.removed;
    if (row)
      counts[changed || moves.written + moves.removed > 0 ? 'entries updated' : 'entries unchanged']!++;
  }
  if (opts.mode === 'replace') {
    const keep = new Set(doc.entries.map((e) => e.key));
    const gone = existing.filter((e) => !keep.has(e.key)).map((e) => e.id);
    await repo.deleteEntries(trx, gone);
    counts['entries removed'] = gone.length;
  }
  const changes = Object.entries(counts).some(([k, n]) => k !== 'entries unchanged' && n > 0);
  if (changes)
    await record(trx, opts.actor, {
      action: 'strategy.radar.import',
      targetType: 'radar',
      details: { file: opts.file, format: doc.format, mode: opts.mode, counts },
    });
  return { counts, issues };
}

/** Backstage: the file's timeline (replace also drops other moves). BYOR: a ring change is a move on the import date. */
async function syncMoves(
  trx: Db,
  entryId: number,
  e: DocEntry,
  ringId: number,
  position: Map<number, number>,
  findRing: (ref: string) => { id: number } | undefined,
  opts: RadarImportOptions,
  created: boolean,
): Promise<{ written: number; removed: number }> {
  const history = await repo.moves(trx, entryId);
  if (e.timeline.length === 0) {
    const current = history.at(-1);
    if (current && current.ring_id === ringId) return { written: 0, removed: 0 };
    const note = created ? `Placed by the import of ${opts.file}` : `Moved by the import of ${opts.file}`;
    await writeMove(trx, entryId, position, { date: opts.date, ringId, note });
    return { written: 1, removed: 0 };
  }
  let written = 0;
  const chronological = [...e.timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let previous: number | null = null;
  const wanted = new Set<string>();
  for (const m of chronological) {
    const mRing = findRing(m.ring)!.id;
    const direction = m.direction ?? directionOf(previous, position.get(mRing)!);
    previous = position.get(mRing)!;
    wanted.add(`${m.date}|${mRing}`);
    const have = history.find((h) => h.moved_on === m.date && h.ring_id === mRing);
    if (have && have.direction === direction && have.description === m.description) continue;
    await repo.upsertMove(trx, {
      entry_id: entryId,
      moved_on: m.date,
      ring_id: mRing,
      direction,
      description: m.description,
    });
    written++;
  }
  let removed = 0;
  if (opts.mode === 'replace') {
    const extra = history.filter((h) => !wanted.has(`${h.moved_on}|${h.ring_id}`)).map((h) => h.id);
    await repo.deleteMoves(trx, extra);
    removed = extra.length;
  }
  const entry = (await repo.entries(trx)).find((x) => x.id === entryId)!;
  if (entry.ring_id !== ringId) await repo.updateEntry(trx, entryId, { ring_id: ringId });
  return { written, removed };
}

/** The stored radar as a document naming quadrants and rings by key (entries by quadrant, then name). */
export async function radarDocument(db: Db): Promise<RadarDocument> {
  const radar = await getRadar(db);
  const qKey = new Map(radar.quadrants.map((q) => [q.id, q]));
  const rKey = new Map(radar.rings.map((r) => [r.id, r.key]));
  const entries = [...radar.entries].sort(
    (a, b) =>
      qKey.get(a.quadrantId)!.position - qKey.get(b.quadrantId)!.position || a.name.localeCompare(b.name),
  );
  return {
    format: 'backstage',
    refs: 'key',
    quadrants: radar.quadrants.map((q) => ({ key: q.key, name: q.name })),
    rings: radar.rings.map((r) => ({
      key: r.key,
      name: r.name,
      color: r.color,
      description: r.description,
      stance: r.stance,
    })),
    entries: entries.map((e) => ({
      key: e.key,
      name: e.name,
      quadrant: qKey.get(e.quadrantId)!.key,
      ring: rKey.get(e.ringId)!,
      description: e.description,
      url: e.url,
      links: e.links,
      isNew: e.isNew,
      timeline: e.history.map((m) => ({
        date: m.date,
        ring: rKey.get(m.ringId)!,
        direction: m.direction,
        description: m.description,
      })),
      at: {},
    })),
  };
}

export async function exportRadar(
  db: Db,
  format: 'backstage' | 'byor',
): Promise<{ body: string; entries: number }> {
  const doc = await radarDocument(db);
  if (format === 'backstage')
    return { body: `${JSON.stringify(exportBackstageRadar(doc), null, 2)}\n`, entries: doc.entries.length };
  const qName = new Map(doc.quadrants!.map((q) => [q.key, q.name]));
  const rName = new Map(doc.rings!.map((r) => [r.key, r.name]));
  return {
    body: exportByorCsv(
      doc.entries.map((e) => ({
        name: e.name,
        ring: rName.get(e.ring)!,
        quadrant: qName.get(e.quadrant)!,
        isNew: e.isNew ?? false,
        description: e.description,
      })),
    ),
    entries: doc.entries.length,
  };
}
