import { describe, expect, it } from 'vitest';
import { parseDay, parseInstant, parseToolSeatsCsv, parseToolsCsv } from './tool-csv.js';

const HEADER =
  'vendor,product,category,plan,contract_start,contract_end,renewal_date,notice_days,auto_renew,annual_cost,currency,seats_bought,owner_email,teams,notes';

describe('the tools CSV', () => {
  it('reads a good register with every column', () => {
    const text = `\uFEFF${HEADER}\r\nAtlassian,Jira Software,Project-Tracking,Standard,2026-01-01,2026-12-31,2027-01-01,60,yes,"12,000.00",usd,100,Ana@Acme.example,platform; payments ;platform,"Notes, with a comma"\r\n`;
    // The thousands separator is refused, everything else read.
    expect(parseToolsCsv(text, 'tools.csv').issues).toEqual([
      expect.objectContaining({ file: 'tools.csv', row: 2, field: 'annual_cost', severity: 'error' }),
    ]);
    const ok = parseToolsCsv(text.replace('"12,000.00"', '12000.00'), 'tools.csv');
    expect(ok.issues).toEqual([]);
    expect(ok.rows).toEqual([
      {
        row: 2,
        vendor: 'Atlassian',
        product: 'Jira Software',
        category: 'project-tracking',
        plan: 'Standard',
        contractStart: '2026-01-01',
        contractEnd: '2026-12-31',
        renewalDate: '2027-01-01',
        noticeDays: 60,
        autoRenew: true,
        annualCost: '12000.00',
        currency: 'USD',
        seatsBought: 100,
        ownerEmail: 'ana@acme.example',
        teams: ['platform', 'payments'],
        notes: 'Notes, with a comma',
      },
    ]);
  });

  it('leaves fields of missing columns undefined and clears empty cells', () => {
    const { rows, issues } = parseToolsCsv(
      'Vendor,Product,Category,Seats Bought\nSlack,Slack,communication,\n',
      'f.csv',
    );
    expect(issues).toEqual([]);
    expect(rows[0]).toEqual({
      row: 2,
      vendor: 'Slack',
      product: 'Slack',
      category: 'communication',
      seatsBought: null,
    });
  });

  it('names file, row and column of every error', () => {
    const text = [
      HEADER,
      'A,B,gadgets,,2026-02-30,2025-01-01,tomorrow,-3,maybe,abc,euro,ten,not-an-email,Bad_Slug,',
      ',,other,,,,,,,,,,,,',
      'A,C,other,,2026-05-01,2026-04-01,,,,,,,,,',
      'a,c,other,,,,,,,,,,,,',
    ].join('\n');
    const { rows, issues } = parseToolsCsv(text, 'bad.csv');
    expect(rows).toEqual([]);
    expect(issues.map((i) => `${i.row}:${i.field}`)).toEqual([
      '2:category',
      '2:contract_start',
      '2:renewal_date',
      '2:notice_days',
      '2:seats_bought',
      '2:auto_renew',
      '2:annual_cost',
      '2:currency',
      '2:owner_email',
      '2:teams',
      '3:vendor',
      '3:product',
      '4:contract_end',
      '5:product',
    ]);
    expect(issues.every((i) => i.file === 'bad.csv' && i.severity === 'error')).toBe(true);
    expect(issues.find((i) => i.field === 'category')!.message).toMatch(/Unknown category "gadgets"/);
  });

  it('refuses a file without the required columns, and warns about unknown ones', () => {
    expect(parseToolsCsv('vendor,product,colour\nA,B,red\n', 'x.csv').issues).toEqual([
      expect.objectContaining({ row: 1, field: 'colour', severity: 'warning' }),
      expect.objectContaining({ row: 1, field: 'category', severity: 'error' }),
    ]);
    expect(parseToolsCsv('', 'empty.csv').issues[0]).toMatchObject({ row: 1, severity: 'error' });
  });
});

describe('the seats CSV', () => {
  it('reads seats, never-used ones and date-times, keeping the latest of duplicates', () => {
    const text = [
      'tool,email,last_active',
      'GitHub/GitHub Copilot,Ana@Acme.example,2026-11-02',
      'Slack,bo@acme.example,2026-11-20T09:30:00+01:00',
      'Slack,cy@acme.example,',
      'slack,BO@acme.example,2026-11-21 10:00',
    ].join('\n');
    const { rows, issues } = parseToolSeatsCsv(text, 'seats.csv');
    expect(rows).toEqual([
      {
        row: 2,
        tool: 'GitHub/GitHub Copilot',
        email: 'ana@acme.example',
        lastActive: '2026-11-02T00:00:00.000Z',
      },
      { row: 3, tool: 'Slack', email: 'bo@acme.example', lastActive: '2026-11-21T10:00:00.000Z' },
      { row: 4, tool: 'Slack', email: 'cy@acme.example', lastActive: null },
    ]);
    expect(issues).toEqual([expect.objectContaining({ row: 5, field: 'email', severity: 'warning' })]);
  });

  it('names bad e-mails and dates', () => {
    const { rows, issues } = parseToolSeatsCsv(
      'tool,email,last_active\nSlack,nobody,2026-11-31\n,a@b.example,\n',
      's.csv',
    );
    expect(rows).toEqual([]);
    expect(issues.map((i) => `${i.row}:${i.field}`)).toEqual(['2:email', '2:last_active', '3:tool']);
  });
});

describe('dates', () => {
  it('accepts real calendar days and date-times only', () => {
    expect(parseDay('2028-02-29')).toBe('2028-02-29');
    expect(parseDay('2027-02-29')).toBeNull();
    expect(parseDay('2027-1-5')).toBeNull();
    expect(parseInstant('2026-11-02T09:30:00Z')).toBe('2026-11-02T09:30:00.000Z');
    expect(parseInstant('2026-11-02T25:30:00Z')).toBeNull();
    expect(parseInstant('yesterday')).toBeNull();
  });
});
