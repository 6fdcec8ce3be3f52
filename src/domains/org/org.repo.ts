import { type Generated, type Insertable, type Selectable, sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';

export interface PeopleTable {
  id: Generated<number>;
  email: string;
  name: string;
  title: string | null;
  level: string | null;
  role: Generated<string>;
  location: string | null;
  work_mode: 'remote' | 'office' | 'hybrid' | null;
  employment_type: 'employee' | 'contractor' | 'intern' | null;
  start_date: string | null;
  end_date: string | null;
  status: Generated<'active' | 'leaver'>;
  manager_id: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface TeamsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: 'department' | 'group' | 'team';
  parent_id: number | null;
  created_at: Generated<Date>;
}

export interface TeamMembersTable {
  team_id: number;
  person_id: number;
  is_primary: Generated<boolean>;
  is_lead: Generated<boolean>;
}

declare module '../../platform/db/database.js' {
  interface Database {
    people: PeopleTable;
    teams: TeamsTable;
    team_members: TeamMembersTable;
  }
}

export type PersonRow = Selectable<PeopleTable>;
export type TeamRow = Selectable<TeamsTable>;
export type NewPerson = Insertable<PeopleTable>;
export type NewTeam = Insertable<TeamsTable>;

export function findPersonByEmail(db: Db, email: string): Promise<PersonRow | undefined> {
  return db
    .selectFrom('people')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

export function findPerson(db: Db, id: number): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countPeople(db: Db): Promise<number> {
  const r = await db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export type PeopleSort = 'name' | 'email' | 'title' | 'level' | 'location' | 'status' | 'startDate';
const SORT_COLUMNS = {
  name: 'people.name',
  email: 'people.email',
  title: 'people.title',
  level: 'people.level',
  location: 'people.location',
  status: 'people.status',
  startDate: 'people.start_date',
} as const;

export interface PeopleFilter {
  q?: string | undefined;
  teamId?: number | undefined;
  status?: 'active' | 'leaver' | undefined;
  ids?: number[] | undefined;
  sort?: PeopleSort | undefined;
  dir?: 'asc' | 'desc' | undefined;
  limit: number;
  offset: number;
}

export async function listPeople(db: Db, f: PeopleFilter): Promise<{ rows: PersonRow[]; total: number }> {
  let q = db.selectFrom('people').selectAll('people');
  if (f.q) {
    const like = `%${f.q.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`;
    q = q.where((eb) =>
      eb.or([
        eb('people.name', 'ilike', like),
        eb('people.email', 'ilike', like),
        eb('people.title', 'ilike', like),
      ]),
    );
  }
  if (f.status) q = q.where('people.status', '=', f.status);
  if (f.ids) q = q.where('people.id', 'in', f.ids.length ? f.ids : [-1]);
  if (f.teamId !== undefined) {
    const teamId = f.teamId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('team_members as tm')
          .select('tm.person_id')
          .whereRef('tm.person_id', '=', 'people.id')
          .where('tm.team_id', '=', teamId),
      ),
    );
  }
  const total = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const dir = f.dir ?? 'asc';
  // Empty values last in either direction; name and id break ties so pages never overlap.
  const rows = await q
    .orderBy(sql.ref(SORT_COLUMNS[f.sort ?? 'name']), (ob) =>
      (dir === 'asc' ? ob.asc() : ob.desc()).nullsLast(),
    )
    .orderBy('people.name')
    .orderBy('people.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { rows, total: Number(total.n) };
}

/** Ids of everyone below a person in the reporting tree (not the person). */
export async function subtreeIds(db: Db, personId: number): Promise<number[]> {
  const r = await sql<{ id: number }>`
    with recursive below(id) as (
      select id from people where manager_id = ${personId}
      union
      select p.id from people p join below b on p.manager_id = b.id
    )
    select id from below`.execute(db);
  return r.rows.map((x) => Number(x.id));
}

export function listTeams(db: Db): Promise<(TeamRow & { members: number })[]> {
  return db
    .selectFrom('teams as t')
    .leftJoin('team_members as tm', 'tm.team_id', 't.id')
    .selectAll('t')
    .select((eb) => eb.fn.count<number>('tm.person_id').as('members'))
    .groupBy('t.id')
    .orderBy('t.name')
    .execute();
}

export async function insertPeople(db: Db, rows: NewPerson[]): Promise<{ id: number; email: string }[]> {
  if (rows.length === 0) return [];
  return db.insertInto('people').values(rows).returning(['id', 'email']).execute();
}

export async function insertTeams(db: Db, rows: NewTeam[]): Promise<{ id: number; slug: string }[]> {
  if (rows.length === 0) return [];
  return db.insertInto('teams').values(rows).returning(['id', 'slug']).execute();
}

export async function insertMemberships(
  db: Db,
  rows: { team_id: number; person_id: number; is_primary: boolean; is_lead: boolean }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('team_members').values(rows).execute();
}
