import { z } from 'zod';

export const PersonOutput = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
  title: z.string().nullable(),
  level: z.string().nullable(),
  role: z.string(),
  location: z.string().nullable(),
  workMode: z.string().nullable(),
  status: z.string(),
  startDate: z.string().nullable(),
  managerId: z.number().int().nullable(),
});

export const PeopleQuery = z.strictObject({
  q: z.string().trim().max(200).optional().describe('Search in name, email and title'),
  teamId: z.coerce.number().int().positive().optional(),
  status: z.enum(['active', 'leaver']).optional(),
  sort: z.enum(['name', 'email', 'title', 'level', 'location', 'status', 'startDate']).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const PeopleListOutput = z.object({ items: z.array(PersonOutput), total: z.number().int() });

export const TeamOutput = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(['department', 'group', 'team']),
  parentId: z.number().int().nullable(),
  members: z.number().int(),
});

export const PersonIdParams = z.strictObject({ id: z.coerce.number().int().positive() });
