/** The watch list: everyone reads, leaders edit; owners, decision records and radar entries are checked. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../platform/demo.js';
import { type Client, startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { normalizeDecisionRef } from './watch-list.service.js';

let t: TestPlatform;
let executive: Client;
let member: Client;

beforeAll(async () => {
  t = await startTestPlatform();
  await seedDemo(t.ctx, { size: 's', seed: 7 });
  [executive, member] = await Promise.all([t.signIn('executive'), t.signIn('member')]);
}, 120_000);
afterAll(async () => t.close());

describe('watch list', () => {
  it('lists the demo items with owners and decisions for every role', async () => {
    const res = await member.request({ method: 'GET', url: '/api/v1/strategy/watch-list' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      name: string;
      ownerName: string | null;
      status: string;
      decisionNumber: number | null;
    }[];
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.every((i) => i.ownerName)).toBe(true);
    expect(new Set(items.map((i) => i.status))).toEqual(
      new Set(['watching', 'assessing', 'decided', 'dropped']),
    );
    expect(items.find((i) => i.name === 'LLM-assisted code review')).toMatchObject({
      radarEntryKey: 'llm-code-review',
    });
  });

  it('lets leaders create, change and remove items, audited; members only read', async () => {
    const person = await t.ctx.db
      .selectFrom('people')
      .select(['id', 'name'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const payload = {
      name: 'Model Context Protocol',
      ownerPersonId: person.id,
      category: 'AI tooling',
      notes: '# Why\nAgents reach our **internal** tools.',
      radarEntryKey: 'github-copilot',
    };
    expect(
      (await member.request({ method: 'POST', url: '/api/v1/strategy/watch-list', payload })).statusCode,
    ).toBe(403);
    const created = await executive.request({ method: 'POST', url: '/api/v1/strategy/watch-list', payload });
    expect(created.statusCode).toBe(201);
    const item = created.json();
    expect(item).toMatchObject({
      status: 'watching',
      ownerName: person.name,
      radarEntryName: 'GitHub Copilot',
    });
    const decided = await executive.request({
      method: 'PATCH',
      url: `/api/v1/strategy/watch-list/${item.id}`,
      payload: { status: 'decided', decision: 'Adopt for internal tools', decisionRef: 'adr-12' },
    });
    expect(decided.json()).toMatchObject({ status: 'decided', decisionRef: 'ADR-0012', decisionNumber: 12 });
    const bad = await executive.request({
      method: 'PATCH',
      url: `/api/v1/strategy/watch-list/${item.id}`,
      payload: { radarEntryKey: 'no-such-entry' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'body.radarEntryKey' });
    const dup = await executive.request({ method: 'POST', url: '/api/v1/strategy/watch-list', payload });
    expect(dup.statusCode).toBe(409);
    const unknownOwner = await executive.request({
      method: 'POST',
      url: '/api/v1/strategy/watch-list',
      payload: { name: 'Someone else', ownerPersonId: 99_999_999 },
    });
    expect(unknownOwner.statusCode).toBe(400);
    expect(
      (await member.request({ method: 'DELETE', url: `/api/v1/strategy/watch-list/${item.id}` })).statusCode,
    ).toBe(403);
    expect(
      (await executive.request({ method: 'DELETE', url: `/api/v1/strategy/watch-list/${item.id}` }))
        .statusCode,
    ).toBe(204);
    const actions = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_type', '=', 'watch_item')
      .where('target_id', '=', String(item.id))
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'strategy.watch-item.create',
      'strategy.watch-item.update',
      'strategy.watch-item.delete',
    ]);
  });

  it('normalizes decision record references', () => {
    expect(normalizeDecisionRef('adr-7')).toEqual({ ref: 'ADR-0007', number: 7 });
    expect(normalizeDecisionRef('ADR-0012')).toEqual({ ref: 'ADR-0012', number: 12 });
    expect(normalizeDecisionRef('RFC-1')).toBeNull();
  });
});
