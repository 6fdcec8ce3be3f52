import { type Generated, type Selectable, sql } from 'kysely';
import type { Db } from '../db/database.js';
import { prefixPattern } from '../db/like.js';

export interface AuditLogTable {
  id: Generated<number>;
  at: Date;
  actor_user_id: number | null;
  actor: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  request_id: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

declare module '../db/database.js' {
  interface Database {
    audit_log: AuditLogTable;
  }
}

export type AuditRow = Selectable<AuditLogTable>;
export type NewAuditRow = Omit<AuditRow, 'id'>;

/** Serializes appends across processes for the rest of the caller's transaction. */
export async function lockChain(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('quarterdeck.audit_log'))`.execute(trx);
}

export async function lastHash(trx: Db): Promise<string | undefined> {
  const row = await trx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.hash;
}

export async function insert(trx: Db, row: NewAuditRow): Promise<number> {
  const r = await trx
    .insertInto('audit_log')
    .values({ ...row, details: JSON.stringify(row.details) as unknown as Record<string, unknown> })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function page(db: Db, afterId: number, limit: number): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export interface AuditFilter {
  action?: string | undefined;
  actorUserId?: number | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export async function list(db: Db, f: AuditFilter): Promise<AuditRow[]> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(f.limit);
  if (f.action) q = q.where('action', 'like', prefixPattern(f.action));
  if (f.actorUserId !== undefined) q = q.where('actor_user_id', '=', f.actorUserId);
  if (f.targetType) q = q.where('target_type', '=', f.targetType);
  if (f.targetId) q = q.where('target_id', '=', f.targetId);
  if (f.beforeId !== undefined) q = q.where('id', '<', f.beforeId);
  return q.execute();
}

export async function latest(db: Db): Promise<{ id: number; at: Date } | undefined> {
  return db.selectFrom('audit_log').select(['id', 'at']).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function count(db: Db): Promise<number> {
  const r = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
