import { type Generated, type Selectable, sql } from 'kysely';
import { insertJson } from '../../platform/db/bulk.js';
import type { Db } from '../../platform/db/database.js';
import { containsPattern } from '../../platform/db/like.js';

export type IdentityKind = 'email' | 'git' | 'github' | 'sso';
export type MatchMethod = 'email' | 'noreply' | 'mailmap' | 'name' | 'import' | 'manual';

export interface IdentitiesTable {
  id: Generated<number>;
  kind: IdentityKind;
  value: string;
  display_name: string | null;
  person_id: number | null;
  match_method: MatchMethod | null;
  ignored: Generated<boolean>;
  first_seen: Generated<Date>;
  last_seen: Generated<Date>;
}

export interface IdentityChangesTable {
  id: Generated<number>;
  person_id: number | null;
  action: 'assign' | 'merge' | 'unassign' | 'ignore';
  created_by: number | null;
  created_at: Generated<Date>;
  undone_at: Date | null;
}

export interface IdentityChangeItemsTable {
  change_id: number;
  identity_id: number;
  previous_person_id: number | null;
  previous_method: string | null;
  previous_ignored: boolean;
}

declare module '../../platform/db/database.js' {
  interface Database {
    identities: IdentitiesTable;
    identity_changes: IdentityChangesTable;
    identity_change_items: IdentityChangeItemsTable;
  }
}

export type IdentityRow = Selectable<IdentitiesTable>;
export type IdentityChangeRow = Selectable<IdentityChangesTable>;

export interface ObservedIdentity {
  kind: IdentityKind;
  value: string;
  display_name: string | null;
  person_id: number | null;
  match_method: MatchMethod | null;
}

/**
 * Records identities; a known one gets its name refreshed and, when it was unmatched, the person
 * found now. A person set by hand (`manual`) is never overwritten by an import.
 */
export async function upsertIdentities(db: Db, rows: ObservedIdentity[]): Promise<number> {
  const changed = await insertJson(db, 'identities', rows, {
    columns: ['kind', 'value', 'display_name', 'person_id', 'match_method'],
    onConflict: sql`on conflict (kind, value) do update set
        person_id = excluded.person_id,
        match_method = excluded.match_method,
        display_name = coalesce(excluded.display_name, identities.display_name)
      where not identities.ignored
        and identities.match_method is distinct from 'manual'
        and excluded.person_id is not null
        and identities.person_id is distinct from excluded.person_id`,
    returning: ['id'],
  });
  return changed.length;
}

export function unmatchedIdentities(db: Db): Promise<IdentityRow[]> {
  return db
    .selectFrom('identities')
    .selectAll()
    .where('person_id', 'is', null)
    .where('ignored', '=', false)
    .execute();
}

export async function setMatches(
  db: Db,
  rows: { id: number; personId: number; method: MatchMethod }[],
): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    update identities i set person_id = u.person_id, match_method = u.method
    from unnest(${rows.map((r) => r.id)}::bigint[], ${rows.map((r) => r.personId)}::bigint[], ${rows.map((r) => r.method)}::text[])
      as u(id, person_id, method)
    where i.id = u.id`.execute(db);
}

export interface IdentityFilter {
  status?: 'unmatched' | 'matched' | 'ignored' | undefined;
  kind?: IdentityKind | undefined;
  personId?: number | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

export async function listIdentities(
  db: Db,
  f: IdentityFilter,
): Promise<{ rows: (IdentityRow & { person_name: string | null })[]; total: number }> {
  let q = db.selectFrom('identities as i').leftJoin('people as p', 'p.id', 'i.person_id');
  if (f.status === 'unmatched') q = q.where('i.person_id', 'is', null).where('i.ignored', '=', false);
  if (f.status === 'matched') q = q.where('i.person_id', 'is not', null);
  if (f.status === 'ignored') q = q.where('i.ignored', '=', true);
  if (f.kind) q = q.where('i.kind', '=', f.kind);
  if (f.personId !== undefined) q = q.where('i.person_id', '=', f.personId);
  if (f.q) {
    const like = containsPattern(f.q);
    q = q.where((eb) => eb.or([eb('i.value', 'ilike', like), eb('i.display_name', 'ilike', like)]));
  }
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('i')
    .select('p.name as person_name')
    .orderBy('i.last_seen', 'desc')
    .orderBy('i.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { rows, total: Number(total.n) };
}

export function findIdentities(db: Db, ids: number[]): Promise<IdentityRow[]> {
  return db
    .selectFrom('identities')
    .selectAll()
    .where('id', 'in', ids.length ? ids : [-1])
    .forUpdate()
    .execute();
}

export async function recordChange(
  db: Db,
  change: { personId: number | null; action: IdentityChangesTable['action']; createdBy: number | null },
  items: IdentityRow[],
): Promise<number> {
  const c = await db
    .insertInto('identity_changes')
    .values({
      person_id: change.personId,
      action: change.action,
      created_by: change.createdBy,
      undone_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('identity_change_items')
    .values(
      items.map((i) => ({
        change_id: c.id,
        identity_id: i.id,
        previous_person_id: i.person_id,
        previous_method: i.match_method,
        previous_ignored: i.ignored,
      })),
    )
    .execute();
  return c.id;
}

export async function applyToIdentities(
  db: Db,
  ids: number[],
  set: { person_id: number | null; match_method: MatchMethod | null; ignored: boolean },
): Promise<void> {
  await db.updateTable('identities').set(set).where('id', 'in', ids).execute();
}

export function findChange(db: Db, id: number) {
  return db.selectFrom('identity_changes').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function changeItems(db: Db, changeId: number) {
  return db.selectFrom('identity_change_items').selectAll().where('change_id', '=', changeId).execute();
}

/** Later changes, still in force, that touched any identity of this change (undo those first). */
export async function laterChangesTouching(db: Db, changeId: number): Promise<number[]> {
  const r = await sql<{ id: number }>`
    select distinct c.id from identity_changes c
    join identity_change_items i on i.change_id = c.id
    where c.id > ${changeId} and c.undone_at is null
      and i.identity_id in (select identity_id from identity_change_items where change_id = ${changeId})
    order by c.id`.execute(db);
  return r.rows.map((x) => Number(x.id));
}

export async function restoreItems(db: Db, changeId: number): Promise<void> {
  await sql`
    update identities i set person_id = c.previous_person_id, match_method = c.previous_method, ignored = c.previous_ignored
    from identity_change_items c where c.change_id = ${changeId} and c.identity_id = i.id`.execute(db);
  await db
    .updateTable('identity_changes')
    .set({ undone_at: sql`now()` })
    .where('id', '=', changeId)
    .execute();
}

export function recentChanges(db: Db, limit: number) {
  return db
    .selectFrom('identity_changes as c')
    .leftJoin('people as p', 'p.id', 'c.person_id')
    .selectAll('c')
    .select('p.name as person_name')
    .select((eb) =>
      eb
        .selectFrom('identity_change_items as it')
        .innerJoin('identities as i', 'i.id', 'it.identity_id')
        .select(sql<string>`string_agg(i.kind || ':' || i.value, ', ' order by i.id)`.as('v'))
        .whereRef('it.change_id', '=', 'c.id')
        .as('identities'),
    )
    .orderBy('c.id', 'desc')
    .limit(limit)
    .execute();
}
