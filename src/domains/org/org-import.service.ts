import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import type { ImportIssue } from '../../platform/imports/import-report.js';
import { ImportRejected } from '../../platform/imports/import-report.js';
import { matchQueue } from './identity.service.js';
import type { OrgInput, PersonInput, TeamInput } from './importers/org-input.js';
import type { PersonRow } from './org.repo.js';
import * as repo from './org-import.repo.js';
import { bump, type Counter, type PeopleIndex, where } from './org-import.shared.js';
import { applyCodeowners, applyEntities } from './org-import-catalog.service.js';
import { recordPersonIdentities, writeHistory } from './org-import-history.service.js';

export interface ApplyOptions {
  actor: AuditActor;
  /** The day changes take effect when a row does not say (YYYY-MM-DD, UTC). */
  today?: string;
  /** Import kind for messages and the audit log, e.g. `hr-csv`. */
  kind: string;
  /** Preview: report errors instead of throwing (the caller rolls the transaction back). */
  collectErrors?: boolean;
}

export interface ApplyResult {
  counts: Record<string, number>;
  issues: ImportIssue[];
}

/**
 * Applies what an importer parsed, in the caller's transaction: teams, people (with a dated history
 * version for every change of manager, team, title, level, role or status), memberships,
 * identities, catalog entities with their relations, repositories and CODEOWNERS. Lists absent from
 * the input are left alone; catalog entities of the same source that the input no longer lists are
 * removed. Re-applying the same input changes nothing. Errors throw `ImportRejected`.
 */
export async function applyOrgInput(trx: Db, input: OrgInput, o: ApplyOptions): Promise<ApplyResult> {
  if (!trx.isTransaction) throw new Error('applyOrgInput must run inside a transaction');
  const today = o.today ?? new Date().toISOString().slice(0, 10);
  const counts: Counter = {};
  const issues: ImportIssue[] = [];
  const teamIds = await applyTeams(trx, input, counts, issues);
  const people = await applyPeople(trx, input, teamIds, today, counts, issues);
  await applyEntities(trx, input, teamIds, people, counts, issues);
  await applyCodeowners(trx, input, teamIds, people, counts, issues);
  if (!o.collectErrors && issues.some((i) => i.severity === 'error'))
    throw new ImportRejected(o.kind, issues);
  bump(counts, 'identities matched', await matchQueue(trx));
  await record(trx, o.actor, {
    action: 'org.import',
    targetType: 'import',
    targetId: o.kind,
    details: { source: input.source, counts },
  });
  return { counts, issues };
}

async function applyTeams(trx: Db, input: OrgInput, counts: Counter, issues: ImportIssue[]) {
  const existing = await repo.allTeams(trx);
  const bySlug = new Map(existing.map((t) => [t.slug, t]));
  const ids = new Map(existing.map((t) => [t.slug, t.id]));
  const teams = new Map<string, TeamInput>();
  for (const t of input.teams ?? []) teams.set(t.slug, t);
  if (teams.size === 0) return ids;

  // New teams parents-first, so each insert knows its parent's id.
  let pending = [...teams.values()].filter((t) => !bySlug.has(t.slug));
  while (pending.length) {
    const ready = pending.filter((t) => !t.parent || ids.has(t.parent) || !teams.has(t.parent));
    if (ready.length === 0) break; // a cycle among new teams: inserted below without parents, then reported
    const rows = await repo.insertTeams(
      trx,
      ready.map((t) => ({
        slug: t.slug,
        name: t.name,
        kind: t.kind,
        parent_id: t.parent ? (ids.get(t.parent) ?? null) : null,
        description: t.description ?? null,
        email: t.email ?? null,
        source: input.source,
      })),
    );
    for (const r of rows) ids.set(r.slug, r.id);
    bump(counts, 'teams created', rows.length);
    pending = pending.filter((t) => !ids.has(t.slug));
  }
  // A cycle among new teams: inserted without parents, then reported by the cycle check below.
  const cyclic = await repo.insertTeams(
    trx,
    pending.map((t) => ({
      slug: t.slug,
      name: t.name,
      kind: t.kind,
      parent_id: null,
      description: t.description ?? null,
      email: t.email ?? null,
      source: input.source,
    })),
  );
  for (const r of cyclic) ids.set(r.slug, r.id);
  bump(counts, 'teams created', cyclic.length);
  for (const t of teams.values()) {
    const id = ids.get(t.slug)!;
    let parentId: number | null | undefined;
    if (t.parent === undefined) parentId = undefined;
    else if (t.parent === null) parentId = null;
    else if (ids.has(t.parent)) parentId = ids.get(t.parent)!;
    else {
      issues.push({
        ...where(t.origin),
        field: 'parent',
        message: `Parent team "${t.parent}" does not exist.`,
        severity: 'error',
      });
      continue;
    }
    const old = bySlug.get(t.slug);
    const set: Parameters<typeof repo.updateTeam>[2] = {};
    if (old && t.referenceOnly) continue;
    if (old) {
      if (old.name !== t.name) set.name = t.name;
      if (old.kind !== t.kind) set.kind = t.kind;
      if (t.description !== undefined && old.description !== t.description) set.description = t.description;
      if (t.email !== undefined && old.email !== t.email) set.email = t.email;
      if (parentId !== undefined && old.parent_id !== parentId) set.parent_id = parentId;
    } else if (parentId !== undefined && pending.some((p) => p.slug === t.slug)) set.parent_id = parentId;
    if (Object.keys(set).length) {
      await repo.updateTeam(trx, id, set);
      if (old) bump(counts, 'teams updated');
    }
  }
  const cycle = await repo.teamCycles(trx);
  for (const slug of cycle) {
    issues.push({
      ...where(teams.get(slug)?.origin),
      field: 'parent',
      message: `Team "${slug}" is its own ancestor (a cycle in parent: ${cycle.join(' → ')}).`,
      severity: 'error',
    });
  }
  return ids;
}

