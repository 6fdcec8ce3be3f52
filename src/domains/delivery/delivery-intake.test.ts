/**
 * Bringing delivery data in: the generic import (files), the intake API for CI systems and incident
 * tools, and the DevLake-compatible webhooks. All or nothing, errors naming the item and field,
 * re-sending the same data changes nothing, and only leaders' tokens may write.
 */

import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportRejected } from '../../platform/imports/import-report.js';
import { runImport } from '../../platform/imports/imports.service.js';
import { type Client, startTestPlatform, type TestPlatform } from '../../platform/testing.js';

const FIXTURES = new URL('./importers/fixtures/generic/', import.meta.url).pathname;
const SHA = 'dc76e9f0c0006e8f919e0c515c66dbba3982f785';
const dir = mkdtempSync(join(tmpdir(), 'qd-intake-'));
let t: TestPlatform;
let exec: Client;
const actor = { userId: null, label: 'test' };

const count = async (
  table: 'deployments' | 'incidents' | 'commits' | 'pull_requests' | 'pull_request_reviews',
) =>
  Number(
    (
      await t.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await startTestPlatform();
  exec = await t.signIn('executive');
});

afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the generic import', () => {
  it('imports every record type from JSON lines, and again changes nothing', async () => {
    // The fixture also reviews pull requests imported earlier (#40, payments #7): left out here.
    const file = join(dir, 'delivery.jsonl');
    const lines = readFileSync(join(FIXTURES, 'delivery.jsonl'), 'utf8').split('\n');
    writeFileSync(file, lines.filter((l) => !/"pull_request":(40|7),/.test(l)).join('\n'));
    const run = () =>
      runImport(t.ctx.db, t.ctx.registry, actor, {
        kind: 'delivery',
        path: file,
        options: {},
        preview: false,
      });
    const first = await run();
    expect(first.counts.commits).toBeGreaterThan(0);
    const before = await Promise.all(
      (['deployments', 'incidents', 'commits', 'pull_requests', 'pull_request_reviews'] as const).map(count),
    );
    expect(before.every((n) => n > 0)).toBe(true);
    await run();
    expect(
      await Promise.all(
        (['deployments', 'incidents', 'commits', 'pull_requests', 'pull_request_reviews'] as const).map(
          count,
        ),
      ),
    ).toEqual(before);
  });

  it('refuses reviews of a pull request it does not know, naming the row, and writes nothing', async () => {
    const file = join(dir, 'reviews.csv');
    writeFileSync(
      file,
      'repository,pull_request,id,reviewer_login,state,submitted_at\nacme/shop,9999,r-x,ghopper,approved,2024-03-01T10:00:00Z\n',
    );
    const reviews = await count('pull_request_reviews');
    const err = await runImport(t.ctx.db, t.ctx.registry, actor, {
      kind: 'delivery',
      path: file,
      options: {},
      preview: false,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    expect((err as ImportRejected).issues[0]).toMatchObject({
      file: 'reviews.csv',
      row: 2,
      field: 'pull_request',
    });
    expect(await count('pull_request_reviews')).toBe(reviews);
  });

  it('reads a folder of CSV files, one per record type', async () => {
    const csv = join(dir, 'csv');
    mkdirSync(csv);
    for (const f of readdirSync(join(FIXTURES, 'csv'))) copyFileSync(join(FIXTURES, 'csv', f), join(csv, f));
    // The same data as the JSON lines file, with its review of #40, a pull request never imported: refused.
    const err = await runImport(t.ctx.db, t.ctx.registry, actor, {
      kind: 'delivery',
      path: csv,
      options: {},
      preview: false,
    }).catch((e: unknown) => e);
    expect((err as ImportRejected).issues.map((i) => [i.file, i.row, i.field])).toEqual([
      ['reviews.csv', 4, 'pull_request'],
    ]);
  });
});

