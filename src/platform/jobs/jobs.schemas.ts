import { z } from 'zod';
import { JOB_STATES, type JobLogRow, type JobRow } from './jobs.repo.js';
import type { ScheduleRow } from './schedules.repo.js';

export const JobIdParams = z.strictObject({ id: z.coerce.number().int().positive() });

export const JobOutput = z.object({
  id: z.number().int(),
  kind: z.string(),
  state: z.enum(JOB_STATES),
  payload: z.record(z.string(), z.unknown()),
  progress: z.object({
    done: z.number(),
    total: z.number().nullable(),
    message: z.string().nullable(),
  }),
  result: z.record(z.string(), z.unknown()).nullable(),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  cancelRequested: z.boolean(),
  lastError: z.string().nullable(),
  runAt: z.string(),
  lockedBy: z.string().nullable().describe('The worker running the job'),
  lockedUntil: z.string().nullable().describe('When that worker’s lease runs out unless renewed'),
  createdBy: z.number().int().nullable(),
  scheduleName: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type JobOutput = z.infer<typeof JobOutput>;

export const JobListQuery = z.strictObject({
  state: z.enum(JOB_STATES).optional(),
  kind: z.string().min(1).max(100).optional(),
  createdBy: z.coerce.number().int().positive().optional().describe('Admins and executives only'),
  beforeId: z.coerce.number().int().positive().optional().describe('Page backwards from this id'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const JobLogOutput = z.object({
  id: z.number().int(),
  at: z.string(),
  level: z.enum(['info', 'warn', 'error']),
  message: z.string(),
});

export const JobLogQuery = z.strictObject({
  afterId: z.coerce.number().int().min(0).default(0).describe('Page forwards from this log id'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const ScheduleOutput = z.object({
  name: z.string(),
  cron: z.string().describe('UTC; 5 fields, or 6 with seconds first'),
  kind: z.string(),
  payload: z.record(z.string(), z.unknown()),
  enabled: z.boolean(),
  nextRunAt: z.string(),
  lastRunAt: z.string().nullable(),
  lastJobId: z.number().int().nullable(),
});

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toJobOutput(j: JobRow): JobOutput {
  return {
    id: j.id,
    kind: j.kind,
    state: j.state,
    payload: j.payload,
    progress: { done: Number(j.progress_done), total: j.progress_total, message: j.message },
    result: j.result,
    attempts: j.attempts,
    maxAttempts: j.max_attempts,
    cancelRequested: j.cancel_requested,
    lastError: j.last_error,
    runAt: j.run_at.toISOString(),
    lockedBy: j.locked_by,
    lockedUntil: iso(j.locked_until),
    createdBy: j.created_by,
    scheduleName: j.schedule_name,
    createdAt: j.created_at.toISOString(),
    startedAt: iso(j.started_at),
    finishedAt: iso(j.finished_at),
    updatedAt: j.updated_at.toISOString(),
  };
}

export function toJobLogOutput(l: JobLogRow) {
  return { id: l.id, at: l.at.toISOString(), level: l.level, message: l.message };
}

export function toScheduleOutput(s: ScheduleRow) {
  return {
    name: s.name,
    cron: s.cron,
    kind: s.kind,
    payload: s.payload,
    enabled: s.enabled,
    nextRunAt: s.next_run_at.toISOString(),
    lastRunAt: iso(s.last_run_at),
    lastJobId: s.last_job_id,
  };
}
