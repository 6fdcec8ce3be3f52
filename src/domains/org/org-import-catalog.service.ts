import { canonicalJson } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import type { ImportIssue } from '../../platform/imports/import-report.js';
import * as catalogRepo from './catalog.repo.js';
import type { EntityInput, OrgInput } from './importers/org-input.js';
import * as repo from './org-import.repo.js';
import {
  bump,
  type Counter,
  type PeopleIndex,
  parseRef,
  teamSlugOfRef,
  userNameOfRef,
  where,
} from './org-import.shared.js';

const keyOf = (kind: string, namespace: string, name: string) => `${kind}:${namespace}/${name}`.toLowerCase();

function rowOf(e: EntityInput, source: string): repo.NewEntityRow {
  return {
    kind: e.kind,
    namespace: e.namespace,
    name: e.name,
    title: e.title ?? null,
    description: e.description ?? null,
    type: e.type ?? null,
    lifecycle: e.lifecycle ?? null,
    tier: e.tier ?? null,
    owner_ref: e.owner ?? null,
    tags: e.tags ?? [],
    annotations: JSON.stringify(e.annotations ?? {}),
    links: JSON.stringify(e.links ?? []),
    source,
  };
}

/** Whether a stored entity differs from its input in the fields an import sets. */
function changedFields(old: catalogRepo.EntityRow, row: repo.NewEntityRow): Partial<repo.NewEntityRow> {
  const set: Partial<repo.NewEntityRow> = {};
  for (const k of ['title', 'description', 'type', 'lifecycle', 'tier', 'owner_ref', 'source'] as const) {
    if (old[k] !== row[k]) (set as Record<string, unknown>)[k] = row[k];
  }
  if (old.tags.join('\n') !== row.tags.join('\n')) set.tags = row.tags;
  // jsonb keeps its own key order: compare with sorted keys.
  if (canonicalJson(old.annotations) !== canonicalJson(JSON.parse(row.annotations)))
    set.annotations = row.annotations;
  if (canonicalJson(old.links) !== canonicalJson(JSON.parse(row.links))) set.links = row.links;
  return set;
}

/**
 * Catalog entities: created or updated by kind, namespace and name; owners resolved to teams
 * (Group) or people (User); parents (system, domain) and relations (dependsOn, providesApi,
 * consumesApi) set; repositories linked; entities of the same source no longer listed removed.
 */
