/** Architecture decision records' tables (SQL only): records, their links and dated status changes. */

import { type Generated, type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { AdrStatus } from './importers/madr-parse.js';

export type AdrSourceKind = 'manual' | 'folder' | 'repository';

interface AdrsTable {
  id: Generated<number>;
  number: number;
  file_name: string;
  title: string;
  status: AdrStatus;
  superseded_by_id: number | null;
  decided_on: string | null;
  deciders: string[];
  consulted: string[];
  informed: string[];
  context: string;
  considered_options: string;
  decision_outcome: string;
  consequences: string;
  pros_and_cons: string;
  markdown: string;
  source_kind: AdrSourceKind;
  source_repository_id: number | null;
  source_repository: string | null;
  source_path: string | null;
  source_sha: string | null;
  source_removed_at: Date | null;
  edited_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

interface AdrServicesTable {
  adr_id: number;
  service_id: number;
}

interface AdrRadarEntriesTable {
  adr_id: number;
  entry_id: number;
}

interface AdrStatusChangesTable {
  id: Generated<number>;
  adr_id: number;
  status: AdrStatus;
  changed_on: string;
  recorded_at: Generated<Date>;
  actor: string;
}

declare module '../../platform/db/database.js' {
  interface Database {
    adrs: AdrsTable;
    adr_services: AdrServicesTable;
    adr_radar_entries: AdrRadarEntriesTable;
    adr_status_changes: AdrStatusChangesTable;
  }
}

export type AdrRow = Selectable<AdrsTable>;
export type NewAdrRow = Insertable<AdrsTable>;
export type AdrRowUpdate = Updateable<AdrsTable>;

const json = (v: string[]) => sql<string[]>`${JSON.stringify(v)}::jsonb`;

function encode<T extends AdrRowUpdate>(row: T): T {
  const out = { ...row } as Record<string, unknown>;
  for (const k of ['deciders', 'consulted', 'informed'] as const) {
    if (Array.isArray(row[k])) out[k] = json(row[k] as string[]);
  }
  return out as T;
}

export async function insertAdr(db: Db, row: NewAdrRow): Promise<AdrRow> {
  return db
    .insertInto('adrs')
    .values(encode(row) as NewAdrRow)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateAdr(db: Db, id: number, row: AdrRowUpdate): Promise<AdrRow> {
  return db
    .updateTable('adrs')
    .set({ ...encode(row), updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findAdrByNumber(db: Db, number: number) {
  return db.selectFrom('adrs').selectAll().where('number', '=', number).executeTakeFirst();
}

export function findAdrById(db: Db, id: number) {
  return db.selectFrom('adrs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function allAdrs(db: Db) {
  return db.selectFrom('adrs').selectAll().orderBy('number').execute();
}

export function adrsOfSource(db: Db, kind: AdrSourceKind, repositoryId: number | null) {
  let q = db.selectFrom('adrs').selectAll().where('source_kind', '=', kind);
  if (repositoryId !== null) q = q.where('source_repository_id', '=', repositoryId);
  return q.execute();
}

export async function maxAdrNumber(db: Db): Promise<number> {
  const r = await db
    .selectFrom('adrs')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  return r?.n === null || r?.n === undefined ? 0 : Number(r.n);
}

export interface AdrFilter {
  status?: AdrStatus | undefined;
  serviceId?: number | undefined;
  radarEntryId?: number | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

const document = sql<string>`to_tsvector('english', adrs.title || ' ' || adrs.markdown)`;

/** Records matching the filter; with `q`, ranked by full-text relevance and with a highlighted excerpt. */
export async function searchAdrs(db: Db, f: AdrFilter) {
  let q = db.selectFrom('adrs');
  if (f.status) q = q.where('adrs.status', '=', f.status);
  if (f.serviceId !== undefined) {
    const sid = f.serviceId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('adr_services as s')
          .select('s.adr_id')
          .whereRef('s.adr_id', '=', 'adrs.id')
          .where('s.service_id', '=', sid),
      ),
    );
  }
  if (f.radarEntryId !== undefined) {
    const rid = f.radarEntryId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('adr_radar_entries as r')
          .select('r.adr_id')
          .whereRef('r.adr_id', '=', 'adrs.id')
          .where('r.entry_id', '=', rid),
      ),
    );
  }
  const query = f.q?.trim() ? sql`websearch_to_tsquery('english', ${f.q.trim()})` : null;
  if (query) q = q.where(sql<boolean>`${document} @@ ${query}`);
  const total = await q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('adrs')
    .select(
      query
        ? [
            sql<number>`ts_rank(${document}, ${query})`.as('rank'),
            sql<string>`ts_headline('english', adrs.title || ' ' || adrs.markdown, ${query}, 'MaxWords=30, MinWords=12, StartSel=«, StopSel=»')`.as(
              'excerpt',
            ),
          ]
        : [sql<number>`0`.as('rank'), sql<string | null>`null`.as('excerpt')],
    )
    .orderBy(query ? sql`rank` : sql`adrs.number`, query ? 'desc' : 'asc')
    .orderBy('adrs.number')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { rows, total: Number(total.n) };
}

export async function serviceLinks(db: Db, adrIds: number[]) {
  if (adrIds.length === 0) return [];
  return db.selectFrom('adr_services').selectAll().where('adr_id', 'in', adrIds).execute();
}

export async function radarLinks(db: Db, adrIds: number[]) {
  if (adrIds.length === 0) return [];
  return db.selectFrom('adr_radar_entries').selectAll().where('adr_id', 'in', adrIds).execute();
}

export function allServiceLinks(db: Db) {
  return db.selectFrom('adr_services').selectAll().execute();
}

export async function replaceServiceLinks(db: Db, adrId: number, serviceIds: number[]): Promise<void> {
  await db.deleteFrom('adr_services').where('adr_id', '=', adrId).execute();
  if (serviceIds.length)
    await db
      .insertInto('adr_services')
      .values([...new Set(serviceIds)].map((service_id) => ({ adr_id: adrId, service_id })))
      .execute();
}

export async function replaceRadarLinks(db: Db, adrId: number, entryIds: number[]): Promise<void> {
  await db.deleteFrom('adr_radar_entries').where('adr_id', '=', adrId).execute();
  if (entryIds.length)
    await db
      .insertInto('adr_radar_entries')
      .values([...new Set(entryIds)].map((entry_id) => ({ adr_id: adrId, entry_id })))
      .execute();
}

export async function addStatusChange(
  db: Db,
  row: { adr_id: number; status: AdrStatus; changed_on: string; actor: string },
): Promise<void> {
  await db.insertInto('adr_status_changes').values(row).execute();
}

export async function statusChanges(db: Db, adrIds?: number[]) {
  let q = db.selectFrom('adr_status_changes').selectAll().orderBy('changed_on').orderBy('id');
  if (adrIds) {
    if (adrIds.length === 0) return [];
    q = q.where('adr_id', 'in', adrIds);
  }
  return q.execute();
}

/** Status changes to `status` dated in [from, to), with their record's id. */
export function changesBetween(db: Db, status: AdrStatus, from: string, to: string) {
  return db
    .selectFrom('adr_status_changes')
    .select(['adr_id', 'changed_on'])
    .where('status', '=', status)
    .where('changed_on', '>=', from)
    .where('changed_on', '<', to)
    .execute();
}

/** Records by the chain of supersession: which record each one was superseded by. */
export function supersessionPairs(db: Db) {
  return db.selectFrom('adrs').select(['id', 'number', 'title', 'status', 'superseded_by_id']).execute();
}
