/**
 * Who may change direction items (docs/access.md, "Strategy: direction"). Every signed-in role reads.
 * Leaders (admin, executive) change everything: the vision, organization goals, every initiative.
 * A manager changes the goals and initiatives of their own teams: the primary teams of the manager and
 * of everyone in their reporting subtree, and the teams below those. An initiative is the manager's when
 * it has teams and all of them are the manager's. Members change nothing (they read and may check in
 * nothing either: check-ins follow the goal's rule).
 */

import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import { forbidden } from '../../platform/http/problem.js';
import { subtreeIds } from '../org/org.service.js';
import { primaryTeams, teamSubtree } from '../org/org-lookup.service.js';

export const isLeader = (p: Principal) => p.role === 'admin' || p.role === 'executive';

/** The teams a manager may change items of; `'all'` for leaders; none for members. */
export async function ownTeams(db: Db, principal: Principal): Promise<Set<number> | 'all'> {
  if (isLeader(principal)) return 'all';
  if (principal.role !== 'manager' || principal.personId === null) return new Set();
  const people = [principal.personId, ...(await subtreeIds(db, principal.personId))];
  const primary = await primaryTeams(db);
  const roots = new Set(people.map((p) => primary.get(p)).filter((t): t is number => t !== undefined));
  const out = new Set<number>();
  for (const t of roots) for (const below of await teamSubtree(db, t)) out.add(below);
  return out;
}

/** Whether the principal may change an item of these teams (an empty list: an organization item). */
export async function mayChangeTeams(
  db: Db,
  principal: Principal,
  teamIds: (number | null)[],
): Promise<boolean> {
  if (isLeader(principal)) return true;
  const ids = teamIds.filter((t): t is number => t !== null);
  if (ids.length === 0 || ids.length !== teamIds.length) return false;
  const own = await ownTeams(db, principal);
  return own === 'all' || ids.every((t) => own.has(t));
}

export async function assertMayChange(
  db: Db,
  principal: Principal,
  teamIds: (number | null)[],
  what: string,
): Promise<void> {
  if (!(await mayChangeTeams(db, principal, teamIds))) {
    throw forbidden(
      teamIds.length === 0 || teamIds.includes(null)
        ? `Only leaders (admin, executive) change organization-level ${what}.`
        : `Managers change the ${what} of their own teams only (their and their reports' primary teams and the teams below).`,
    );
  }
}