export async function applyEntities(
  trx: Db,
  input: OrgInput,
  teamIds: Map<string, number>,
  people: PeopleIndex,
  counts: Counter,
  issues: ImportIssue[],
): Promise<void> {
  if (!input.entities) return;
  const existing = await catalogRepo.allEntities(trx);
  const byKey = new Map(existing.map((e) => [keyOf(e.kind, e.namespace, e.name), e]));
  const list = new Map(input.entities.map((e) => [keyOf(e.kind, e.namespace, e.name), e]));
  const fresh: EntityInput[] = [];
  for (const [k, e] of list) {
    const old = byKey.get(k);
    if (!old) {
      fresh.push(e);
      continue;
    }
    const set = changedFields(old, rowOf(e, input.source));
    if (Object.keys(set).length) {
      await repo.updateEntity(trx, old.id, set);
      bump(counts, 'entities updated');
    }
  }
  // Owners first (teams and people are known); then new entities parents-first — domains, systems,
  // the rest — so each row is written once, with its owner and parent.
  const ownerOf = new Map<string, { team: number | null; person: number | null }>();
  for (const [k, e] of list) {
    let team: number | null = null;
    let person: number | null = null;
    if (e.owner) {
      if (e.owner.startsWith('user:')) person = people.byCatalogName.get(userNameOfRef(e.owner)) ?? null;
      else team = teamIds.get(teamSlugOfRef(e.owner)) ?? null;
    }
    ownerOf.set(k, { team, person });
  }
  const ids = new Map(existing.map((e) => [keyOf(e.kind, e.namespace, e.name), e.id]));
  const parentKey = (e: EntityInput) => {
    if (!e.parent) return null;
    const r = parseRef(e.parent);
    return keyOf(r.kind, r.namespace, r.name);
  };
  const written = new Map<string, { parentId: number | null }>();
  let pending = fresh;
  let created = 0;
  while (pending.length) {
    let ready = pending.filter((e) => {
      const pk = parentKey(e);
      return pk === null || ids.has(pk) || !list.has(pk);
    });
    if (ready.length === 0) ready = pending; // a parent cycle: written without parents, reported below
    const rows = ready.map((e) => {
      const k = keyOf(e.kind, e.namespace, e.name);
      const pk = parentKey(e);
      const parentId = pk === null ? null : (ids.get(pk) ?? null);
      written.set(k, { parentId });
      const owner = ownerOf.get(k)!;
      return {
        ...rowOf(e, input.source),
        owner_team_id: owner.team,
        owner_person_id: owner.person,
        parent_id: parentId,
      };
    });
    const inserted = await repo.insertEntities(trx, rows);
    for (const r of inserted) ids.set(keyOf(r.kind, r.namespace, r.name), r.id);
    created += inserted.length;
    const done = new Set(ready);
    pending = pending.filter((e) => !done.has(e));
  }
  bump(counts, 'entities created', created);

  // Entities of this source that the input no longer lists.
  const gone = existing.filter(
    (e) => e.source === input.source && !list.has(keyOf(e.kind, e.namespace, e.name)),
  );
  await repo.deleteEntities(
    trx,
    gone.map((e) => e.id),
  );
  bump(counts, 'entities removed', gone.length);
  for (const e of gone) ids.delete(keyOf(e.kind, e.namespace, e.name));

  const resolve = (ref: string) => {
    const r = parseRef(ref);
    return ids.get(keyOf(r.kind, r.namespace, r.name));
  };
  const links: Parameters<typeof repo.setEntityLinks>[1] = [];
  const wanted: repo.RelationRow[] = [];
  for (const [k, e] of list) {
    const id = ids.get(k)!;
    const { team: ownerTeamId, person: ownerPersonId } = ownerOf.get(k)!;
    if (e.owner) {
      if (ownerTeamId === null && ownerPersonId === null) {
        issues.push({
          ...where(e.origin),
          entity: k,
          field: 'spec.owner',
          message: `Owner ${e.owner} is not a known group or user; the entity is listed as unowned.`,
          severity: 'warning',
        });
      }
    }
    let parentId: number | null = null;
    if (e.parent) {
      parentId = resolve(e.parent) ?? null;
      if (parentId === null)
        issues.push({
          ...where(e.origin),
          entity: k,
          field: 'parent',
          message: `${e.parent} does not exist.`,
          severity: 'error',
        });
    }
    const old = byKey.get(k);
    const justWritten = written.get(k);
    if (
      justWritten
        ? justWritten.parentId !== parentId
        : !old ||
          old.owner_team_id !== ownerTeamId ||
          old.owner_person_id !== ownerPersonId ||
          old.parent_id !== parentId
    ) {
      links.push({ id, ownerTeamId, ownerPersonId, parentId });
    }
    for (const [field, type, refs] of [
      ['spec.dependsOn', 'dependsOn', e.dependsOn],
      ['spec.providesApis', 'providesApi', e.providesApis],
      ['spec.consumesApis', 'consumesApi', e.consumesApis],
    ] as const) {
      for (const ref of new Set(refs ?? [])) {
        const to = resolve(ref);
        if (to === undefined) {
          issues.push({
            ...where(e.origin),
            entity: k,
            field,
            message: `${ref} does not exist.`,
            severity: 'error',
          });
        } else wanted.push({ from_id: id, type, to_id: to });
      }
    }
  }
  await repo.setEntityLinks(trx, links);

  const fromIds = new Set([...list.keys()].map((k) => ids.get(k)!));
  const rkey = (r: repo.RelationRow) => `${r.from_id}:${r.type}:${r.to_id}`;
  const have = (await catalogRepo.allRelations(trx)).filter((r) => fromIds.has(r.from_id));
  const haveKeys = new Set(have.map(rkey));
  const wantKeys = new Set(wanted.map(rkey));
  const add = wanted.filter((r) => !haveKeys.has(rkey(r)));
  const remove = have.filter((r) => !wantKeys.has(rkey(r)));
  await repo.deleteRelations(trx, remove);
  await repo.insertRelations(trx, add);
  bump(counts, 'relations changed', add.length + remove.length);

  // Repositories named by the entities' annotations.
  const withRepo = [...list].filter(([, e]) => e.repository);
  if (withRepo.length) {
    const repoIds = await repo.upsertRepositories(
      trx,
      withRepo.map(([k, e]) => ({
        name: e.repository!,
        url: `https://github.com/${e.repository}`,
        source: input.source,
        entity_id: ids.get(k) ?? null,
      })),
    );
    const current = new Map((await catalogRepo.allRepositories(trx)).map((r) => [r.id, r.entity_id]));
    const updates: { id: number; entityId: number | null }[] = [];
    for (const [k, e] of withRepo) {
      const rid = repoIds.get(e.repository!.toLowerCase())!;
      const eid = ids.get(k)!;
      if (current.get(rid) !== eid) updates.push({ id: rid, entityId: eid });
    }
    await repo.linkRepositories(trx, updates);
    bump(counts, 'repositories linked', updates.length);
  }
}

