/** The technology radar's tables (SQL only): quadrants, rings, entries and their dated moves. */

import type { Generated, Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export type Stance = 'adopt' | 'trial' | 'assess' | 'hold';

interface RadarQuadrantsTable {
  id: Generated<number>;
  key: string;
  position: number;
  name: string;
}

interface RadarRingsTable {
  id: Generated<number>;
  key: string;
  position: number;
  name: string;
  stance: Stance;
  color: string | null;
  description: Generated<string>;
}

interface RadarEntriesTable {
  id: Generated<number>;
  key: string;
  name: string;
  quadrant_id: number;
  ring_id: number;
  description: Generated<string>;
  url: string | null;
  links: Generated<unknown>;
  is_new: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

interface RadarMovesTable {
  id: Generated<number>;
  entry_id: number;
  moved_on: string;
  ring_id: number;
  direction: Generated<number>;
  description: Generated<string>;
}

declare module '../../platform/db/database.js' {
  interface Database {
    radar_quadrants: RadarQuadrantsTable;
    radar_rings: RadarRingsTable;
    radar_entries: RadarEntriesTable;
    radar_moves: RadarMovesTable;
  }
}

export type QuadrantRow = Selectable<RadarQuadrantsTable>;
export type RingRow = Selectable<RadarRingsTable>;
export type EntryRow = Selectable<RadarEntriesTable>;
export type MoveRow = Selectable<RadarMovesTable>;

/** A radar entry as other parts of strategy match against it (stack inventory, ADR links). */
export interface RadarEntryRef {
  id: number;
  key: string;
  name: string;
  quadrant: string;
  ring: string;
  stance: 'adopt' | 'trial' | 'assess' | 'hold';
}

export async function radarEntryRefs(db: Db): Promise<RadarEntryRef[]> {
  return db
    .selectFrom('radar_entries as e')
    .innerJoin('radar_quadrants as q', 'q.id', 'e.quadrant_id')
    .innerJoin('radar_rings as r', 'r.id', 'e.ring_id')
    .select(['e.id', 'e.key', 'e.name', 'q.name as quadrant', 'r.name as ring', 'r.stance'])
    .orderBy('e.name')
    .execute();
}

export const quadrants = (db: Db): Promise<QuadrantRow[]> =>
  db.selectFrom('radar_quadrants').selectAll().orderBy('position').execute();

export const rings = (db: Db): Promise<RingRow[]> =>
  db.selectFrom('radar_rings').selectAll().orderBy('position').execute();

export const entries = (db: Db): Promise<EntryRow[]> =>
  db.selectFrom('radar_entries').selectAll().orderBy('key').execute();

export const entryByKey = (db: Db, key: string): Promise<EntryRow | undefined> =>
  db.selectFrom('radar_entries').selectAll().where('key', '=', key).executeTakeFirst();

/** Every move, oldest first per entry (ties by id). */
export const moves = (db: Db, entryId?: number): Promise<MoveRow[]> => {
  let q = db.selectFrom('radar_moves').selectAll();
  if (entryId !== undefined) q = q.where('entry_id', '=', entryId);
  return q.orderBy('entry_id').orderBy('moved_on').orderBy('id').execute();
};

export async function updateQuadrant(db: Db, id: number, v: { key: string; name: string; position: number }) {
  await db.updateTable('radar_quadrants').set(v).where('id', '=', id).execute();
}

export async function insertRing(db: Db, v: Omit<RingRow, 'id'>): Promise<number> {
  const row = await db.insertInto('radar_rings').values(v).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateRing(db: Db, id: number, v: Omit<RingRow, 'id'>) {
  await db.updateTable('radar_rings').set(v).where('id', '=', id).execute();
}

export async function deleteRing(db: Db, id: number) {
  await db.deleteFrom('radar_rings').where('id', '=', id).execute();
}

/** How many entries and moves point at a ring (a ring in use cannot be removed). */
export async function ringUse(db: Db, ringId: number): Promise<number> {
  const [e, m] = await Promise.all([
    db
      .selectFrom('radar_entries')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('ring_id', '=', ringId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('radar_moves')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('ring_id', '=', ringId)
      .executeTakeFirstOrThrow(),
  ]);
  return Number(e.n) + Number(m.n);
}

export type EntryValues = Pick<
  EntryRow,
  'key' | 'name' | 'quadrant_id' | 'ring_id' | 'description' | 'url' | 'is_new'
> & { links: { url: string; title: string }[] };

export async function insertEntry(db: Db, v: EntryValues): Promise<number> {
  const row = await db
    .insertInto('radar_entries')
    .values({ ...v, links: JSON.stringify(v.links) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateEntry(db: Db, id: number, v: Partial<EntryValues>) {
  const { links, ...rest } = v;
  await db
    .updateTable('radar_entries')
    .set({ ...rest, ...(links ? { links: JSON.stringify(links) } : {}), updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function deleteEntries(db: Db, ids: number[]) {
  if (ids.length) await db.deleteFrom('radar_entries').where('id', 'in', ids).execute();
}

/** Writes a move; the same entry, day and ring is one move (its direction and note are updated). */
export async function upsertMove(
  db: Db,
  v: { entry_id: number; moved_on: string; ring_id: number; direction: number; description: string },
) {
  await db
    .insertInto('radar_moves')
    .values(v)
    .onConflict((oc) =>
      oc
        .columns(['entry_id', 'moved_on', 'ring_id'])
        .doUpdateSet({ direction: v.direction, description: v.description }),
    )
    .execute();
}

export async function deleteMoves(db: Db, ids: number[]) {
  if (ids.length) await db.deleteFrom('radar_moves').where('id', 'in', ids).execute();
}

export async function setMoveDirection(db: Db, id: number, direction: number) {
  await db.updateTable('radar_moves').set({ direction }).where('id', '=', id).execute();
}
