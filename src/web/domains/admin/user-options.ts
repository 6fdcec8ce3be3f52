import type { Grant, Role } from '../../api/types';

/** The roles and grants as the account pages name them (no zod here: the list page loads without it). */
export const ROLE_OPTIONS: { value: Role; label: string }[] = [
  { value: 'member', label: 'Member — themselves and what the organization shares' },
  { value: 'manager', label: 'Manager — their reporting subtree' },
  { value: 'executive', label: 'Executive — the whole organization' },
  { value: 'admin', label: 'Admin — runs the installation' },
];

export const GRANT_OPTIONS: { value: Grant; label: string }[] = [
  { value: 'compensation', label: 'Compensation' },
  { value: 'finance', label: 'Finance' },
  { value: 'security', label: 'Security' },
];
