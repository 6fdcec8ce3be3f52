import { z } from 'zod';

const id = z.number().int();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/**
 * A person as the directory shows them. Directory fields (name, title, team, manager, location) are
 * shared with every signed-in account; `detail` says whether the fields beyond the directory (level,
 * employment type, dates) are filled: only for the caller, their reporting subtree (managers), or
 * everyone (executives, admins).
 */
export const PersonOutput = z.object({
  id,
  name: z.string(),
  email: z.string(),
  title: z.string().nullable(),
  role: z.string(),
  location: z.string().nullable(),
  workMode: z.string().nullable(),
  status: z.string(),
  managerId: id.nullable(),
  managerName: z.string().nullable(),
  teamId: id.nullable(),
  teamName: z.string().nullable(),
  githubLogin: z.string().nullable(),
  detail: z.boolean(),
  level: z.string().nullable(),
  employmentType: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
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

const PersonRef = z.object({ id, name: z.string(), title: z.string().nullable() });

export const HistoryOutput = z.object({
  validFrom: z.string(),
  validTo: z.string().nullable(),
  managerId: id.nullable(),
  managerName: z.string().nullable(),
  teamId: id.nullable(),
  teamName: z.string().nullable(),
  title: z.string().nullable(),
  level: z.string().nullable(),
  role: z.string(),
  status: z.string(),
  source: z.string().nullable(),
});

export const PersonDetailOutput = PersonOutput.extend({
  managerChain: z.array(PersonRef).describe('Managers, nearest first'),
  reports: z.array(PersonRef.extend({ status: z.string() })).describe('Direct reports'),
  teams: z.array(
    z.object({
      id,
      name: z.string(),
      slug: z.string(),
      kind: z.string(),
      primary: z.boolean(),
      lead: z.boolean(),
    }),
  ),
  owns: z
    .array(
      z.object({ id, kind: z.string(), name: z.string(), title: z.string().nullable(), via: z.string() }),
    )
    .describe('Catalog entities owned by the person or their teams'),
  tenureDays: z.number().int().nullable(),
  history: z
    .array(HistoryOutput)
    .nullable()
    .describe('Dated versions; null when beyond what the caller may see'),
  identities: z
    .array(z.object({ id, kind: z.string(), value: z.string(), method: z.string().nullable() }))
    .nullable(),
});

export const ChartQuery = z.strictObject({
  asOf: isoDate.optional().describe('Show the org as it was on this day (from the dated history)'),
});

export const ChartOutput = z.object({
  asOf: z.string().nullable(),
  /** Columns: id, name, title, managerId, teamId, role. Arrays keep 5,000 people small on the wire. */
  columns: z.array(z.string()),
  rows: z.array(z.tuple([id, z.string(), z.string().nullable(), id.nullable(), id.nullable(), z.string()])),
  teams: z.array(z.object({ id, name: z.string() })),
});

export const TeamOutput = z.object({
  id,
  slug: z.string(),
  name: z.string(),
  kind: z.enum(['department', 'group', 'team']),
  parentId: id.nullable(),
  description: z.string().nullable(),
  members: z.number().int().describe('Active members'),
  leads: z.string().nullable(),
  owns: z.number().int().describe('Catalog entities the team owns'),
});

export const TeamDetailOutput = TeamOutput.extend({
  children: z.array(z.object({ id, name: z.string(), kind: z.string() })),
  path: z.array(z.object({ id, name: z.string() })).describe('Parent teams, top first'),
  people: z.array(
    z.object({
      id,
      name: z.string(),
      title: z.string().nullable(),
      role: z.string(),
      primary: z.boolean(),
      lead: z.boolean(),
    }),
  ),
  entities: z.array(
    z.object({
      id,
      kind: z.string(),
      name: z.string(),
      title: z.string().nullable(),
      lifecycle: z.string().nullable(),
    }),
  ),
});

export const PersonIdParams = z.strictObject({ id: z.coerce.number().int().positive() });
export const IdParams = PersonIdParams;
