/**
 * The SaaS and tool register: what the organization subscribes to, its cost, seats, owner, teams and
 * renewal. Leaders (admin, executive) change it; managers read it too; every change is audited.
 * Renewals, unused seats and overlaps are in tools-insights.service.ts; imports in tools-import.service.ts.
 */

import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import { badRequest, conflict, notFound } from '../../platform/http/problem.js';
import { personNames, teamNames } from '../org/org-lookup.service.js';
import type { ToolCategory } from './importers/tool-categories.js';
import { nextRenewal, type Renewal } from './metrics/tool-renewals.js';
import { activeSince, DEFAULT_ACTIVE_DAYS, seatSavings } from './metrics/tool-seats.js';
import * as repo from './tools.repo.js';

export { type ToolSavings, toolSavings } from './tools-insights.service.js';

export interface ToolQuery {
  /** The day figures are computed for (YYYY-MM-DD, UTC); default today. */
  today?: string | undefined;
  /** A seat is active when used within this many days (default 30). */
  activeDays?: number | undefined;
}

export interface Tool {
  id: number;
  vendor: string;
  product: string;
  category: ToolCategory;
  plan: string;
  contractStart: string | null;
  contractEnd: string | null;
  renewalDate: string | null;
  noticeDays: number;
  autoRenew: boolean;
  annualCost: string;
  currency: string;
  seatsBought: number | null;
  seatsAssigned: number;
  seatsActive: number;
  unusedSeats: number;
  seatCost: string | null;
  annualUnusedCost: string;
  owner: { id: number; name: string } | null;
  teams: { id: number; name: string; slug: string }[];
  notes: string;
  renewal: Renewal | null;
  updatedAt: string;
}

export interface ToolSeat {
  email: string;
  personId: number | null;
  personName: string | null;
  lastActiveAt: string | null;
  source: 'csv' | 'sso';
  active: boolean;
}

export interface ToolDetail extends Tool {
  seats: ToolSeat[];
  activeDays: number;
}

export interface ToolInput {
  vendor?: string | undefined;
  product?: string | undefined;
  category?: ToolCategory | undefined;
  plan?: string | undefined;
  contractStart?: string | null | undefined;
  contractEnd?: string | null | undefined;
  renewalDate?: string | null | undefined;
  noticeDays?: number | undefined;
  autoRenew?: boolean | undefined;
  annualCost?: string | undefined;
  currency?: string | undefined;
  seatsBought?: number | null | undefined;
  ownerPersonId?: number | null | undefined;
  teamIds?: number[] | undefined;
  notes?: string | undefined;
}

export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

export const inTransaction = <T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> =>
  db.isTransaction ? work(db) : db.transaction().execute(work);

/** Turns stored rows into tools with seat figures, owners, teams and the next renewal. */
export async function describeTools(db: Db, rows: repo.ToolDbRow[], q: ToolQuery = {}): Promise<Tool[]> {
  const today = q.today ?? todayUtc();
  const activeDays = q.activeDays ?? DEFAULT_ACTIVE_DAYS;
  const ids = rows.map((r) => Number(r.id));
  const [counts, teamsOf, teams, owners] = await Promise.all([
    repo.seatCounts(db, activeSince(today, activeDays), ids),
    repo.toolTeams(db, ids),
    teamNames(db),
    personNames(db, [
      ...new Set(rows.flatMap((r) => (r.owner_person_id ? [Number(r.owner_person_id)] : []))),
    ]),
  ]);
  return rows.map((r) => {
    const id = Number(r.id);
    const c = counts.get(id) ?? { assigned: 0, active: 0 };
    const s = seatSavings({ annualCost: r.annual_cost, seatsBought: r.seats_bought, seatsActive: c.active });
    const ownerId = r.owner_person_id === null ? null : Number(r.owner_person_id);
    return {
      id,
      vendor: r.vendor,
      product: r.product,
      category: r.category as ToolCategory,
      plan: r.plan,
      contractStart: r.contract_start,
      contractEnd: r.contract_end,
      renewalDate: r.renewal_date,
      noticeDays: r.notice_days,
      autoRenew: r.auto_renew,
      annualCost: r.annual_cost,
      currency: r.currency,
      seatsBought: r.seats_bought,
      seatsAssigned: c.assigned,
      seatsActive: c.active,
      unusedSeats: s.unusedSeats,
      seatCost: s.seatCost,
      annualUnusedCost: s.annualUnusedCost,
      owner: ownerId === null ? null : { id: ownerId, name: owners.get(ownerId) ?? `person ${ownerId}` },
      teams: (teamsOf.get(id) ?? []).flatMap((t) => {
        const team = teams.get(t);
        return team ? [{ id: t, name: team.name, slug: team.slug }] : [];
      }),
      notes: r.notes,
      renewal: nextRenewal(
        {
          renewalDate: r.renewal_date,
          contractEnd: r.contract_end,
          noticeDays: r.notice_days,
          autoRenew: r.auto_renew,
        },
        today,
      ),
      updatedAt: new Date(r.updated_at).toISOString(),
    };
  });
}

