import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../platform/imports/imports.service.js';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { decisionsRecordedCheck } from './adr.checks.js';

const LOG = join(import.meta.dirname, 'importers', 'madr-fixtures', 'log');
const CATALOG = join(import.meta.dirname, '..', 'org', 'importers', 'fixtures', 'backstage', 'all.yaml');
const actor = { userId: null, label: 'test' };
let t: TestPlatform;
let exec: Awaited<ReturnType<TestPlatform['signIn']>>;
let member: Awaited<ReturnType<TestPlatform['signIn']>>;
let manager: Awaited<ReturnType<TestPlatform['signIn']>>;

beforeAll(async () => {
  t = await startTestPlatform();
  await runImport(t.ctx.db, t.ctx.registry, actor, { kind: 'backstage', path: CATALOG, options: {} });
  await runImport(t.ctx.db, t.ctx.registry, actor, { kind: 'adr', path: LOG, options: {} });
  exec = await t.signIn('executive');
  member = await t.signIn('member');
  manager = await t.signIn('manager');
});
afterAll(async () => t?.close());

const get = (c: typeof exec, url: string) => c.request({ method: 'GET', url });
const services = async () =>
  (await get(member, '/api/v1/strategy/adrs/link-options')).json() as {
    services: { id: number; name: string }[];
  };

