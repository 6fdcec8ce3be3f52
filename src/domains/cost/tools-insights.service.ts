/**
 * What the tool register tells leaders: the renewal calendar (with notice deadlines), unused seats and
 * what they cost, and overlapping tools in one category. Definitions: metrics/tool-seats.ts,
 * metrics/tool-renewals.ts and docs/metrics.md. Amounts are never added across currencies.
 */

import type { Db } from '../../platform/db/database.js';
import { personNames } from '../org/org-lookup.service.js';
import { sumDecimals } from './importers/focus-decimal.js';
import type { ToolCategory } from './importers/tool-categories.js';
import { DEFAULT_REMINDER_DAYS, nextRenewal } from './metrics/tool-renewals.js';
import { activeSince, DEFAULT_ACTIVE_DAYS } from './metrics/tool-seats.js';
import * as repo from './tools.repo.js';
import { describeTools, type Tool, type ToolQuery, todayUtc } from './tools.service.js';

/** a − b as a decimal string. */
const minus = (a: string, b: string) => sumDecimals([a, b.startsWith('-') ? b.slice(1) : `-${b}`]);
const cmp = (a: string, b: string) => {
  const d = minus(a, b);
  return d === '0' ? 0 : d.startsWith('-') ? -1 : 1;
};

export interface RenewalItem {
  tool: Pick<
    Tool,
    | 'id'
    | 'vendor'
    | 'product'
    | 'category'
    | 'annualCost'
    | 'currency'
    | 'autoRenew'
    | 'owner'
    | 'noticeDays'
  >;
  renewalDate: string;
  noticeDeadline: string;
  status: 'notice-passed' | 'act-soon' | 'upcoming';
  daysToNotice: number;
  daysToRenewal: number;
}

export interface RenewalQuery extends ToolQuery {
  /** How far ahead to look (days, default 365). */
  days?: number | undefined;
  /** A notice deadline within this many days is `act-soon` (default 30). */
  reminderDays?: number | undefined;
}

/** Renewals from today to `days` ahead, by notice deadline (the date that matters to act). */
export async function renewalCalendar(db: Db, q: RenewalQuery = {}): Promise<RenewalItem[]> {
  const today = q.today ?? todayUtc();
  const days = q.days ?? 365;
  const rows = await repo.listTools(db);
  const owners = await personNames(db, [
    ...new Set(rows.flatMap((r) => (r.owner_person_id ? [Number(r.owner_person_id)] : []))),
  ]);
  const out: RenewalItem[] = [];
  for (const r of rows) {
    const renewal = nextRenewal(
      {
        renewalDate: r.renewal_date,
        contractEnd: r.contract_end,
        noticeDays: r.notice_days,
        autoRenew: r.auto_renew,
      },
      today,
      q.reminderDays ?? DEFAULT_REMINDER_DAYS,
    );
    if (!renewal || renewal.status === 'ended' || renewal.daysToRenewal > days) continue;
    const ownerId = r.owner_person_id === null ? null : Number(r.owner_person_id);
    out.push({
      tool: {
        id: Number(r.id),
        vendor: r.vendor,
        product: r.product,
        category: r.category as ToolCategory,
        annualCost: r.annual_cost,
        currency: r.currency,
        autoRenew: r.auto_renew,
        noticeDays: r.notice_days,
        owner: ownerId === null ? null : { id: ownerId, name: owners.get(ownerId) ?? `person ${ownerId}` },
      },
      renewalDate: renewal.renewalDate,
      noticeDeadline: renewal.noticeDeadline,
      status: renewal.status,
      daysToNotice: renewal.daysToNotice,
      daysToRenewal: renewal.daysToRenewal,
    });
  }
  return out.sort(
    (a, b) =>
      a.noticeDeadline.localeCompare(b.noticeDeadline) ||
      a.renewalDate.localeCompare(b.renewalDate) ||
      a.tool.vendor.localeCompare(b.tool.vendor),
  );
}

export interface SavingsTool {
  id: number;
  vendor: string;
  product: string;
  category: ToolCategory;
  seatsBought: number;
  seatsAssigned: number;
  seatsActive: number;
  unusedSeats: number;
  annualCost: string;
  seatCost: string;
  annualUnusedCost: string;
}

/** One entry per currency: the unused seats of seat-based tools and what they cost a year. */
export interface ToolSavings {
  currency: string;
  /** Sum of the tools' annual unused cost (each rounded to cents), exact decimal string. */
  annualUnusedCost: string;
  unusedSeats: number;
  /** Tools with at least one unused seat, largest annual unused cost first. */
  tools: SavingsTool[];
}

/**
 * Unused-seat savings per currency, for the savings page and the scorecard check "Are we paying for what
 * we don't use?". Currencies without unused seats are left out; an empty register gives `[]`.
 */
export async function toolSavings(db: Db, q: ToolQuery = {}): Promise<ToolSavings[]> {
  const tools = await describeTools(db, await repo.listTools(db), q);
  const byCurrency = new Map<string, SavingsTool[]>();
  for (const t of tools) {
    if (t.unusedSeats === 0 || t.seatsBought === null) continue;
    const list = byCurrency.get(t.currency) ?? [];
    if (list.length === 0) byCurrency.set(t.currency, list);
    list.push({
      id: t.id,
      vendor: t.vendor,
      product: t.product,
      category: t.category,
      seatsBought: t.seatsBought,
      seatsAssigned: t.seatsAssigned,
      seatsActive: t.seatsActive,
      unusedSeats: t.unusedSeats,
      annualCost: t.annualCost,
      seatCost: t.seatCost ?? '0',
      annualUnusedCost: t.annualUnusedCost,
    });
  }
  return [...byCurrency]
    .map(([currency, list]) => ({
      currency,
      annualUnusedCost: sumDecimals(list.map((t) => t.annualUnusedCost)),
      unusedSeats: list.reduce((n, t) => n + t.unusedSeats, 0),
      tools: list.sort(
        (a, b) => cmp(b.annualUnusedCost, a.annualUnusedCost) || a.vendor.localeCompare(b.vendor),
      ),
    }))
    .sort((a, b) => cmp(b.annualUnusedCost, a.annualUnusedCost) || a.currency.localeCompare(b.currency));
}

