import { type Generated, type Selectable, sql } from 'kysely';
import { insertJson } from '../../platform/db/bulk.js';
import type { Db } from '../../platform/db/database.js';

/** One version of a person's place in the org, valid over [valid_from, valid_to); valid_to null = current. */
export interface PersonHistoryTable {
  id: Generated<number>;
  person_id: number;
  valid_from: string;
  valid_to: string | null;
  manager_id: number | null;
  team_id: number | null;
  title: string | null;
  level: string | null;
  role: string;
  status: 'active' | 'leaver';
  source: string | null;
  recorded_at: Generated<Date>;
}

declare module '../../platform/db/database.js' {
  interface Database {
    person_history: PersonHistoryTable;
  }
}

export type HistoryRow = Selectable<PersonHistoryTable>;
export type HistoryState = Pick<HistoryRow, 'manager_id' | 'team_id' | 'title' | 'level' | 'role' | 'status'>;

export function openHistory(db: Db, personIds?: number[]): Promise<HistoryRow[]> {
  let q = db.selectFrom('person_history').selectAll().where('valid_to', 'is', null);
  if (personIds) q = q.where('person_id', 'in', personIds.length ? personIds : [-1]);
  return q.execute();
}

export function historyOf(db: Db, personId: number): Promise<HistoryRow[]> {
  return db
    .selectFrom('person_history')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('valid_from', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Closes current versions at the given dates (the day the new version starts). */
export async function closeVersions(db: Db, rows: { id: number; validTo: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    update person_history h set valid_to = greatest(u.valid_to, h.valid_from)
    from unnest(${rows.map((r) => r.id)}::bigint[], ${rows.map((r) => r.validTo)}::date[]) as u(id, valid_to)
    where h.id = u.id`.execute(db);
}

/** Replaces current versions that started on the very day of a change (no zero-length versions). */
export async function deleteVersions(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('person_history').where('id', 'in', ids).execute();
}

export async function insertVersions(
  db: Db,
  rows: (HistoryState & { person_id: number; valid_from: string; source: string | null })[],
): Promise<void> {
  await insertJson(
    db,
    'person_history',
    rows.map((r) => ({ ...r, valid_to: null })),
    {
      columns: [
        'person_id',
        'valid_from',
        'valid_to',
        'manager_id',
        'team_id',
        'title',
        'level',
        'role',
        'status',
        'source',
      ],
    },
  );
}

/** Each person's version in force on a date (people who had joined and not yet left). */
export function versionsAt(db: Db, date: string): Promise<HistoryRow[]> {
  return db
    .selectFrom('person_history')
    .selectAll()
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', date)]))
    .execute();
}
