/** The watch list of emerging technology (SQL only). */

import type { Generated, Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export type WatchStatus = 'watching' | 'assessing' | 'decided' | 'dropped';

interface WatchItemsTable {
  id: Generated<number>;
  name: string;
  owner_person_id: number | null;
  category: Generated<string>;
  status: Generated<WatchStatus>;
  notes: Generated<string>;
  decision: Generated<string>;
  decision_ref: string | null;
  radar_entry_id: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

declare module '../../platform/db/database.js' {
  interface Database {
    watch_items: WatchItemsTable;
  }
}

export type WatchItemRow = Selectable<WatchItemsTable> & {
  radar_entry_key: string | null;
  radar_entry_name: string | null;
};

export type WatchItemValues = {
  name: string;
  owner_person_id: number | null;
  category: string;
  status: WatchStatus;
  notes: string;
  decision: string;
  decision_ref: string | null;
  radar_entry_id: number | null;
};

const base = (db: Db) =>
  db
    .selectFrom('watch_items as w')
    .leftJoin('radar_entries as e', 'e.id', 'w.radar_entry_id')
    .selectAll('w')
    .select(['e.key as radar_entry_key', 'e.name as radar_entry_name']);

export const listItems = (db: Db): Promise<WatchItemRow[]> => base(db).orderBy('w.name').execute();

export const itemById = (db: Db, id: number): Promise<WatchItemRow | undefined> =>
  base(db).where('w.id', '=', id).executeTakeFirst();

export const itemByName = (db: Db, name: string) =>
  db.selectFrom('watch_items').select('id').where('name', '=', name).executeTakeFirst();

export async function insertItem(db: Db, v: WatchItemValues): Promise<number> {
  const row = await db.insertInto('watch_items').values(v).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateItem(db: Db, id: number, v: Partial<WatchItemValues>): Promise<void> {
  await db
    .updateTable('watch_items')
    .set({ ...v, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function deleteItem(db: Db, id: number): Promise<void> {
  await db.deleteFrom('watch_items').where('id', '=', id).execute();
}
