import { type Generated, type Selectable, sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { Json, JsonColumn } from './jobs.repo.js';

export interface JobSchedulesTable {
  name: string;
  cron: string;
  kind: string;
  payload: JsonColumn;
  enabled: Generated<boolean>;
  next_run_at: Date;
  last_run_at: Date | null;
  last_job_id: number | null;
}

declare module '../db/database.js' {
  interface Database {
    job_schedules: JobSchedulesTable;
  }
}

export type ScheduleRow = Selectable<JobSchedulesTable>;

export interface ScheduleUpsert {
  name: string;
  cron: string;
  kind: string;
  payload: Json;
  enabled: boolean;
  nextRunAt: Date;
}

/** Creates or changes a schedule; its next run is kept unless the cron expression changed. */
export function upsertSchedule(db: Db, s: ScheduleUpsert): Promise<ScheduleRow> {
  return db
    .insertInto('job_schedules')
    .values({
      name: s.name,
      cron: s.cron,
      kind: s.kind,
      payload: JSON.stringify(s.payload),
      enabled: s.enabled,
      next_run_at: s.nextRunAt,
      last_run_at: null,
      last_job_id: null,
    })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet((eb) => ({
        kind: eb.ref('excluded.kind'),
        payload: eb.ref('excluded.payload'),
        enabled: eb.ref('excluded.enabled'),
        next_run_at: sql`case when job_schedules.cron = excluded.cron and job_schedules.enabled
          then job_schedules.next_run_at else excluded.next_run_at end`,
        cron: eb.ref('excluded.cron'),
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listSchedules(db: Db): Promise<ScheduleRow[]> {
  return db.selectFrom('job_schedules').selectAll().orderBy('name').execute();
}

export function findSchedule(db: Db, name: string): Promise<ScheduleRow | undefined> {
  return db.selectFrom('job_schedules').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function deleteSchedule(db: Db, name: string): Promise<boolean> {
  const r = await db.deleteFrom('job_schedules').where('name', '=', name).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Due schedules, locked for the caller's transaction; rows another process is firing are skipped. */
export function lockDueSchedules(trx: Db, now: Date, limit: number): Promise<ScheduleRow[]> {
  return trx
    .selectFrom('job_schedules')
    .selectAll()
    .where('enabled', '=', true)
    .where('next_run_at', '<=', now)
    .orderBy('next_run_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function advanceSchedule(
  trx: Db,
  name: string,
  next: Date,
  ranAt: Date,
  jobId: number | null,
): Promise<void> {
  await trx
    .updateTable('job_schedules')
    .set({ next_run_at: next, last_run_at: ranAt, ...(jobId !== null ? { last_job_id: jobId } : {}) })
    .where('name', '=', name)
    .execute();
}
