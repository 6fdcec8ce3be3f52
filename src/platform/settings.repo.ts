import type { Db } from './db/database.js';

export interface SettingsTable {
  key: string;
  value: unknown;
  updated_at: Date;
}

declare module './db/database.js' {
  interface Database {
    settings: SettingsTable;
  }
}

/** Installation-wide settings (demo mode, ...), one JSON value per key. */
export async function getSetting<T>(db: Db, key: string): Promise<T | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value as T | undefined;
}

export async function setSetting(db: Db, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: json, updated_at: new Date() })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: new Date() }))
    .execute();
}
