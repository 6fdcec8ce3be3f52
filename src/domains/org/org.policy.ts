import type { Principal } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/database.js';
import { subtreeIds } from './org.repo.js';

/**
 * Whose person-level data a principal may see beyond the shared directory: executives and admins
 * the whole organization; managers themselves and their reporting subtree; members themselves.
 */
export async function canSeePersonDetail(db: Db, principal: Principal, personId: number): Promise<boolean> {
  if (principal.role === 'executive' || principal.role === 'admin') return true;
  if (principal.personId === personId) return true;
  if (principal.role !== 'manager' || principal.personId === null) return false;
  return (await subtreeIds(db, principal.personId)).includes(personId);
}

/** The person ids a principal may see in detail, or `'all'`. */
export async function visiblePersonIds(db: Db, principal: Principal): Promise<number[] | 'all'> {
  if (principal.role === 'executive' || principal.role === 'admin') return 'all';
  if (principal.personId === null) return [];
  if (principal.role !== 'manager') return [principal.personId];
  return [principal.personId, ...(await subtreeIds(db, principal.personId))];
}
