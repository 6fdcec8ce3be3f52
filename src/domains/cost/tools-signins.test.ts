/**
 * SSO sign-in logs as seat activity, against a real database: `sso` seats upserted with the latest
 * sign-in (never moved back), apps matched to the register by product, `vendor product` or
 * `vendor/product`, unknown apps in one warning, bad files importing nothing, idempotent re-imports, the
 * upload route, and seat counts that count a person with a CSV seat and an SSO seat once.
 */

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportRejected } from '../../platform/imports/import-report.js';
import { runImport } from '../../platform/imports/imports.service.js';
import { type Client, startTestPlatform, type TestPlatform } from '../../platform/testing.js';

let t: TestPlatform;
let tmp: string;
let executive: Client;
const actor = { userId: null, label: 'test' };

const DAY = 86_400_000;
// One clock for the whole file, whole seconds: a date written twice is the same date.
const NOW = Math.floor(Date.now() / 1000) * 1000;
const daysAgo = (n: number) => new Date(NOW - n * DAY).toISOString().replace(/\.\d+Z$/, 'Z');

const importFile = async (kind: string, name: string, text: string, preview = false) => {
  const p = path.join(tmp, name);
  await fs.writeFile(p, text);
  return runImport(t.ctx.db, t.ctx.registry, actor, { kind, path: p, options: {}, preview, label: name });
};

const auditCount = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('action', '=', 'cost.tool-signins.import')
        .executeTakeFirstOrThrow()
    ).n,
  );

type Seat = { email: string; personId: number | null; lastActiveAt: string | null; source: string };
type ToolJson = {
  id: number;
  product: string;
  seatsAssigned: number;
  seatsActive: number;
  unusedSeats: number;
};

const tools = async () =>
  (await executive.request({ method: 'GET', url: '/api/v1/cost/tools' })).json().items as ToolJson[];
const tool = async (product: string) => (await tools()).find((x) => x.product === product)!;
const ssoSeats = async (product: string) =>
  (
    (await executive.request({ method: 'GET', url: `/api/v1/cost/tools/${(await tool(product)).id}` })).json()
      .seats as Seat[]
  )
    .filter((s) => s.source === 'sso')
    .sort((a, b) => a.email.localeCompare(b.email));

/** Okta System Log events (`user.authentication.sso`), one JSON object per line. */
const okta = (events: { email: string; app: string; at: string; result?: string }[]) =>
  events
    .map((e) =>
      JSON.stringify({
        uuid: `u-${e.email}-${e.at}`,
        published: e.at,
        eventType: 'user.authentication.sso',
        severity: 'INFO',
        displayMessage: 'User single sign on to app',
        actor: { id: '00u1', type: 'User', alternateId: e.email, displayName: e.email },
        outcome: { result: e.result ?? 'SUCCESS' },
        target: [
          { id: '0oa1', type: 'AppInstance', alternateId: e.app, displayName: e.app },
          { id: '0ua1', type: 'AppUser', alternateId: e.email, displayName: e.email },
        ],
      }),
    )
    .join('\n');

beforeAll(async () => {
  t = await startTestPlatform();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tool-signins-test-'));
  executive = await t.signIn('executive');
  await importFile(
    'hr-csv',
    'people.csv',
    [
      'email,name,other_emails',
      'ana@acme.example,Ana Lima,ana.lima@okta.acme.example',
      'li@acme.example,Li Wei,',
      'bo@acme.example,Bo Berg,',
    ].join('\n'),
  );
  await importFile(
    'tools',
    'tools.csv',
    [
      'vendor,product,category,annual_cost,currency,seats_bought',
      'Slack Technologies,Slack,communication,1000,USD,10',
      'Figma,Figma,design,1200,USD,5',
      'Atlassian,Jira Software,project-tracking,900,USD,10',
      'Notion Labs,Notion,documentation,600,USD,5',
    ].join('\n'),
  );
}, 180_000);
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
  await t.close();
});

