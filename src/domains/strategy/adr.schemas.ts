/** API shapes of decision records. */

import { z } from 'zod';
import { ADR_STATUSES } from './importers/madr-parse.js';

export const AdrStatusSchema = z.enum(ADR_STATUSES);
const People = z.array(z.string().trim().min(1).max(200)).max(50);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date');
const Text = z.string().max(100_000);

export const AdrNumberParams = z.object({ number: z.coerce.number().int().min(0).max(999_999) });

export const AdrListQuery = z.object({
  status: AdrStatusSchema.optional(),
  service: z.string().max(200).optional().describe('A service (catalog component) id or name'),
  radar: z.string().max(200).optional().describe('A radar entry key'),
  q: z.string().max(500).optional().describe('Free text, web-search syntax: "exact phrase", -not, or'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const Source = z.object({
  kind: z.enum(['manual', 'folder', 'repository']),
  repository: z.string().nullable(),
  path: z.string().nullable(),
  sha: z.string().nullable(),
  removed: z.boolean(),
  label: z.string(),
});
const ServiceRef = z.object({ id: z.number(), name: z.string() });
const RadarRef = z.object({ key: z.string(), name: z.string(), ring: z.string() });

const AdrSummary = z.object({
  number: z.number(),
  fileName: z.string(),
  title: z.string(),
  status: AdrStatusSchema,
  date: z.string().nullable(),
  deciders: z.array(z.string()),
  source: Source,
  edited: z.boolean().describe('Edited in Quarterdeck since its file was last read'),
  updatedAt: z.string(),
  services: z.array(ServiceRef),
  radar: z.array(RadarRef),
  supersededBy: z.number().nullable(),
});

export const AdrListOutput = z.object({
  total: z.number(),
  items: z.array(AdrSummary.extend({ excerpt: z.string().nullable() })),
});

export const AdrOutput = AdrSummary.extend({
  consulted: z.array(z.string()),
  informed: z.array(z.string()),
  sections: z.object({
    context: z.string(),
    options: z.string(),
    outcome: z.string(),
    consequences: z.string(),
    prosCons: z.string(),
  }),
  markdown: z.string(),
  chain: z.array(
    z.object({
      number: z.number(),
      title: z.string(),
      status: AdrStatusSchema,
      relation: z.enum(['supersedes', 'this', 'superseded-by']),
    }),
  ),
  history: z.array(z.object({ status: AdrStatusSchema, on: z.string(), actor: z.string() })),
});

const WriteFields = {
  status: AdrStatusSchema.optional(),
  date: Day.nullable().optional(),
  deciders: People.optional(),
  consulted: People.optional(),
  informed: People.optional(),
  context: Text.optional(),
  options: Text.optional(),
  outcome: Text.optional(),
  consequences: Text.optional(),
  prosCons: Text.optional(),
  serviceIds: z.array(z.number().int()).max(200).optional(),
  radar: z.array(z.string().max(200)).max(200).optional().describe('Radar entry keys'),
  supersededBy: z.number().int().min(0).nullable().optional().describe('Number of the superseding record'),
};

export const AdrCreateInput = z.object({ title: z.string().trim().min(1).max(300), ...WriteFields });
export const AdrUpdateInput = z.object({
  title: z.string().trim().min(1).max(300).optional(),
  ...WriteFields,
});
export const AdrSupersedeInput = z.object({
  by: z.number().int().min(0).describe('Number of the superseding record'),
});

export const AdrWriteOutput = z.object({ number: z.number(), title: z.string(), status: AdrStatusSchema });

export const AdrTimelineQuery = z.object({ from: Day.optional(), to: Day.optional() });
const Mini = z.object({ number: z.number(), title: z.string(), status: AdrStatusSchema });
export const AdrTimelineOutput = z.object({
  months: z.array(
    z.object({
      month: z.string(),
      records: z.array(Mini),
      changes: z.array(Mini.extend({ on: z.string() })),
    }),
  ),
});

export const AdrMissingQuery = z.object({ teamId: z.coerce.number().int().optional() });
export const AdrMissingOutput = z.object({
  services: z.number().describe('Services in scope'),
  items: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      team: z.object({ id: z.number(), name: z.string() }).nullable(),
    }),
  ),
});

export const AdrLinkOptionsOutput = z.object({
  services: z.array(z.object({ id: z.number(), name: z.string() })),
  radar: z.array(z.object({ key: z.string(), name: z.string(), ring: z.string() })),
});
