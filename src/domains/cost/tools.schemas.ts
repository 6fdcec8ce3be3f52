/** API shapes of the tool register (zod: request validation and the OpenAPI document). */

import { z } from 'zod';
import { FeedToken } from '../../platform/auth/auth.schemas.js';
import { parseDecimal } from './importers/focus-decimal.js';
import { TOOL_CATEGORIES } from './importers/tool-categories.js';
import { parseDay } from './importers/tool-csv.js';

export { TOOL_CATEGORIES };

export const ToolCategory = z.enum(TOOL_CATEGORIES);

const Day = z.string().refine((v) => parseDay(v) !== null, 'a date, YYYY-MM-DD');
const Money = z
  .string()
  .refine((v) => {
    const d = parseDecimal(v);
    return d !== null && !d.value.startsWith('-');
  }, 'a non-negative decimal number such as 12000.50')
  .transform((v) => parseDecimal(v)!.value);
const Decimal = z.string().describe('an exact decimal number, as text');

export const ToolInput = z.strictObject({
  vendor: z.string().trim().min(1).max(200),
  product: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((v) => !v.includes('/'), 'no "/" in a product name'),
  category: ToolCategory,
  plan: z.string().max(200).optional(),
  contractStart: Day.nullable().optional(),
  contractEnd: Day.nullable().optional(),
  renewalDate: Day.nullable().optional(),
  noticeDays: z.number().int().min(0).max(3650).optional(),
  autoRenew: z.boolean().optional(),
  annualCost: Money.optional(),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'an ISO 4217 code such as EUR')
    .optional(),
  seatsBought: z.number().int().min(0).max(10_000_000).nullable().optional(),
  ownerPersonId: z.number().int().positive().nullable().optional(),
  teamIds: z.array(z.number().int().positive()).max(1000).optional(),
  notes: z.string().max(20_000).optional(),
});
export const ToolUpdateInput = ToolInput.partial();

const RenewalOutput = z.object({
  renewalDate: z.string(),
  noticeDeadline: z.string(),
  status: z.enum(['notice-passed', 'act-soon', 'upcoming', 'ended']),
  daysToNotice: z.number(),
  daysToRenewal: z.number(),
});
const PersonRef = z.object({ id: z.number(), name: z.string() });

export const ToolOutput = z.object({
  id: z.number(),
  vendor: z.string(),
  product: z.string(),
  category: ToolCategory,
  plan: z.string(),
  contractStart: z.string().nullable(),
  contractEnd: z.string().nullable(),
  renewalDate: z.string().nullable(),
  noticeDays: z.number(),
  autoRenew: z.boolean(),
  annualCost: Decimal,
  currency: z.string(),
  seatsBought: z.number().nullable(),
  seatsAssigned: z.number(),
  seatsActive: z.number(),
  unusedSeats: z.number(),
  seatCost: Decimal.nullable(),
  annualUnusedCost: Decimal,
  owner: PersonRef.nullable(),
  teams: z.array(z.object({ id: z.number(), name: z.string(), slug: z.string() })),
  notes: z.string(),
  renewal: RenewalOutput.nullable(),
  updatedAt: z.string(),
});

export const ToolDetailOutput = ToolOutput.extend({
  activeDays: z.number(),
  seats: z.array(
    z.object({
      email: z.string(),
      personId: z.number().nullable(),
      personName: z.string().nullable(),
      lastActiveAt: z.string().nullable(),
      source: z.enum(['csv', 'sso']),
      active: z.boolean(),
    }),
  ),
});

const ActiveDays = z.coerce
  .number()
  .int()
  .min(1)
  .max(3650)
  .optional()
  .describe('a seat is active when used within this many days (default 30)');

export const ToolListQuery = z.strictObject({
  category: ToolCategory.optional(),
  team: z.string().max(200).optional().describe('a team slug: tools this team uses'),
  renewingWithin: z.coerce.number().int().min(0).max(3650).optional().describe('days'),
  activeDays: ActiveDays,
});
export const ActiveDaysQuery = z.strictObject({ activeDays: ActiveDays });

export const RenewalsQuery = z.strictObject({
  days: z.coerce.number().int().min(1).max(3650).optional().describe('how far ahead (default 365)'),
  reminderDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(365)
    .optional()
    .describe('a notice deadline within this many days is act-soon (default 30)'),
});
export const RenewalsFeedQuery = RenewalsQuery.extend({ token: FeedToken });

const ToolRef = z.object({
  id: z.number(),
  vendor: z.string(),
  product: z.string(),
  category: ToolCategory,
  annualCost: Decimal,
  currency: z.string(),
  autoRenew: z.boolean(),
  noticeDays: z.number(),
  owner: PersonRef.nullable(),
});

export const RenewalsOutput = z.object({
  today: z.string(),
  items: z.array(
    z.object({
      tool: ToolRef,
      renewalDate: z.string(),
      noticeDeadline: z.string(),
      status: z.enum(['notice-passed', 'act-soon', 'upcoming']),
      daysToNotice: z.number(),
      daysToRenewal: z.number(),
    }),
  ),
});

export const SavingsOutput = z.object({
  activeDays: z.number(),
  savings: z.array(
    z.object({
      currency: z.string(),
      annualUnusedCost: Decimal,
      unusedSeats: z.number(),
      tools: z.array(
        z.object({
          id: z.number(),
          vendor: z.string(),
          product: z.string(),
          category: ToolCategory,
          seatsBought: z.number(),
          seatsAssigned: z.number(),
          seatsActive: z.number(),
          unusedSeats: z.number(),
          annualCost: Decimal,
          seatCost: Decimal,
          annualUnusedCost: Decimal,
        }),
      ),
    }),
  ),
  inactiveSeats: z.array(
    z.object({
      toolId: z.number(),
      vendor: z.string(),
      product: z.string(),
      email: z.string(),
      personId: z.number().nullable(),
      personName: z.string().nullable(),
      lastActiveAt: z.string().nullable(),
    }),
  ),
});

export const OverlapsOutput = z.object({
  overlaps: z.array(
    z.object({
      category: ToolCategory,
      tools: z.array(
        z.object({
          id: z.number(),
          vendor: z.string(),
          product: z.string(),
          annualCost: Decimal,
          currency: z.string(),
          seatsBought: z.number().nullable(),
          seatsAssigned: z.number(),
          seatsActive: z.number(),
        }),
      ),
      annualCost: z.array(z.object({ currency: z.string(), amount: Decimal })),
      seatsBought: z.number(),
      seatsAssigned: z.number(),
      seatsActive: z.number(),
    }),
  ),
});

export const SummaryOutput = z.object({
  activeDays: z.number(),
  totals: z.array(
    z.object({
      currency: z.string(),
      tools: z.number(),
      annualCost: Decimal,
      seatsBought: z.number(),
      seatsAssigned: z.number(),
      seatsActive: z.number(),
      unusedSeats: z.number(),
      annualUnusedCost: Decimal,
    }),
  ),
});
