import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportIssue } from './delivery-input.js';
import { parseGenericDelivery } from './generic-delivery.js';

const dir = mkdtempSync(join(tmpdir(), 'qd-generic-bad-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(name: string, text: string | Buffer): string {
  n += 1;
  const sub = join(dir, String(n));
  const path = join(sub, name);
  mkdirSync(sub);
  writeFileSync(path, text);
  return path;
}
const lines = (...records: unknown[]) =>
  records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');
const errors = (issues: ImportIssue[]) => issues.filter((i) => i.severity === 'error');

const SHA = '14091a9f2461267ee7e02525b4f1f2923f1c9849';
const deployment = {
  type: 'deployment',
  id: 'd-1',
  environment: 'production',
  status: 'success',
  created_at: '2024-03-01T10:00:00Z',
};

describe('malformed CSV', () => {
  it('names missing required columns once, on the header row', async () => {
    const r = await parseGenericDelivery(file('deployments.csv', 'id,environment,sha\nd-1,prod,\n'));
    expect(r.issues).toEqual([
      {
        file: 'deployments.csv',
        row: 1,
        message:
          'Required columns for deployment records missing: status, created_at. Headers found: "id", "environment", "sha".',
        severity: 'error',
      },
    ]);
  });

  it('names the row and the column as the header writes it', async () => {
    const csv = [
      'ID,Environment,Status,Created At,Finished At,Rework,SHA',
      'd-1,production,success,2024-03-01T10:00:00Z,2024-03-01 10:05,,',
      'd-2,production,shipped,2024-03-01T10:00:00Z,,maybe,abc',
      'd-3,production,failure,2024-03-01T11:00:00Z,,,',
      'd-3,production,success,2024-03-01T11:00:00Z,,no,',
    ].join('\r\n');
    const r = await parseGenericDelivery(file('deployments.csv', csv));
    expect(r.issues.map((i) => [i.row, i.field, i.severity])).toEqual([
      [2, 'Finished At', 'error'],
      [3, 'SHA', 'error'],
      [3, 'Status', 'error'],
      [3, 'Rework', 'error'],
      [5, 'ID', 'warning'],
    ]);
    expect(r.issues[3]?.message).toBe('"maybe" is not true or false.');
    expect(r.issues[4]?.message).toBe(
      'Duplicate deployment d-3 (also at deployments.csv row 4); the last one wins.',
    );
    expect(r.input.deployments?.map((d) => [d.id, d.status, d.rework])).toEqual([['d-3', 'success', false]]);
  });

  it('names the column of a list cell with a bad value, and a non-number in a number column', async () => {
    const csv = [
      'repository,number,title,state,created_at,commits,additions',
      `acme/shop,12,Checkout,open,2024-03-01T10:00:00Z,${SHA} nothex,-3`,
      'acme/shop,twelve,Checkout,open,2024-03-01T10:00:00Z,,',
    ].join('\n');
    const r = await parseGenericDelivery(file('pull_requests.csv', csv));
    expect(r.issues.map((i) => [i.row, i.field, i.message])).toEqual([
      [2, 'additions', '-3 is negative; a count is 0 or more.'],
      [2, 'commits', '"nothex" is not a commit sha: only 0-9 and a-f are allowed.'],
      [3, 'number', '"twelve" is not a pull request number.'],
    ]);
  });

  it('reports extra cells, unclosed quotes, empty files and files of no known type', async () => {
    const extra = await parseGenericDelivery(
      file('incidents.csv', 'id,title,started_at\nINC-1,Checkout down, again,2024-03-01T10:00:00Z\n'),
    );
    expect(extra.issues).toEqual([
      {
        file: 'incidents.csv',
        row: 2,
        message: 'The row has 4 cells but the header has 3; a value with a separator may lack its quotes.',
        severity: 'error',
      },
    ]);
    const quote = await parseGenericDelivery(
      file(
        'incidents.csv',
        'id,title,started_at\nINC-1,"Checkout down,2024-03-01T10:00:00Z\nINC-2,x,2024-03-01T10:00:00Z\n',
      ),
    );
    expect(quote.issues).toEqual([
      {
        file: 'incidents.csv',
        row: 2,
        message: 'Malformed CSV: the quoted field opened on line 2 is never closed.',
        severity: 'error',
      },
    ]);
    const empty = await parseGenericDelivery(file('commits.csv', ''));
    expect(empty.issues).toEqual([
      { file: 'commits.csv', row: 1, message: 'The file is empty: no header row.', severity: 'error' },
    ]);
    const unknown = await parseGenericDelivery(file('export.csv', 'when,what\n2024-03-01,deploy\n'));
    expect(unknown.issues[0]).toMatchObject({
      file: 'export.csv',
      row: 1,
      message: expect.stringContaining('Cannot tell which record type'),
    });
    const badType = await parseGenericDelivery(file('export.csv', 'id\n1\n'), { type: 'builds' });
    expect(badType.issues[0]?.message).toBe(
      '"builds" is not a record type. Types: repository, commit, pull_request, review, comment, deployment, incident.',
    );
  });

  it('reports a key repeated across files with the file and row of the first', async () => {
    const a = file(
      'deployments.csv',
      'id,environment,status,created_at\nd-1,production,success,2024-03-01T10:00:00Z\n',
    );
    const b = file('more.jsonl', lines({ ...deployment, status: 'failure' }));
    const r = await parseGenericDelivery([a, b]);
    expect(r.issues).toEqual([
      {
        file: 'more.jsonl',
        row: 1,
        field: 'id',
        message: 'Duplicate deployment d-1 (also at deployments.csv row 2); the last one wins.',
        severity: 'warning',
      },
    ]);
    expect(r.input.deployments?.[0]?.status).toBe('failure');
  });

  it('reports damaged gzip and missing files', async () => {
    const gz = gzipSync(Buffer.from(lines(deployment, deployment)));
    const cut = await parseGenericDelivery(file('d.jsonl.gz', gz.subarray(0, gz.length - 12)));
    expect(errors(cut.issues)).toEqual([
      {
        file: 'd.jsonl.gz',
        row: expect.any(Number),
        message: expect.stringMatching(/^The gzip data is damaged or cut short/),
        severity: 'error',
      },
    ]);
    const missing = await parseGenericDelivery(join(dir, 'nope.jsonl'));
    expect(missing.issues).toEqual([
      { file: 'nope.jsonl', row: 1, message: 'The file does not exist.', severity: 'error' },
    ]);
  });
});
