import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueue, waitForJob } from '../../platform/jobs/jobs.service.js';
import { startWorkers } from '../../platform/jobs/worker.js';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { rangeOf } from './scorecard.service.js';

interface Check {
  id: string;
  status: string;
  value: number | null;
  display: string | null;
  noData: { reason: string; action: string } | null;
  trend: { at: string; value: number }[];
  evidence: { href: string } | null;
}
interface Group {
  id: string;
  question: string;
  checks: Check[];
}

describe('leadership scorecard', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t.close());

  const load = async (client: Awaited<ReturnType<TestPlatform['signIn']>>, query = '') => {
    const res = await client.request({ method: 'GET', url: `/api/v1/scorecard${query}` });
    expect(res.statusCode, res.body).toBe(200);
    const groups = res.json().groups as Group[];
    return { groups, check: (id: string) => groups.flatMap((g) => g.checks).find((c) => c.id === id) };
  };

  it('groups checks under every leadership question and says "no data" honestly', async () => {
    const exec = await t.signIn('executive');
    const { groups, check } = await load(exec);
    expect(groups.map((g) => g.id)).toEqual([
      'vision',
      'delivery',
      'reliability',
      'security',
      'cost',
      'people',
      'health',
      'platform',
    ]);
    for (const id of ['platform.audit-chain', 'platform.data-freshness', 'platform.failed-jobs']) {
      const c = check(id)!;
      expect(c.status, id).toBe('no-data');
      expect(c.value, id).toBeNull();
      expect(c.noData?.action, id).toBeTruthy();
    }
    expect(check('platform.data-freshness')!.noData!.action).toContain('quarterdeck import');
  });

  it('shows the audit chain from verification jobs, and failed jobs in the range', async () => {
    const exec = await t.signIn('executive');
    const worker = await startWorkers(t.ctx, { pollMs: 50, schedules: false });
    try {
      const job = await enqueue(t.handle.db, 'audit.verify', {});
      expect((await waitForJob(t.handle.db, job.id)).state).toBe('succeeded');
      const broken = await enqueue(t.handle.db, 'no.such.kind', {});
      expect((await waitForJob(t.handle.db, broken.id)).state).toBe('failed');
    } finally {
      await worker.stop();
    }
    const { check } = await load(exec);
    const audit = check('platform.audit-chain')!;
    expect(audit.status).toBe('good');
    expect(audit.value).toBeGreaterThan(0);
    expect(audit.display).toMatch(/^Intact/);
    expect(audit.evidence?.href).toMatch(/^\/admin\/jobs\/\d+$/);
    const failed = check('platform.failed-jobs')!;
    expect(failed.status).toBe('bad');
    expect(failed.value).toBe(1);
    expect(failed.trend.reduce((s, p) => s + p.value, 0)).toBe(1);
    expect(failed.trend).toHaveLength(90);

    // A range that ends before the jobs ran has no failures in it.
    const old = await load(exec, '?from=2020-01-01&to=2020-01-31');
    expect(old.check('platform.failed-jobs')!.status).toBe('no-data');
    expect(old.check('platform.failed-jobs')!.trend).toHaveLength(0);
  });

  it('shows each role only the checks it may see', async () => {
    const member = await t.signIn('member');
    const { check } = await load(member);
    expect(check('platform.audit-chain')).toBeUndefined();
    expect(check('platform.failed-jobs')).toBeUndefined();
    expect(check('platform.data-freshness')).toBeDefined();
  });

  it('rejects a reversed or malformed range', async () => {
    const exec = await t.signIn('executive');
    expect(
      (await exec.request({ method: 'GET', url: '/api/v1/scorecard?from=2026-02-01&to=2026-01-01' }))
        .statusCode,
    ).toBe(400);
    expect((await exec.request({ method: 'GET', url: '/api/v1/scorecard?from=yesterday' })).statusCode).toBe(
      400,
    );
  });

  it('reads ranges as whole UTC days', () => {
    const r = rangeOf({ from: '2026-01-01', to: '2026-01-31' });
    expect(r.from.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(r.to.toISOString()).toBe('2026-02-01T00:00:00.000Z');
    const d = rangeOf({}, new Date('2026-11-23T15:00:00Z'));
    expect((d.to.getTime() - d.from.getTime()) / 86_400_000).toBe(90);
  });
});
