/**
 * The tool register against a real database: the demo register, CSV imports (idempotent, all or
 * nothing, errors naming file, row and column, unmatched e-mails kept), access (members 403, managers
 * read, leaders change), audit rows on every change, savings, overlaps, renewals and the iCalendar feed.
 */

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../platform/demo.js';
import { ImportRejected } from '../../platform/imports/import-report.js';
import { runImport } from '../../platform/imports/imports.service.js';
import { type Client, startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { sumDecimals } from './importers/focus-decimal.js';
import { toolSavings } from './tools.service.js';

let t: TestPlatform;
let tmp: string;
let executive: Client;
let manager: Client;
let member: Client;
const actor = { userId: null, label: 'test' };

beforeAll(async () => {
  t = await startTestPlatform();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tools-test-'));
  await seedDemo(t.ctx, { size: 's', seed: 11 });
  [executive, manager, member] = await Promise.all([
    t.signIn('executive'),
    t.signIn('manager'),
    t.signIn('member'),
  ]);
}, 180_000);
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
  await t.close();
});

const importFile = async (kind: string, name: string, text: string, preview = false) => {
  const p = path.join(tmp, name);
  await fs.writeFile(p, text);
  return runImport(t.ctx.db, t.ctx.registry, actor, { kind, path: p, options: {}, preview, label: name });
};

const auditCount = async (prefix = 'cost.tool') =>
  Number(
    (
      await t.ctx.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('action', 'like', `${prefix}%`)
        .executeTakeFirstOrThrow()
    ).n,
  );

type ToolJson = {
  id: number;
  vendor: string;
  product: string;
  category: string;
  seatsBought: number | null;
  seatsAssigned: number;
  seatsActive: number;
  unusedSeats: number;
  annualCost: string;
  annualUnusedCost: string;
  renewal: { status: string; noticeDeadline: string; renewalDate: string } | null;
  owner: { id: number; name: string } | null;
  teams: { slug: string }[];
};

