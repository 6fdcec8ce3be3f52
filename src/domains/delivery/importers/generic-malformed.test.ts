import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportIssue } from './delivery-input.js';
import { parseGenericDelivery } from './generic-delivery.js';

const dir = mkdtempSync(join(tmpdir(), 'qd-generic-bad-'));
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
const where = (issues: ImportIssue[]) => issues.map((i) => [i.file, i.row, i.field, i.severity]);

const SHA = '14091a9f2461267ee7e02525b4f1f2923f1c9849';
const deployment = {
  type: 'deployment',
  id: 'd-1',
  environment: 'production',
  status: 'success',
  created_at: '2024-03-01T10:00:00Z',
};
const commit = {
  type: 'commit',
  repository: 'acme/shop',
  sha: SHA,
  authored_at: '2024-03-01T10:00:00Z',
  subject: 'Fix checkout',
};

describe('malformed JSON lines', () => {
  it('names the line of invalid JSON, a line that is no object, and a missing or unknown type', async () => {
    const path = file(
      'bad.jsonl',
      lines(deployment, '{"type": "deployment", "id": ', '42', { id: 'x' }, { ...deployment, type: 'build' }),
    );
    const r = await parseGenericDelivery(path);
    expect(r.issues).toEqual([
      { file: 'bad.jsonl', row: 2, message: expect.stringMatching(/^Invalid JSON: /), severity: 'error' },
      {
        file: 'bad.jsonl',
        row: 3,
        message: 'Each line must be a JSON object with a "type"; this one is 42.',
        severity: 'error',
      },
      {
        file: 'bad.jsonl',
        row: 4,
        field: 'type',
        message: expect.stringContaining('The record has no type.'),
        severity: 'error',
      },
      {
        file: 'bad.jsonl',
        row: 5,
        field: 'type',
        message:
          '"build" is not a record type. Types: repository, commit, pull_request, review, comment, deployment, incident.',
        severity: 'error',
      },
    ]);
    expect(r.input.deployments).toHaveLength(1);
  });

  it('explains a JSON array instead of JSON lines', async () => {
    const r = await parseGenericDelivery(file('all.json', `[\n${JSON.stringify(deployment)}\n]`));
    expect(r.issues[0]).toMatchObject({ row: 1, message: expect.stringContaining('one JSON array') });
  });

  it('reports a missing required field, naming it', async () => {
    const { environment: _e, ...noEnvironment } = deployment;
    const r = await parseGenericDelivery(
      file('d.jsonl', lines(noEnvironment, { ...commit, subject: undefined })),
    );
    expect(r.issues).toEqual([
      {
        file: 'd.jsonl',
        row: 1,
        field: 'environment',
        message: 'The environment is missing.',
        severity: 'error',
      },
      { file: 'd.jsonl', row: 2, field: 'subject', message: 'The subject is missing.', severity: 'error' },
    ]);
    expect(r.input.deployments).toBeUndefined();
  });

  it('refuses timestamps without a zone, dates alone and days that do not exist', async () => {
    const r = await parseGenericDelivery(
      file(
        't.jsonl',
        lines(
          { ...deployment, created_at: '2024-03-01 10:00' },
          { ...deployment, id: 'd-2', created_at: '2024-03-01' },
          { ...deployment, id: 'd-3', created_at: '2024-02-30T10:00:00Z' },
          { ...deployment, id: 'd-4', created_at: '1 March 2024' },
          {
            ...deployment,
            id: 'd-5',
            created_at: '2024-03-01T10:00:00+0100',
            finished_at: '2024-03-01 09:30:00 +00:00',
          },
        ),
      ),
    );
    expect(where(r.issues)).toEqual([
      ['t.jsonl', 1, 'created_at', 'error'],
      ['t.jsonl', 2, 'created_at', 'error'],
      ['t.jsonl', 3, 'created_at', 'error'],
      ['t.jsonl', 4, 'created_at', 'error'],
      ['t.jsonl', 5, 'finished_at', 'error'],
    ]);
    expect(r.issues[0]?.message).toBe(
      '"2024-03-01 10:00" has no time zone, so the instant is ambiguous; write an ISO 8601 timestamp with a time zone, such as 2024-03-01T09:30:00Z or 2024-03-01T10:30:00+01:00.',
    );
    expect(r.issues[1]?.message).toContain('a date without a time');
  });

  it('refuses shas that are not hex or not whole, naming the list item', async () => {
    const r = await parseGenericDelivery(
      file(
        'c.jsonl',
        lines(
          { ...commit, sha: 'g4091a9f2461267ee7e02525b4f1f2923f1c9849' },
          { ...commit, parents: [SHA, '14091a9'] },
        ),
      ),
    );
    expect(r.issues).toEqual([
      {
        file: 'c.jsonl',
        row: 1,
        field: 'sha',
        message:
          '"g4091a9f2461267ee7e02525b4f1f2923f1c9849" is not a commit sha: only 0-9 and a-f are allowed.',
        severity: 'error',
      },
      {
        file: 'c.jsonl',
        row: 2,
        field: 'parents[1]',
        message: '"14091a9" has 7 hex characters; a full commit sha has 40 (or 64 for SHA-256).',
        severity: 'error',
      },
    ]);
  });

  it('refuses negative and fractional counts and values outside a list, listing the allowed ones', async () => {
    const r = await parseGenericDelivery(
      file(
        'v.jsonl',
        lines(
          { ...commit, additions: -5, files_changed: 1.5 },
          { ...deployment, status: 'shipped' },
          {
            type: 'review',
            repository: 'acme/shop',
            pull_request: 4,
            id: 'r1',
            state: 'lgtm',
            submitted_at: '2024-03-01T10:00:00Z',
          },
        ),
      ),
    );
    expect(r.issues).toEqual([
      {
        file: 'v.jsonl',
        row: 1,
        field: 'additions',
        message: '-5 is negative; a count is 0 or more.',
        severity: 'error',
      },
      {
        file: 'v.jsonl',
        row: 1,
        field: 'files_changed',
        message: '1.5 is not a whole number.',
        severity: 'error',
      },
      {
        file: 'v.jsonl',
        row: 2,
        field: 'status',
        message:
          '"shipped" is not a known deployment status. Allowed: success, failure, error, cancelled, in_progress, queued.',
        severity: 'error',
      },
      {
        file: 'v.jsonl',
        row: 3,
        field: 'state',
        message:
          '"lgtm" is not a known review state. Allowed: approved, changes_requested, commented, dismissed.',
        severity: 'error',
      },
    ]);
  });

  it('requires the repository and pull request number of a review or comment', async () => {
    const review = { type: 'review', id: 'r1', state: 'approved', submitted_at: '2024-03-01T10:00:00Z' };
    const r = await parseGenericDelivery(
      file(
        'r.jsonl',
        lines(
          { ...review, repository: 'acme/shop' },
          { ...review, pull_request: 12 },
          {
            type: 'comment',
            repository: 'shop',
            pull_request: '12',
            id: 'c1',
            created_at: '2024-03-01T10:00:00Z',
          },
        ),
      ),
    );
    expect(r.issues).toEqual([
      {
        file: 'r.jsonl',
        row: 1,
        field: 'pull_request',
        message: 'The pull request number is missing.',
        severity: 'error',
      },
      {
        file: 'r.jsonl',
        row: 2,
        field: 'repository',
        message: 'The repository is missing.',
        severity: 'error',
      },
      {
        file: 'r.jsonl',
        row: 3,
        field: 'repository',
        message: '"shop" is not a repository written owner/name (such as acme/shop).',
        severity: 'error',
      },
      {
        file: 'r.jsonl',
        row: 3,
        field: 'pull_request',
        message: '"12" is not a pull request number.',
        severity: 'error',
      },
    ]);
  });

  it('checks fields against each other: merged needs merged_at, resolved needs resolved_at, times in order', async () => {
    const pr = {
      type: 'pull_request',
      repository: 'acme/shop',
      number: 5,
      title: 'T',
      created_at: '2024-03-01T10:00:00Z',
    };
    const incident = { type: 'incident', id: 'INC-1', title: 'Down', started_at: '2024-03-01T10:00:00Z' };
    const r = await parseGenericDelivery(
      file(
        'x.jsonl',
        lines(
          { ...pr, state: 'merged' },
          { ...pr, number: 6, state: 'merged', merged_at: '2024-03-01T09:00:00Z' },
          { ...incident, status: 'resolved' },
          { ...incident, id: 'INC-2', resolved_at: '2024-03-01T09:59:00+00:00' },
          { ...incident, id: 'INC-3', status: 'open', resolved_at: '2024-03-01T11:00:00Z' },
        ),
      ),
    );
    expect(r.issues.map((i) => [i.row, i.field, i.severity, i.message])).toEqual([
      [1, 'merged_at', 'error', 'A merged pull request needs merged_at.'],
      [2, 'merged_at', 'error', 'merged_at 2024-03-01T09:00:00Z is before created_at 2024-03-01T10:00:00Z.'],
      [3, 'resolved_at', 'error', 'A resolved incident needs resolved_at (the time service was restored).'],
      [
        4,
        'resolved_at',
        'error',
        'resolved_at 2024-03-01T09:59:00Z is before started_at 2024-03-01T10:00:00Z.',
      ],
      [5, 'status', 'warning', 'The incident is open but has resolved_at; it is kept open.'],
    ]);
    expect(r.input.incidents?.map((i) => [i.id, i.status])).toEqual([['INC-3', 'open']]);
  });

  it('warns about a key seen twice and keeps the last one; warns about unknown fields', async () => {
    const r = await parseGenericDelivery(
      file('dup.jsonl', lines(deployment, { ...deployment, status: 'failure', colour: 'red' })),
    );
    expect(r.issues).toEqual([
      {
        file: 'dup.jsonl',
        row: 2,
        field: 'colour',
        message: expect.stringMatching(/^Unknown field "colour" for a deployment, ignored/),
        severity: 'warning',
      },
      {
        file: 'dup.jsonl',
        row: 2,
        field: 'id',
        message: 'Duplicate deployment d-1 (also at dup.jsonl line 1); the last one wins.',
        severity: 'warning',
      },
    ]);
    expect(r.input.deployments?.map((d) => d.status)).toEqual(['failure']);
  });
});