describe('decision records API', () => {
  it('lists for every signed-in role and refuses anonymous callers', async () => {
    const res = await get(member, '/api/v1/strategy/adrs');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(5);
    expect(body.items[2]).toMatchObject({ number: 3, status: 'superseded', supersededBy: 4 });
    expect((await t.anonymous.request({ method: 'GET', url: '/api/v1/strategy/adrs' })).statusCode).toBe(401);
    const accepted = (await get(member, '/api/v1/strategy/adrs?status=accepted')).json();
    expect(accepted.items.map((i: { number: number }) => i.number)).toEqual([1, 2, 4]);
  });

  it('searches titles and bodies with web-search syntax, ranked, with an excerpt', async () => {
    const kafka = (await get(member, '/api/v1/strategy/adrs?q=kafka')).json();
    expect(kafka.items.map((i: { number: number }) => i.number).sort()).toEqual([3, 4]);
    expect(kafka.items[0].excerpt).toMatch(/«Kafka»/);
    const phrase = (
      await get(member, `/api/v1/strategy/adrs?q=${encodeURIComponent('"feature flags" -kafka')}`)
    ).json();
    expect(phrase.items.map((i: { number: number }) => i.number)).toEqual([5]);
    const stems = (await get(member, '/api/v1/strategy/adrs?q=runbook')).json();
    expect(stems.items.map((i: { number: number }) => i.number)).toEqual([2]);
    expect((await get(member, '/api/v1/strategy/adrs?q=zebra')).json().total).toBe(0);
  });

  it('creates, edits and supersedes for leaders, audited; members may not', async () => {
    const svc = (await services()).services[0]!;
    const denied = await member.request({
      method: 'POST',
      url: '/api/v1/strategy/adrs',
      payload: { title: 'x' },
    });
    expect(denied.statusCode).toBe(403);
    const created = await manager.request({
      method: 'POST',
      url: '/api/v1/strategy/adrs',
      payload: {
        title: 'Adopt OpenTelemetry for tracing',
        status: 'accepted',
        date: '2026-10-01',
        deciders: ['Ana Costa'],
        context: 'Traces stop at service boundaries.',
        serviceIds: [svc.id],
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ number: 6, status: 'accepted' });
    const md = await get(member, '/api/v1/strategy/adrs/6/markdown');
    expect(md.headers['content-type']).toMatch(/text\/markdown/);
    expect(md.body).toContain('decision-makers: Ana Costa');
    expect(md.body).toContain('# Adopt OpenTelemetry for tracing');

    const bad = await exec.request({
      method: 'PATCH',
      url: '/api/v1/strategy/adrs/6',
      payload: { serviceIds: [999999] },
    });
    expect(bad.statusCode).toBe(400);
    const edited = await exec.request({
      method: 'PATCH',
      url: '/api/v1/strategy/adrs/1',
      payload: { consequences: '* Good, because reviews happen in pull requests.' },
    });
    expect(edited.statusCode).toBe(200);
    const one = (await get(member, '/api/v1/strategy/adrs/1')).json();
    expect(one.edited).toBe(true);
    expect(one.sections.consequences).toBe('* Good, because reviews happen in pull requests.');
    expect(one.markdown).toContain('### Confirmation');

    const sup = await exec.request({
      method: 'POST',
      url: '/api/v1/strategy/adrs/2/supersede',
      payload: { by: 6 },
    });
    expect(sup.json()).toMatchObject({ status: 'superseded' });
    const two = (await get(member, '/api/v1/strategy/adrs/2')).json();
    expect(two.markdown).toContain(
      'status: superseded by [ADR-0006](0006-adopt-opentelemetry-for-tracing.md)',
    );
    expect(two.chain.map((c: { number: number; relation: string }) => [c.number, c.relation])).toEqual([
      [2, 'this'],
      [6, 'superseded-by'],
    ]);
    expect(two.history.map((h: { status: string }) => h.status)).toEqual(['accepted', 'superseded']);
    const self = await exec.request({
      method: 'POST',
      url: '/api/v1/strategy/adrs/6/supersede',
      payload: { by: 6 },
    });
    expect(self.statusCode).toBe(400);

    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'target_id'])
      .where('action', 'like', 'strategy.adr.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'strategy.adr.import',
        'strategy.adr.create',
        'strategy.adr.update',
        'strategy.adr.supersede',
      ]),
    );
  });

  it('filters by service and radar entry, and names services without decisions', async () => {
    const svc = (await services()).services[0]!;
    const byService = (await get(member, `/api/v1/strategy/adrs?service=${svc.name}`)).json();
    expect(byService.items.map((i: { number: number }) => i.number)).toEqual([6]);
    expect((await get(member, '/api/v1/strategy/adrs?radar=no-such-entry')).json().total).toBe(0);
    const missing = (await get(member, '/api/v1/strategy/adrs/missing')).json();
    expect(missing.services).toBe((await services()).services.length);
    expect(missing.items.map((i: { id: number }) => i.id)).not.toContain(svc.id);
    expect(missing.items.length).toBe(missing.services - 1);
  });

  it('lays out a timeline by month with status changes', async () => {
    const tl = (await get(member, '/api/v1/strategy/adrs/timeline')).json();
    const months = tl.months.map((m: { month: string }) => m.month);
    expect(months).toEqual([...months].sort().reverse());
    const jan = tl.months.find((m: { month: string }) => m.month === '2025-01');
    expect(jan.records.map((r: { number: number }) => r.number)).toEqual([4]);
    const ranged = (await get(member, '/api/v1/strategy/adrs/timeline?from=2024-01-01&to=2024-12-31')).json();
    expect(ranged.months.map((m: { month: string }) => m.month)).toEqual(['2024-04', '2024-03']);
  });

  it('imports one uploaded record file, named by its upload', async () => {
    const text = '# Cache product pages in Redis\n\n* Status: proposed\n* Date: 2026-09-01\n';
    const res = await exec.request({
      method: 'POST',
      url: '/api/v1/imports/adr?filename=0042-cache-product-pages.md',
      headers: { 'content-type': 'text/plain' },
      payload: text,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().counts).toMatchObject({ created: 1 });
    const md = await get(member, '/api/v1/strategy/adrs/42/markdown');
    expect(md.body).toBe(text);
  });

  it('downloads the whole set as a tar', async () => {
    const res = await get(member, '/api/v1/strategy/adrs/export.tar');
    expect(res.headers['content-type']).toBe('application/x-tar');
    expect(res.rawPayload.length % 512).toBe(0);
    expect(res.rawPayload.subarray(0, 10).toString()).toBe('decisions/');
  });

  it('answers the scorecard question', async () => {
    const principal = {
      userId: 1,
      email: 'x',
      name: 'x',
      role: 'executive' as const,
      grants: [],
      personId: null,
      via: 'session' as const,
      scopes: [],
    };
    const r = await decisionsRecordedCheck.evaluate({
      db: t.ctx.db,
      from: new Date('2024-01-01T00:00:00Z'),
      to: new Date('2025-01-01T00:00:00Z'),
      teamId: null,
      principal,
    });
    // Accepted in 2024: records 1 and 2 (record 3's acceptance was in 2023) → 2 in ~4 quarters.
    expect(r.value).toBeCloseTo(0.5, 1);
    expect(r.status).toBe('bad');
    expect(r.display).toMatch(/services without a decision/);
  });
});
