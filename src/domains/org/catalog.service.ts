import type { Db } from '../../platform/db/database.js';
import { notFound } from '../../platform/http/problem.js';
import * as repo from './catalog.repo.js';

function toEntityOutput(
  e: repo.EntityRow,
  names: { teams: Map<number, string>; people: Map<number, string> },
) {
  return {
    id: e.id,
    kind: e.kind,
    namespace: e.namespace,
    name: e.name,
    title: e.title,
    description: e.description,
    type: e.type,
    lifecycle: e.lifecycle,
    tier: e.tier,
    ownerRef: e.owner_ref,
    ownerTeamId: e.owner_team_id,
    ownerTeamName: e.owner_team_id ? (names.teams.get(e.owner_team_id) ?? null) : null,
    ownerPersonId: e.owner_person_id,
    ownerPersonName: e.owner_person_id ? (names.people.get(e.owner_person_id) ?? null) : null,
    parentId: e.parent_id,
    tags: e.tags,
  };
}

async function namesFor(db: Db, rows: repo.EntityRow[]) {
  const teamIds = [...new Set(rows.map((r) => r.owner_team_id).filter((x): x is number => x !== null))];
  const personIds = [...new Set(rows.map((r) => r.owner_person_id).filter((x): x is number => x !== null))];
  const teams = teamIds.length
    ? await db.selectFrom('teams').select(['id', 'name']).where('id', 'in', teamIds).execute()
    : [];
  const people = personIds.length
    ? await db.selectFrom('people').select(['id', 'name']).where('id', 'in', personIds).execute()
    : [];
  return {
    teams: new Map(teams.map((t) => [t.id, t.name])),
    people: new Map(people.map((p) => [p.id, p.name])),
  };
}

/** The service catalog: components, systems, APIs, resources and domains. Shared with every signed-in account. */
export async function listEntities(db: Db, f: repo.EntityFilter) {
  const { rows, total } = await repo.listEntities(db, f);
  const names = await namesFor(db, rows);
  return { items: rows.map((e) => toEntityOutput(e, names)), total };
}

export async function getEntity(db: Db, id: number) {
  const e = await repo.findEntity(db, id);
  if (!e) throw notFound(`Catalog entity ${id}`);
  const names = await namesFor(db, [e]);
  const parent = e.parent_id ? await repo.findEntity(db, e.parent_id) : undefined;
  const relations = await repo.relationsOf(db, id);
  const repositories = (await repo.allRepositories(db)).filter((r) => r.entity_id === id);
  const rules = (await repo.allCodeownersRules(db)).filter((r) =>
    repositories.some((x) => x.id === r.repository_id),
  );
  return {
    ...toEntityOutput(e, names),
    annotations: e.annotations,
    links: e.links,
    parent: parent ? { id: parent.id, kind: parent.kind, name: parent.name } : null,
    relations: relations.map((r) =>
      r.from_id === id
        ? { type: r.type, direction: 'out' as const, id: r.to_id, kind: r.to_kind, name: r.to_name }
        : { type: r.type, direction: 'in' as const, id: r.from_id, kind: r.from_kind, name: r.from_name },
    ),
    repositories: repositories.map((r) => ({
      id: r.id,
      name: r.name,
      url: r.url,
      codeowners: rules
        .filter((x) => x.repository_id === r.id)
        .map((x) => ({ line: x.line, pattern: x.pattern, owners: x.owners, file: x.source_file })),
    })),
  };
}

export async function listRepositories(db: Db) {
  const [repos, rules, entities] = await Promise.all([
    repo.allRepositories(db),
    repo.allCodeownersRules(db),
    db.selectFrom('catalog_entities').select(['id', 'name']).execute(),
  ]);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const count = new Map<number, number>();
  for (const r of rules) count.set(r.repository_id, (count.get(r.repository_id) ?? 0) + 1);
  return {
    items: repos.map((r) => ({
      id: r.id,
      name: r.name,
      url: r.url,
      entityId: r.entity_id,
      entityName: r.entity_id ? (names.get(r.entity_id) ?? null) : null,
      codeownersRules: count.get(r.id) ?? 0,
    })),
  };
}