describe('the demo register', () => {
  it('has a realistic register with overlaps, renewals, owners and unused seats', async () => {
    const res = await executive.request({ method: 'GET', url: '/api/v1/cost/tools' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as ToolJson[];
    expect(items.length).toBeGreaterThanOrEqual(25);
    expect(items.length).toBeLessThanOrEqual(40);
    expect(items.every((i) => i.owner)).toBe(true);
    const statuses = new Set(items.map((i) => i.renewal?.status));
    expect(statuses).toContain('notice-passed');
    expect(statuses).toContain('act-soon');
    expect(statuses).toContain('upcoming');
    expect(items.some((i) => i.unusedSeats > 0)).toBe(true);
    expect(items.some((i) => i.teams.length > 0)).toBe(true);
    const overlaps = (await executive.request({ method: 'GET', url: '/api/v1/cost/tools/overlaps' })).json()
      .overlaps as { category: string; tools: { product: string }[] }[];
    const byCategory = new Map(overlaps.map((o) => [o.category, o.tools.map((x) => x.product)]));
    expect(byCategory.get('project-tracking')).toEqual(expect.arrayContaining(['Jira Software', 'Linear']));
    expect(byCategory.get('observability')).toEqual(expect.arrayContaining(['Datadog', 'Grafana Cloud']));
    expect(byCategory.get('documentation')).toEqual(expect.arrayContaining(['Confluence', 'Notion']));
  });

  it('savings equal unused seats × annual cost ÷ seats bought, summed exactly per currency', async () => {
    const savings = await toolSavings(t.ctx.db);
    expect(savings.map((s) => s.currency)).toContain('USD');
    for (const s of savings) {
      expect(s.annualUnusedCost).toBe(sumDecimals(s.tools.map((x) => x.annualUnusedCost)));
      expect(s.unusedSeats).toBe(s.tools.reduce((n, x) => n + x.unusedSeats, 0));
      for (const x of s.tools) {
        expect(x.unusedSeats).toBe(Math.max(0, x.seatsBought - x.seatsActive));
        // An independent computation in cents (the demo's costs are whole cents).
        const cents = Math.round((Number(x.annualCost) * 100 * x.unusedSeats) / x.seatsBought);
        expect(Math.round(Number(x.annualUnusedCost) * 100)).toBe(cents);
      }
    }
  });
});

describe('access', () => {
  it('lets managers read, members not; only leaders change', async () => {
    for (const url of [
      '/api/v1/cost/tools',
      '/api/v1/cost/tools/summary',
      '/api/v1/cost/tools/renewals',
      '/api/v1/cost/tools/renewals.ics',
      '/api/v1/cost/tools/savings',
      '/api/v1/cost/tools/overlaps',
    ]) {
      expect((await member.request({ method: 'GET', url })).statusCode, url).toBe(403);
      expect((await manager.request({ method: 'GET', url })).statusCode, url).toBe(200);
    }
    const payload = { vendor: 'Acme', product: 'Widget', category: 'other' };
    expect((await manager.request({ method: 'POST', url: '/api/v1/cost/tools', payload })).statusCode).toBe(
      403,
    );
    expect((await member.request({ method: 'POST', url: '/api/v1/cost/tools', payload })).statusCode).toBe(
      403,
    );
  });

  it('creates, changes and deletes a tool, each with an audit row', async () => {
    const before = await auditCount();
    const team = await t.ctx.db.selectFrom('teams').select('id').orderBy('id').executeTakeFirstOrThrow();
    const created = await executive.request({
      method: 'POST',
      url: '/api/v1/cost/tools',
      payload: {
        vendor: 'Acme',
        product: 'Widget Pro',
        category: 'design',
        annualCost: '1000.10',
        currency: 'eur',
        seatsBought: 3,
        teamIds: [team.id],
        renewalDate: '2030-03-01',
        noticeDays: 45,
      },
    });
    expect(created.statusCode).toBe(201);
    const tool = created.json();
    expect(tool).toMatchObject({ annualCost: '1000.1', currency: 'EUR', seatsBought: 3, unusedSeats: 3 });
    expect(tool.seatCost).toBe('333.37');
    expect(tool.annualUnusedCost).toBe('1000.1');
    expect(tool.renewal.noticeDeadline).toBe('2030-01-15');
    const dup = await executive.request({
      method: 'POST',
      url: '/api/v1/cost/tools',
      payload: { vendor: 'acme', product: 'widget pro', category: 'design' },
    });
    expect(dup.statusCode).toBe(409);
    const bad = await executive.request({
      method: 'POST',
      url: '/api/v1/cost/tools',
      payload: { vendor: 'Acme', product: 'X', category: 'nonsense', annualCost: '12,50' },
    });
    expect(bad.statusCode).toBe(400);
    const patched = await executive.request({
      method: 'PATCH',
      url: `/api/v1/cost/tools/${tool.id}`,
      payload: { annualCost: '900', seatsBought: 2 },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ annualCost: '900', seatCost: '450', annualUnusedCost: '900' });
    expect(
      (
        await manager.request({
          method: 'PATCH',
          url: `/api/v1/cost/tools/${tool.id}`,
          payload: { plan: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await executive.request({ method: 'DELETE', url: `/api/v1/cost/tools/${tool.id}` })).statusCode,
    ).toBe(204);
    expect(
      (await executive.request({ method: 'GET', url: `/api/v1/cost/tools/${tool.id}` })).statusCode,
    ).toBe(404);
    expect(await auditCount()).toBe(before + 3);
  });
});

describe('imports', () => {
  const teamSlug = async () =>
    (
      await t.ctx.db
        .selectFrom('teams')
        .select('slug')
        .where('kind', '=', 'team')
        .orderBy('slug')
        .executeTakeFirstOrThrow()
    ).slug;
  const personEmail = async () =>
    (
      await t.ctx.db
        .selectFrom('people')
        .select('email')
        .where('status', '=', 'active')
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).email;

  it('imports the register, idempotently, and rejects a bad file whole', async () => {
    const slug = await teamSlug();
    const owner = await personEmail();
    const csv = [
      'vendor,product,category,plan,contract_start,contract_end,renewal_date,notice_days,auto_renew,annual_cost,currency,seats_bought,owner_email,teams',
      `Testco,Tracker,project-tracking,Team,2026-01-01,2026-12-31,2027-01-01,60,yes,1200.00,USD,10,${owner},${slug}`,
      `Testco,Chat,communication,,,,2027-06-30,30,no,99.99,EUR,,,`,
    ].join('\n');
    const first = await importFile('tools', 'register.csv', csv);
    expect(first.counts).toMatchObject({ 'tools created': 2 });
    const audit = await auditCount('cost.tools.import');
    const again = await importFile('tools', 'register.csv', csv);
    expect(again.counts).toMatchObject({ 'tools created': 0, 'tools updated': 0, 'tools unchanged': 2 });
    expect(await auditCount('cost.tools.import')).toBe(audit);
    const list = (await executive.request({ method: 'GET', url: `/api/v1/cost/tools?team=${slug}` })).json()
      .items as ToolJson[];
    expect(list.map((x) => x.product)).toContain('Tracker');

    const bad = [
      'vendor,product,category,annual_cost,renewal_date,teams',
      'Testco,Tracker,project-tracking,1500,2027-01-01,',
      'Testco,Gadget,gadgets,abc,2027-02-30,no-such-team',
    ].join('\n');
    const err = await importFile('tools', 'bad.csv', bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    const fields = (err as ImportRejected).issues
      .filter((i) => i.severity === 'error')
      .map((i) => `${i.row}:${i.field}`);
    expect(fields).toEqual(expect.arrayContaining(['3:category', '3:annual_cost', '3:renewal_date']));
    const unknownTeam = await importFile(
      'tools',
      'team.csv',
      'vendor,product,category,annual_cost,teams\nTestco,Tracker,project-tracking,1500,no-such-team\n',
    ).catch((e: unknown) => e);
    expect((unknownTeam as ImportRejected).issues[0]).toMatchObject({
      file: 'team.csv',
      row: 2,
      field: 'teams',
    });
    const tracker = list.find((x) => x.product === 'Tracker')!;
    expect(tracker.annualCost).toBe('1200');
  });

  it('imports seats, replaces a tool’s CSV seats exactly, keeps unknown e-mails unmatched', async () => {
    const email = await personEmail();
    const today = new Date().toISOString().slice(0, 10);
    const csv = [
      'tool,email,last_active',
      `Testco/Tracker,${email},${today}`,
      'Tracker,stranger@elsewhere.example,2020-01-01',
      'Tracker,never@elsewhere.example,',
    ].join('\n');
    const first = await importFile('tool-seats', 'seats.csv', csv);
    expect(first.counts).toMatchObject({ seats: 3, 'seats matched to people': 1, 'seats unmatched': 2 });
    expect(first.issues.filter((i) => i.severity === 'warning').map((i) => i.row)).toEqual([3, 4]);
    const again = await importFile('tool-seats', 'seats.csv', csv);
    expect(again.counts['tools changed']).toBe(0);
    const list = (await executive.request({ method: 'GET', url: '/api/v1/cost/tools' })).json()
      .items as ToolJson[];
    const tracker = list.find((x) => x.product === 'Tracker')!;
    expect(tracker).toMatchObject({
      seatsAssigned: 3,
      seatsActive: 1,
      seatsBought: 10,
      unusedSeats: 9,
      annualUnusedCost: '1080',
    });
    const detail = (await manager.request({ method: 'GET', url: `/api/v1/cost/tools/${tracker.id}` })).json();
    expect(detail.seats[0]).toMatchObject({ email: email.toLowerCase(), active: true });
    expect(detail.seats.filter((s: { personId: number | null }) => s.personId === null)).toHaveLength(2);

    await importFile('tool-seats', 'seats2.csv', `tool,email,last_active\nTracker,${email},${today}\n`);
    const after = (await manager.request({ method: 'GET', url: `/api/v1/cost/tools/${tracker.id}` })).json();
    expect(after.seats).toHaveLength(1);

    const err = await importFile(
      'tool-seats',
      'bad-seats.csv',
      'tool,email,last_active\nTracker,a@b.example,2026-13-01\nNope,c@d.example,\n',
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    expect((err as ImportRejected).issues.map((i) => `${i.file} ${i.row} ${i.field}`)).toEqual([
      'bad-seats.csv 2 last_active',
    ]);
    const unknownTool = await importFile(
      'tool-seats',
      'unknown.csv',
      'tool,email,last_active\nTracker,x@y.example,\nNope,c@d.example,\n',
    ).catch((e: unknown) => e);
    expect((unknownTool as ImportRejected).issues.find((i) => i.severity === 'error')).toMatchObject({
      row: 3,
      field: 'tool',
    });
    const still = (await manager.request({ method: 'GET', url: `/api/v1/cost/tools/${tracker.id}` })).json();
    expect(still.seats).toHaveLength(1);
  });
});

describe('renewals', () => {
  it('lists renewals by notice deadline and serves them as iCalendar', async () => {
    const res = await manager.request({ method: 'GET', url: '/api/v1/cost/tools/renewals?days=365' });
    const items = res.json().items as { noticeDeadline: string; status: string }[];
    expect(items.length).toBeGreaterThan(20);
    expect(items.map((i) => i.noticeDeadline)).toEqual([...items.map((i) => i.noticeDeadline)].sort());
    const ics = await manager.request({ method: 'GET', url: '/api/v1/cost/tools/renewals.ics' });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    const body = ics.body;
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(body.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(body.split('BEGIN:VEVENT').length - 1).toBe(items.length * 2);
    expect(body.split('BEGIN:VALARM').length - 1).toBe(items.length * 2);
    for (const line of body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('lets a calendar app subscribe by address with a calendar token, which reads nothing else', async () => {
    const mint = async (who: Client, scopes: string[]) =>
      (await who.request({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'feed', scopes } })).json()
        .token as string;
    const feed = (token: string, extra = '') =>
      t.anonymous.request({
        method: 'GET',
        url: `/api/v1/cost/tools/renewals.ics?token=${encodeURIComponent(token)}${extra}`,
      });
    const calendar = await mint(manager, ['calendar']);
    const bySession = await manager.request({
      method: 'GET',
      url: '/api/v1/cost/tools/renewals.ics?days=90',
    });
    const subscribed = await feed(calendar, '&days=90');
    expect(subscribed.statusCode).toBe(200);
    expect(subscribed.headers['content-disposition']).toMatch(/^inline;/);
    expect(subscribed.body.replace(/DTSTAMP:\S+/g, '')).toBe(bySession.body.replace(/DTSTAMP:\S+/g, ''));
    expect(subscribed.body.split('BEGIN:VEVENT').length).toBeGreaterThan(1);

    // Only a calendar-only token goes in an address; read tokens and unknown ones are refused.
    const read = await mint(manager, ['read']);
    expect((await feed(read)).statusCode).toBe(401);
    expect((await feed(read)).json().detail).toMatch(/calendar scope alone/);
    expect((await feed(await mint(manager, ['read', 'calendar']))).statusCode).toBe(401);
    expect((await feed('qdt_unknown')).statusCode).toBe(401);
    // A read token as a bearer still reads the feed; a calendar token reads no other route, even as a bearer.
    const bearer = (token: string, url: string) =>
      t.anonymous.request({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    expect((await bearer(read, '/api/v1/cost/tools/renewals.ics')).statusCode).toBe(200);
    expect((await bearer(calendar, '/api/v1/cost/tools/renewals.ics')).statusCode).toBe(200);
    const other = await bearer(calendar, '/api/v1/cost/tools/renewals');
    expect(other.statusCode).toBe(403);
    expect(other.json().detail).toMatch(/calendar feeds only/);
    expect(
      (await t.anonymous.request({ method: 'GET', url: `/api/v1/cost/tools/renewals?token=${calendar}` }))
        .statusCode,
    ).toBe(401);
    // The token's account must still be allowed the feed: a member's calendar token reads nothing.
    expect((await feed(await mint(member, ['calendar']))).statusCode).toBe(403);
    // Revoking the token ends the subscription.
    const id = (
      (await manager.request({ method: 'GET', url: '/api/v1/tokens' })).json().items as {
        id: number;
        scopes: string[];
      }[]
    ).find((x) => x.scopes.join() === 'calendar')!.id;
    expect((await manager.request({ method: 'DELETE', url: `/api/v1/tokens/${id}` })).statusCode).toBe(204);
    expect((await feed(calendar)).statusCode).toBe(401);
  });
});
