/**
 * What other domains ask the org: repository and service ids by name, identity ids for the people a
 * source names, and the scope of a team or person (whose identities, which services) for metrics.
 * SQL stays in the org's repo files; this file only shapes answers for callers.
 */

import { sql } from 'kysely';
import { insertJson } from '../../platform/db/bulk.js';
import type { Db } from '../../platform/db/database.js';
import type { IdentityKind } from './identity.repo.js';
import { matchQueue } from './identity.service.js';
import { upsertRepositories } from './org-import.repo.js';

export interface RepositoryRef {
  id: number;
  name: string;
  entityId: number | null;
}

/** Repository ids by lower-cased `owner/name`, created when missing (source `source`). */
export async function ensureRepositories(
  db: Db,
  rows: { name: string; url?: string | null }[],
  source: string,
): Promise<Map<string, RepositoryRef>> {
  if (rows.length) {
    await upsertRepositories(
      db,
      rows.map((r) => ({ name: r.name, url: r.url ?? null, source })),
    );
  }
  return repositoryRefs(db);
}

export async function repositoryRefs(db: Db): Promise<Map<string, RepositoryRef>> {
  const all = await db.selectFrom('repositories').select(['id', 'name', 'entity_id']).execute();
  return new Map(all.map((r) => [r.name.toLowerCase(), { id: r.id, name: r.name, entityId: r.entity_id }]));
}

/**
 * Catalog components by name (`checkout`) and by reference (`component:default/checkout`), lower case,
 * with their owning team.
 */
export async function serviceRefs(
  db: Db,
): Promise<Map<string, { id: number; name: string; ownerTeamId: number | null }>> {
  const rows = await db
    .selectFrom('catalog_entities')
    .select(['id', 'name', 'namespace', 'owner_team_id'])
    .where('kind', '=', 'component')
    .execute();
  const out = new Map<string, { id: number; name: string; ownerTeamId: number | null }>();
  for (const r of rows) {
    const v = { id: r.id, name: r.name, ownerTeamId: r.owner_team_id };
    out.set(`component:${r.namespace}/${r.name}`.toLowerCase(), v);
    if (!out.has(r.name.toLowerCase()) || r.namespace === 'default') out.set(r.name.toLowerCase(), v);
  }
  return out;
}

export interface SeenIdentity {
  kind: Extract<IdentityKind, 'git' | 'github'>;
  value: string;
  name?: string | null | undefined;
}

export function identityKey(kind: string, value: string): string {
  return `${kind}:${value.trim().toLowerCase()}`;
}

/**
 * Records identities a source names (git authors by e-mail, GitHub users by login), matches what can
 * be matched, and returns every identity's id by `kind:value` (value lower-cased).
 */
export async function identityIds(
  db: Db,
  seen: SeenIdentity[],
  options: { match?: boolean } = {},
): Promise<Map<string, number>> {
  const unique = new Map<string, { kind: string; value: string; display_name: string | null }>();
  for (const s of seen) {
    const value = s.value.trim().toLowerCase();
    if (!value) continue;
    const key = identityKey(s.kind, value);
    const prev = unique.get(key);
    if (!prev || (!prev.display_name && s.name)) {
      unique.set(key, { kind: s.kind, value, display_name: s.name ?? null });
    }
  }
  const out = new Map<string, number>();
  if (unique.size === 0) return out;
  const rows = [...unique.values()];
  const stored = await insertJson<{ id: number | string; kind: string; value: string }>(
    db,
    'identities',
    rows,
    {
      columns: ['kind', 'value', 'display_name'],
      onConflict: sql`on conflict (kind, value) do update set last_seen = now(),
      display_name = coalesce(identities.display_name, excluded.display_name)`,
      returning: ['id', 'kind', 'value'],
    },
  );
  for (const r of stored) out.set(identityKey(r.kind, r.value), Number(r.id));
  // Matching reads every person: a caller writing many batches matches once at the end instead.
  if (options.match !== false) await matchQueue(db);
  return out;
}

/** Matches the identities waiting in the review queue (after `identityIds(…, { match: false })`). */
export async function matchWaitingIdentities(db: Db): Promise<number> {
  return matchQueue(db);
}

/** The person behind each matched identity. */
export async function identityPeople(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('identities')
    .select(['id', 'person_id'])
    .where('person_id', 'is not', null)
    .where('ignored', '=', false)
    .execute();
  return new Map(rows.map((r) => [r.id, r.person_id!]));
}

/** Ids of the team and every team below it. */
export async function teamSubtree(db: Db, teamId: number): Promise<number[]> {
  const r = await sql<{ id: number }>`
    with recursive below(id) as (
      select id from teams where id = ${teamId}
      union
      select t.id from teams t join below b on t.parent_id = b.id
    )
    select id from below`.execute(db);
  return r.rows.map((x) => Number(x.id));
}

/** Each person's primary team (people without one are left out). */
export async function primaryTeams(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('team_members')
    .select(['person_id', 'team_id'])
    .where('is_primary', '=', true)
    .execute();
  return new Map(rows.map((r) => [r.person_id, r.team_id]));
}

export async function teamNames(db: Db): Promise<Map<number, { name: string; slug: string }>> {
  const rows = await db.selectFrom('teams').select(['id', 'name', 'slug']).execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, slug: r.slug }]));
}

export async function personNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('people').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Components with their owning team, for per-team and per-service views. */
export async function servicesWithOwners(
  db: Db,
): Promise<{ id: number; name: string; ownerTeamId: number | null }[]> {
  return db
    .selectFrom('catalog_entities')
    .select(['id', 'name', 'owner_team_id as ownerTeamId'])
    .where('kind', '=', 'component')
    .orderBy('name')
    .execute();
}