export interface InactiveSeat {
  toolId: number;
  vendor: string;
  product: string;
  email: string;
  personId: number | null;
  personName: string | null;
  lastActiveAt: string | null;
}

/** Seats held but not used within the activity window (never used first, then the longest idle). */
export async function inactiveSeats(
  db: Db,
  q: ToolQuery & { toolId?: number | undefined } = {},
): Promise<InactiveSeat[]> {
  const today = q.today ?? todayUtc();
  const since = activeSince(today, q.activeDays ?? DEFAULT_ACTIVE_DAYS);
  const seats = await repo.inactiveSeats(db, since, q.toolId === undefined ? undefined : [q.toolId]);
  const tools = new Map((await repo.listTools(db)).map((t) => [Number(t.id), t]));
  const names = await personNames(db, [...new Set(seats.flatMap((s) => (s.person_id ? [s.person_id] : [])))]);
  return seats.map((s) => ({
    toolId: s.tool_id,
    vendor: tools.get(s.tool_id)?.vendor ?? '',
    product: tools.get(s.tool_id)?.product ?? '',
    email: s.email,
    personId: s.person_id,
    personName: s.person_id === null ? null : (names.get(s.person_id) ?? null),
    lastActiveAt: s.last_active_at ? s.last_active_at.toISOString() : null,
  }));
}

export interface Overlap {
  category: ToolCategory;
  tools: Pick<
    Tool,
    'id' | 'vendor' | 'product' | 'annualCost' | 'currency' | 'seatsBought' | 'seatsAssigned' | 'seatsActive'
  >[];
  /** Combined annual cost, per currency. */
  annualCost: { currency: string; amount: string }[];
  seatsBought: number;
  seatsAssigned: number;
  seatsActive: number;
}

/** Categories (other than `other`) with more than one tool: candidates for consolidation. */
export async function overlaps(db: Db, q: ToolQuery = {}): Promise<Overlap[]> {
  const tools = await describeTools(db, await repo.listTools(db), q);
  const byCategory = new Map<ToolCategory, Tool[]>();
  for (const t of tools) {
    if (t.category === 'other') continue;
    const list = byCategory.get(t.category) ?? [];
    if (list.length === 0) byCategory.set(t.category, list);
    list.push(t);
  }
  const out: Overlap[] = [];
  for (const [category, list] of byCategory) {
    if (list.length < 2) continue;
    const currencies = [...new Set(list.map((t) => t.currency))].sort();
    out.push({
      category,
      tools: list.map((t) => ({
        id: t.id,
        vendor: t.vendor,
        product: t.product,
        annualCost: t.annualCost,
        currency: t.currency,
        seatsBought: t.seatsBought,
        seatsAssigned: t.seatsAssigned,
        seatsActive: t.seatsActive,
      })),
      annualCost: currencies.map((currency) => ({
        currency,
        amount: sumDecimals(list.filter((t) => t.currency === currency).map((t) => t.annualCost)),
      })),
      seatsBought: list.reduce((n, t) => n + (t.seatsBought ?? 0), 0),
      seatsAssigned: list.reduce((n, t) => n + t.seatsAssigned, 0),
      seatsActive: list.reduce((n, t) => n + t.seatsActive, 0),
    });
  }
  return out.sort((a, b) => b.tools.length - a.tools.length || a.category.localeCompare(b.category));
}

export interface SeatsSummary {
  currency: string;
  tools: number;
  annualCost: string;
  seatsBought: number;
  seatsAssigned: number;
  seatsActive: number;
  unusedSeats: number;
  annualUnusedCost: string;
}

/** Register totals per currency: tools, annual cost, seats bought, assigned, active and unused. */
export async function seatsSummary(
  db: Db,
  q: ToolQuery = {},
): Promise<{ activeDays: number; totals: SeatsSummary[] }> {
  const tools = await describeTools(db, await repo.listTools(db), q);
  const byCurrency = new Map<string, Tool[]>();
  for (const t of tools) {
    const list = byCurrency.get(t.currency) ?? [];
    if (list.length === 0) byCurrency.set(t.currency, list);
    list.push(t);
  }
  return {
    activeDays: q.activeDays ?? DEFAULT_ACTIVE_DAYS,
    totals: [...byCurrency]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, list]) => ({
        currency,
        tools: list.length,
        annualCost: sumDecimals(list.map((t) => t.annualCost)),
        seatsBought: list.reduce((n, t) => n + (t.seatsBought ?? 0), 0),
        seatsAssigned: list.reduce((n, t) => n + t.seatsAssigned, 0),
        seatsActive: list.reduce((n, t) => n + t.seatsActive, 0),
        unusedSeats: list.reduce((n, t) => n + t.unusedSeats, 0),
        annualUnusedCost: sumDecimals(list.map((t) => t.annualUnusedCost)),
      })),
  };
}
