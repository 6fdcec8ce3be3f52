import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { containsPattern } from '../../platform/db/like.js';

/** jsonb: read as a value, written as a JSON string. */
type Jsonb<T> = ColumnType<T, string | undefined, string>;

export interface CatalogEntitiesTable {
  id: Generated<number>;
  kind: 'component' | 'system' | 'api' | 'resource' | 'domain';
  namespace: string;
  name: string;
  title: string | null;
  description: string | null;
  type: string | null;
  lifecycle: string | null;
  tier: string | null;
  owner_ref: string | null;
  owner_team_id: number | null;
  owner_person_id: number | null;
  parent_id: number | null;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  annotations: Jsonb<Record<string, string>>;
  links: Jsonb<{ url: string; title?: string }[]>;
  source: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CatalogRelationsTable {
  from_id: number;
  type: 'dependsOn' | 'providesApi' | 'consumesApi';
  to_id: number;
}

export interface RepositoriesTable {
  id: Generated<number>;
  name: string;
  url: string | null;
  entity_id: number | null;
  source: string | null;
  created_at: Generated<Date>;
}

export interface CodeownersRulesTable {
  id: Generated<number>;
  repository_id: number;
  line: number;
  pattern: string;
  owners: ColumnType<string[], string[], string[]>;
  team_ids: ColumnType<number[], number[] | undefined, number[]>;
  person_ids: ColumnType<number[], number[] | undefined, number[]>;
  source_file: string;
}

declare module '../../platform/db/database.js' {
  interface Database {
    catalog_entities: CatalogEntitiesTable;
    catalog_relations: CatalogRelationsTable;
    repositories: RepositoriesTable;
    codeowners_rules: CodeownersRulesTable;
  }
}

export type EntityRow = Selectable<CatalogEntitiesTable>;
export type RepositoryRow = Selectable<RepositoriesTable>;
export type CodeownersRuleRow = Selectable<CodeownersRulesTable>;

export function allEntities(db: Db): Promise<EntityRow[]> {
  return db.selectFrom('catalog_entities').selectAll().execute();
}

export function allRelations(db: Db) {
  return db.selectFrom('catalog_relations').selectAll().execute();
}

export function allRepositories(db: Db): Promise<RepositoryRow[]> {
  return db.selectFrom('repositories').selectAll().orderBy('name').execute();
}

export function allCodeownersRules(db: Db): Promise<CodeownersRuleRow[]> {
  return db.selectFrom('codeowners_rules').selectAll().orderBy('repository_id').orderBy('line').execute();
}

export interface EntityFilter {
  kind?: EntityRow['kind'] | undefined;
  ownerTeamIds?: number[] | undefined;
  ownerPersonId?: number | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

export async function listEntities(db: Db, f: EntityFilter): Promise<{ rows: EntityRow[]; total: number }> {
  let q = db.selectFrom('catalog_entities').selectAll();
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.ownerTeamIds) q = q.where('owner_team_id', 'in', f.ownerTeamIds.length ? f.ownerTeamIds : [-1]);
  if (f.ownerPersonId !== undefined) q = q.where('owner_person_id', '=', f.ownerPersonId);
  if (f.q) {
    const like = containsPattern(f.q);
    q = q.where((eb) =>
      eb.or([eb('name', 'ilike', like), eb('title', 'ilike', like), eb('description', 'ilike', like)]),
    );
  }
  const total = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await q.orderBy('kind').orderBy('name').limit(f.limit).offset(f.offset).execute();
  return { rows, total: Number(total.n) };
}

export function findEntity(db: Db, id: number): Promise<EntityRow | undefined> {
  return db.selectFrom('catalog_entities').selectAll().where('id', '=', id).executeTakeFirst();
}

export function relationsOf(db: Db, id: number) {
  return db
    .selectFrom('catalog_relations as r')
    .innerJoin('catalog_entities as f', 'f.id', 'r.from_id')
    .innerJoin('catalog_entities as t', 't.id', 'r.to_id')
    .select([
      'r.type',
      'r.from_id',
      'r.to_id',
      'f.kind as from_kind',
      'f.name as from_name',
      't.kind as to_kind',
      't.name as to_name',
    ])
    .where((eb) => eb.or([eb('r.from_id', '=', id), eb('r.to_id', '=', id)]))
    .execute();
}