/** CODEOWNERS rules per repository, with owners resolved to teams (`@org/team`) and people. */
export async function applyCodeowners(
  trx: Db,
  input: OrgInput,
  teamIds: Map<string, number>,
  people: PeopleIndex,
  counts: Counter,
  issues: ImportIssue[],
): Promise<void> {
  if (!input.codeowners?.length) return;
  const repoIds = await repo.upsertRepositories(
    trx,
    input.codeowners.map((c) => ({ name: c.repository, url: null, source: input.source })),
  );
  const existing = await catalogRepo.allCodeownersRules(trx);
  for (const c of input.codeowners) {
    const repositoryId = repoIds.get(c.repository.toLowerCase())!;
    const rules = c.rules.map((r) => {
      const team_ids: number[] = [];
      const person_ids: number[] = [];
      for (const owner of r.owners) {
        let id: number | undefined;
        if (owner.startsWith('@') && owner.includes('/')) {
          id = teamIds.get(owner.slice(owner.indexOf('/') + 1).toLowerCase());
          if (id !== undefined) team_ids.push(id);
        } else if (owner.startsWith('@')) {
          id = people.byGithub.get(owner.slice(1).toLowerCase());
          if (id !== undefined) person_ids.push(id);
        } else {
          id = people.byEmail.get(owner.toLowerCase());
          if (id !== undefined) person_ids.push(id);
        }
        if (id === undefined) {
          issues.push({
            file: c.file,
            row: r.line,
            field: 'owner',
            message: `${owner} is not a known team, GitHub login or e-mail; the rule is kept with that owner unresolved.`,
            severity: 'warning',
          });
        }
      }
      return {
        line: r.line,
        pattern: r.pattern,
        owners: r.owners,
        team_ids,
        person_ids,
        source_file: c.file,
      };
    });
    const before = existing
      .filter((r) => r.repository_id === repositoryId)
      .map((r) =>
        JSON.stringify([
          r.line,
          r.pattern,
          r.owners,
          r.team_ids.map(Number),
          r.person_ids.map(Number),
          r.source_file,
        ]),
      );
    const after = rules.map((r) =>
      JSON.stringify([r.line, r.pattern, r.owners, r.team_ids, r.person_ids, r.source_file]),
    );
    if (before.join('\n') !== after.join('\n')) {
      await repo.replaceCodeowners(trx, repositoryId, rules);
      bump(counts, 'codeowners files changed');
    }
    bump(counts, 'codeowners rules', rules.length);
  }
}
