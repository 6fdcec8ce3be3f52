import { z } from 'zod';
import { GRANTS, type Grant, ROLES, type Role } from '../../api/types';

/** Shared pieces of the account forms. */
export const MIN_PASSWORD = 12;

export const RoleField = z.enum(ROLES as [Role, ...Role[]]);
export const GrantsField = z.array(z.enum(GRANTS as [Grant, ...Grant[]]));

/** The directory id of the person an account belongs to: empty, or a whole number. */
export const PersonIdField = z
  .string()
  .trim()
  .refine(
    (v) => v === '' || /^\d+$/.test(v),
    'Enter the person’s directory id (a whole number), or leave it empty',
  );

export const toPersonId = (v: string): number | null => (v.trim() === '' ? null : Number(v));
