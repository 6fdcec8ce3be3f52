import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import * as catalogRepo from './catalog.repo.js';
import { headcountByMonth } from './metrics/headcount.js';
import { ownershipGaps } from './metrics/ownership-gaps.js';
import { rolesCoverage } from './metrics/roles-coverage.js';
import { spanOfControl } from './metrics/span-of-control.js';
import { visiblePersonIds } from './org.policy.js';
import { allMemberships, allPeople, allTeams } from './org-import.repo.js';

/** Whose numbers: a team's subtree of teams, and/or what the principal may see (a manager: their subtree). */
export interface InsightScope {
  principal: Principal | null;
  teamId: number | null;
}

/** Team ids of a team and every team below it. */
export function teamSubtree(teams: { id: number; parent_id: number | null }[], teamId: number): Set<number> {
  const out = new Set([teamId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of teams) {
      if (t.parent_id !== null && out.has(t.parent_id) && !out.has(t.id)) {
        out.add(t.id);
        grew = true;
      }
    }
  }
  return out;
}

async function load(db: Db, scope: InsightScope) {
  const [people, teams, memberships] = await Promise.all([allPeople(db), allTeams(db), allMemberships(db)]);
  let ids: Set<number> | null = null;
  if (scope.principal) {
    const visible = await visiblePersonIds(db, scope.principal);
    if (visible !== 'all') ids = new Set(visible);
  }
  let teamIds: Set<number> | null = null;
  if (scope.teamId !== null) {
    teamIds = teamSubtree(teams, scope.teamId);
    const inTeams = new Set(
      memberships.filter((m) => m.is_primary && teamIds!.has(m.team_id)).map((m) => m.person_id),
    );
    ids = ids ? new Set([...ids].filter((id) => inTeams.has(id))) : inTeams;
  }
  const scopedPeople = ids ? people.filter((p) => ids!.has(p.id)) : people;
  return { people: scopedPeople, allPeople: people, teams, memberships, teamIds, ids };
}

/** Span of control and layers for the people in scope (a manager sees their own subtree). */
export async function spanInsight(db: Db, scope: InsightScope) {
  const { people } = await load(db, scope);
  const ids = new Set(people.map((p) => p.id));
  const result = spanOfControl(
    people.map((p) => ({
      id: p.id,
      // Inside a scope, the top person's manager is outside it: they are the root.
      managerId: p.manager_id !== null && ids.has(p.manager_id) ? p.manager_id : null,
      status: p.status,
      role: p.role,
    })),
  );
  const names = new Map(people.map((p) => [p.id, { name: p.name, title: p.title }]));
  return {
    ...result,
    managers: result.managers.map((m) => ({
      ...m,
      name: names.get(m.id)?.name ?? '',
      title: names.get(m.id)?.title ?? null,
    })),
  };
}

/** Teams with and without an engineering manager and a tech lead; managers to engineers; work modes. */
export async function rolesInsight(db: Db, scope: InsightScope) {
  const { people, teams, memberships, teamIds, ids } = await load(db, scope);
  const scopedTeams = teams.filter((t) => {
    if (teamIds && !teamIds.has(t.id)) return false;
    if (ids && !memberships.some((m) => m.team_id === t.id && ids.has(m.person_id))) return false;
    return true;
  });
  const result = rolesCoverage(
    scopedTeams.map((t) => ({ id: t.id, kind: t.kind, parentId: t.parent_id })),
    memberships.map((m) => ({
      teamId: m.team_id,
      personId: m.person_id,
      isPrimary: m.is_primary,
      isLead: m.is_lead,
    })),
    people.map((p) => ({ id: p.id, role: p.role, status: p.status, workMode: p.work_mode })),
  );
  const names = new Map(teams.map((t) => [t.id, t.name]));
  return { ...result, teams: result.teams.map((t) => ({ ...t, name: names.get(t.teamId) ?? '' })) };
}

const monthOf = (d: Date) => d.toISOString().slice(0, 7);

/** Headcount, joiners and leavers per month from start and end dates; trailing 12-month attrition. */
export async function headcountInsight(db: Db, scope: InsightScope, from: Date, to: Date) {
  const { people } = await load(db, scope);
  return headcountByMonth(
    people.map((p) => ({ id: p.id, startDate: p.start_date, endDate: p.end_date })),
    { from: monthOf(from), to: monthOf(to) },
  );
}

/** Services without a valid owner, and repositories without CODEOWNERS. */
export async function ownershipInsight(db: Db, scope: { teamId: number | null }) {
  const [entities, teams, people, memberships, repositories, rules] = await Promise.all([
    catalogRepo.allEntities(db),
    allTeams(db),
    allPeople(db),
    allMemberships(db),
    catalogRepo.allRepositories(db),
    catalogRepo.allCodeownersRules(db),
  ]);
  const status = new Map(people.map((p) => [p.id, p.status]));
  const active = new Map<number, number>();
  for (const m of memberships)
    if (status.get(m.person_id) === 'active') active.set(m.team_id, (active.get(m.team_id) ?? 0) + 1);
  const teamIds = scope.teamId === null ? null : teamSubtree(teams, scope.teamId);
  const scoped = teamIds
    ? entities.filter((e) => e.owner_team_id !== null && teamIds.has(e.owner_team_id))
    : entities;
  const scopedIds = new Set(scoped.map((e) => e.id));
  const withRules = new Set(rules.map((r) => r.repository_id));
  const result = ownershipGaps({
    entities: scoped.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      ownerTeamId: e.owner_team_id,
      ownerPersonId: e.owner_person_id,
      ownerRef: e.owner_ref,
      lifecycle: e.lifecycle,
    })),
    teams: teams.map((t) => ({ id: t.id, activeMembers: active.get(t.id) ?? 0 })),
    people: people.map((p) => ({ id: p.id, status: p.status })),
    repositories: repositories
      .filter((r) => !teamIds || (r.entity_id !== null && scopedIds.has(r.entity_id)))
      .map((r) => ({ id: r.id, name: r.name, entityId: r.entity_id, hasCodeowners: withRules.has(r.id) })),
  });
  return result;
}