export interface ToolListFilter extends ToolQuery {
  category?: ToolCategory | undefined;
  /** A team's slug. */
  team?: string | undefined;
  /** Only tools whose next renewal is within this many days. */
  renewingWithin?: number | undefined;
}

export async function listTools(db: Db, filter: ToolListFilter = {}): Promise<Tool[]> {
  let teamId: number | undefined;
  if (filter.team) {
    const teams = await teamNames(db);
    teamId = [...teams].find(([, t]) => t.slug === filter.team)?.[0] ?? -1;
  }
  const rows = await repo.listTools(db, { category: filter.category, teamId });
  const tools = await describeTools(db, rows, filter);
  const within = filter.renewingWithin;
  if (within === undefined) return tools;
  return tools.filter((t) => t.renewal && t.renewal.status !== 'ended' && t.renewal.daysToRenewal <= within);
}

export async function getTool(db: Db, id: number, q: ToolQuery = {}): Promise<ToolDetail> {
  const row = await repo.toolById(db, id);
  if (!row) throw notFound(`Tool ${id}`);
  const [tool] = await describeTools(db, [row], q);
  const today = q.today ?? todayUtc();
  const activeDays = q.activeDays ?? DEFAULT_ACTIVE_DAYS;
  const since = activeSince(today, activeDays).getTime();
  const seats = await repo.seatsOf(db, id);
  const names = await personNames(db, [
    ...new Set(seats.flatMap((s) => (s.person_id ? [Number(s.person_id)] : []))),
  ]);
  // One row per seat holder, as the counts have it (repo.seatHolders): a person seen by the CSV and by
  // SSO, under one e-mail or two, is one seat, shown with the e-mail and source of the latest activity.
  const holders = new Map<string, ToolSeat>();
  for (const s of seats) {
    const last = s.last_active_at ? new Date(s.last_active_at) : null;
    const personId = s.person_id === null ? null : Number(s.person_id);
    const key = personId === null ? `e${s.email}` : `p${personId}`;
    const seat: ToolSeat = {
      email: s.email,
      personId,
      personName: personId === null ? null : (names.get(personId) ?? null),
      lastActiveAt: last ? last.toISOString() : null,
      source: s.source,
      active: last !== null && last.getTime() >= since,
    };
    const known = holders.get(key);
    if (!known || (seat.lastActiveAt ?? '') > (known.lastActiveAt ?? '')) holders.set(key, seat);
  }
  return { ...tool!, activeDays, seats: [...holders.values()] };
}

/** Checks references and turns the input into column values (only the given fields). */
async function values(db: Db, input: ToolInput): Promise<Partial<repo.ToolValues>> {
  const v: Partial<repo.ToolValues> = {};
  if (input.vendor !== undefined) v.vendor = input.vendor.trim();
  if (input.product !== undefined) v.product = input.product.trim();
  if (input.category !== undefined) v.category = input.category;
  if (input.plan !== undefined) v.plan = input.plan.trim();
  if (input.contractStart !== undefined) v.contract_start = input.contractStart;
  if (input.contractEnd !== undefined) v.contract_end = input.contractEnd;
  if (input.renewalDate !== undefined) v.renewal_date = input.renewalDate;
  if (input.noticeDays !== undefined) v.notice_days = input.noticeDays;
  if (input.autoRenew !== undefined) v.auto_renew = input.autoRenew;
  if (input.annualCost !== undefined) v.annual_cost = input.annualCost;
  if (input.currency !== undefined) v.currency = input.currency.toUpperCase();
  if (input.seatsBought !== undefined) v.seats_bought = input.seatsBought;
  if (input.notes !== undefined) v.notes = input.notes;
  if (input.ownerPersonId !== undefined) {
    if (
      input.ownerPersonId !== null &&
      !(await personNames(db, [input.ownerPersonId])).has(input.ownerPersonId)
    )
      throw badRequest('Unknown owner.', [
        { field: 'body.ownerPersonId', message: `no person ${input.ownerPersonId}` },
      ]);
    v.owner_person_id = input.ownerPersonId;
  }
  return v;
}

