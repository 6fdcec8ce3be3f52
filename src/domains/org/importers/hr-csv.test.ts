import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HR_COLUMNS, parseHrCsv, readCsvHeader, suggestMapping } from './hr-csv.js';
import { csvCell, peopleToCsv, personToExportRow } from './hr-csv-export.js';
import type { ImportIssue } from './org-input.js';

const dir = mkdtempSync(join(tmpdir(), 'qd-hr-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function csv(text: string): string {
  n += 1;
  const path = join(dir, `people-${n}.csv`);
  writeFileSync(path, text);
  return path;
}
const today = '2026-06-01';
const errors = (issues: ImportIssue[]) => issues.filter((i) => i.severity === 'error');

/** The shape of a BambooHR-style export: first/last names, supervisor e-mail, department. */
const BAMBOO = [
  'Employee Number,First Name,Last Name,Work Email,Job Title,Supervisor Email,Department,Hire Date,Termination Date,Employment Status,Location,Job Level',
  '1001,Grace,Hopper,Grace.Hopper@example.com,CTO,,Engineering,2019-01-07,,Active,Remote - US,E8',
  '1002,Ada,Lovelace,ada@example.com,Engineering Manager,grace.hopper@example.com,Payments Squad,2020-03-02,,Active,London,M1',
  '1003,Alan,Turing,alan@example.com,"Senior Engineer, Backend",ada@example.com,Payments Squad,2021-05-17,2025-12-31,Terminated,London,L5',
].join('\n');

describe('suggestMapping', () => {
  it('recognizes common HR export headers whatever their case, spaces or underscores', () => {
    const m = suggestMapping(BAMBOO.split('\n')[0]!.split(','));
    expect(m).toMatchObject({
      email: 'Work Email',
      name: null,
      first_name: 'First Name',
      last_name: 'Last Name',
      employee_id: 'Employee Number',
      title: 'Job Title',
      manager_email: 'Supervisor Email',
      team: 'Department',
      start_date: 'Hire Date',
      end_date: 'Termination Date',
      status: 'Employment Status',
      location: 'Location',
      level: 'Job Level',
      github: null,
    });
    const other = suggestMapping([
      'FULL_NAME',
      'work_email',
      'EMPLOYEE ID',
      'Manager Email',
      'Work Location',
      'Grade',
    ]);
    expect(other).toMatchObject({
      name: 'FULL_NAME',
      email: 'work_email',
      employee_id: 'EMPLOYEE ID',
      manager_email: 'Manager Email',
      location: 'Work Location',
      level: 'Grade',
    });
  });

  it('maps our own column names to themselves and uses a header once', () => {
    const names = HR_COLUMNS.map((c) => c.name);
    const m = suggestMapping(names);
    for (const name of names) expect(m[name]).toBe(name);
    expect(suggestMapping(['Team', 'Department']).team).toBe('Team');
  });
});

describe('parseHrCsv', () => {
  it('reads a BambooHR-style export: combined names, ISO dates, statuses, teams from departments', async () => {
    const path = csv(BAMBOO);
    expect(await readCsvHeader(path)).toHaveLength(12);
    const r = await parseHrCsv(path, { today, fileLabel: 'bamboo.csv' });
    expect(r.issues).toEqual([]);
    expect(r.counts).toEqual({ rows: 3 });
    expect(r.input.source).toBe('hr-csv');
    const [grace, ada, alan] = r.input.people!;
    expect(grace).toMatchObject({
      email: 'grace.hopper@example.com',
      name: 'Grace Hopper',
      managerEmail: null,
    });
    expect(ada).toMatchObject({
      name: 'Ada Lovelace',
      externalId: '1002',
      managerEmail: 'grace.hopper@example.com',
      teams: ['payments-squad'],
      primaryTeam: 'payments-squad',
      status: 'active',
      startDate: '2020-03-02',
      origin: { file: 'bamboo.csv', row: 3 },
    });
    expect(alan).toMatchObject({
      title: 'Senior Engineer, Backend',
      status: 'leaver',
      endDate: '2025-12-31',
    });
    expect(r.input.teams).toEqual([
      {
        slug: 'engineering',
        name: 'Engineering',
        kind: 'team',
        origin: { file: 'bamboo.csv', row: 2 },
        referenceOnly: true,
      },
      {
        slug: 'payments-squad',
        name: 'Payments Squad',
        kind: 'team',
        origin: { file: 'bamboo.csv', row: 3 },
        referenceOnly: true,
      },
    ]);
  });

  it('handles a BOM, CRLF, quoted fields with line breaks, blank lines and counts rows like a spreadsheet', async () => {
    const text = [
      '\uFEFFemail,name,title,team,team_lead,role,work_mode,employment_type,github,other_emails',
      'a@example.com,Ann,"Staff Engineer\r\n(Platform)",Platform Team;payments,yes,TL,On-site,Full-Time,@ann-dev,ann@home.example; A@Example.com',
      '',
      'b@example.com,Bo,Engineer,platform-team,no,em,remote,contract,https://github.com/bo,',
      ',,,,,,,,,',
    ].join('\r\n');
    const r = await parseHrCsv(csv(`${text}\r\n`), { today });
    expect(r.issues).toEqual([]);
    expect(r.counts.rows).toBe(2);
    const [ann, bo] = r.input.people!;
    expect(ann).toMatchObject({
      title: 'Staff Engineer\r\n(Platform)',
      teams: ['platform-team', 'payments'],
      primaryTeam: 'platform-team',
      leads: ['platform-team'],
      role: 'tech lead',
      workMode: 'office',
      employmentType: 'employee',
      githubLogin: 'ann-dev',
      otherEmails: ['ann@home.example'],
      origin: { row: 2 },
    });
    expect(bo).toMatchObject({
      leads: [],
      role: 'engineering manager',
      employmentType: 'contractor',
      githubLogin: 'bo',
      otherEmails: [],
      origin: { row: 4 },
    });
    expect(r.input.teams!.map((t) => [t.slug, t.name])).toEqual([
      ['platform-team', 'Platform Team'],
      ['payments', 'payments'],
    ]);
  });

  it('reads semicolon-separated files (European spreadsheets)', async () => {
    const r = await parseHrCsv(csv('E-Mail;Name;Team\nx@example.com;Xu;"core;infra"\n'), { today });
    expect(r.issues).toEqual([]);
    expect(r.input.people![0]).toMatchObject({ email: 'x@example.com', teams: ['core', 'infra'] });
  });

  it('leaves columns the file does not have undefined and clears those it has empty', async () => {
    const r = await parseHrCsv(csv('email,name,title,team\nx@example.com,Xu,,\n'), { today });
    const [p] = r.input.people!;
    expect(p).toMatchObject({ title: null, teams: [], primaryTeam: null, status: 'active' });
    expect(p).not.toHaveProperty('level');
    expect(p).not.toHaveProperty('managerEmail');
    expect(p).not.toHaveProperty('leads');
  });

  it('derives the status from end_date when there is none, and takes the aliases', async () => {
    const r = await parseHrCsv(
      csv(
        [
          'email,name,end_date,status',
          'past@example.com,P,2026-01-31,',
          'future@example.com,F,2026-12-31,',
          'gone@example.com,G,,inactive',
          'odd@example.com,O,2025-01-01,active',
          'dt@example.com,D,2026-05-31T17:00:00Z,',
        ].join('\n'),
      ),
      { today },
    );
    expect(r.input.people!.map((p) => p.status)).toEqual(['leaver', 'active', 'leaver', 'active', 'leaver']);
    expect(r.input.people![4]!.endDate).toBe('2026-05-31');
    expect(r.issues).toEqual([
      expect.objectContaining({
        row: 5,
        field: 'status',
        severity: 'warning',
        message: expect.stringContaining('has passed'),
      }),
    ]);
  });

  it('validates each row, names file, row and header, and leaves failing rows out', async () => {
    const text = [
      'Work Email,Full Name,Hire Date,Termination Date,Role,Work Mode,Manager Email',
      'not-an-email,Nobody,2024-01-01,,engineer,remote,',
      'ok@example.com,Okay,2024-01-01,,engineer,remote,boss@elsewhere.example',
      'date@example.com,Date,03/04/2024,,engineer,remote,',
      'order@example.com,Order,2024-05-01,2024-04-30,engineer,remote,',
      'enum@example.com,Enum,2024-01-01,,wizard,moon,',
      'OK@example.com,Dup,2024-01-01,,engineer,remote,',
      'self@example.com,Self,2024-01-01,,engineer,remote,SELF@example.com',
      'feb@example.com,Feb,2023-02-29,,engineer,remote,',
      'noname@example.com,,,,,,',
    ].join('\n');
    const r = await parseHrCsv(csv(text), { today, fileLabel: 'hr.csv' });
    expect(r.input.people!.map((p) => p.email)).toEqual(['ok@example.com']);
    expect(r.counts.rows).toBe(9);
    const byRow = (row: number) => r.issues.filter((i) => i.row === row);
    expect(byRow(2)).toEqual([
      {
        file: 'hr.csv',
        row: 2,
        field: 'Work Email',
        message: '"not-an-email" is not an e-mail address.',
        severity: 'error',
      },
    ]);
    expect(byRow(3)).toEqual([
      expect.objectContaining({
        field: 'Manager Email',
        severity: 'warning',
        message: expect.stringContaining('not in this file'),
      }),
    ]);
    expect(byRow(4)[0]).toMatchObject({ field: 'Hire Date', message: expect.stringContaining('YYYY-MM-DD') });
    expect(byRow(5)[0]).toMatchObject({
      field: 'Termination Date',
      message: expect.stringContaining('before the start date'),
    });
    expect(byRow(6).map((i) => i.field)).toEqual(['Role', 'Work Mode']);
    expect(byRow(6)[0]!.message).toContain('engineering manager');
    expect(byRow(6)[1]!.message).toContain('remote, office, hybrid');
    expect(byRow(7)[0]).toMatchObject({
      field: 'Work Email',
      message: 'Duplicate e-mail ok@example.com: rows 3 and 7.',
    });
    expect(byRow(8)[0]).toMatchObject({
      field: 'Manager Email',
      message: expect.stringContaining('own manager'),
    });
    expect(byRow(9)[0]).toMatchObject({ field: 'Hire Date' });
    expect(byRow(10)[0]).toMatchObject({ field: 'Full Name', message: 'The name is empty.' });
  });

  it('finds reporting lines that loop, names the rows, and resolves managers given by another e-mail', async () => {
    const text = [
      'email,name,manager_email,other_emails',
      'a@example.com,A,c@example.com,',
      'b@example.com,B,a@example.com,',
      'c@example.com,C,b@example.com,',
      'd@example.com,D,e.private@example.net,',
      'e@example.com,E,,e.private@example.net',
      'f@example.com,F,b@example.com,',
    ].join('\n');
    const r = await parseHrCsv(csv(text), { today });
    const loop =
      'Reporting lines loop: row 2 (a@example.com) → row 4 (c@example.com) → row 3 (b@example.com) → row 2 (a@example.com).';
    expect(errors(r.issues)).toEqual(
      [2, 3, 4].map((row) => expect.objectContaining({ row, field: 'manager_email', message: loop })),
    );
    expect(r.issues.find((i) => i.row === 7)).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('row 3'),
    });
    expect(r.input.people!.map((p) => [p.email, p.managerEmail])).toEqual([
      ['d@example.com', 'e@example.com'],
      ['e@example.com', null],
      ['f@example.com', 'b@example.com'],
    ]);
  });

  it('refuses an address listed for two people', async () => {
    const text =
      'email,name,other_emails\na@example.com,A,b@example.com\nb@example.com,B,\nc@example.com,C,a2@x.io;zz\n';
    const r = await parseHrCsv(csv(text), { today });
    expect(errors(r.issues)).toEqual([
      expect.objectContaining({ row: 2, message: 'b@example.com is the e-mail of row 3.' }),
      expect.objectContaining({ row: 4, message: '"zz" is not an e-mail address.' }),
    ]);
  });

  it('names missing required columns once, with the headers found', async () => {
    const r = await parseHrCsv(csv('Mail Addr,Surname\nx@example.com,X\n'), { today });
    expect(r.issues).toEqual([
      {
        file: expect.any(String),
        row: 1,
        message:
          'Required columns not mapped: email, name (or first_name + last_name). Headers found: "Mail Addr", "Surname".',
        severity: 'error',
      },
    ]);
    expect(r.input.people).toEqual([]);
  });

  it('follows the mapping sent by the header-mapping step', async () => {
    const path = csv('Mail Addr,Who,Boss\nx@example.com,Xu,\ny@example.com,Yi,x@example.com\n');
    const r = await parseHrCsv(path, {
      today,
      mapping: { email: 'Mail Addr', name: 'who', manager_email: 'Boss' },
    });
    expect(r.issues).toEqual([]);
    expect(r.input.people!.map((p) => p.managerEmail)).toEqual([null, 'x@example.com']);
    const bad = await parseHrCsv(path, { today, mapping: { email: 'Mail Addr', name: 'Who', title: 'Job' } });
    expect(errors(bad.issues)[0]!.message).toContain('mapped to header "Job", which the file does not have');
  });

  it('reports a malformed file with its line number instead of throwing', async () => {
    const r = await parseHrCsv(csv('email,name\na@example.com,A\n\nb@example.com,"B\nc@example.com,C\n'), {
      today,
    });
    expect(r.issues).toEqual([
      expect.objectContaining({
        row: 4,
        message: expect.stringContaining('opened on line 4 is never closed'),
      }),
    ]);
    const shifted = await parseHrCsv(csv('email,name\na@example.com,Lovelace, Ada\n'), { today });
    expect(errors(shifted.issues)[0]!.message).toContain('3 cells but the header has 2');
    const empty = await parseHrCsv(csv(''), { today });
    expect(empty.issues[0]!.message).toContain('empty');
    const missing = await parseHrCsv(join(dir, 'nope.csv'), { today });
    expect(missing.issues[0]!.message).toContain('could not be read');
  });

  it('reports progress', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `p${i}@example.com,P ${i}`);
    const seen: number[] = [];
    const r = await parseHrCsv(csv(['email,name', ...rows].join('\n')), {
      today,
      onProgress: (x) => seen.push(x),
    });
    expect(r.input.people).toHaveLength(1200);
    expect(seen).toEqual([500, 1000, 1200]);
  });
});

