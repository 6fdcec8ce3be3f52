import { createHash } from 'node:crypto';
import type { Db } from '../db/database.js';
import * as repo from './audit.repo.js';

/** Who did it and from where; taken from the request (see `auditActor` in the HTTP layer) or the CLI. */
export interface AuditActor {
  userId: number | null;
  /** A readable name: `user:7 ana@example.com`, `cli`, `system`, `job:42`. */
  label: string;
  ip?: string | null;
  requestId?: string | null;
}

export interface AuditEntry {
  /** `<domain>.<thing>.<verb>`, e.g. `auth.user.create`, `people.compensation.read`. */
  action: string;
  targetType?: string;
  targetId?: string | number;
  details?: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);
export const SYSTEM_ACTOR: AuditActor = { userId: null, label: 'system' };

/**
 * Appends an entry to the hash-chained audit log. Pass the transaction that makes the change, so
 * the change and its audit row commit together or not at all.
 */
export async function record(db: Db, actor: AuditActor, entry: AuditEntry): Promise<void> {
  if (db.isTransaction) return append(db, actor, entry);
  await db.transaction().execute((trx) => append(trx, actor, entry));
}

async function append(trx: Db, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await repo.lockChain(trx);
  const prev = (await repo.lastHash(trx)) ?? GENESIS_HASH;
  const row: repo.NewAuditRow = {
    at: new Date(),
    actor_user_id: actor.userId,
    actor: actor.label,
    action: entry.action,
    target_type: entry.targetType ?? null,
    target_id: entry.targetId === undefined ? null : String(entry.targetId),
    ip: actor.ip ?? null,
    request_id: actor.requestId ?? null,
    details: entry.details ?? {},
    prev_hash: prev,
    hash: '',
  };
  row.hash = hashRow(row);
  await repo.insert(trx, row);
}

export function hashRow(row: repo.NewAuditRow): string {
  const content = canonicalJson({
    at: row.at.toISOString(),
    actor_user_id: row.actor_user_id,
    actor: row.actor,
    action: row.action,
    target_type: row.target_type,
    target_id: row.target_id,
    ip: row.ip,
    request_id: row.request_id,
    details: row.details,
  });
  return createHash('sha256').update(row.prev_hash).update('\n').update(content).digest('hex');
}

/** JSON with object keys sorted at every depth, so the hash does not depend on jsonb's key order. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  lastId: number | null;
  /** The first row whose content or link does not match, when not ok. */
  brokenAt?: { id: number; reason: string };
}

/** Walks the whole chain and recomputes every hash. */
export async function verify(
  db: Db,
  onProgress?: (checked: number) => void | Promise<void>,
): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const rows = await repo.page(db, afterId, 5000);
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.prev_hash !== prev) {
        return {
          ok: false,
          checked,
          lastId: afterId || null,
          brokenAt: {
            id: r.id,
            reason: 'link to the previous row is broken (a row was removed or reordered)',
          },
        };
      }
      if (hashRow(r) !== r.hash) {
        return {
          ok: false,
          checked,
          lastId: afterId || null,
          brokenAt: { id: r.id, reason: 'content does not match its hash (the row was altered)' },
        };
      }
      prev = r.hash;
      afterId = r.id;
      checked++;
    }
    await onProgress?.(checked);
  }
  return { ok: true, checked, lastId: afterId || null };
}

export const list = repo.list;
export const latest = repo.latest;
export const count = repo.count;
