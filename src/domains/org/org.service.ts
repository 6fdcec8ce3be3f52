import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import { notFound } from '../../platform/http/problem.js';
import * as catalogRepo from './catalog.repo.js';
import * as historyRepo from './history.repo.js';
import * as identityRepo from './identity.repo.js';
import { canSeePersonDetail, visiblePersonIds } from './org.policy.js';
import * as repo from './org.repo.js';

export interface PersonOutput {
  id: number;
  name: string;
  email: string;
  title: string | null;
  role: string;
  location: string | null;
  workMode: string | null;
  status: string;
  managerId: number | null;
  managerName: string | null;
  teamId: number | null;
  teamName: string | null;
  githubLogin: string | null;
  detail: boolean;
  level: string | null;
  employmentType: string | null;
  startDate: string | null;
  endDate: string | null;
}

/** Directory fields for everyone; the rest only when `detail` (see PersonOutput in org.schemas.ts). */
function toPersonOutput(p: repo.PersonListRow, detail: boolean): PersonOutput {
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    title: p.title,
    role: p.role,
    location: p.location,
    workMode: p.work_mode,
    status: p.status,
    managerId: p.manager_id,
    managerName: p.manager_name,
    teamId: p.team_id,
    teamName: p.team_name,
    githubLogin: p.github_login,
    detail,
    level: detail ? p.level : null,
    employmentType: detail ? p.employment_type : null,
    startDate: detail ? p.start_date : null,
    endDate: detail ? p.end_date : null,
  };
}

export async function findPersonByEmail(
  db: Db,
  email: string,
): Promise<{ id: number; name: string } | undefined> {
  const p = await repo.findPersonByEmail(db, email);
  return p && p.status === 'active' ? { id: p.id, name: p.name } : undefined;
}

/** The shared directory: every signed-in person may look colleagues up; details as the policy allows. */
export async function listPeople(db: Db, principal: Principal, filter: repo.PeopleFilter) {
  const visible = await visiblePersonIds(db, principal);
  const set = visible === 'all' ? null : new Set(visible);
  const { rows, total } = await repo.listPeople(db, filter);
  return { items: rows.map((p) => toPersonOutput(p, set === null || set.has(p.id))), total };
}

async function personRow(db: Db, id: number): Promise<repo.PersonListRow> {
  const { rows } = await repo.listPeople(db, { ids: [id], limit: 1, offset: 0 });
  if (!rows[0]) throw notFound(`Person ${id}`);
  return rows[0];
}

export async function getPerson(db: Db, principal: Principal, id: number): Promise<PersonOutput> {
  const p = await personRow(db, id);
  return toPersonOutput(p, await canSeePersonDetail(db, principal, id));
}

const DAY = 86_400_000;

/** A person's page: manager chain, reports, teams, what they own, tenure; history and identities as allowed. */
export async function getPersonDetail(db: Db, principal: Principal, id: number) {
  const p = await personRow(db, id);
  const detail = await canSeePersonDetail(db, principal, id);
  const [chain, reports, teams] = await Promise.all([
    repo.managerChain(db, id),
    repo.directReports(db, id),
    repo.teamsOf(db, id),
  ]);
  const ownedDirect = await catalogRepo.listEntities(db, { ownerPersonId: id, limit: 500, offset: 0 });
  const ownedByTeams = await catalogRepo.listEntities(db, {
    ownerTeamIds: teams.map((t) => t.id),
    limit: 500,
    offset: 0,
  });
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  const owns = [
    ...ownedDirect.rows.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      title: e.title,
      via: 'personally',
    })),
    ...ownedByTeams.rows.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      title: e.title,
      via: teamName.get(e.owner_team_id!) ?? 'team',
    })),
  ];
  const end = p.end_date ? Date.parse(p.end_date) : Date.now();
  const tenureDays =
    detail && p.start_date ? Math.max(0, Math.floor((end - Date.parse(p.start_date)) / DAY)) : null;
  let history = null;
  let identities = null;
  if (detail) {
    const versions = await historyRepo.historyOf(db, id);
    const names = await namesOf(db, versions);
    history = versions.map((h) => ({
      validFrom: h.valid_from,
      validTo: h.valid_to,
      managerId: h.manager_id,
      managerName: h.manager_id ? (names.people.get(h.manager_id) ?? null) : null,
      teamId: h.team_id,
      teamName: h.team_id ? (names.teams.get(h.team_id) ?? null) : null,
      title: h.title,
      level: h.level,
      role: h.role,
      status: h.status,
      source: h.source,
    }));
    const ids = await identityRepo.listIdentities(db, { personId: id, limit: 200, offset: 0 });
    identities = ids.rows.map((i) => ({ id: i.id, kind: i.kind, value: i.value, method: i.match_method }));
  }
  return {
    ...toPersonOutput(p, detail),
    managerChain: chain,
    reports: reports.map((r) => ({ id: r.id, name: r.name, title: r.title, status: r.status })),
    teams: teams.map((t) => ({
      id: t.id,
      name: t.name,
      slug: t.slug,
      kind: t.kind,
      primary: t.is_primary,
      lead: t.is_lead,
    })),
    owns,
    tenureDays,
    history,
    identities,
  };
}

