import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/database.js';
import { openTestDatabase } from '../db/test-db.js';
import { Registry } from '../modules.js';
import { listJobs } from './jobs.service.js';
import { jobModule, secondHandle } from './jobs.testing.js';
import { deleteSchedule, getSchedule, nextRunAfter, tickSchedules, upsertSchedule } from './scheduler.js';

const at = (iso: string) => new Date(iso);

describe('cron schedules', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await openTestDatabase();
  });
  afterAll(async () => h.close());

  it('computes the next run in UTC and rejects invalid expressions with a clear message', () => {
    expect(nextRunAfter('0 3 * * *', at('2026-01-01T02:59:59Z'))).toEqual(at('2026-01-01T03:00:00Z'));
    expect(nextRunAfter('0 3 * * *', at('2026-01-01T03:00:00Z'))).toEqual(at('2026-01-02T03:00:00Z'));
    expect(nextRunAfter('*/10 * * * * *', at('2026-01-01T00:00:01Z'))).toEqual(at('2026-01-01T00:00:10Z'));
    expect(nextRunAfter('@hourly', at('2026-01-01T00:30:00Z'))).toEqual(at('2026-01-01T01:00:00Z'));
    expect(() => nextRunAfter('61 * * * *', new Date())).toThrow(
      /^Invalid cron expression "61 \* \* \* \*": Constraint error, got value 61 expected range 0-59; use 5 fields/,
    );
    expect(() => nextRunAfter('* * * *', new Date())).toThrow(/it has 4 field\(s\)/);
    expect(() => nextRunAfter('', new Date())).toThrow(/it has 0 field\(s\)/);
    expect(() => nextRunAfter('@often', new Date())).toThrow(/unknown shorthand @often/);
    expect(() => nextRunAfter('every day', new Date())).toThrow(/Invalid cron expression "every day"/);
  });

  it('refuses to store an invalid schedule', async () => {
    await expect(
      upsertSchedule(h.db, { name: 'bad', cron: '0 25 * * *', kind: 'report.weekly' }),
    ).rejects.toMatchObject({ type: 'validation-failed', errors: [{ field: 'cron' }] });
    expect(await getSchedule(h.db, 'bad')).toBeUndefined();
  });

  it('enqueues a job when due, once, and moves to the next time', async () => {
    const t0 = at('2026-03-02T08:59:00Z');
    const registry = Registry.of([
      jobModule([{ kind: 'report.daily', description: '', maxAttempts: 5, run: async () => undefined }]),
    ]);
    const s = await upsertSchedule(
      h.db,
      { name: 'daily-report', cron: '0 9 * * *', kind: 'report.daily', payload: { format: 'pdf' } },
      t0,
    );
    expect(s).toMatchObject({ enabled: true, next_run_at: at('2026-03-02T09:00:00Z'), last_run_at: null });

    expect(await tickSchedules(h.db, { now: at('2026-03-02T08:59:59Z'), registry })).toEqual([]);
    const fired = await tickSchedules(h.db, { now: at('2026-03-02T09:00:01Z'), registry });
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      kind: 'report.daily',
      payload: { format: 'pdf' },
      schedule_name: 'daily-report',
      max_attempts: 5,
      created_by: null,
    });
    // Not twice for the same due time.
    expect(await tickSchedules(h.db, { now: at('2026-03-02T09:00:02Z'), registry })).toEqual([]);
    expect(await getSchedule(h.db, 'daily-report')).toMatchObject({
      next_run_at: at('2026-03-03T09:00:00Z'),
      last_run_at: at('2026-03-02T09:00:01Z'),
      last_job_id: fired[0]!.id,
    });

    // Down for three days: the missed runs collapse into one.
    const late = await tickSchedules(h.db, { now: at('2026-03-06T10:00:00Z') });
    expect(late).toHaveLength(1);
    expect((await getSchedule(h.db, 'daily-report'))?.next_run_at).toEqual(at('2026-03-07T09:00:00Z'));
    expect(await deleteSchedule(h.db, 'daily-report')).toBe(true);
  });

  it('keeps a pending run when re-registered unchanged, recomputes it when the cron changes', async () => {
    const t0 = at('2026-04-01T00:00:00Z');
    await upsertSchedule(h.db, { name: 'sync', cron: '0 * * * *', kind: 'sync.git' }, t0);
    // The process restarts at 02:30 without having fired the 01:00 run: it is still due.
    const again = await upsertSchedule(
      h.db,
      { name: 'sync', cron: '0 * * * *', kind: 'sync.git' },
      at('2026-04-01T02:30:00Z'),
    );
    expect(again.next_run_at).toEqual(at('2026-04-01T01:00:00Z'));
    const changed = await upsertSchedule(
      h.db,
      { name: 'sync', cron: '30 * * * *', kind: 'sync.git' },
      at('2026-04-01T02:31:00Z'),
    );
    expect(changed.next_run_at).toEqual(at('2026-04-01T03:30:00Z'));
    const off = await upsertSchedule(
      h.db,
      { name: 'sync', cron: '30 * * * *', kind: 'sync.git', enabled: false },
      at('2026-04-01T02:31:00Z'),
    );
    expect(off.enabled).toBe(false);
    expect(await tickSchedules(h.db, { now: at('2026-04-01T09:00:00Z') })).toEqual([]);
    await deleteSchedule(h.db, 'sync');
  });

  it('fires a due schedule exactly once when several processes tick at the same moment', async () => {
    const other = await secondHandle(h);
    try {
      const now = at('2026-05-01T12:00:00Z');
      for (let i = 0; i < 20; i++) {
        await upsertSchedule(
          h.db,
          { name: `race-${i}`, cron: '* * * * *', kind: 'race.kind' },
          at('2026-05-01T11:58:30Z'),
        );
      }
      const dbs = [h.db, other.handle.db, h.db, other.handle.db];
      const results = await Promise.all(dbs.map((db) => tickSchedules(db, { now })));
      const jobs = results.flat();
      expect(jobs).toHaveLength(20);
      expect(new Set(jobs.map((j) => j.schedule_name)).size).toBe(20);
      const stored = await listJobs(h.db, { kind: 'race.kind', limit: 100 });
      expect(stored).toHaveLength(20);
    } finally {
      await other.close();
    }
  });
});
