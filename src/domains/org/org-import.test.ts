import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportRejected } from '../../platform/imports/import-report.js';
import { runImport } from '../../platform/imports/imports.service.js';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';

const HEADER =
  'email,name,employee_id,title,level,role,manager_email,team,team_lead,location,work_mode,employment_type,start_date,end_date,status,other_emails,github,effective_date';
const ROWS = [
  'grace@example.com,Grace Hopper,E-1,CTO,E9,cto,,Leadership,yes,Remote,remote,employee,2019-01-07,,active,,ghopper,',
  'ada@example.com,Ada Lovelace,E-2,Engineering Manager,M1,em,grace@example.com,Payments,yes,London,hybrid,employee,2020-03-02,,active,ada@personal.example,adalovelace,',
  'alan@example.com,Alan Turing,E-3,Software Engineer,E3,engineer,ada@example.com,Payments,no,London,office,employee,2021-05-17,,active,,aturing,',
  'joan@example.com,Joan Clarke,E-4,Software Engineer,E3,engineer,ada@example.com,Payments;Platform,no,Leeds,remote,employee,2022-01-10,,active,,joanc,',
  'tim@example.com,Tim Berners-Lee,E-5,Tech Lead,E6,tl,ada@example.com,Payments,no,Geneva,office,employee,2022-06-01,2025-06-30,,,,',
];

