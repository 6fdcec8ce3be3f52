import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import { notFound } from '../../platform/http/problem.js';
import { canSeePersonDetail, visiblePersonIds } from './org.policy.js';
import * as repo from './org.repo.js';

export interface PersonOutput {
  id: number;
  name: string;
  email: string;
  title: string | null;
  level: string | null;
  role: string;
  location: string | null;
  workMode: string | null;
  status: string;
  startDate: string | null;
  managerId: number | null;
}

function toPersonOutput(p: repo.PersonRow): PersonOutput {
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    title: p.title,
    level: p.level,
    role: p.role,
    location: p.location,
    workMode: p.work_mode,
    status: p.status,
    startDate: p.start_date,
    managerId: p.manager_id,
  };
}

export async function findPersonByEmail(
  db: Db,
  email: string,
): Promise<{ id: number; name: string } | undefined> {
  const p = await repo.findPersonByEmail(db, email);
  return p && p.status === 'active' ? { id: p.id, name: p.name } : undefined;
}

/** The shared directory: every signed-in person may look colleagues up. */
export async function listPeople(db: Db, filter: repo.PeopleFilter) {
  const { rows, total } = await repo.listPeople(db, filter);
  return { items: rows.map(toPersonOutput), total };
}

export async function getPerson(db: Db, id: number): Promise<PersonOutput> {
  const p = await repo.findPerson(db, id);
  if (!p) throw notFound(`Person ${id}`);
  return toPersonOutput(p);
}

/** Everyone below a person in the reporting tree, for those allowed to see that subtree. */
export async function reportingSubtree(db: Db, principal: Principal, personId: number) {
  if (!(await canSeePersonDetail(db, principal, personId))) throw notFound(`Person ${personId}`);
  const ids = await repo.subtreeIds(db, personId);
  const { rows } = await repo.listPeople(db, { ids, limit: 10_000, offset: 0 });
  return { items: rows.map(toPersonOutput), total: ids.length };
}

export const listTeams = repo.listTeams;
export const countPeople = repo.countPeople;
export const subtreeIds = repo.subtreeIds;
export { canSeePersonDetail, visiblePersonIds };
