import { describe, expect, it } from 'vitest';
import { parseSignIns } from './sso-signins.js';

/** An Okta System Log event as the System Log API returns it (fields trimmed to the realistic core). */
const oktaEvent = (o: {
  email?: string | undefined;
  app?: string | undefined;
  at?: string | undefined;
  type?: string;
  result?: string;
}) => ({
  uuid: 'e1d9a4c2-6f1b-11ef-9a2b-0f1e2d3c4b5a',
  published: o.at,
  eventType: o.type ?? 'user.authentication.sso',
  version: '0',
  severity: 'INFO',
  displayMessage: 'User single sign on to app',
  actor: { id: '00u1abcd2EFGH3ijk4x7', type: 'User', alternateId: o.email, displayName: 'Ana Lima' },
  client: { ipAddress: '203.0.113.7', zone: 'null', device: 'Computer' },
  outcome: { result: o.result ?? 'SUCCESS', reason: null },
  transaction: { type: 'WEB', id: 'Zx1abc' },
  target: [
    { id: '0oa1abcd2EFGH3ijk4x7', type: 'AppInstance', alternateId: o.app, displayName: o.app },
    { id: '0ua1abcd2EFGH3ijk4x7', type: 'AppUser', alternateId: o.email, displayName: 'Ana Lima' },
  ],
});

describe('Okta System Log', () => {
  const events = [
    oktaEvent({ email: 'Ana.Lima@Acme.example', app: 'Slack', at: '2026-11-18T08:00:00.000Z' }),
    oktaEvent({ email: 'ana.lima@acme.example', app: 'Slack', at: '2026-11-20T09:15:32.412Z' }),
    oktaEvent({ email: 'ana.lima@acme.example', app: 'Slack', at: '2026-11-19T10:00:00.000Z' }),
    oktaEvent({ email: 'li.wei@acme.example', app: 'Figma', at: '2026-11-21T07:01:02Z', result: 'FAILURE' }),
    oktaEvent({
      email: 'li.wei@acme.example',
      app: 'Figma',
      at: '2026-11-21T07:00:00Z',
      type: 'user.session.start',
    }),
  ];

  it('reads a JSON array: the latest successful SSO sign-in per app and e-mail', () => {
    const r = parseSignIns(JSON.stringify(events, null, 2), 'okta.json');
    expect(r.format).toBe('okta');
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual([
      {
        row: 2,
        app: 'Slack',
        email: 'ana.lima@acme.example',
        lastSignIn: '2026-11-20T09:15:32.412Z',
        signIns: 3,
      },
    ]);
    expect(r.counts).toEqual({ 'sign-ins read': 3, 'failed sign-ins skipped': 1, 'other events skipped': 1 });
  });

  it('reads JSON lines, one event per line', () => {
    const text = `${events.map((e) => JSON.stringify(e)).join('\n')}\n`;
    const r = parseSignIns(text, 'okta.jsonl');
    expect(r.format).toBe('okta');
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ row: 2, lastSignIn: '2026-11-20T09:15:32.412Z' });
  });

  it('names the line of JSON lines and the array entry of a JSON array', () => {
    const lines = [
      JSON.stringify(events[0]),
      JSON.stringify(oktaEvent({ app: 'Slack', at: '2026-11-20T09:00:00Z' })),
      JSON.stringify(oktaEvent({ email: 'a@acme.example', app: 'Slack', at: 'yesterday' })),
      '{"eventType": "user.authentication.sso", ',
    ].join('\n');
    const r = parseSignIns(lines, 'okta.jsonl');
    expect(r.rows).toEqual([]);
    expect(r.issues.map((i) => `${i.file} ${i.row} ${i.field ?? ''}`)).toEqual([
      'okta.jsonl 2 actor.alternateId',
      'okta.jsonl 3 published',
      'okta.jsonl 4 ',
    ]);
    expect(r.issues[1]!.message).toContain('"yesterday"');
    const arr = parseSignIns(
      JSON.stringify([events[0], oktaEvent({ email: 'b@acme.example', app: 'Slack' })]),
      'okta.json',
    );
    expect(arr.issues).toEqual([
      expect.objectContaining({ file: 'okta.json', row: 2, field: 'published', severity: 'error' }),
    ]);
    const noApp = { ...events[0], target: [{ type: 'AppUser', alternateId: 'x' }] };
    expect(parseSignIns(JSON.stringify([noApp]), 'o.json').issues[0]).toMatchObject({
      row: 1,
      field: 'target',
    });
  });

  it('refuses invalid JSON, naming the line', () => {
    const r = parseSignIns('[\n  {"eventType": "user.authentication.sso"},\n  {oops}\n]', 'okta.json');
    expect(r.rows).toEqual([]);
    expect(r.issues).toEqual([expect.objectContaining({ file: 'okta.json', row: 3, severity: 'error' })]);
    expect(r.issues[0]!.message).toMatch(/^Not valid JSON/);
  });
});