describe('tool-signins', () => {
  it('records the latest successful sign-in per tool and e-mail as an sso seat', async () => {
    const log = okta([
      { email: 'Ana.Lima@okta.acme.example', app: 'Slack', at: daysAgo(5) },
      { email: 'ana.lima@okta.acme.example', app: 'Slack', at: daysAgo(2) },
      { email: 'li@acme.example', app: 'Slack', at: daysAgo(1), result: 'FAILURE' },
      { email: 'li@acme.example', app: 'Figma Figma', at: daysAgo(3) },
      { email: 'bo@acme.example', app: 'Atlassian/Jira Software', at: daysAgo(40) },
      { email: 'guest@partner.example', app: 'jira software', at: daysAgo(4) },
      ...[1, 2, 3].map((n) => ({ email: 'li@acme.example', app: 'Zoom', at: daysAgo(n) })),
      { email: 'li@acme.example', app: 'Miro', at: daysAgo(1) },
    ]);
    const preview = await importFile('tool-signins', 'okta.jsonl', log, true);
    expect(preview.counts['sso seats created']).toBe(4);
    expect(await ssoSeats('Slack')).toEqual([]);
    expect(await auditCount()).toBe(0);

    const r = await importFile('tool-signins', 'okta.jsonl', log);
    expect(r.counts).toMatchObject({
      'sign-ins read': 9,
      'failed sign-ins skipped': 1,
      'apps matched': 4,
      'apps not in the register': 2,
      'sso seats created': 4,
      'seats matched to people': 3,
      'seats unmatched': 1,
    });
    const warnings = r.issues.filter((i) => i.severity === 'warning').map((i) => i.message);
    expect(warnings[0]).toMatch(
      /^2 apps of the log match no tool.*: Zoom \(3 sign-ins\), Miro \(1 sign-in\)\./,
    );
    expect(warnings[1]).toContain('guest@partner.example');
    const slack = await ssoSeats('Slack');
    expect(slack).toEqual([
      expect.objectContaining({
        email: 'ana.lima@okta.acme.example',
        lastActiveAt: new Date(daysAgo(2)).toISOString(),
      }),
    ]);
    expect(slack[0]!.personId).not.toBeNull();
    expect((await ssoSeats('Jira Software')).map((s) => [s.email, s.personId === null])).toEqual([
      ['bo@acme.example', false],
      ['guest@partner.example', true],
    ]);
    expect(await auditCount()).toBe(1);

    // The same file again changes nothing and writes no audit row.
    const again = await importFile('tool-signins', 'okta.jsonl', log);
    expect(again.counts).toMatchObject({
      'sso seats created': 0,
      'sso seats updated': 0,
      'sso seats unchanged': 4,
    });
    expect(await auditCount()).toBe(1);
  });

  it('never moves a seat’s activity back and leaves other tools’ sso seats alone', async () => {
    const entra = (rows: [string, string, string, string][]) =>
      [
        'Date (UTC),Request ID,User,Username,Application,Status,Sign-in error code',
        ...rows.map(([at, email, app, status]) => `${at},r-1,Someone,${email},${app},${status},0`),
      ].join('\n');
    const older = await importFile(
      'tool-signins',
      'entra-old.csv',
      entra([[daysAgo(10), 'ana.lima@okta.acme.example', 'Slack', 'Success']]),
    );
    expect(older.counts).toMatchObject({ 'sso seats updated': 0, 'sso seats unchanged': 1 });
    expect((await ssoSeats('Slack'))[0]!.lastActiveAt).toBe(new Date(daysAgo(2)).toISOString());

    const figmaBefore = await ssoSeats('Figma');
    const now = daysAgo(0);
    const newer = await importFile(
      'tool-signins',
      'entra-new.csv',
      entra([
        [now, 'ana.lima@okta.acme.example', 'Slack', 'Success'],
        [now, 'bo@acme.example', 'Slack', 'Failure'],
      ]),
    );
    expect(newer.counts).toMatchObject({ 'sso seats updated': 1, 'failed sign-ins skipped': 1 });
    expect((await ssoSeats('Slack'))[0]!.lastActiveAt).toBe(new Date(now).toISOString());
    expect((await ssoSeats('Slack')).map((s) => s.email)).toEqual(['ana.lima@okta.acme.example']);
    expect(await ssoSeats('Figma')).toEqual(figmaBefore);
    expect(await auditCount()).toBe(2);
  });

  it('imports nothing from a file with a bad row, naming file, row and field', async () => {
    const before = await auditCount();
    const json = JSON.stringify([
      {
        createdDateTime: daysAgo(1),
        userPrincipalName: 'li@acme.example',
        appDisplayName: 'Notion',
        status: { errorCode: 0 },
      },
      {
        createdDateTime: '24/11/2026',
        userPrincipalName: 'bo@acme.example',
        appDisplayName: 'Notion',
        status: { errorCode: 0 },
      },
    ]);
    const err = await importFile('tool-signins', 'entra.json', json).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    expect((err as ImportRejected).issues.map((i) => `${i.file} ${i.row} ${i.field}`)).toEqual([
      'entra.json 2 createdDateTime',
    ]);
    const broken = await importFile('tool-signins', 'broken.json', '[{"createdDateTime": ').catch(
      (e: unknown) => e,
    );
    expect(broken).toBeInstanceOf(ImportRejected);
    expect(await ssoSeats('Notion')).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  it('counts a person with a CSV seat and an SSO seat once, under one e-mail or two', async () => {
    // Ana: an old CSV seat under her work e-mail, a recent SSO seat under her Okta login.
    // Li: a CSV seat and an SSO seat under the same e-mail. Bo: a CSV seat only, never used.
    await importFile(
      'tool-seats',
      'seats.csv',
      [
        'tool,email,last_active',
        'Slack,ana@acme.example,2020-01-01',
        'Slack,li@acme.example,',
        'Slack,bo@acme.example,',
      ].join('\n'),
    );
    await importFile(
      'tool-signins',
      'li.csv',
      `app,email,signed_in_at\nSlack,li@acme.example,${daysAgo(1)}\n`,
    );
    const slack = await tool('Slack');
    expect(slack).toMatchObject({ seatsAssigned: 3, seatsActive: 2, unusedSeats: 8 });
    const savings = (await executive.request({ method: 'GET', url: '/api/v1/cost/tools/savings' })).json();
    const idle = (savings.inactiveSeats as { toolId: number; email: string }[]).filter(
      (s) => s.toolId === slack.id,
    );
    expect(idle.map((s) => s.email)).toEqual(['bo@acme.example']);
    // The tool's page lists the same three seats, each with its latest activity.
    const detail = (
      await executive.request({ method: 'GET', url: `/api/v1/cost/tools/${slack.id}` })
    ).json() as {
      seats: { email: string; active: boolean; source: string }[];
    };
    expect(detail.seats).toHaveLength(3);
    expect(detail.seats.filter((s) => s.active)).toHaveLength(2);
    expect(detail.seats.find((s) => s.email === 'li@acme.example')).toMatchObject({
      active: true,
      source: 'sso',
    });
  });

  it('takes an upload through the imports API', async () => {
    const res = await executive.request({
      method: 'POST',
      url: '/api/v1/imports/tool-signins?filename=signins.csv',
      headers: { 'content-type': 'application/octet-stream' },
      payload: `app,email,signed_in_at\nNotion,li@acme.example,${daysAgo(1)}\n`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().counts['sso seats created']).toBe(1);
    expect((await ssoSeats('Notion')).map((s) => s.email)).toEqual(['li@acme.example']);
  });
});
