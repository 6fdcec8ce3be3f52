import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { modules } from '../../modules.js';
import { type Client, startTestPlatform, type TestPlatform } from '../testing.js';
import { openEventStreams } from './jobs.routes.js';
import { enqueue } from './jobs.service.js';
import { batchesJob, createNumbersTable, jobModule } from './jobs.testing.js';
import { upsertSchedule } from './scheduler.js';
import { startWorkers } from './worker.js';

interface SseEvent {
  event: string;
  data: Record<string, unknown>;
}

function parseSse(body: string): SseEvent[] {
  return body
    .split('\n\n')
    .map((block) => {
      const field = (name: string) =>
        block
          .split('\n')
          .find((l) => l.startsWith(`${name}: `))
          ?.slice(name.length + 2);
      const data = field('data');
      return { event: field('event') ?? '', data: data ? JSON.parse(data) : {} };
    })
    .filter((e) => e.event);
}

describe('jobs API', () => {
  let t: TestPlatform;
  let admin: Client;
  let executive: Client;
  let alice: Client;
  let bob: Client;
  let aliceJob: number;
  let bobJob: number;
  const later = new Date(Date.now() + 3600_000);

  beforeAll(async () => {
    t = await startTestPlatform({ modules: [...modules, jobModule([batchesJob('numbers', 'test.slow')])] });
    await createNumbersTable(t.handle, 'numbers');
    [admin, executive, alice, bob] = await Promise.all([
      t.signIn('admin'),
      t.signIn('executive'),
      t.signIn('member'),
      t.signIn('manager'),
    ]);
    // Not due for an hour: they stay queued while the visibility rules are checked.
    aliceJob = (await enqueue(t.handle.db, 'test.slow', {}, { createdBy: alice.userId, runAt: later })).id;
    bobJob = (await enqueue(t.handle.db, 'report.x', { a: 1 }, { createdBy: bob.userId, runAt: later })).id;
  });
  afterAll(async () => t.close());

  const ids = (body: { items: { id: number }[] }) => body.items.map((j) => j.id);

  it('shows admins and executives every job, everyone else only their own; others answer 404', async () => {
    for (const who of [admin, executive]) {
      const res = await who.request({ method: 'GET', url: '/api/v1/jobs' });
      expect(res.statusCode).toBe(200);
      expect(ids(res.json())).toEqual([bobJob, aliceJob]);
    }
    expect(ids((await alice.request({ method: 'GET', url: '/api/v1/jobs' })).json())).toEqual([aliceJob]);
    expect(ids((await bob.request({ method: 'GET', url: '/api/v1/jobs' })).json())).toEqual([bobJob]);
    const peek = await alice.request({ method: 'GET', url: `/api/v1/jobs?createdBy=${bob.userId}` });
    expect(peek.json().items).toEqual([]);

    const own = await alice.request({ method: 'GET', url: `/api/v1/jobs/${aliceJob}` });
    expect(own.json()).toMatchObject({
      id: aliceJob,
      kind: 'test.slow',
      state: 'queued',
      createdBy: alice.userId,
      progress: { done: 0, total: null, message: null },
      runAt: later.toISOString(),
    });
    for (const url of [
      `/api/v1/jobs/${bobJob}`,
      `/api/v1/jobs/${bobJob}/logs`,
      `/api/v1/jobs/${bobJob}/events`,
    ]) {
      const res = await alice.request({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await executive.request({ method: 'GET', url: `/api/v1/jobs/${bobJob}` })).statusCode).toBe(200);
  });

  it('filters by state, kind and creator, and pages backwards', async () => {
    const q = (query: string) => admin.request({ method: 'GET', url: `/api/v1/jobs?${query}` });
    expect(ids((await q('kind=report.x')).json())).toEqual([bobJob]);
    expect(ids((await q(`createdBy=${alice.userId}`)).json())).toEqual([aliceJob]);
    expect(ids((await q('state=running')).json())).toEqual([]);
    const page1 = (await q('limit=1')).json();
    expect(ids(page1)).toEqual([bobJob]);
    expect(ids((await q(`limit=1&beforeId=${page1.nextBeforeId}`)).json())).toEqual([aliceJob]);
    const bad = await q('state=sleeping');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('query.state');
  });

  it('lets the creator or an admin cancel; executives may look but not cancel', async () => {
    const url = `/api/v1/jobs/${bobJob}/cancel`;
    expect((await alice.request({ method: 'POST', url })).statusCode).toBe(404);
    const exec = await executive.request({ method: 'POST', url });
    expect(exec.statusCode).toBe(403);
    const res = await bob.request({ method: 'POST', url });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: bobJob, state: 'cancelled' });
    const again = await admin.request({ method: 'POST', url });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe(`Job ${bobJob} has cancelled already; there is nothing to cancel.`);

    const logs = (await bob.request({ method: 'GET', url: `/api/v1/jobs/${bobJob}/logs` })).json();
    expect(logs.items.map((l: { message: string }) => l.message)).toEqual(['Cancelled before it started.']);
    const audit = (
      await admin.request({ method: 'GET', url: '/api/v1/audit?action=jobs.job.cancel' })
    ).json();
    expect(audit.items[0]).toMatchObject({ actorUserId: bob.userId, targetId: String(bobJob) });
  });

  it('streams progress as server-sent events until the job ends', async () => {
    const job = await enqueue(
      t.handle.db,
      'test.slow',
      { total: 300, batch: 100, delayMs: 600 },
      { createdBy: alice.userId },
    );
    const worker = await startWorkers(t.ctx, { pollMs: 50, schedules: false });
    try {
      const res = await alice.request({ method: 'GET', url: `/api/v1/jobs/${job.id}/events` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-cache, no-transform');
      const events = parseSse(res.body);
      const progress = events.filter((e) => e.event === 'progress');
      expect(progress.length).toBeGreaterThanOrEqual(3);
      const done = progress.map((e) => (e.data.progress as { done: number }).done);
      expect(done).toEqual([...done].sort((a, b) => a - b));
      expect(new Set(done).size).toBeGreaterThanOrEqual(2); // saw it move
      expect(events.at(-1)).toMatchObject({
        event: 'done',
        data: { id: job.id, state: 'succeeded', progress: { done: 300, total: 300 } },
      });
      expect(events.filter((e) => e.event === 'done')).toHaveLength(1);
    } finally {
      await worker.stop();
    }
  });

  it('stops polling when the client disconnects', async () => {
    const { token } = (
      await alice.request({
        method: 'POST',
        url: '/api/v1/tokens',
        payload: { name: 'sse', scopes: ['read'] },
      })
    ).json();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const req = http.get({
      host: '127.0.0.1',
      port,
      path: `/api/v1/jobs/${aliceJob}/events`,
      headers: { authorization: `Bearer ${token}` },
      agent: false,
    });
    const res = await new Promise<http.IncomingMessage>((resolve) => req.on('response', resolve));
    expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    let text = '';
    let during = 0;
    for await (const chunk of res) {
      text += String(chunk);
      during = openEventStreams();
      if (text.includes('event: progress')) break; // leaving the loop destroys the connection
    }
    expect(text).toContain(`"id":${aliceJob}`);
    expect(during).toBe(1);
    await vi.waitFor(() => expect(openEventStreams()).toBe(0), { timeout: 3000 });
  });

  it('lists cron schedules for admins only', async () => {
    await upsertSchedule(t.handle.db, { name: 'nightly', cron: '0 2 * * *', kind: 'report.x' });
    const res = await admin.request({ method: 'GET', url: '/api/v1/job-schedules' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ name: 'nightly', cron: '0 2 * * *', kind: 'report.x', enabled: true }),
    ]);
    expect((await executive.request({ method: 'GET', url: '/api/v1/job-schedules' })).statusCode).toBe(403);
  });

  it('exposes jobs by state to Prometheus', async () => {
    const res = await t.anonymous.request({ method: 'GET', url: '/metrics' });
    expect(res.body).toContain('# TYPE quarterdeck_jobs gauge');
    expect(res.body).toMatch(/quarterdeck_jobs\{state="queued"\} 1\n/);
    expect(res.body).toMatch(/quarterdeck_jobs\{state="succeeded"\} 1\n/);
    expect(res.body).toMatch(/quarterdeck_jobs\{state="cancelled"\} 1\n/);
    expect(res.body).toMatch(/quarterdeck_jobs\{state="failed"\} 0\n/);
  });
});