describe('org imports', () => {
  let t: TestPlatform;
  let dir: string;
  const actor = { userId: null, label: 'test' };
  const write = async (name: string, lines: string[]) => {
    const p = path.join(dir, name);
    await fs.writeFile(p, `${lines.join('\n')}\n`);
    return p;
  };
  const importHr = (p: string, options: Record<string, string> = {}, preview = false) =>
    runImport(t.ctx.db, t.ctx.registry, actor, { kind: 'hr-csv', path: p, options, preview });
  const people = () =>
    t.ctx.db
      .selectFrom('people')
      .select(['id', 'email', 'manager_id', 'level', 'status'])
      .orderBy('email')
      .execute();

  beforeAll(async () => {
    t = await startTestPlatform();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'qd-org-import-'));
  });
  afterAll(async () => {
    await t.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('imports people, reporting lines, teams, identities and a first history version, as a recorded job', async () => {
    const file = await write('people.csv', [HEADER, ...ROWS]);
    const report = await importHr(file);
    expect(report.counts['people created']).toBe(5);
    expect(report.jobId).toBeGreaterThan(0);
    const rows = await people();
    const id = new Map(rows.map((p) => [p.email, p.id]));
    expect(rows.find((p) => p.email === 'alan@example.com')!.manager_id).toBe(id.get('ada@example.com'));
    expect(rows.find((p) => p.email === 'tim@example.com')!.status).toBe('leaver');
    const joan = await t.ctx.db
      .selectFrom('team_members as tm')
      .innerJoin('teams as t', 't.id', 'tm.team_id')
      .select(['t.slug', 'tm.is_primary'])
      .where('tm.person_id', '=', id.get('joan@example.com')!)
      .orderBy('t.slug')
      .execute();
    expect(joan).toEqual([
      { slug: 'payments', is_primary: true },
      { slug: 'platform', is_primary: false },
    ]);
    const identities = await t.ctx.db
      .selectFrom('identities')
      .select(['kind', 'value', 'person_id'])
      .execute();
    expect(identities).toContainEqual({
      kind: 'email',
      value: 'ada@personal.example',
      person_id: id.get('ada@example.com'),
    });
    expect(identities).toContainEqual({
      kind: 'github',
      value: 'aturing',
      person_id: id.get('alan@example.com'),
    });
    const history = await t.ctx.db.selectFrom('person_history').selectAll().execute();
    expect(history).toHaveLength(5);
    expect(history.find((h) => h.person_id === id.get('alan@example.com'))!.valid_from).toBe('2021-05-17');
    const job = await t.ctx.db
      .selectFrom('jobs')
      .selectAll()
      .where('id', '=', report.jobId!)
      .executeTakeFirstOrThrow();
    expect(job.kind).toBe('import.hr-csv');
    expect(job.state).toBe('succeeded');
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await t.ctx.db
      .selectFrom('person_history')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const report = await importHr(path.join(dir, 'people.csv'));
    const changes = Object.entries(report.counts).filter(
      ([k, n]) => /created|updated|changed|removed|versions/.test(k) && n > 0,
    );
    expect(changes).toEqual([]);
    const after = await t.ctx.db
      .selectFrom('person_history')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('keeps a dated version for a change of manager and level, so the org can be viewed as it was', async () => {
    const moved = ROWS.map((r) =>
      r.startsWith('alan@')
        ? 'alan@example.com,Alan Turing,E-3,Senior Software Engineer,E4,engineer,grace@example.com,Leadership,no,London,office,employee,2021-05-17,,active,,aturing,2025-09-01'
        : r,
    );
    await importHr(await write('people-2.csv', [HEADER, ...moved]));
    const rows = await people();
    const id = new Map(rows.map((p) => [p.email, p.id]));
    const alan = id.get('alan@example.com')!;
    const versions = await t.ctx.db
      .selectFrom('person_history')
      .selectAll()
      .where('person_id', '=', alan)
      .orderBy('valid_from')
      .execute();
    expect(versions.map((v) => [v.valid_from, v.valid_to, v.level, v.manager_id])).toEqual([
      ['2021-05-17', '2025-09-01', 'E3', id.get('ada@example.com')],
      ['2025-09-01', null, 'E4', id.get('grace@example.com')],
    ]);
    const cto = await t.signIn('executive');
    const then = (await cto.request({ method: 'GET', url: '/api/v1/org/chart?asOf=2025-08-31' })).json();
    const now = (await cto.request({ method: 'GET', url: '/api/v1/org/chart' })).json();
    const managerOf = (chart: { rows: [number, string, string | null, number | null][] }) =>
      chart.rows.find((r) => r[0] === alan)![3];
    expect(managerOf(then)).toBe(id.get('ada@example.com'));
    expect(managerOf(now)).toBe(id.get('grace@example.com'));
    // Tim left on 2025-06-30: on the chart of that day, not after.
    const tim = id.get('tim@example.com')!;
    const onLastDay = (await cto.request({ method: 'GET', url: '/api/v1/org/chart?asOf=2025-06-30' })).json();
    const dayAfter = (await cto.request({ method: 'GET', url: '/api/v1/org/chart?asOf=2025-07-01' })).json();
    expect(onLastDay.rows.some((r: number[]) => r[0] === tim)).toBe(true);
    expect(dayAfter.rows.some((r: number[]) => r[0] === tim)).toBe(false);
  });

  it('refuses a file with a bad row, names file, row and column, and leaves the org as it was', async () => {
    const before = await people();
    const bad = await write('bad.csv', [
      HEADER,
      ...ROWS.slice(0, 2),
      'new@example.com,New Person,E-9,Engineer,E2,engineer,ada@example.com,Payments,no,Berlin,remote,employee,2024-13-45,,active,,,',
    ]);
    const err = await importHr(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    const issue = (err as ImportRejected).issues.find((i) => i.severity === 'error')!;
    expect(issue).toMatchObject({ file: 'bad.csv', row: 4, field: 'start_date' });
    expect(await people()).toEqual(before);
    const failed = await t.ctx.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', 'import.hr-csv')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(failed.state).toBe('failed');
    // Skipping invalid rows imports the valid ones only.
    const skipped = await importHr(bad, { 'skip-invalid': 'true' });
    expect(skipped.counts['skipped (invalid)']).toBe(1);
    expect((await people()).some((p) => p.email === 'new@example.com')).toBe(false);
  });

  it('previews exactly what an import would change, writing nothing', async () => {
    const file = await write('more.csv', [
      HEADER,
      ...ROWS,
      'kim@example.com,Kim Lee,E-6,Engineer,E2,engineer,ada@example.com,Payments,no,Seoul,remote,employee,2025-01-06,,active,,,',
    ]);
    const before = await people();
    const preview = await importHr(file, {}, true);
    expect(preview.jobId).toBeNull();
    expect(preview.counts['people created']).toBe(1);
    expect(await people()).toEqual(before);
  });

  it('refuses a reporting cycle', async () => {
    const cyc = ROWS.map((r) => (r.startsWith('grace@') ? r.replace(',cto,,', ',cto,alan@example.com,') : r));
    const err = await importHr(await write('cycle.csv', [HEADER, ...cyc])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    expect((err as ImportRejected).issues.map((i) => i.message).join(' ')).toMatch(/loop|cycle/i);
  });

  it('takes an upload through the API with a header mapping, and answers 422 with the issues', async () => {
    const admin = await t.signIn('admin');
    const csv = ['Work Email,Full Name,Supervisor Email', 'zoe@example.com,Zoe Park,ada@example.com'].join(
      '\n',
    );
    const cols = await admin.request({
      method: 'POST',
      url: '/api/v1/org/hr-csv/columns',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(cols.statusCode).toBe(200);
    expect(cols.json().suggested).toMatchObject({
      email: 'Work Email',
      name: 'Full Name',
      manager_email: 'Supervisor Email',
    });
    const ok = await admin.request({
      method: 'POST',
      url: `/api/v1/imports/hr-csv?filename=staff.csv&mapping=${encodeURIComponent(JSON.stringify(cols.json().suggested))}`,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().counts['people created']).toBe(1);
    const bad = await admin.request({
      method: 'POST',
      url: '/api/v1/imports/hr-csv?filename=staff.csv',
      headers: { 'content-type': 'text/csv' },
      payload: 'email,name\nnot-an-email,Somebody\n',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toMatch(/^staff\.csv row 2, column email/);
    const member = await t.signIn('member');
    const denied = await member.request({
      method: 'POST',
      url: '/api/v1/imports/hr-csv',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(denied.statusCode).toBe(403);
  });

  it('imports CODEOWNERS and finds ownership gaps', async () => {
    const repo = path.join(dir, 'checkout');
    await fs.mkdir(path.join(repo, '.github'), { recursive: true });
    await fs.writeFile(
      path.join(repo, '.github', 'CODEOWNERS'),
      '* @acme/payments\n/docs/ @adalovelace ghost@example.com\n',
    );
    const report = await runImport(t.ctx.db, t.ctx.registry, actor, {
      kind: 'codeowners',
      path: repo,
      options: { repository: 'acme/checkout' },
    });
    expect(report.counts.rules).toBe(2);
    expect(report.issues.some((i) => i.severity === 'warning' && /ghost@example.com/.test(i.message))).toBe(
      true,
    );
    const rules = await t.ctx.db.selectFrom('codeowners_rules').selectAll().orderBy('line').execute();
    expect(rules.map((r) => [r.pattern, r.team_ids.length, r.person_ids.length])).toEqual([
      ['*', 1, 0],
      ['/docs/', 0, 1],
    ]);
    const again = await runImport(t.ctx.db, t.ctx.registry, actor, {
      kind: 'codeowners',
      path: repo,
      options: { repository: 'acme/checkout' },
    });
    expect(again.counts['codeowners files changed'] ?? 0).toBe(0);
  });

  it('matches git identities by e-mail and no-reply address, queues the rest, and undoes a manual merge', async () => {
    const admin = await t.signIn('admin');
    const observed = await admin.request({
      method: 'POST',
      url: '/api/v1/org/identities/observe',
      payload: {
        items: [
          { kind: 'git', value: 'ADA@personal.example', name: 'Ada' },
          { kind: 'git', value: '123+aturing@users.noreply.github.com', name: 'Alan' },
          { kind: 'git', value: 'joan.clarke@home.example', name: 'Joan Clarke' },
        ],
      },
    });
    expect(observed.json()).toEqual({ recorded: 3, matched: 2 });
    const queue = (
      await admin.request({ method: 'GET', url: '/api/v1/org/identities?status=unmatched&kind=git' })
    ).json();
    expect(queue.items.map((i: { value: string }) => i.value)).toEqual(['joan.clarke@home.example']);
    const joan = (await people()).find((p) => p.email === 'joan@example.com')!;
    const assigned = await admin.request({
      method: 'POST',
      url: '/api/v1/org/identities/assign',
      payload: { identityIds: [queue.items[0].id], personId: joan.id },
    });
    expect(assigned.statusCode).toBe(200);
    expect(
      (await admin.request({ method: 'GET', url: '/api/v1/org/identities?status=unmatched&kind=git' })).json()
        .total,
    ).toBe(0);
    // A later change to the same identity must be undone first.
    const alan = (await people()).find((p) => p.email === 'alan@example.com')!;
    const moved = await admin.request({
      method: 'POST',
      url: '/api/v1/org/identities/assign',
      payload: { identityIds: [queue.items[0].id], personId: alan.id },
    });
    expect(moved.statusCode).toBe(200);
    const blocked = await admin.request({
      method: 'POST',
      url: `/api/v1/org/identity-changes/${assigned.json().changeId}/undo`,
    });
    expect(blocked.statusCode).toBe(409);
    const undoMove = await admin.request({
      method: 'POST',
      url: `/api/v1/org/identity-changes/${moved.json().changeId}/undo`,
    });
    expect(undoMove.statusCode).toBe(204);
    const undo = await admin.request({
      method: 'POST',
      url: `/api/v1/org/identity-changes/${assigned.json().changeId}/undo`,
    });
    expect(undo.statusCode).toBe(204);
    expect(
      (await admin.request({ method: 'GET', url: '/api/v1/org/identities?status=unmatched&kind=git' })).json()
        .total,
    ).toBe(1);
    const twice = await admin.request({
      method: 'POST',
      url: `/api/v1/org/identity-changes/${assigned.json().changeId}/undo`,
    });
    expect(twice.statusCode).toBe(409);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'org.identity.%')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'org.identity.assign',
      'org.identity.merge',
      'org.identity.undo',
      'org.identity.undo',
    ]);
  });
});