describe('the intake API', () => {
  it('records a deployment from a CI system, and the same request again changes nothing', async () => {
    const body = {
      id: 'build-1',
      service: 'shop',
      repository: 'acme/shop',
      environment: 'production',
      status: 'success',
      sha: SHA,
      created_at: '2024-03-05T10:00:00Z',
      finished_at: '2024-03-05T10:04:00Z',
    };
    const before = await count('deployments');
    const res = await exec.request({
      method: 'POST',
      url: '/api/v1/delivery/deployments?source=jenkins',
      payload: body,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().counts.deployments).toBe(1);
    await exec.request({ method: 'POST', url: '/api/v1/delivery/deployments?source=jenkins', payload: body });
    expect(await count('deployments')).toBe(before + 1);
  });

  it('refuses a bad item, naming it and its field, and writes nothing of the request', async () => {
    const before = await count('deployments');
    const res = await exec.request({
      method: 'POST',
      url: '/api/v1/delivery/deployments',
      payload: [
        { id: 'ok', environment: 'production', status: 'success', created_at: '2024-03-05T10:00:00Z' },
        { id: 'bad', environment: 'production', status: 'exploded', created_at: '2024-03-05 10:00' },
      ],
    });
    expect(res.statusCode).toBe(422);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toContain('request body line 2, field status');
    expect(fields).toContain('request body line 2, field created_at');
    expect(await count('deployments')).toBe(before);
  });

  it('lets only leaders write', async () => {
    const member = await t.signIn('member');
    const res = await member.request({
      method: 'POST',
      url: '/api/v1/delivery/incidents',
      payload: { id: 'x' },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('DevLake-compatible webhooks', () => {
  it('takes a deployment of two repositories, an incident, and its close', async () => {
    const dep = await exec.request({
      method: 'POST',
      url: '/api/v1/delivery/webhooks/devlake/deployments',
      payload: {
        id: 'pipeline-7',
        result: 'SUCCESS',
        environment: 'PRODUCTION',
        startedDate: '2024-03-06T12:00:00Z',
        finishedDate: '2024-03-06T12:05:00Z',
        deploymentCommits: [
          { repoUrl: 'https://github.com/acme/shop.git', commitSha: SHA, refName: 'main' },
          { repoUrl: 'git@github.com:acme/cart.git', commitSha: 'a'.repeat(40), refName: 'main' },
        ],
      },
    });
    expect(dep.statusCode).toBe(200);
    const stored = await t.ctx.db
      .selectFrom('deployments')
      .select(['external_id', 'environment'])
      .where('source', '=', 'devlake')
      .orderBy('external_id')
      .execute();
    expect(stored).toEqual([
      { external_id: 'pipeline-7:acme/cart', environment: 'production' },
      { external_id: 'pipeline-7:acme/shop', environment: 'production' },
    ]);
    const issue = await exec.request({
      method: 'POST',
      url: '/api/v1/delivery/webhooks/devlake/issues?service=shop',
      payload: {
        issueKey: 'INC-1',
        title: 'Checkout down',
        type: 'INCIDENT',
        status: 'IN_PROGRESS',
        createdDate: '2024-03-06T13:00:00Z',
      },
    });
    expect(issue.statusCode).toBe(200);
    const bug = await exec.request({
      method: 'POST',
      url: '/api/v1/delivery/webhooks/devlake/issues',
      payload: {
        issueKey: 'BUG-1',
        title: 'Typo',
        type: 'BUG',
        status: 'TODO',
        createdDate: '2024-03-06T13:00:00Z',
      },
    });
    expect(bug.json().summary).toMatch(/^Ignored/);
    const close = await exec.request({
      method: 'POST',
      url: '/api/v1/delivery/webhooks/devlake/issue/INC-1/close',
    });
    expect(close.json().counts).toEqual({ 'incidents resolved': 1 });
    const inc = await t.ctx.db
      .selectFrom('incidents')
      .select(['status', 'resolved_at'])
      .where('external_id', '=', 'INC-1')
      .executeTakeFirstOrThrow();
    expect(inc.status).toBe('resolved');
    expect(inc.resolved_at).not.toBeNull();
    const unknown = await exec.request({
      method: 'POST',
      url: '/api/v1/delivery/webhooks/devlake/issue/BUG-1/close',
    });
    expect(unknown.statusCode).toBe(200);
    expect(unknown.json().summary).toMatch(/^Ignored/);
  });
});