describe('Microsoft Entra sign-in logs', () => {
  it('reads the CSV download, successes only, the Username as e-mail', () => {
    const text = [
      'Date (UTC),Request ID,User agent,Correlation ID,User ID,User,Username,User type,Application,Application ID,Resource,IP address,Location,Status,Sign-in error code,Failure reason,Client app',
      '2026-11-20T09:15:32Z,7f1c…,Mozilla/5.0,a1b2,11111111-2222,Ana Lima,Ana.Lima@acme.example,Member,GitHub Enterprise Cloud,0a1b,GitHub,203.0.113.7,"Lisbon, PT",Success,0,Other.,Browser',
      '2026-11-21T10:00:00Z,8a2d…,Mozilla/5.0,c3d4,33333333-4444,Li Wei,li.wei@acme.example,Member,Figma,0c1d,Figma,203.0.113.8,"Berlin, DE",Failure,50126,Invalid username or password.,Browser',
      '2026-11-21T10:01:00Z,8a2e…,Mozilla/5.0,c3d5,33333333-4444,Li Wei,li.wei@acme.example,Member,Figma,0c1d,Figma,203.0.113.8,"Berlin, DE",Interrupted,50074,Strong authentication is required.,Browser',
      '2026-11-19T08:00:00Z,9b3e…,Mozilla/5.0,e5f6,11111111-2222,Ana Lima,ana.lima@acme.example,Member,GitHub Enterprise Cloud,0a1b,GitHub,203.0.113.7,"Lisbon, PT",Success,0,Other.,Browser',
      '',
    ].join('\r\n');
    const r = parseSignIns(`\uFEFF${text}`, 'InteractiveSignIns_2026-11-22.csv');
    expect(r.format).toBe('entra-csv');
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual([
      {
        row: 2,
        app: 'GitHub Enterprise Cloud',
        email: 'ana.lima@acme.example',
        lastSignIn: '2026-11-20T09:15:32.000Z',
        signIns: 2,
      },
    ]);
    expect(r.counts['failed sign-ins skipped']).toBe(2);
  });

  it('names the row and column of a bad CSV row, and a missing column', () => {
    const head = 'Date (UTC),User,Username,Application,Status';
    const r = parseSignIns(
      `${head}\n2026-11-20T09:15:32Z,Ana,,Slack,Success\n20/11/2026,Ana,a@acme.example,Slack,Success\n`,
      's.csv',
    );
    expect(r.rows).toEqual([]);
    expect(r.issues.map((i) => `${i.row} ${i.field}`)).toEqual(['2 Username', '3 Date (UTC)']);
    const missing = parseSignIns('Date (UTC),User,Application,Status\n', 's.csv');
    expect(missing.issues).toEqual([
      expect.objectContaining({ row: 1, field: 'username', message: 'Missing required column Username.' }),
    ]);
  });

  it('reads the JSON download and a Graph API page; status.errorCode 0 is a success', () => {
    const signIn = (email: string, app: string, at: string, errorCode: number) => ({
      id: '66ea54eb-6301-4ee5-be62-ff5a759b0100',
      createdDateTime: at,
      userDisplayName: 'Ana Lima',
      userPrincipalName: email,
      appId: 'de8bc8b5-d9f9-48b1-a8ad-b748da725064',
      appDisplayName: app,
      ipAddress: '203.0.113.7',
      clientAppUsed: 'Browser',
      status: {
        errorCode,
        failureReason: errorCode ? 'Invalid username or password.' : 'Other.',
        additionalDetails: null,
      },
    });
    const items = [
      signIn('ana.lima@acme.example', 'Slack', '2026-11-20T09:15:32Z', 0),
      signIn('ana.lima@acme.example', 'Slack', '2026-11-22T09:15:32Z', 50126),
      signIn('li.wei@acme.example', 'Jira Software', '2026-11-21T07:00:00Z', 0),
    ];
    for (const text of [JSON.stringify(items), JSON.stringify({ '@odata.context': 'x', value: items })]) {
      const r = parseSignIns(text, 'signins.json');
      expect(r.format).toBe('entra-json');
      expect(r.issues).toEqual([]);
      expect(r.rows.map((x) => `${x.app} ${x.email} ${x.lastSignIn}`)).toEqual([
        'Slack ana.lima@acme.example 2026-11-20T09:15:32.000Z',
        'Jira Software li.wei@acme.example 2026-11-21T07:00:00.000Z',
      ]);
      expect(r.counts['failed sign-ins skipped']).toBe(1);
    }
    const bad = parseSignIns(
      JSON.stringify([items[0], { ...items[2], userPrincipalName: '' }]),
      'signins.json',
    );
    expect(bad.issues).toEqual([
      expect.objectContaining({ row: 2, field: 'userPrincipalName', severity: 'error' }),
    ]);
  });
});

describe('plain sign-in CSV', () => {
  it('reads app,email,signed_in_at with dates, offsets and zone-less times', () => {
    const text =
      'app,email,signed_in_at\nLinear,Ana.Lima@acme.example,2026-11-20T10:15:32+01:00\nLinear,ana.lima@acme.example,2026-11-02\n Notion ,li.wei@acme.example,2026-11-21 08:00\n';
    const r = parseSignIns(text, 'google-workspace.csv');
    expect(r.format).toBe('csv');
    expect(r.issues).toEqual([]);
    expect(r.rows.map((x) => [x.row, x.app, x.email, x.lastSignIn])).toEqual([
      [2, 'Linear', 'ana.lima@acme.example', '2026-11-20T09:15:32.000Z'],
      [4, 'Notion', 'li.wei@acme.example', '2026-11-21T08:00:00.000Z'],
    ]);
  });

  it('refuses missing columns, a missing date and an empty file', () => {
    expect(parseSignIns('app,email\nLinear,a@acme.example\n', 'x.csv').issues).toEqual([
      expect.objectContaining({ row: 1, field: 'signed_in_at', severity: 'error' }),
    ]);
    expect(parseSignIns('app,email,signed_in_at\nLinear,a@acme.example,\n', 'x.csv').issues).toEqual([
      expect.objectContaining({
        row: 2,
        field: 'signed_in_at',
        message: 'A sign-in needs its date and time.',
      }),
    ]);
    expect(parseSignIns('', 'x.csv').issues[0]).toMatchObject({ row: 1, severity: 'error' });
  });
});