describe('peopleToCsv', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    for (const c of ['+1', '-1', '@x']) expect(csvCell(c)).toBe(`'${c}`);
    expect(csvCell(null)).toBe('');
    const text = peopleToCsv([{ email: 'a@example.com', name: 'A' }]);
    expect(text.split('\r\n')[0]).toBe(
      'email,name,employee_id,title,level,role,manager_email,team,team_lead,location,work_mode,employment_type,start_date,end_date,status,other_emails,github,effective_date',
    );
    expect(text.endsWith('a@example.com,A,,,,,,,,,,,,,,,,\r\n')).toBe(true);
  });

  it('round-trips: export then parse gives the same people', async () => {
    const source = [
      'email,name,employee_id,title,level,role,manager_email,team,team_lead,location,work_mode,employment_type,start_date,end_date,status,other_emails,github,effective_date',
      'cto@example.com,"Hopper, Grace",E1,CTO,E8,cto,,Leadership,yes,Remote,remote,employee,2019-01-07,,active,,@grace,2024-01-01',
      'em@example.com,=Ada+,E2,"Manager ""Payments""",M1,engineering manager,cto@example.com,Payments;Platform Ops,yes,London,hybrid,employee,2020-03-02,,active,ada@home.example;ada@old.example,ada,',
      'ex@example.com,-Alan,,"Line one\nline two",@L5,engineer,em@example.com,payments,no,,office,contractor,2021-05-17,2025-12-31,leaver,,,',
    ].join('\n');
    const first = await parseHrCsv(csv(source), { today, fileLabel: 'people.csv' });
    expect(first.issues).toEqual([]);
    const exported = peopleToCsv(first.input.people!.map(personToExportRow));
    const second = await parseHrCsv(csv(exported), { today, fileLabel: 'people.csv' });
    expect(second.issues).toEqual([]);
    expect(second.input.people).toEqual(first.input.people);
    expect(second.input.people![1]).toMatchObject({ name: '=Ada+', level: 'M1', leads: ['payments'] });
    expect(second.input.people![2]).toMatchObject({
      name: '-Alan',
      level: '@L5',
      title: 'Line one\nline two',
    });
  });
});

describe('docs/import-formats.md', () => {
  const doc = readFileSync(new URL('../../../../docs/import-formats.md', import.meta.url), 'utf8');

  it('documents every column, in order', () => {
    const section = doc.slice(doc.indexOf('### Columns'), doc.indexOf('### Example'));
    const documented = [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(HR_COLUMNS.map((c) => c.name));
  });

  it('has an example file that imports cleanly', async () => {
    const example = /```csv\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const r = await parseHrCsv(csv(example), { today });
    expect(r.issues).toEqual([]);
    expect(r.input.people!.map((p) => [p.email, p.managerEmail, p.status])).toEqual([
      ['grace@example.com', null, 'active'],
      ['ada@example.com', 'grace@example.com', 'active'],
      ['alan@example.com', 'ada@example.com', 'leaver'],
    ]);
  });
});
