import { sql } from 'kysely';
import { insertJson } from '../../platform/db/bulk.js';
import type { Db } from '../../platform/db/database.js';
import type { CatalogEntitiesTable } from './catalog.repo.js';
import type { PersonRow, TeamRow } from './org.repo.js';

/** The SQL of applying an import: bulk reads, batched inserts, and updates through `unnest`. */

const BATCH = 1000;

export function allTeams(db: Db): Promise<TeamRow[]> {
  return db.selectFrom('teams').selectAll().execute();
}

export function allPeople(db: Db): Promise<PersonRow[]> {
  return db.selectFrom('people').selectAll().execute();
}

export async function insertTeams(
  db: Db,
  rows: {
    slug: string;
    name: string;
    kind: TeamRow['kind'];
    parent_id: number | null;
    description: string | null;
    email: string | null;
    source: string;
  }[],
): Promise<{ id: number; slug: string }[]> {
  const out: { id: number; slug: string }[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    out.push(
      ...(await db
        .insertInto('teams')
        .values(rows.slice(i, i + BATCH))
        .returning(['id', 'slug'])
        .execute()),
    );
  }
  return out;
}

export async function updateTeam(
  db: Db,
  id: number,
  set: Partial<Pick<TeamRow, 'name' | 'kind' | 'parent_id' | 'description' | 'email'>>,
): Promise<void> {
  await db
    .updateTable('teams')
    .set({ ...set, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Team slugs that are part of a parent cycle. */
export async function teamCycles(db: Db): Promise<string[]> {
  const r = await sql<{ slug: string }>`
    with recursive up(start, id, depth) as (
      select id, parent_id, 1 from teams where parent_id is not null
      union all
      select up.start, t.parent_id, up.depth + 1 from up join teams t on t.id = up.id
      where t.parent_id is not null and up.depth < 64 and up.id <> up.start
    )
    select distinct t.slug from up join teams t on t.id = up.start where up.id = up.start order by t.slug`.execute(
    db,
  );
  return r.rows.map((x) => x.slug);
}

/** People (emails) that are part of a reporting-line cycle. */
export async function managerCycles(db: Db): Promise<string[]> {
  const r = await sql<{ email: string }>`
    with recursive up(start, id, depth) as (
      select id, manager_id, 1 from people where manager_id is not null
      union all
      select up.start, p.manager_id, up.depth + 1 from up join people p on p.id = up.id
      where p.manager_id is not null and up.depth < 64 and up.id <> up.start
    )
    select distinct p.email from up join people p on p.id = up.start where up.id = up.start order by p.email`.execute(
    db,
  );
  return r.rows.map((x) => x.email);
}

export type NewPersonRow = {
  email: string;
  name: string;
  title: string | null;
  level: string | null;
  role: string;
  location: string | null;
  work_mode: PersonRow['work_mode'];
  employment_type: PersonRow['employment_type'];
  start_date: string | null;
  end_date: string | null;
  status: PersonRow['status'];
  external_id: string | null;
  catalog_name: string | null;
  github_login: string | null;
  source: string;
};

export async function insertPeople(db: Db, rows: NewPersonRow[]): Promise<{ id: number; email: string }[]> {
  const out = await insertJson<{ id: number | string; email: string }>(db, 'people', rows, {
    returning: ['id', 'email'],
  });
  return out.map((r) => ({ id: Number(r.id), email: r.email }));
}

export type PersonPatch = Partial<Omit<NewPersonRow, 'source'>>;

export async function updatePerson(db: Db, id: number, set: PersonPatch): Promise<void> {
  await db
    .updateTable('people')
    .set({ ...set, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function setManagers(db: Db, rows: { id: number; managerId: number | null }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH * 5) {
    const part = rows.slice(i, i + BATCH * 5);
    await sql`
      update people p set manager_id = u.manager_id, updated_at = now()
      from unnest(${part.map((r) => r.id)}::bigint[], ${part.map((r) => r.managerId)}::bigint[]) as u(id, manager_id)
      where p.id = u.id`.execute(db);
  }
}

export function membershipsOf(db: Db, personIds: number[]) {
  return db
    .selectFrom('team_members')
    .selectAll()
    .where('person_id', 'in', personIds.length ? personIds : [-1])
    .execute();
}

export function allMemberships(db: Db) {
  return db.selectFrom('team_members').selectAll().execute();
}

export async function replaceMemberships(
  db: Db,
  personIds: number[],
  rows: { team_id: number; person_id: number; is_primary: boolean; is_lead: boolean }[],
): Promise<void> {
  for (let i = 0; i < personIds.length; i += BATCH * 5) {
    await db
      .deleteFrom('team_members')
      .where('person_id', 'in', personIds.slice(i, i + BATCH * 5))
      .execute();
  }
  await insertJson(db, 'team_members', rows);
}

export type NewEntityRow = Omit<
  CatalogEntitiesTable,
  | 'id'
  | 'created_at'
  | 'updated_at'
  | 'owner_team_id'
  | 'owner_person_id'
  | 'parent_id'
  | 'annotations'
  | 'links'
  | 'tags'
> & { annotations: string; links: string; tags: string[] };

export type NewEntityWithLinks = NewEntityRow & {
  owner_team_id: number | null;
  owner_person_id: number | null;
  parent_id: number | null;
};

export async function insertEntities(
  db: Db,
  rows: NewEntityWithLinks[],
): Promise<{ id: number; kind: string; namespace: string; name: string }[]> {
  const out = await insertJson<{ id: number | string; kind: string; namespace: string; name: string }>(
    db,
    'catalog_entities',
    rows.map((r) => ({ ...r, annotations: JSON.parse(r.annotations), links: JSON.parse(r.links) })),
    { returning: ['id', 'kind', 'namespace', 'name'] },
  );
  return out.map((r) => ({ ...r, id: Number(r.id) }));
}

export async function updateEntity(db: Db, id: number, set: Partial<NewEntityRow>): Promise<void> {
  await db
    .updateTable('catalog_entities')
    .set({ ...set, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Sets owner and parent links in bulk. */
export async function setEntityLinks(
  db: Db,
  rows: { id: number; ownerTeamId: number | null; ownerPersonId: number | null; parentId: number | null }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH * 5) {
    const part = rows.slice(i, i + BATCH * 5);
    await sql`
      update catalog_entities e set owner_team_id = u.t, owner_person_id = u.p, parent_id = u.parent, updated_at = now()
      from unnest(${part.map((r) => r.id)}::bigint[], ${part.map((r) => r.ownerTeamId)}::bigint[],
                  ${part.map((r) => r.ownerPersonId)}::bigint[], ${part.map((r) => r.parentId)}::bigint[]) as u(id, t, p, parent)
      where e.id = u.id`.execute(db);
  }
}

export async function deleteEntities(db: Db, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH * 5) {
    await db
      .deleteFrom('catalog_entities')
      .where('id', 'in', ids.slice(i, i + BATCH * 5))
      .execute();
  }
}

export type RelationRow = {
  from_id: number;
  type: 'dependsOn' | 'providesApi' | 'consumesApi';
  to_id: number;
};

export async function insertRelations(db: Db, rows: RelationRow[]): Promise<void> {
  await insertJson(db, 'catalog_relations', rows, { columns: ['from_id', 'type', 'to_id'] });
}

export async function deleteRelations(db: Db, rows: RelationRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH * 2) {
    const part = rows.slice(i, i + BATCH * 2);
    await sql`
      delete from catalog_relations r using unnest(${part.map((x) => x.from_id)}::bigint[], ${part.map((x) => x.type)}::text[], ${part.map((x) => x.to_id)}::bigint[]) as u(f, t, o)
      where r.from_id = u.f and r.type = u.t and r.to_id = u.o`.execute(db);
  }
}

export async function upsertRepositories(
  db: Db,
  rows: { name: string; url: string | null; source: string; entity_id?: number | null }[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const existing = await db.selectFrom('repositories').select(['id', 'name']).execute();
  for (const r of existing) ids.set(r.name.toLowerCase(), r.id);
  const fresh = rows.filter((r) => !ids.has(r.name.toLowerCase()));
  const seen = new Set<string>();
  const unique = fresh.filter((r) => !seen.has(r.name.toLowerCase()) && seen.add(r.name.toLowerCase()));
  const out = await insertJson<{ id: number | string; name: string }>(db, 'repositories', unique, {
    columns: ['name', 'url', 'source', 'entity_id'],
    returning: ['id', 'name'],
  });
  for (const r of out) ids.set(r.name.toLowerCase(), Number(r.id));
  return ids;
}

export async function linkRepositories(
  db: Db,
  rows: { id: number; entityId: number | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    update repositories r set entity_id = u.e
    from unnest(${rows.map((x) => x.id)}::bigint[], ${rows.map((x) => x.entityId)}::bigint[]) as u(id, e)
    where r.id = u.id`.execute(db);
}

export async function replaceCodeowners(
  db: Db,
  repositoryId: number,
  rules: {
    line: number;
    pattern: string;
    owners: string[];
    team_ids: number[];
    person_ids: number[];
    source_file: string;
  }[],
): Promise<void> {
  await db.deleteFrom('codeowners_rules').where('repository_id', '=', repositoryId).execute();
  for (let i = 0; i < rules.length; i += BATCH) {
    await db
      .insertInto('codeowners_rules')
      .values(rules.slice(i, i + BATCH).map((r) => ({ ...r, repository_id: repositoryId })))
      .execute();
  }
}
