/**
 * The tech radar: read it whole, and add, edit, move and remove entries. A move puts an entry in a ring
 * on a date with a note (a `radar_moves` row); its direction (in, out) comes from the rings' order.
 * Every change is audited in the transaction that makes it.
 */

import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import { badRequest, conflict, notFound } from '../../platform/http/problem.js';
import { directionOf, type RadarLink, type Stance, slugKey } from './importers/radar-document.js';
import * as repo from './radar.repo.js';

export interface RadarMove {
  date: string;
  ringId: number;
  ring: string;
  direction: number;
  description: string;
}

export interface RadarEntry {
  id: number;
  key: string;
  name: string;
  quadrantId: number;
  quadrant: string;
  ringId: number;
  ring: string;
  stance: Stance;
  description: string;
  url: string | null;
  links: RadarLink[];
  isNew: boolean;
  /** The latest move's direction: 1 moved in, -1 moved out, 0 not moved. */
  moved: number;
  /** Newest first. */
  history: RadarMove[];
  updatedAt: string;
}

export interface Radar {
  quadrants: { id: number; key: string; name: string; position: number }[];
  rings: {
    id: number;
    key: string;
    name: string;
    position: number;
    stance: Stance;
    color: string | null;
    description: string;
  }[];
  entries: RadarEntry[];
}

export const today = (): string => new Date().toISOString().slice(0, 10);

/** The whole radar: quadrants, rings (innermost first), and every entry with its history. */
export async function getRadar(db: Db): Promise<Radar> {
  const [quadrants, rings, entries, moves] = await Promise.all([
    repo.quadrants(db),
    repo.rings(db),
    repo.entries(db),
    repo.moves(db),
  ]);
  const ringById = new Map(rings.map((r) => [r.id, r]));
  const quadrantById = new Map(quadrants.map((q) => [q.id, q]));
  const movesOf = new Map<number, repo.MoveRow[]>();
  for (const m of moves) movesOf.set(m.entry_id, [...(movesOf.get(m.entry_id) ?? []), m]);
  return {
    quadrants: quadrants.map(({ id, key, name, position }) => ({ id, key, name, position })),
    rings: rings.map(({ id, key, name, position, stance, color, description }) => ({
      id,
      key,
      name,
      position,
      stance,
      color,
      description,
    })),
    entries: entries.map((e) => {
      const ring = ringById.get(e.ring_id)!;
      const history = (movesOf.get(e.id) ?? [])
        .slice()
        .reverse()
        .map((m) => ({
          date: m.moved_on,
          ringId: m.ring_id,
          ring: ringById.get(m.ring_id)!.name,
          direction: m.direction,
          description: m.description,
        }));
      return {
        id: e.id,
        key: e.key,
        name: e.name,
        quadrantId: e.quadrant_id,
        quadrant: quadrantById.get(e.quadrant_id)!.name,
        ringId: e.ring_id,
        ring: ring.name,
        stance: ring.stance,
        description: e.description,
        url: e.url,
        links: (e.links as RadarLink[]) ?? [],
        isNew: e.is_new,
        moved: history[0]?.direction ?? 0,
        history,
        updatedAt: e.updated_at.toISOString(),
      };
    }),
  };
}

export async function getEntry(db: Db, key: string): Promise<RadarEntry> {
  const entry = (await getRadar(db)).entries.find((e) => e.key === key);
  if (!entry) throw notFound(`The radar entry "${key}"`);
  return entry;
}

export interface EntryInput {
  name: string;
  quadrantId: number;
  description?: string | undefined;
  url?: string | null | undefined;
  links?: RadarLink[] | undefined;
  isNew?: boolean | undefined;
}

async function checkRefs(db: Db, quadrantId: number | undefined, ringId: number | undefined) {
  if (quadrantId !== undefined && !(await repo.quadrants(db)).some((q) => q.id === quadrantId))
    throw badRequest('Unknown quadrant.', [
      { field: 'body.quadrantId', message: `no quadrant ${quadrantId}` },
    ]);
  const rings = await repo.rings(db);
  if (ringId !== undefined && !rings.some((r) => r.id === ringId))
    throw badRequest('Unknown ring.', [{ field: 'body.ringId', message: `no ring ${ringId}` }]);
  return rings;
}

const inTransaction = <T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> =>
  db.isTransaction ? work(db) : db.transaction().execute(work);

