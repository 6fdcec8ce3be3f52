import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeliveryInput } from './delivery-input.js';
import {
  GENERIC_DELIVERY_JSON_SCHEMA,
  GENERIC_RECORD_TYPES,
  GenericDeliveryRecord,
  genericRequiredFields,
  parseGenericDelivery,
  parseGenericDeliveryStream,
  typeFromFileName,
  typeFromHeaders,
} from './generic-delivery.js';

const fixtures = fileURLToPath(new URL('./fixtures/generic/', import.meta.url));
const jsonl = join(fixtures, 'delivery.jsonl');
const csvDir = join(fixtures, 'csv');
const dir = mkdtempSync(join(tmpdir(), 'qd-generic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The input without origins (which name the file and row), to compare two forms of the same data. */
function withoutOrigins(input: DeliveryInput): unknown {
  return JSON.parse(JSON.stringify(input, (key, value) => (key === 'origin' ? undefined : value)));
}

describe('the generic format as JSON lines', () => {
  it('reads every record type from a realistic file', async () => {
    const r = await parseGenericDelivery(jsonl);
    expect(r.issues).toEqual([]);
    expect(r.counts).toEqual({
      records: 21,
      repositories: 3,
      commits: 6,
      'pull requests': 2,
      reviews: 3,
      comments: 2,
      deployments: 3,
      incidents: 2,
    });
    const { input } = r;
    expect(input.source).toBe('generic');
    expect(input.repositories?.map((x) => x.name)).toEqual([
      'acme/shop',
      'acme/payments',
      'acme/platform/infra',
    ]);
    expect(input.repositories?.[2]).toMatchObject({
      defaultBranch: 'trunk',
      origin: { file: 'delivery.jsonl', row: 3 },
    });

    const [root, cart, fix, merge] = input.commits ?? [];
    expect(root).toMatchObject({
      parents: [],
      authoredAt: '2024-02-26T08:12:00Z',
      additions: 412,
      filesChanged: 18,
    });
    expect(cart).toMatchObject({
      author: { email: 'grace@acme.example', login: 'ghopper', name: 'Grace Hopper' },
      committedAt: '2024-02-27T14:03:41Z',
      trailers: [
        { key: 'Co-authored-by', value: 'Alan Turing <alan@acme.example>' },
        { key: 'Assisted-by', value: 'Copilot' },
      ],
      coAuthors: [{ name: 'Alan Turing', email: 'alan@acme.example' }],
      origin: { file: 'delivery.jsonl', row: 5 },
    });
    // A blank line is skipped but counted: the next record is on line 7; upper-case shas are lower-cased.
    expect(fix).toMatchObject({
      sha: 'a9606eaa30208bcbfec2a6176da710daf6a0f848',
      authoredAt: '2024-02-28T13:30:00Z',
      committer: { email: 'noreply@github.com', name: 'GitHub' },
      origin: { row: 7 },
    });
    expect(merge?.parents).toHaveLength(2);
    expect(merge).toMatchObject({
      additions: null,
      deletions: null,
      filesChanged: null,
      committer: undefined,
    });

    const [shopPr, payPr] = input.pullRequests ?? [];
    expect(shopPr).toMatchObject({
      number: 42,
      state: 'merged',
      mergedAt: '2024-02-29T10:00:00Z',
      labels: ['feature', 'frontend'],
      commits: ['8bfb4e1aa590eab8f08f837b97acf5803a5737ed'],
      linkedIssueLabels: ['story'],
    });
    expect(shopPr?.reviews).toEqual([
      {
        id: 'PRR_kwDOA1',
        reviewer: { email: null, login: 'aturing', name: null },
        state: 'changes_requested',
        submittedAt: '2024-02-28T09:00:00Z',
      },
      {
        id: 'PRR_kwDOA2',
        reviewer: { email: 'alan@acme.example', login: 'aturing', name: null },
        state: 'approved',
        submittedAt: '2024-02-29T09:40:00Z',
      },
    ]);
    expect(shopPr?.comments).toEqual([
      {
        id: 'IC_kwDOB1',
        author: { email: null, login: 'aturing', name: null },
        createdAt: '2024-02-28T08:55:00Z',
      },
    ]);
    expect(payPr).toMatchObject({ state: 'open', draft: true, mergedAt: null, closedAt: null });
    expect(payPr?.comments?.[0]?.createdAt).toBe('2024-03-01T09:15:00Z');
    // A review of a pull request that is not in the file is kept apart, for a pull request stored earlier.
    expect(r.detachedReviews).toEqual([
      expect.objectContaining({
        repository: 'acme/shop',
        pullRequest: 40,
        id: 'PRR_kwDOA0',
        state: 'commented',
      }),
    ]);
    expect(r.detachedComments).toEqual([]);

    const [prod, eu, staging] = input.deployments ?? [];
    expect(prod).toMatchObject({
      id: 'gh-deploy-9001',
      environment: 'production',
      status: 'success',
      rework: false,
    });
    expect(eu).toMatchObject({
      service: 'component:default/payments',
      environment: 'eu-prod-1',
      status: 'failure',
      createdAt: '2024-03-01T11:00:00Z',
      finishedAt: '2024-03-01T11:04:00Z',
      rework: null,
    });
    expect(staging).toMatchObject({ status: 'in_progress', startedAt: null, rework: true });
    expect(input.incidents).toEqual([
      expect.objectContaining({
        id: 'INC-311',
        status: 'resolved',
        resolvedAt: '2024-02-29T12:47:00Z',
        deploymentId: 'gh-deploy-9001',
      }),
      expect.objectContaining({
        id: 'INC-312',
        status: 'open',
        resolvedAt: null,
        changeRelated: false,
        startedAt: '2024-03-01T12:10:00Z',
      }),
    ]);
  });

  it('reads a gzip file, by its name or by its first bytes', async () => {
    const plain = await parseGenericDelivery(jsonl);
    const gz = join(dir, 'delivery.jsonl.gz');
    writeFileSync(gz, gzipSync(readFileSync(jsonl)));
    const fromGz = await parseGenericDelivery(gz);
    expect(fromGz.issues).toEqual([]);
    expect(withoutOrigins(fromGz.input)).toEqual(withoutOrigins(plain.input));
    expect(fromGz.input.commits?.[0]?.origin).toEqual({ file: 'delivery.jsonl.gz', row: 4 });
    const unnamed = join(dir, 'export.data');
    writeFileSync(unnamed, gzipSync(readFileSync(jsonl)));
    expect(withoutOrigins((await parseGenericDelivery(unnamed)).input)).toEqual(withoutOrigins(plain.input));
  });

  it('reads a stream, such as an upload', async () => {
    const lines = readFileSync(jsonl, 'utf8').split('\n').slice(17, 20).join('\n');
    const r = await parseGenericDeliveryStream(Readable.from([Buffer.from(lines)]), {
      file: 'upload',
      source: 'ci',
    });
    expect(r.issues).toEqual([]);
    expect(r.input.source).toBe('ci');
    expect(r.input.deployments?.map((d) => d.id)).toEqual([
      'gh-deploy-9001',
      'argo-pay-77',
      'gh-deploy-9002',
    ]);
  });
});

describe('the generic format as CSV', () => {
  it('reads a folder of one CSV per type into the same input as the JSON lines', async () => {
    const fromCsv = await parseGenericDelivery(csvDir);
    expect(fromCsv.issues).toEqual([]);
    const fromJsonl = await parseGenericDelivery(jsonl);
    expect(withoutOrigins(fromCsv.input)).toEqual(withoutOrigins(fromJsonl.input));
    expect(fromCsv.counts).toEqual({ ...fromJsonl.counts, records: 21 });
    expect(fromCsv.detachedReviews.map((x) => x.origin)).toEqual([{ file: 'reviews.csv', row: 4 }]);
    // Rows as a spreadsheet shows them: the header is row 1, a quoted cell over two lines is one row, blank lines count.
    expect(fromCsv.input.commits?.map((c) => c.origin?.row)).toEqual([2, 3, 5, 6, 7, 8]);
  });

  it('reads semicolon-separated CRLF files, headers in any spelling and value-list synonyms', async () => {
    const r = await parseGenericDelivery([join(csvDir, 'deployments.csv'), join(csvDir, 'incidents.csv')]);
    expect(r.issues).toEqual([]);
    expect(r.input.deployments?.map((d) => [d.id, d.status, d.rework])).toEqual([
      ['gh-deploy-9001', 'success', false],
      ['argo-pay-77', 'failure', null],
      ['gh-deploy-9002', 'in_progress', true],
    ]);
    expect(r.input.incidents?.[0]).toMatchObject({
      status: 'resolved',
      url: 'https://acme.pagerduty.example/incidents/INC-311',
    });
  });

  it('takes the type from the option, else the file name, else the headers', async () => {
    expect(typeFromFileName('deployments.csv')).toBe('deployment');
    expect(typeFromFileName('/exports/2024-03-pull-requests.csv.gz')).toBe('pull_request');
    expect(typeFromFileName('acme_shop_PRs.csv')).toBe('pull_request');
    expect(typeFromFileName('merge_requests.tsv')).toBe('pull_request');
    expect(typeFromFileName('export.csv')).toBeNull();
    expect(typeFromHeaders(['id', 'environment', 'status', 'created_at', 'name'])).toBe('deployment');
    expect(typeFromHeaders(['Repository', 'Pull Request', 'ID', 'State', 'Submitted At'])).toBe('review');
    expect(typeFromHeaders(['repository', 'pull_request', 'id', 'created_at'])).toBe('comment');
    expect(typeFromHeaders(['name', 'url', 'default_branch'])).toBe('repository');
    expect(typeFromHeaders(['foo', 'bar'])).toBeNull();

    const unnamed = join(dir, 'export.csv');
    writeFileSync(unnamed, readFileSync(join(csvDir, 'incidents.csv')));
    expect((await parseGenericDelivery(unnamed)).input.incidents).toHaveLength(2);
    const gz = join(dir, 'ops-export.csv.gz');
    writeFileSync(gz, gzipSync(readFileSync(join(csvDir, 'reviews.csv'))));
    const r = await parseGenericDelivery(gz, { type: 'review' });
    expect(r.issues).toEqual([]);
    expect(r.detachedReviews).toHaveLength(3);
    expect(r.detachedReviews[0]?.origin).toEqual({ file: 'ops-export.csv.gz', row: 2 });
  });
});

describe('the JSON Schema of the format', () => {
  const schema = GENERIC_DELIVERY_JSON_SCHEMA as {
    oneOf: { properties: Record<string, Record<string, unknown>>; required: string[] }[];
  };

  it('has one member per record type, told apart by type, with formats, patterns and value lists', () => {
    expect(schema.oneOf.map((s) => s.properties.type?.const)).toEqual([...GENERIC_RECORD_TYPES]);
    const deployment = schema.oneOf[5]!;
    expect(deployment.required).toEqual(['type', ...genericRequiredFields('deployment')]);
    expect(deployment.properties.created_at).toMatchObject({ type: 'string', format: 'date-time' });
    expect(deployment.properties.status?.enum).toEqual([
      'success',
      'failure',
      'error',
      'cancelled',
      'in_progress',
      'queued',
    ]);
    const commit = schema.oneOf[1]!;
    expect(commit.properties.sha?.pattern).toBe('^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$');
    expect(commit.properties.additions?.anyOf).toContainEqual(
      expect.objectContaining({ type: 'integer', minimum: 0 }),
    );
  });

  it('accepts the example file but for the spellings only the reader forgives', () => {
    const lines = readFileSync(jsonl, 'utf8').split('\n');
    const refused = lines.flatMap((line, i) =>
      line.trim() && !GenericDeliveryRecord.safeParse(JSON.parse(line)).success ? [i + 1] : [],
    );
    // Line 13 writes CHANGES_REQUESTED (GitHub's spelling), line 19 the status "failed".
    expect(refused).toEqual([13, 19]);
  });
});