/** The repositories linked to these services (components). */
export async function repositoriesOfServices(db: Db, serviceIds: number[]): Promise<number[]> {
  if (serviceIds.length === 0) return [];
  const rows = await db
    .selectFrom('repositories')
    .select('id')
    .where('entity_id', 'in', serviceIds)
    .execute();
  return rows.map((r) => r.id);
}

/** Every identity (git, GitHub, e-mail) of these people. */
export async function identitiesOfPeople(db: Db, personIds: number[]): Promise<number[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('identities')
    .select('id')
    .where('person_id', 'in', personIds)
    .where('ignored', '=', false)
    .execute();
  return rows.map((r) => r.id);
}

/** People whose primary team is one of these teams. */
export async function primaryMembers(db: Db, teamIds: number[]): Promise<number[]> {
  if (teamIds.length === 0) return [];
  const rows = await db
    .selectFrom('team_members')
    .select('person_id')
    .where('team_id', 'in', teamIds)
    .where('is_primary', '=', true)
    .execute();
  return rows.map((r) => r.person_id);
}

/** Components owned by these teams. */
export async function servicesOwnedBy(db: Db, teamIds: number[]): Promise<number[]> {
  if (teamIds.length === 0) return [];
  const rows = await db
    .selectFrom('catalog_entities')
    .select('id')
    .where('kind', '=', 'component')
    .where('owner_team_id', 'in', teamIds)
    .execute();
  return rows.map((r) => r.id);
}

/** Display names of services, repositories and identities (the person's name when matched). */
export async function displayNames(
  db: Db,
  want: { serviceIds?: number[]; repositoryIds?: number[]; identityIds?: number[] },
): Promise<{
  services: Map<number, string>;
  repositories: Map<number, string>;
  identities: Map<number, { name: string; personId: number | null }>;
}> {
  const uniq = (xs: number[] | undefined) => [...new Set((xs ?? []).filter((x) => x !== null))];
  const s = uniq(want.serviceIds);
  const r = uniq(want.repositoryIds);
  const i = uniq(want.identityIds);
  const [services, repositories, identities] = await Promise.all([
    s.length ? db.selectFrom('catalog_entities').select(['id', 'name']).where('id', 'in', s).execute() : [],
    r.length ? db.selectFrom('repositories').select(['id', 'name']).where('id', 'in', r).execute() : [],
    i.length
      ? db
          .selectFrom('identities as i')
          .leftJoin('people as p', 'p.id', 'i.person_id')
          .select(['i.id', 'i.value', 'i.display_name', 'p.id as person_id', 'p.name as person_name'])
          .where('i.id', 'in', i)
          .execute()
      : [],
  ]);
  return {
    services: new Map(services.map((x) => [x.id, x.name])),
    repositories: new Map(repositories.map((x) => [x.id, x.name])),
    identities: new Map(
      identities.map((x) => [
        x.id,
        { name: x.person_name ?? x.display_name ?? x.value, personId: x.person_id ?? null },
      ]),
    ),
  };
}

export interface PersonWithIdentities {
  personId: number;
  name: string;
  /** The primary team; null when the person has none. */
  teamId: number | null;
  role: string;
  startDate: string | null;
  endDate: string | null;
  identities: { id: number; kind: IdentityKind; value: string }[];
}

/**
 * People with their primary team, tenure and matched identities of the given kinds (ignored ones left
 * out), in id order: who writes what a source names (the delivery demo's authors and reviewers).
 */
export async function peopleWithIdentities(db: Db, kinds: IdentityKind[]): Promise<PersonWithIdentities[]> {
  const [people, identities] = await Promise.all([
    db
      .selectFrom('people as p')
      .leftJoin('team_members as tm', (j) =>
        j.onRef('tm.person_id', '=', 'p.id').on('tm.is_primary', '=', true),
      )
      .select(['p.id', 'p.name', 'p.role', 'p.start_date', 'p.end_date', 'tm.team_id'])
      .orderBy('p.id')
      .execute(),
    db
      .selectFrom('identities')
      .select(['id', 'kind', 'value', 'person_id'])
      .where('person_id', 'is not', null)
      .where('ignored', '=', false)
      .where('kind', 'in', kinds.length ? kinds : ['none' as IdentityKind])
      .orderBy('id')
      .execute(),
  ]);
  const byPerson = new Map<number, PersonWithIdentities['identities']>();
  for (const i of identities) {
    const list = byPerson.get(i.person_id!) ?? [];
    if (list.length === 0) byPerson.set(i.person_id!, list);
    list.push({ id: i.id, kind: i.kind, value: i.value });
  }
  return people.map((p) => ({
    personId: p.id,
    name: p.name,
    teamId: p.team_id ?? null,
    role: p.role,
    startDate: p.start_date,
    endDate: p.end_date,
    identities: byPerson.get(p.id) ?? [],
  }));
}

/** Every team with its parent and kind, for roll-ups computed in memory. */
export async function allTeams(
  db: Db,
): Promise<{ id: number; name: string; slug: string; parentId: number | null; kind: string }[]> {
  return db
    .selectFrom('teams')
    .select(['id', 'name', 'slug', 'parent_id as parentId', 'kind'])
    .orderBy('name')
    .execute();
}

/** Catalog resources (databases, buckets, clusters…) with their owning team and annotations. */
export async function resourcesWithOwners(
  db: Db,
): Promise<{ name: string; ownerTeamId: number | null; annotations: Record<string, unknown> }[]> {
  const rows = await db
    .selectFrom('catalog_entities')
    .select(['name', 'owner_team_id as ownerTeamId', 'annotations'])
    .where('kind', '=', 'resource')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ ...r, annotations: (r.annotations ?? {}) as Record<string, unknown> }));
}