async function namesOf(db: Db, versions: historyRepo.HistoryRow[]) {
  const personIds = [...new Set(versions.map((v) => v.manager_id).filter((x): x is number => x !== null))];
  const teamIds = [...new Set(versions.map((v) => v.team_id).filter((x): x is number => x !== null))];
  const people = personIds.length
    ? await db.selectFrom('people').select(['id', 'name']).where('id', 'in', personIds).execute()
    : [];
  const teams = teamIds.length
    ? await db.selectFrom('teams').select(['id', 'name']).where('id', 'in', teamIds).execute()
    : [];
  return {
    people: new Map(people.map((x) => [x.id, x.name])),
    teams: new Map(teams.map((x) => [x.id, x.name])),
  };
}

/** Everyone below a person in the reporting tree, for those allowed to see that subtree. */
export async function reportingSubtree(db: Db, principal: Principal, personId: number) {
  if (!(await canSeePersonDetail(db, principal, personId))) throw notFound(`Person ${personId}`);
  const ids = await repo.subtreeIds(db, personId);
  const { rows } = await repo.listPeople(db, { ids, limit: 10_000, offset: 0 });
  return { items: rows.map((p) => toPersonOutput(p, true)), total: ids.length };
}

/**
 * The org chart as JSON text: every active person (or everyone employed on `asOf`, as the dated
 * history had them) with their manager and primary team. Directory fields only, so everyone may see
 * it. Built as text because the rows come from the database as one JSON array (see chartRowsJson).
 */
export async function orgChartJson(db: Db, asOf: string | null): Promise<string> {
  const [rows, teams] = await Promise.all([
    repo.chartRowsJson(db, asOf),
    db.selectFrom('teams').select(['id', 'name']).orderBy('name').execute(),
  ]);
  const head = JSON.stringify({
    asOf,
    columns: ['id', 'name', 'title', 'managerId', 'teamId', 'role'],
    teams,
  });
  return `${head.slice(0, -1)},"rows":${rows}}`;
}

export async function listTeams(db: Db) {
  return (await repo.listTeams(db)).map((t) => ({
    id: t.id,
    slug: t.slug,
    name: t.name,
    kind: t.kind,
    parentId: t.parent_id,
    description: t.description,
    members: Number(t.members ?? 0),
    leads: t.leads ?? null,
    owns: Number(t.owns ?? 0),
  }));
}

export async function getTeam(db: Db, id: number) {
  const all = await listTeams(db);
  const team = all.find((t) => t.id === id);
  if (!team) throw notFound(`Team ${id}`);
  const byId = new Map(all.map((t) => [t.id, t]));
  const path: { id: number; name: string }[] = [];
  for (let p = team.parentId; p !== null && path.length < 64; p = byId.get(p)?.parentId ?? null) {
    const t = byId.get(p);
    if (!t) break;
    path.unshift({ id: t.id, name: t.name });
  }
  const people = await db
    .selectFrom('team_members as tm')
    .innerJoin('people as p', 'p.id', 'tm.person_id')
    .select(['p.id', 'p.name', 'p.title', 'p.role', 'tm.is_primary', 'tm.is_lead'])
    .where('tm.team_id', '=', id)
    .where('p.status', '=', 'active')
    .orderBy('tm.is_lead', 'desc')
    .orderBy('p.name')
    .execute();
  const entities = await catalogRepo.listEntities(db, { ownerTeamIds: [id], limit: 500, offset: 0 });
  return {
    ...team,
    children: all.filter((t) => t.parentId === id).map((t) => ({ id: t.id, name: t.name, kind: t.kind })),
    path,
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      title: p.title,
      role: p.role,
      primary: p.is_primary,
      lead: p.is_lead,
    })),
    entities: entities.rows.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      title: e.title,
      lifecycle: e.lifecycle,
    })),
  };
}

export const countPeople = repo.countPeople;
export const subtreeIds = repo.subtreeIds;
export { canSeePersonDetail, visiblePersonIds };