/** Places a new entry in a ring on a date (its first move). */
export async function createEntry(
  db: Db,
  actor: AuditActor,
  input: EntryInput & {
    key?: string | undefined;
    ringId: number;
    date?: string | undefined;
    note?: string | undefined;
  },
): Promise<RadarEntry> {
  const key = (input.key?.trim() || slugKey(input.name)).toLowerCase();
  if (!key) throw badRequest('The entry needs a key.', [{ field: 'body.key', message: 'missing key' }]);
  await inTransaction(db, async (trx) => {
    await checkRefs(trx, input.quadrantId, input.ringId);
    if (await repo.entryByKey(trx, key))
      throw conflict(`A radar entry with the key "${key}" exists already.`);
    const id = await repo.insertEntry(trx, {
      key,
      name: input.name.trim(),
      quadrant_id: input.quadrantId,
      ring_id: input.ringId,
      description: input.description ?? '',
      url: input.url ?? null,
      links: input.links ?? [],
      is_new: input.isNew ?? true,
    });
    await repo.upsertMove(trx, {
      entry_id: id,
      moved_on: input.date ?? today(),
      ring_id: input.ringId,
      direction: 0,
      description: input.note ?? '',
    });
    await record(trx, actor, {
      action: 'strategy.radar.entry.create',
      targetType: 'radar_entry',
      targetId: key,
      details: { name: input.name, ringId: input.ringId, quadrantId: input.quadrantId },
    });
  });
  return getEntry(db, key);
}

/** Changes what an entry says (name, quadrant, description, links); its ring changes by a move. */
export async function updateEntry(
  db: Db,
  actor: AuditActor,
  key: string,
  input: Partial<EntryInput>,
): Promise<RadarEntry> {
  await inTransaction(db, async (trx) => {
    const row = await repo.entryByKey(trx, key);
    if (!row) throw notFound(`The radar entry "${key}"`);
    await checkRefs(trx, input.quadrantId, undefined);
    const set: Partial<repo.EntryValues> = {};
    if (input.name !== undefined) set.name = input.name.trim();
    if (input.quadrantId !== undefined) set.quadrant_id = input.quadrantId;
    if (input.description !== undefined) set.description = input.description;
    if (input.url !== undefined) set.url = input.url;
    if (input.links !== undefined) set.links = input.links;
    if (input.isNew !== undefined) set.is_new = input.isNew;
    await repo.updateEntry(trx, row.id, set);
    await record(trx, actor, {
      action: 'strategy.radar.entry.update',
      targetType: 'radar_entry',
      targetId: key,
      details: { changed: Object.keys(input) },
    });
  });
  return getEntry(db, key);
}

/**
 * Moves an entry to a ring on a date with a note. The direction compares with the ring the entry was
 * in before that date; the entry's current ring is its latest move's.
 */
export async function moveEntry(
  db: Db,
  actor: AuditActor,
  key: string,
  input: { ringId: number; date?: string | undefined; note?: string | undefined },
): Promise<RadarEntry> {
  await inTransaction(db, async (trx) => {
    const row = await repo.entryByKey(trx, key);
    if (!row) throw notFound(`The radar entry "${key}"`);
    const rings = await checkRefs(trx, undefined, input.ringId);
    const position = new Map(rings.map((r) => [r.id, r.position]));
    const date = input.date ?? today();
    await writeMove(trx, row.id, position, { date, ringId: input.ringId, note: input.note ?? '' });
    await record(trx, actor, {
      action: 'strategy.radar.entry.move',
      targetType: 'radar_entry',
      targetId: key,
      details: { fromRingId: row.ring_id, toRingId: input.ringId, date, note: input.note ?? '' },
    });
  });
  return getEntry(db, key);
}

/** Writes a move with its computed direction and sets the entry's ring to its latest move's. */
export async function writeMove(
  trx: Db,
  entryId: number,
  ringPosition: Map<number, number>,
  move: { date: string; ringId: number; note: string },
): Promise<void> {
  const history = await repo.moves(trx, entryId);
  const before = history.filter(
    (m) => m.moved_on < move.date || (m.moved_on === move.date && m.ring_id !== move.ringId),
  );
  const previous = before.at(-1);
  const direction = directionOf(
    previous ? ringPosition.get(previous.ring_id)! : null,
    ringPosition.get(move.ringId)!,
  );
  await repo.upsertMove(trx, {
    entry_id: entryId,
    moved_on: move.date,
    ring_id: move.ringId,
    direction,
    description: move.note,
  });
  const after = await repo.moves(trx, entryId);
  // A back-dated move changes where the entry was before the next move: that move's direction follows.
  const next = after.find((m) => m.moved_on > move.date);
  if (next) {
    const d = directionOf(ringPosition.get(move.ringId)!, ringPosition.get(next.ring_id)!);
    if (d !== next.direction) await repo.setMoveDirection(trx, next.id, d);
  }
  await repo.updateEntry(trx, entryId, { ring_id: after.at(-1)!.ring_id });
}

export async function deleteEntry(db: Db, actor: AuditActor, key: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const row = await repo.entryByKey(trx, key);
    if (!row) throw notFound(`The radar entry "${key}"`);
    await repo.deleteEntries(trx, [row.id]);
    await record(trx, actor, {
      action: 'strategy.radar.entry.delete',
      targetType: 'radar_entry',
      targetId: key,
      details: { name: row.name },
    });
  });
}

export { inTransaction };
