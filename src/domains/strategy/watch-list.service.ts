/**
 * The watch list of emerging technology (AI tooling, new platforms…): who watches an item, how far the
 * assessment got, what it found (markdown), which decision it led to (text and a decision record such
 * as ADR-0007) and its radar entry. Leaders edit; everyone reads; every change is audited.
 */

import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import { badRequest, conflict, notFound } from '../../platform/http/problem.js';
import { personNames } from '../org/org-lookup.service.js';
import { entryByKey } from './radar.repo.js';
import { inTransaction } from './radar.service.js';
import * as repo from './watch-list.repo.js';

export interface WatchItem {
  id: number;
  name: string;
  ownerPersonId: number | null;
  ownerName: string | null;
  category: string;
  status: repo.WatchStatus;
  notes: string;
  decision: string;
  decisionRef: string | null;
  decisionNumber: number | null;
  radarEntryKey: string | null;
  radarEntryName: string | null;
  updatedAt: string;
}

export interface WatchItemInput {
  name?: string | undefined;
  ownerPersonId?: number | null | undefined;
  category?: string | undefined;
  status?: repo.WatchStatus | undefined;
  notes?: string | undefined;
  decision?: string | undefined;
  decisionRef?: string | null | undefined;
  radarEntryKey?: string | null | undefined;
}

/** `adr-7` → `ADR-0007`; the number links to the decision record page. */
export function normalizeDecisionRef(ref: string): { ref: string; number: number } | null {
  const m = /^ADR-(\d{1,6})$/i.exec(ref.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return { ref: `ADR-${String(n).padStart(4, '0')}`, number: n };
}

function toItem(row: repo.WatchItemRow, owners: Map<number, string>): WatchItem {
  return {
    id: row.id,
    name: row.name,
    ownerPersonId: row.owner_person_id,
    ownerName: row.owner_person_id === null ? null : (owners.get(row.owner_person_id) ?? null),
    category: row.category,
    status: row.status,
    notes: row.notes,
    decision: row.decision,
    decisionRef: row.decision_ref,
    decisionNumber: row.decision_ref ? (normalizeDecisionRef(row.decision_ref)?.number ?? null) : null,
    radarEntryKey: row.radar_entry_key,
    radarEntryName: row.radar_entry_name,
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function listWatchItems(db: Db): Promise<WatchItem[]> {
  const rows = await repo.listItems(db);
  const owners = await personNames(db, [
    ...new Set(rows.flatMap((r) => (r.owner_person_id ? [r.owner_person_id] : []))),
  ]);
  return rows.map((r) => toItem(r, owners));
}

export async function getWatchItem(db: Db, id: number): Promise<WatchItem> {
  const row = await repo.itemById(db, id);
  if (!row) throw notFound(`Watch-list item ${id}`);
  return toItem(row, await personNames(db, row.owner_person_id ? [row.owner_person_id] : []));
}

/** Checks references and turns the input into column values (only the given fields). */
async function values(db: Db, input: WatchItemInput): Promise<Partial<repo.WatchItemValues>> {
  const v: Partial<repo.WatchItemValues> = {};
  if (input.name !== undefined) v.name = input.name.trim();
  if (input.category !== undefined) v.category = input.category.trim();
  if (input.status !== undefined) v.status = input.status;
  if (input.notes !== undefined) v.notes = input.notes;
  if (input.decision !== undefined) v.decision = input.decision;
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
  if (input.decisionRef !== undefined) {
    const ref =
      input.decisionRef === null || input.decisionRef === '' ? null : normalizeDecisionRef(input.decisionRef);
    if (input.decisionRef && !ref)
      throw badRequest('Not a decision record reference.', [
        { field: 'body.decisionRef', message: `"${input.decisionRef}" is not like ADR-0007` },
      ]);
    v.decision_ref = ref?.ref ?? null;
  }
  if (input.radarEntryKey !== undefined) {
    if (input.radarEntryKey === null || input.radarEntryKey === '') v.radar_entry_id = null;
    else {
      const entry = await entryByKey(db, input.radarEntryKey);
      if (!entry)
        throw badRequest('Unknown radar entry.', [
          { field: 'body.radarEntryKey', message: `no radar entry "${input.radarEntryKey}"` },
        ]);
      v.radar_entry_id = entry.id;
    }
  }
  return v;
}

export async function createWatchItem(
  db: Db,
  actor: AuditActor,
  input: WatchItemInput & { name: string },
): Promise<WatchItem> {
  const id = await inTransaction(db, async (trx) => {
    if (await repo.itemByName(trx, input.name.trim()))
      throw conflict(`The watch list has "${input.name.trim()}" already.`);
    const v = await values(trx, input);
    const id = await repo.insertItem(trx, {
      name: v.name!,
      owner_person_id: v.owner_person_id ?? null,
      category: v.category ?? '',
      status: v.status ?? 'watching',
      notes: v.notes ?? '',
      decision: v.decision ?? '',
      decision_ref: v.decision_ref ?? null,
      radar_entry_id: v.radar_entry_id ?? null,
    });
    await record(trx, actor, {
      action: 'strategy.watch-item.create',
      targetType: 'watch_item',
      targetId: id,
      details: { name: v.name, status: v.status ?? 'watching' },
    });
    return id;
  });
  return getWatchItem(db, id);
}

export async function updateWatchItem(
  db: Db,
  actor: AuditActor,
  id: number,
  input: WatchItemInput,
): Promise<WatchItem> {
  await inTransaction(db, async (trx) => {
    const before = await repo.itemById(trx, id);
    if (!before) throw notFound(`Watch-list item ${id}`);
    const v = await values(trx, input);
    if (v.name && v.name !== before.name && (await repo.itemByName(trx, v.name)))
      throw conflict(`The watch list has "${v.name}" already.`);
    await repo.updateItem(trx, id, v);
    await record(trx, actor, {
      action: 'strategy.watch-item.update',
      targetType: 'watch_item',
      targetId: id,
      details: {
        changed: Object.keys(v),
        ...(v.status && v.status !== before.status ? { status: `${before.status} → ${v.status}` } : {}),
      },
    });
  });
  return getWatchItem(db, id);
}

export async function deleteWatchItem(db: Db, actor: AuditActor, id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const before = await repo.itemById(trx, id);
    if (!before) throw notFound(`Watch-list item ${id}`);
    await repo.deleteItem(trx, id);
    await record(trx, actor, {
      action: 'strategy.watch-item.delete',
      targetType: 'watch_item',
      targetId: id,
      details: { name: before.name },
    });
  });
}
