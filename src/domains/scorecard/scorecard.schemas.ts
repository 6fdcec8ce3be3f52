import { z } from 'zod';
import { SCORECARD_GROUPS } from '../../platform/modules.js';

const isoDate = z.iso.date();

export const ScorecardQuery = z
  .strictObject({
    from: isoDate
      .optional()
      .describe('First day of the range (UTC, YYYY-MM-DD); default 90 days before `to`'),
    to: isoDate.optional().describe('Last day of the range (UTC, YYYY-MM-DD); default today'),
    team: z.coerce
      .number()
      .int()
      .positive()
      .optional()
      .describe('Scope to a team (checks that can be scoped say so)'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: '`from` must not be after `to`',
    path: ['from'],
  });

export const CheckOutput = z.object({
  id: z.string(),
  title: z.string(),
  explanation: z.string(),
  status: z.enum(['good', 'watch', 'bad', 'no-data']),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  display: z.string().nullable(),
  target: z.string().nullable(),
  trend: z.array(z.object({ at: z.string(), value: z.number() })),
  evidence: z.object({ href: z.string(), label: z.string() }).nullable(),
  noData: z.object({ reason: z.string(), action: z.string() }).nullable(),
});

export const ScorecardOutput = z.object({
  range: z.object({ from: z.string(), to: z.string() }),
  teamId: z.number().int().nullable(),
  groups: z.array(
    z.object({
      id: z.enum(SCORECARD_GROUPS),
      question: z.string(),
      description: z.string(),
      checks: z.array(CheckOutput),
    }),
  ),
});
