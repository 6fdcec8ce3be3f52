import { CronExpressionParser } from 'cron-parser';
import type { Db } from '../db/database.js';
import { Problem } from '../http/problem.js';
import type { Registry } from '../modules.js';
import type { JobRow } from './jobs.repo.js';
import { enqueue } from './jobs.service.js';
import type { ScheduleRow } from './schedules.repo.js';
import * as repo from './schedules.repo.js';

/**
 * Cron schedules: each due schedule enqueues one job and moves on to its next time. Expressions are
 * evaluated in UTC: 5 fields (minute hour day-of-month month day-of-week) or 6 with seconds first,
 * or one of the @ shorthands (@hourly, @daily, ...).
 */
export interface ScheduleInput {
  name: string;
  cron: string;
  kind: string;
  payload?: Record<string, unknown>;
  enabled?: boolean;
}

const ALIASES = new Set([
  '@yearly',
  '@annually',
  '@monthly',
  '@weekly',
  '@daily',
  '@hourly',
  '@minutely',
  '@secondly',
  '@weekdays',
  '@weekends',
]);
const HELP =
  'use 5 fields (minute hour day-of-month month day-of-week, in UTC), 6 with seconds first, or @daily-style shorthands; e.g. "0 3 * * *" is 03:00 UTC every day';

/** The first time strictly after `after` that the expression matches; throws on an invalid expression. */
export function nextRunAfter(cron: string, after: Date): Date {
  const expr = cron.trim();
  const fail = (why: string) =>
    new Problem('validation-failed', `Invalid cron expression "${cron}": ${why}; ${HELP}.`, [
      { field: 'cron', message: why },
    ]);
  if (expr.startsWith('@')) {
    if (!ALIASES.has(expr.toLowerCase())) throw fail(`unknown shorthand ${expr}`);
  } else {
    const fields = expr.split(/\s+/).filter(Boolean).length;
    if (fields !== 5 && fields !== 6) throw fail(`it has ${fields} field(s)`);
  }
  try {
    return CronExpressionParser.parse(expr, { currentDate: after, tz: 'UTC' }).next().toDate();
  } catch (err) {
    throw fail((err as Error).message);
  }
}

/**
 * Creates or changes a schedule by name. Changing the expression (or enabling it again) recomputes
 * the next run; otherwise a pending run is kept, so a restart never skips a due run.
 */
export async function upsertSchedule(db: Db, input: ScheduleInput, now = new Date()): Promise<ScheduleRow> {
  if (!/^[A-Za-z0-9._:-]{1,100}$/.test(input.name))
    throw new Problem(
      'validation-failed',
      `Invalid schedule name "${input.name}": use 1-100 of A-Z a-z 0-9 . _ : -`,
    );
  if (!input.kind.trim()) throw new Problem('validation-failed', `Schedule ${input.name} needs a job kind.`);
  const nextRunAt = nextRunAfter(input.cron, now);
  return repo.upsertSchedule(db, {
    name: input.name,
    cron: input.cron.trim(),
    kind: input.kind,
    payload: input.payload ?? {},
    enabled: input.enabled ?? true,
    nextRunAt,
  });
}

export const listSchedules = repo.listSchedules;
export const getSchedule = repo.findSchedule;
export const deleteSchedule = repo.deleteSchedule;

export interface TickOptions {
  now?: Date;
  /** To give scheduled jobs their kind's maxAttempts. */
  registry?: Registry;
  limit?: number;
}

/**
 * Fires every due schedule once: in one transaction, the due rows are locked (rows another process
 * is firing are skipped), a job is enqueued for each, and each row moves to its next time. Missed
 * runs (the installation was down) collapse into one. Returns the jobs enqueued.
 */
export function tickSchedules(db: Db, options: TickOptions = {}): Promise<JobRow[]> {
  const now = options.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const due = await repo.lockDueSchedules(trx, now, options.limit ?? 100);
    const jobs: JobRow[] = [];
    for (const s of due) {
      let next: Date;
      try {
        next = nextRunAfter(s.cron, now);
      } catch {
        // Edited into an invalid state outside upsertSchedule: stop firing it rather than loop.
        await repo.advanceSchedule(trx, s.name, new Date('9999-12-31T00:00:00Z'), now, null);
        continue;
      }
      const maxAttempts = options.registry?.jobs.get(s.kind)?.maxAttempts;
      const job = await enqueue(trx, s.kind, s.payload, {
        scheduleName: s.name,
        createdBy: null,
        ...(maxAttempts ? { maxAttempts } : {}),
      });
      await repo.advanceSchedule(trx, s.name, next, now, job.id);
      jobs.push(job);
    }
    return jobs;
  });
}
