import type { Db } from '../../platform/db/database.js';
import * as catalogRepo from './catalog.repo.js';
import type { EntityInput, PersonInput, PersonRole, TeamInput } from './importers/org-input.js';
import { allMemberships, allPeople, allTeams } from './org-import.repo.js';

/**
 * The org as import input, read back from the database: what the exports write, so that importing
 * an export into an empty Quarterdeck gives the same org (Quarterdeck as the source of truth).
 */
export async function orgSnapshot(
  db: Db,
): Promise<{ teams: TeamInput[]; people: PersonInput[]; entities: EntityInput[] }> {
  const [teams, people, memberships, entities, relations, repositories] = await Promise.all([
    allTeams(db),
    allPeople(db),
    allMemberships(db),
    catalogRepo.allEntities(db),
    catalogRepo.allRelations(db),
    catalogRepo.allRepositories(db),
  ]);
  const teamSlug = new Map(teams.map((t) => [t.id, t.slug]));
  const email = new Map(people.map((p) => [p.id, p.email]));
  const catalogName = new Map(
    people.map((p) => [p.id, p.catalog_name ?? p.email.split('@')[0]!.replaceAll('.', '-')]),
  );
  const byId = new Map(entities.map((e) => [e.id, e]));
  const refOf = (id: number | null) => {
    if (id === null) return null;
    const e = byId.get(id);
    return e ? `${e.kind}:${e.namespace}/${e.name}` : null;
  };
  const rels = new Map<number, { dependsOn: string[]; providesApis: string[]; consumesApis: string[] }>();
  for (const r of relations) {
    const to = refOf(r.to_id);
    if (!to) continue;
    const x = rels.get(r.from_id) ?? { dependsOn: [], providesApis: [], consumesApis: [] };
    if (r.type === 'dependsOn') x.dependsOn.push(to);
    if (r.type === 'providesApi') x.providesApis.push(to);
    if (r.type === 'consumesApi') x.consumesApis.push(to);
    rels.set(r.from_id, x);
  }
  const repoOf = new Map(repositories.filter((r) => r.entity_id !== null).map((r) => [r.entity_id!, r.name]));
  return {
    teams: teams
      .sort((a, b) => a.slug.localeCompare(b.slug))
      .map((t) => ({
        slug: t.slug,
        name: t.name,
        kind: t.kind,
        parent: t.parent_id === null ? null : (teamSlug.get(t.parent_id) ?? null),
        description: t.description,
        email: t.email,
      })),
    people: people
      .sort((a, b) => a.email.localeCompare(b.email))
      .map((p) => {
        const mine = memberships.filter((m) => m.person_id === p.id);
        const primary = mine.find((m) => m.is_primary);
        return {
          email: p.email,
          name: p.name,
          externalId: p.external_id,
          catalogName: catalogName.get(p.id) ?? null,
          title: p.title,
          level: p.level,
          role: p.role as PersonRole,
          location: p.location,
          workMode: p.work_mode,
          employmentType: p.employment_type,
          startDate: p.start_date,
          endDate: p.end_date,
          status: p.status,
          managerEmail: p.manager_id === null ? null : (email.get(p.manager_id) ?? null),
          teams: mine
            .map((m) => teamSlug.get(m.team_id)!)
            .sort((a, b) =>
              a === teamSlug.get(primary?.team_id ?? -1)
                ? -1
                : b === teamSlug.get(primary?.team_id ?? -1)
                  ? 1
                  : a.localeCompare(b),
            ),
          primaryTeam: primary ? (teamSlug.get(primary.team_id) ?? null) : null,
          leads: mine.filter((m) => m.is_lead).map((m) => teamSlug.get(m.team_id)!),
          githubLogin: p.github_login,
        };
      }),
    entities: entities
      .sort((a, b) => `${a.kind}:${a.name}`.localeCompare(`${b.kind}:${b.name}`))
      .map((e) => ({
        kind: e.kind,
        namespace: e.namespace,
        name: e.name,
        title: e.title,
        description: e.description,
        type: e.type,
        lifecycle: e.lifecycle,
        tier: e.tier,
        owner:
          e.owner_team_id !== null
            ? `group:default/${teamSlug.get(e.owner_team_id)}`
            : e.owner_person_id !== null
              ? `user:default/${catalogName.get(e.owner_person_id)}`
              : e.owner_ref,
        parent: refOf(e.parent_id),
        ...(rels.get(e.id) ?? {}),
        tags: e.tags,
        annotations: e.annotations,
        links: e.links,
        repository: repoOf.get(e.id) ?? null,
      })),
  };
}