const PERSON_FIELDS = [
  ['name', 'name'],
  ['title', 'title'],
  ['level', 'level'],
  ['role', 'role'],
  ['location', 'location'],
  ['workMode', 'work_mode'],
  ['employmentType', 'employment_type'],
  ['startDate', 'start_date'],
  ['endDate', 'end_date'],
  ['status', 'status'],
  ['externalId', 'external_id'],
  ['catalogName', 'catalog_name'],
  ['githubLogin', 'github_login'],
] as const;

async function applyPeople(
  trx: Db,
  input: OrgInput,
  teamIds: Map<string, number>,
  today: string,
  counts: Counter,
  issues: ImportIssue[],
): Promise<PeopleIndex> {
  const existing = await repo.allPeople(trx);
  const byEmail = new Map(existing.map((p) => [p.email.toLowerCase(), p]));
  const byExternal = new Map(existing.filter((p) => p.external_id).map((p) => [p.external_id!, p]));
  const byCatalog = new Map(existing.filter((p) => p.catalog_name).map((p) => [p.catalog_name!, p]));
  const list = dedupePeople(input.people ?? []);
  const matched = new Map<PersonInput, PersonRow>();
  const fresh: PersonInput[] = [];
  for (const p of list) {
    const old =
      byEmail.get(p.email) ??
      (p.externalId ? byExternal.get(p.externalId) : undefined) ??
      (p.catalogName ? byCatalog.get(p.catalogName) : undefined);
    if (old) matched.set(p, old);
    else fresh.push(p);
  }
  // Updates of known people: only the fields the source gives.
  for (const [p, old] of matched) {
    const set: repo.PersonPatch = {};
    if (old.email.toLowerCase() !== p.email) set.email = p.email;
    for (const [from, to] of PERSON_FIELDS) {
      const v = p[from];
      if (v !== undefined && (old as unknown as Record<string, unknown>)[to] !== v)
        (set as Record<string, unknown>)[to] = v;
    }
    if (Object.keys(set).length) {
      await repo.updatePerson(trx, old.id, set);
      bump(counts, 'people updated');
    }
  }
  const inserted = await repo.insertPeople(
    trx,
    fresh.map((p) => ({
      email: p.email,
      name: p.name,
      title: p.title ?? null,
      level: p.level ?? null,
      role: p.role ?? 'engineer',
      location: p.location ?? null,
      work_mode: p.workMode ?? null,
      employment_type: p.employmentType ?? null,
      start_date: p.startDate ?? null,
      end_date: p.endDate ?? null,
      status: p.status ?? (p.endDate && p.endDate < today ? 'leaver' : 'active'),
      external_id: p.externalId ?? null,
      catalog_name: p.catalogName ?? null,
      github_login: p.githubLogin ?? null,
      source: input.source,
    })),
  );
  bump(counts, 'people created', inserted.length);
  const idOf = new Map<PersonInput, number>();
  for (const [p, old] of matched) idOf.set(p, old.id);
  const newIds = new Map(inserted.map((r) => [r.email, r.id]));
  for (const p of fresh) idOf.set(p, newIds.get(p.email)!);

  const all = await repo.allPeople(trx);
  const index: PeopleIndex = {
    byEmail: new Map(all.map((p) => [p.email.toLowerCase(), p.id])),
    byCatalogName: new Map(
      all.filter((p) => p.catalog_name).map((p) => [p.catalog_name!.toLowerCase(), p.id]),
    ),
    byGithub: new Map(all.filter((p) => p.github_login).map((p) => [p.github_login!.toLowerCase(), p.id])),
  };
  const current = new Map(all.map((p) => [p.id, p]));

  // Reporting lines.
  const managerChanges: { id: number; managerId: number | null }[] = [];
  for (const p of list) {
    if (p.managerEmail === undefined) continue;
    const id = idOf.get(p)!;
    let managerId: number | null = null;
    if (p.managerEmail) {
      managerId = index.byEmail.get(p.managerEmail.toLowerCase()) ?? null;
      if (managerId === null) {
        issues.push({
          ...where(p.origin),
          field: 'manager_email',
          message: `Manager ${p.managerEmail} is not a known person; the reporting line is left empty.`,
          severity: 'warning',
        });
      } else if (managerId === id) {
        issues.push({
          ...where(p.origin),
          field: 'manager_email',
          message: `${p.email} cannot be their own manager.`,
          severity: 'error',
        });
        continue;
      }
    }
    if (current.get(id)!.manager_id !== managerId) managerChanges.push({ id, managerId });
  }
  await repo.setManagers(trx, managerChanges);
  for (const c of managerChanges) current.get(c.id)!.manager_id = c.managerId;
  bump(counts, 'reporting lines changed', managerChanges.length);
  const cycle = managerChanges.length ? await repo.managerCycles(trx) : [];
  if (cycle.length) {
    issues.push({
      file: list[0]?.origin?.file ?? 'input',
      field: 'manager_email',
      message: `Reporting lines form a cycle: ${cycle.join(' → ')}.`,
      severity: 'error',
    });
  }

  // Team memberships for people whose teams the source gives.
  const withTeams = list.filter((p) => p.teams !== undefined);
  if (withTeams.length) {
    const ids = withTeams.map((p) => idOf.get(p)!);
    const before = await repo.membershipsOf(trx, ids);
    const key = (m: { team_id: number; person_id: number; is_primary: boolean; is_lead: boolean }) =>
      `${m.person_id}:${m.team_id}:${m.is_primary}:${m.is_lead}`;
    const rows: { team_id: number; person_id: number; is_primary: boolean; is_lead: boolean }[] = [];
    for (const p of withTeams) {
      const personId = idOf.get(p)!;
      const slugs = [...new Set(p.teams)];
      const primary = p.primaryTeam ?? slugs[0];
      for (const slug of slugs) {
        const teamId = teamIds.get(slug);
        if (teamId === undefined) {
          issues.push({
            ...where(p.origin),
            field: 'team',
            message: `Team "${slug}" does not exist.`,
            severity: 'error',
          });
          continue;
        }
        rows.push({
          team_id: teamId,
          person_id: personId,
          is_primary: slug === primary,
          is_lead: (p.leads ?? []).includes(slug),
        });
      }
    }
    const a = before.map(key).sort().join('|');
    const b = rows.map(key).sort().join('|');
    if (a !== b) {
      const changedPeople = new Set<number>();
      const beforeBy = groupKeys(before.map((m) => [m.person_id, key(m)]));
      const afterBy = groupKeys(rows.map((m) => [m.person_id, key(m)]));
      for (const id of ids) if (beforeBy.get(id) !== afterBy.get(id)) changedPeople.add(id);
      await repo.replaceMemberships(
        trx,
        [...changedPeople],
        rows.filter((r) => changedPeople.has(r.person_id)),
      );
      bump(counts, 'memberships changed', changedPeople.size);
    }
  }

  await writeHistory(trx, list, idOf, current, input.source, today, counts);
  await recordPersonIdentities(trx, list, idOf);
  return index;
}

function groupKeys(pairs: [number, string][]): Map<number, string> {
  const m = new Map<number, string[]>();
  for (const [id, k] of pairs) m.set(id, [...(m.get(id) ?? []), k]);
  return new Map([...m].map(([id, ks]) => [id, ks.sort().join('|')]));
}

function dedupePeople(people: PersonInput[]): PersonInput[] {
  const m = new Map<string, PersonInput>();
  for (const p of people) m.set(p.email.toLowerCase(), { ...p, email: p.email.toLowerCase() });
  return [...m.values()];
}
