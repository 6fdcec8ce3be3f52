/** API shapes of the tech radar and the watch list (zod: request checks and the OpenAPI document). */

import { z } from 'zod';

const id = z.number().int();
export const STANCE = z.enum(['adopt', 'trial', 'assess', 'hold']);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const url = z.string().trim().url().max(2000);
export const RadarLinkSchema = z.object({ url, title: z.string().trim().min(1).max(200) });

export const RadarKeyParams = z.strictObject({ key: z.string().min(1).max(120) });

export const RadarMoveOutput = z.object({
  date: z.string(),
  ringId: id,
  ring: z.string(),
  direction: z
    .number()
    .int()
    .describe('1 moved in (towards the centre), -1 moved out, 0 placed or unchanged'),
  description: z.string(),
});

export const RadarEntryOutput = z.object({
  id,
  key: z.string(),
  name: z.string(),
  quadrantId: id,
  quadrant: z.string(),
  ringId: id,
  ring: z.string(),
  stance: STANCE,
  description: z.string(),
  url: z.string().nullable(),
  links: z.array(z.object({ url: z.string(), title: z.string() })),
  isNew: z.boolean(),
  moved: z.number().int(),
  history: z.array(RadarMoveOutput).describe('newest first'),
  updatedAt: z.string(),
});

export const RadarOutput = z.object({
  quadrants: z.array(z.object({ id, key: z.string(), name: z.string(), position: z.number().int() })),
  rings: z.array(
    z.object({
      id,
      key: z.string(),
      name: z.string(),
      position: z.number().int(),
      stance: STANCE,
      color: z.string().nullable(),
      description: z.string(),
    }),
  ),
  entries: z.array(RadarEntryOutput),
});

const name = z.string().trim().min(1).max(200);

export const RadarConfigInput = z
  .strictObject({
    quadrants: z
      .array(z.strictObject({ key: z.string().trim().max(80).optional(), name }))
      .length(4)
      .optional()
      .describe('exactly four, in order: top right, then clockwise'),
    rings: z
      .array(
        z.strictObject({
          key: z
            .string()
            .trim()
            .max(80)
            .optional()
            .describe('matches an existing ring; default: from the name'),
          name,
          stance: STANCE,
          color: z.string().trim().max(40).nullable().optional(),
          description: z.string().max(2000).optional(),
        }),
      )
      .min(1)
      .max(8)
      .optional()
      .describe('innermost first'),
  })
  .refine((v) => v.quadrants || v.rings, 'send quadrants, rings or both');

const entryFields = {
  name,
  quadrantId: id.positive(),
  description: z.string().max(20_000).optional(),
  url: url.nullable().optional(),
  links: z.array(RadarLinkSchema).max(50).optional(),
  isNew: z.boolean().optional(),
};

export const RadarEntryCreateInput = z.strictObject({
  ...entryFields,
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, dots, dashes')
    .max(120)
    .optional(),
  ringId: id.positive(),
  date: day.optional().describe('default: today (UTC)'),
  note: z.string().max(5000).optional(),
});

export const RadarEntryUpdateInput = z.strictObject({
  name: entryFields.name.optional(),
  quadrantId: entryFields.quadrantId.optional(),
  description: entryFields.description,
  url: entryFields.url,
  links: entryFields.links,
  isNew: entryFields.isNew,
});

export const RadarMoveInput = z.strictObject({
  ringId: id.positive(),
  date: day.optional().describe('default: today (UTC)'),
  note: z.string().max(5000).optional(),
});

export const WATCH_STATUS = z.enum(['watching', 'assessing', 'decided', 'dropped']);

export const WatchItemOutput = z.object({
  id,
  name: z.string(),
  ownerPersonId: id.nullable(),
  ownerName: z.string().nullable(),
  category: z.string(),
  status: WATCH_STATUS,
  notes: z.string().describe('markdown'),
  decision: z.string(),
  decisionRef: z.string().nullable().describe('ADR-0007'),
  decisionNumber: z
    .number()
    .int()
    .nullable()
    .describe('the decision record number, for /strategy/decisions/<n>'),
  radarEntryKey: z.string().nullable(),
  radarEntryName: z.string().nullable(),
  updatedAt: z.string(),
});

export const WatchItemInput = z.strictObject({
  name,
  ownerPersonId: id.positive().nullable().optional(),
  category: z.string().trim().max(100).optional(),
  status: WATCH_STATUS.optional(),
  notes: z.string().max(50_000).optional(),
  decision: z.string().max(5000).optional(),
  decisionRef: z
    .string()
    .trim()
    .regex(/^ADR-\d{1,6}$/i, 'a decision record reference like ADR-0007')
    .nullable()
    .optional(),
  radarEntryKey: z.string().trim().max(120).nullable().optional(),
});

export const WatchItemUpdateInput = WatchItemInput.partial();
