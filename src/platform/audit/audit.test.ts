import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { waitForJob } from '../jobs/jobs.service.js';
import { startWorkers } from '../jobs/worker.js';
import { startTestPlatform, type TestPlatform } from '../testing.js';
import { canonicalJson, record, verify } from './audit.service.js';

const run = promisify(execFile);

describe('audit log', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t.close());

  it('chains every change and verifies intact', async () => {
    const admin = await t.signIn('admin');
    await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: 'p@x.test', name: 'P', role: 'member' },
    });
    const actor = { userId: null, label: 'test' };
    for (let i = 0; i < 20; i++)
      await record(t.handle.db, actor, {
        action: 'test.thing',
        details: { i, nested: { b: 1, a: [1, 'x'] } },
      });
    const result = await verify(t.handle.db);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThanOrEqual(23); // user creations, session, 20 test rows
  });

  it('concurrent appends keep one unbroken chain', async () => {
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        record(t.handle.db, { userId: null, label: 'par' }, { action: 'test.parallel', details: { i } }),
      ),
    );
    expect((await verify(t.handle.db)).ok).toBe(true);
  });

  it('runs as a background job started by an admin, and the job fails on a tampered chain', async () => {
    const admin = await t.signIn('admin');
    const member = await t.signIn('member');
    expect(
      (await member.request({ method: 'POST', url: '/api/v1/jobs', payload: { kind: 'audit.verify' } }))
        .statusCode,
    ).toBe(403);
    const unknown = await admin.request({
      method: 'POST',
      url: '/api/v1/jobs',
      payload: { kind: 'no.such.kind' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toContain('audit.verify');

    const started = await admin.request({
      method: 'POST',
      url: '/api/v1/jobs',
      payload: { kind: 'audit.verify' },
    });
    expect(started.statusCode).toBe(202);
    const worker = await startWorkers(t.ctx, { pollMs: 50, schedules: false });
    try {
      const done = await waitForJob(t.handle.db, started.json().id);
      expect(done.state).toBe('succeeded');
      expect(done.progress_done).toBe(done.progress_total);
      expect(done.result).toMatchObject({ ok: true });

      const original = await t.handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('id', '=', 3)
        .executeTakeFirstOrThrow();
      const setAction = async (action: string) => {
        await sql`alter table audit_log disable trigger audit_log_no_update`.execute(t.handle.db);
        await sql`update audit_log set action = ${action} where id = 3`.execute(t.handle.db);
        await sql`alter table audit_log enable trigger audit_log_no_update`.execute(t.handle.db);
      };
      await setAction('rewritten');
      const again = await admin.request({
        method: 'POST',
        url: '/api/v1/jobs',
        payload: { kind: 'audit.verify' },
      });
      const failed = await waitForJob(t.handle.db, again.json().id);
      expect(failed.state).toBe('failed');
      expect(failed.last_error).toContain('tampered at row 3');
      await setAction(original.action);
    } finally {
      await worker.stop();
    }
  });

  it('refuses updates through the database and detects rows altered behind its back', async () => {
    await expect(sql`update audit_log set action = 'x' where id = 2`.execute(t.handle.db)).rejects.toThrow(
      /append-only/,
    );
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(t.handle.db);
    await sql`update audit_log set details = '{"i": 999}'::jsonb where id = 5`.execute(t.handle.db);
    const result = await verify(t.handle.db);
    expect(result.ok).toBe(false);
    expect(result.brokenAt).toEqual({ id: 5, reason: expect.stringContaining('altered') });
    expect(result.checked).toBe(4);
    const admin = await t.signIn('admin');
    const viaApi = await admin.request({ method: 'POST', url: '/api/v1/audit/verify' });
    expect(viaApi.json().ok).toBe(false);

    await sql`delete from audit_log where id = 5`.execute(t.handle.db);
    const afterDelete = await verify(t.handle.db);
    expect(afterDelete.brokenAt?.id).toBe(6);
    expect(afterDelete.brokenAt?.reason).toContain('removed');
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(t.handle.db);
  });

  it('hashes content independently of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe('quarterdeck audit verify', () => {
  it('exits 0 on an intact log and 2 on a tampered row', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-audit-'));
    const env = { ...process.env, QUARTERDECK_DATA_DIR: dir, DATABASE_URL: '' };
    const cli = path.resolve('bin/quarterdeck.js');
    await run(process.execPath, [cli, 'user', 'add', '--admin', '--email', 'root@x.test', '--name', 'Root'], {
      env,
    });
    const ok = await run(process.execPath, [cli, 'audit', 'verify', '--json'], { env });
    expect(JSON.parse(ok.stdout).ok).toBe(true);

    const h = await openDatabase({ dataDir: dir });
    await migrate(h);
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(h.db);
    await sql`update audit_log set actor = 'someone else' where id = 1`.execute(h.db);
    await h.close();

    const bad = await run(process.execPath, [cli, 'audit', 'verify'], { env }).catch(
      (e) => e as { code: number; stderr: string },
    );
    expect((bad as { code: number }).code).toBe(2);
    expect((bad as { stderr: string }).stderr).toContain('TAMPERED at row 1');
  }, 60_000);
});
