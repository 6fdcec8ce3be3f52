/**
 * Applies the tool register's CSV files (importers/tool-csv.ts) to the database: tools upserted by
 * vendor and product, seats of the tools a file names replaced exactly. The caller runs it in a
 * transaction; errors are returned (the caller rejects the whole file), never half-applied.
 * E-mails are matched to people through the org — a person's e-mail, else a matched e-mail or SSO
 * identity — never by name.
 */

import type { AuditActor } from '../../platform/audit/audit.service.js';
import { record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import type { ImportIssue } from '../../platform/imports/import-report.js';
import { findPersonByEmail } from '../org/org.service.js';
import { peopleWithIdentities, teamNames } from '../org/org-lookup.service.js';
import type { SeatRow, ToolRow } from './importers/tool-csv.js';
import * as repo from './tools.repo.js';

export interface ApplyResult {
  counts: Record<string, number>;
  issues: ImportIssue[];
}

/** The person behind each e-mail (lower case), for the e-mails that match someone. */
export async function matchEmails(db: Db, emails: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const unique = [...new Set(emails.map((e) => e.toLowerCase()))];
  if (unique.length === 0) return out;
  const identities = new Map<string, number>();
  for (const p of await peopleWithIdentities(db, ['email', 'sso']))
    for (const i of p.identities) identities.set(i.value.toLowerCase(), p.personId);
  for (const email of unique) {
    const person = await findPersonByEmail(db, email);
    const id = person?.id ?? identities.get(email);
    if (id !== undefined) out.set(email, Number(id));
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Upserts the tools of a register file by (vendor, product); the file's teams replace a tool's teams. */
export async function applyToolRows(
  db: Db,
  rows: ToolRow[],
  ctx: { file: string; actor: AuditActor },
): Promise<ApplyResult> {
  const issues: ImportIssue[] = [];
  const teams = await teamNames(db);
  const teamBySlug = new Map([...teams].map(([id, t]) => [t.slug, id]));
  const owners = await matchEmails(
    db,
    rows.flatMap((r) => (r.ownerEmail ? [r.ownerEmail] : [])),
  );
  const plans: { row: ToolRow; owner: number | null | undefined; teamIds: number[] | undefined }[] = [];
  for (const row of rows) {
    const unknown = (row.teams ?? []).filter((s) => !teamBySlug.has(s));
    for (const s of unknown)
      issues.push({
        file: ctx.file,
        row: row.row,
        field: 'teams',
        message: `Unknown team "${s}" (no team has this slug).`,
        severity: 'error',
      });
    let owner: number | null | undefined = row.ownerEmail === undefined ? undefined : null;
    if (row.ownerEmail) {
      owner = owners.get(row.ownerEmail) ?? null;
      if (owner === null)
        issues.push({
          file: ctx.file,
          row: row.row,
          field: 'owner_email',
          message: `No active person has the e-mail ${row.ownerEmail}; the tool is imported without an owner.`,
          severity: 'warning',
        });
    }
    plans.push({ row, owner, teamIds: row.teams?.map((s) => teamBySlug.get(s)!).sort((a, b) => a - b) });
  }
  if (issues.some((i) => i.severity === 'error')) return { counts: {}, issues };
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  const currentTeams = await repo.toolTeams(db);
  for (const { row, owner, teamIds } of plans) {
    const given: Partial<repo.ToolValues> = {
      vendor: row.vendor,
      product: row.product,
      category: row.category,
      ...(row.plan !== undefined ? { plan: row.plan } : {}),
      ...(row.contractStart !== undefined ? { contract_start: row.contractStart } : {}),
      ...(row.contractEnd !== undefined ? { contract_end: row.contractEnd } : {}),
      ...(row.renewalDate !== undefined ? { renewal_date: row.renewalDate } : {}),
      ...(row.noticeDays !== undefined ? { notice_days: row.noticeDays } : {}),
      ...(row.autoRenew !== undefined ? { auto_renew: row.autoRenew } : {}),
      ...(row.annualCost !== undefined ? { annual_cost: row.annualCost } : {}),
      ...(row.currency !== undefined ? { currency: row.currency } : {}),
      ...(row.seatsBought !== undefined ? { seats_bought: row.seatsBought } : {}),
      ...(owner !== undefined ? { owner_person_id: owner } : {}),
      ...(row.notes !== undefined ? { notes: row.notes } : {}),
    };
    const existing = await repo.toolByName(db, row.vendor, row.product);
    if (!existing) {
      const id = await repo.insertTool(db, {
        plan: '',
        contract_start: null,
        contract_end: null,
        renewal_date: null,
        notice_days: 0,
        auto_renew: true,
        annual_cost: '0',
        currency: 'USD',
        seats_bought: null,
        owner_person_id: null,
        notes: '',
        ...given,
      } as repo.ToolValues);
      if (teamIds?.length) await repo.setToolTeams(db, id, teamIds);
      created++;
      continue;
    }
    const id = Number(existing.id);
    const changed = Object.entries(given).filter(([k, v]) => {
      const before = (existing as Record<string, unknown>)[k];
      if (k === 'annual_cost') return !decimalEqual(String(before), String(v));
      if (k === 'owner_person_id') return (before === null ? null : Number(before)) !== v;
      return !same(before, v);
    });
    const teamsChanged = teamIds !== undefined && !same(currentTeams.get(id) ?? [], teamIds);
    if (changed.length === 0 && !teamsChanged) {
      unchanged++;
      continue;
    }
    if (changed.length) await repo.updateTool(db, id, Object.fromEntries(changed));
    if (teamsChanged) await repo.setToolTeams(db, id, teamIds);
    updated++;
  }
  if (created || updated)
    await record(db, ctx.actor, {
      action: 'cost.tools.import',
      targetType: 'cost_tools',
      details: { file: ctx.file, created, updated, unchanged },
    });
  return {
    counts: { 'tools created': created, 'tools updated': updated, 'tools unchanged': unchanged },
    issues,
  };
}

/** `12000.50` and `12000.5` are the same amount. */
function decimalEqual(a: string, b: string): boolean {
  const norm = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  return norm(a) === norm(b);
}

/** Resolves `vendor/product` or a unique product name to a tool id. */
async function toolResolver(db: Db) {
  const tools = await repo.listTools(db);
  const byFull = new Map(tools.map((t) => [`${t.vendor}/${t.product}`.toLowerCase(), Number(t.id)]));
  const byProduct = new Map<string, number[]>();
  for (const t of tools) {
    const k = t.product.toLowerCase();
    byProduct.set(k, [...(byProduct.get(k) ?? []), Number(t.id)]);
  }
  return (name: string): number | string => {
    const key = name.trim().toLowerCase();
    const full = byFull.get(key);
    if (full !== undefined) return full;
    const ids = byProduct.get(key) ?? [];
    if (ids.length === 1) return ids[0]!;
    if (ids.length > 1) return `"${name}" names ${ids.length} tools; write vendor/product.`;
    return `Unknown tool "${name}": no tool of the register is called so (vendor/product or product name). Import the register first.`;
  };
}

/**
 * Replaces the CSV seats of every tool the file names with exactly the file's seats; tools the file does
 * not name keep theirs. Unknown tools are errors; e-mails that match nobody are kept as unmatched seats.
 */
export async function applySeatRows(
  db: Db,
  rows: SeatRow[],
  ctx: { file: string; actor: AuditActor },
): Promise<ApplyResult> {
  const issues: ImportIssue[] = [];
  const resolve = await toolResolver(db);
  const resolved: { row: SeatRow; toolId: number }[] = [];
  for (const row of rows) {
    const r = resolve(row.tool);
    if (typeof r === 'string')
      issues.push({ file: ctx.file, row: row.row, field: 'tool', message: r, severity: 'error' });
    else resolved.push({ row, toolId: r });
  }
  // The same person under `vendor/product` and the product name: one seat.
  const seen = new Map<string, SeatRow>();
  const unique: { row: SeatRow; toolId: number }[] = [];
  for (const r of resolved) {
    const key = `${r.toolId}\n${r.row.email}`;
    const prev = seen.get(key);
    if (prev) {
      issues.push({
        file: ctx.file,
        row: r.row.row,
        field: 'email',
        message: `${r.row.email} holds this seat on row ${prev.row} already; the latest activity is kept.`,
        severity: 'warning',
      });
      if (r.row.lastActive && (!prev.lastActive || r.row.lastActive > prev.lastActive))
        prev.lastActive = r.row.lastActive;
      continue;
    }
    seen.set(key, r.row);
    unique.push(r);
  }
  if (issues.some((i) => i.severity === 'error')) return { counts: {}, issues };
  const people = await matchEmails(
    db,
    unique.map((r) => r.row.email),
  );
  const unmatched = new Set<string>();
  const seats: repo.NewSeat[] = unique.map(({ row, toolId }) => {
    const person = people.get(row.email) ?? null;
    if (person === null && !unmatched.has(row.email)) {
      unmatched.add(row.email);
      issues.push({
        file: ctx.file,
        row: row.row,
        field: 'email',
        message: `${row.email} matches no person of the organization; the seat is kept as unmatched.`,
        severity: 'warning',
      });
    }
    return {
      tool_id: toolId,
      email: row.email,
      person_id: person,
      last_active_at: row.lastActive,
      source: 'csv',
    };
  });
  const toolIds = [...new Set(unique.map((r) => r.toolId))].sort((a, b) => a - b);
  const key = (s: {
    tool_id: number;
    email: string;
    person_id: number | null;
    last_active_at: string | Date | null;
  }) =>
    `${s.tool_id}\n${s.email}\n${s.person_id ?? ''}\n${s.last_active_at ? new Date(s.last_active_at).toISOString() : ''}`;
  const before = (await repo.seatsBySource(db, toolIds, 'csv'))
    .map((s) => key({ ...s, person_id: s.person_id === null ? null : Number(s.person_id) }))
    .sort();
  const after = seats.map(key).sort();
  const changed = !same(before, after);
  if (changed) {
    await repo.replaceSeats(db, toolIds, 'csv', seats);
    await record(db, ctx.actor, {
      action: 'cost.tool-seats.import',
      targetType: 'cost_tools',
      details: { file: ctx.file, tools: toolIds.length, seats: seats.length, unmatched: unmatched.size },
    });
  }
  return {
    counts: {
      tools: toolIds.length,
      seats: seats.length,
      'seats matched to people': seats.filter((s) => s.person_id !== null).length,
      'seats unmatched': seats.filter((s) => s.person_id === null).length,
      'tools changed': changed ? toolIds.length : 0,
    },
    issues,
  };
}