async function checkTeams(db: Db, teamIds: number[] | undefined): Promise<number[] | undefined> {
  if (teamIds === undefined) return undefined;
  const teams = await teamNames(db);
  const unknown = teamIds.filter((id) => !teams.has(id));
  if (unknown.length)
    throw badRequest('Unknown team.', [{ field: 'body.teamIds', message: `no team ${unknown.join(', ')}` }]);
  return [...new Set(teamIds)];
}

function checkDates(v: { contract_start?: string | null; contract_end?: string | null }) {
  if (v.contract_start && v.contract_end && v.contract_end < v.contract_start)
    throw badRequest('The contract ends before it starts.', [
      { field: 'body.contractEnd', message: `${v.contract_end} is before ${v.contract_start}` },
    ]);
}

export async function createTool(
  db: Db,
  actor: AuditActor,
  input: ToolInput & { vendor: string; product: string; category: ToolCategory },
): Promise<ToolDetail> {
  const id = await inTransaction(db, async (trx) => {
    if (await repo.toolByName(trx, input.vendor.trim(), input.product.trim()))
      throw conflict(`The register has ${input.vendor.trim()} ${input.product.trim()} already.`);
    const v = await values(trx, input);
    const teamIds = await checkTeams(trx, input.teamIds);
    const full: repo.ToolValues = {
      vendor: v.vendor!,
      product: v.product!,
      category: v.category!,
      plan: v.plan ?? '',
      contract_start: v.contract_start ?? null,
      contract_end: v.contract_end ?? null,
      renewal_date: v.renewal_date ?? null,
      notice_days: v.notice_days ?? 0,
      auto_renew: v.auto_renew ?? true,
      annual_cost: v.annual_cost ?? '0',
      currency: v.currency ?? 'USD',
      seats_bought: v.seats_bought ?? null,
      owner_person_id: v.owner_person_id ?? null,
      notes: v.notes ?? '',
    };
    checkDates(full);
    const id = await repo.insertTool(trx, full);
    if (teamIds) await repo.setToolTeams(trx, id, teamIds);
    await record(trx, actor, {
      action: 'cost.tool.create',
      targetType: 'cost_tool',
      targetId: id,
      details: {
        vendor: full.vendor,
        product: full.product,
        annualCost: full.annual_cost,
        currency: full.currency,
      },
    });
    return id;
  });
  return getTool(db, id);
}

export async function updateTool(
  db: Db,
  actor: AuditActor,
  id: number,
  input: ToolInput,
): Promise<ToolDetail> {
  await inTransaction(db, async (trx) => {
    const before = await repo.toolById(trx, id);
    if (!before) throw notFound(`Tool ${id}`);
    const v = await values(trx, input);
    const teamIds = await checkTeams(trx, input.teamIds);
    const vendor = v.vendor ?? before.vendor;
    const product = v.product ?? before.product;
    const other = await repo.toolByName(trx, vendor, product);
    if (other && Number(other.id) !== id) throw conflict(`The register has ${vendor} ${product} already.`);
    checkDates({
      contract_start: v.contract_start !== undefined ? v.contract_start : before.contract_start,
      contract_end: v.contract_end !== undefined ? v.contract_end : before.contract_end,
    });
    await repo.updateTool(trx, id, v);
    if (teamIds) await repo.setToolTeams(trx, id, teamIds);
    await record(trx, actor, {
      action: 'cost.tool.update',
      targetType: 'cost_tool',
      targetId: id,
      details: {
        changed: [...Object.keys(v), ...(teamIds ? ['teams'] : [])],
        ...(v.annual_cost !== undefined && v.annual_cost !== before.annual_cost
          ? { annualCost: `${before.annual_cost} → ${v.annual_cost}` }
          : {}),
      },
    });
  });
  return getTool(db, id);
}

export async function deleteTool(db: Db, actor: AuditActor, id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const before = await repo.toolById(trx, id);
    if (!before) throw notFound(`Tool ${id}`);
    await repo.deleteTool(trx, id);
    await record(trx, actor, {
      action: 'cost.tool.delete',
      targetType: 'cost_tool',
      targetId: id,
      details: { vendor: before.vendor, product: before.product },
    });
  });
}
