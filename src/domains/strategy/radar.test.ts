/**
 * The radar API: everyone reads; admin and executive configure quadrants and rings, add, edit, move and
 * remove entries; each change is audited; a move's direction follows the rings' order.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestPlatform, type TestPlatform } from '../../platform/testing.js';

let t: TestPlatform;
let admin: Client;
let executive: Client;
let manager: Client;
let member: Client;
let radar: {
  quadrants: { id: number; name: string }[];
  rings: { id: number; name: string; stance: string }[];
};

beforeAll(async () => {
  t = await startTestPlatform();
  [admin, executive, manager, member] = await Promise.all([
    t.signIn('admin'),
    t.signIn('executive'),
    t.signIn('manager'),
    t.signIn('member'),
  ]);
  radar = (await member.request({ method: 'GET', url: '/api/v1/strategy/radar' })).json();
});
afterAll(async () => t.close());

const ring = (name: string) => radar.rings.find((r) => r.name === name)!.id;
const audits = (action: string) =>
  t.ctx.db
    .selectFrom('audit_log')
    .select(['action', 'target_id', 'details'])
    .where('action', '=', action)
    .execute();

describe('radar API', () => {
  it('reads the default radar for every role; anonymous is refused', async () => {
    expect(radar.quadrants.map((q) => q.name)).toEqual([
      'Techniques',
      'Platforms',
      'Tools',
      'Languages & Frameworks',
    ]);
    expect(radar.rings.map((r) => [r.name, r.stance])).toEqual([
      ['Adopt', 'adopt'],
      ['Trial', 'trial'],
      ['Assess', 'assess'],
      ['Hold', 'hold'],
    ]);
    expect((await manager.request({ method: 'GET', url: '/api/v1/strategy/radar' })).statusCode).toBe(200);
    expect((await t.anonymous.request({ method: 'GET', url: '/api/v1/strategy/radar' })).statusCode).toBe(
      401,
    );
  });

  it('lets leaders add, edit, move and remove an entry, audited; others are refused', async () => {
    const payload = {
      name: 'Deno',
      quadrantId: radar.quadrants[3]!.id,
      ringId: ring('Assess'),
      date: '2026-01-10',
      note: 'Two teams asked for it',
      links: [{ url: 'https://deno.com', title: 'Deno' }],
    };
    for (const c of [manager, member])
      expect(
        (await c.request({ method: 'POST', url: '/api/v1/strategy/radar/entries', payload })).statusCode,
      ).toBe(403);
    const created = await executive.request({
      method: 'POST',
      url: '/api/v1/strategy/radar/entries',
      payload,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      key: 'deno',
      ring: 'Assess',
      stance: 'assess',
      isNew: true,
      moved: 0,
    });
    const dup = await admin.request({ method: 'POST', url: '/api/v1/strategy/radar/entries', payload });
    expect(dup.statusCode).toBe(409);

    const edited = await admin.request({
      method: 'PATCH',
      url: '/api/v1/strategy/radar/entries/deno',
      payload: { description: 'A JavaScript runtime', isNew: false },
    });
    expect(edited.json()).toMatchObject({
      description: 'A JavaScript runtime',
      isNew: false,
      ring: 'Assess',
    });

    const moveIn = await executive.request({
      method: 'POST',
      url: '/api/v1/strategy/radar/entries/deno/moves',
      payload: { ringId: ring('Trial'), date: '2026-03-01', note: 'Pilot went well' },
    });
    expect(moveIn.json()).toMatchObject({ ring: 'Trial', moved: 1 });
    const moveOut = await executive.request({
      method: 'POST',
      url: '/api/v1/strategy/radar/entries/deno/moves',
      payload: { ringId: ring('Hold'), date: '2026-04-01', note: 'Support ended' },
    });
    expect(
      moveOut.json().history.map((m: { ring: string; direction: number }) => [m.ring, m.direction]),
    ).toEqual([
      ['Hold', -1],
      ['Trial', 1],
      ['Assess', 0],
    ]);
    // A move dated before the latest one goes into the history without changing the current ring.
    const backdated = await executive.request({
      method: 'POST',
      url: '/api/v1/strategy/radar/entries/deno/moves',
      payload: { ringId: ring('Adopt'), date: '2026-02-01' },
    });
    expect(backdated.json()).toMatchObject({ ring: 'Hold', moved: -1 });
    // …and the next move now reads from Adopt: Adopt → Trial is a move out.
    expect(
      backdated.json().history.map((m: { ring: string; direction: number }) => [m.ring, m.direction]),
    ).toEqual([
      ['Hold', -1],
      ['Trial', -1],
      ['Adopt', 1],
      ['Assess', 0],
    ]);
    expect(
      (
        await member.request({
          method: 'POST',
          url: '/api/v1/strategy/radar/entries/deno/moves',
          payload: { ringId: ring('Adopt') },
        })
      ).statusCode,
    ).toBe(403);
    const bad = await executive.request({
      method: 'POST',
      url: '/api/v1/strategy/radar/entries/deno/moves',
      payload: { ringId: 999_999 },
    });
    expect(bad.statusCode).toBe(400);

    expect(await audits('strategy.radar.entry.move')).toHaveLength(3);
    expect((await audits('strategy.radar.entry.create'))[0]).toMatchObject({ target_id: 'deno' });
    expect(
      (await member.request({ method: 'DELETE', url: '/api/v1/strategy/radar/entries/deno' })).statusCode,
    ).toBe(403);
    expect(
      (await admin.request({ method: 'DELETE', url: '/api/v1/strategy/radar/entries/deno' })).statusCode,
    ).toBe(204);
    expect(
      (await member.request({ method: 'GET', url: '/api/v1/strategy/radar/entries/deno' })).statusCode,
    ).toBe(404);
    expect(await audits('strategy.radar.entry.delete')).toHaveLength(1);
  });

  it('configures quadrants (exactly four) and rings; a ring in use stays', async () => {
    const short = await executive.request({
      method: 'PUT',
      url: '/api/v1/strategy/radar/config',
      payload: { quadrants: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] },
    });
    expect(short.statusCode).toBe(400);
    const renamed = await executive.request({
      method: 'PUT',
      url: '/api/v1/strategy/radar/config',
      payload: {
        quadrants: [
          { name: 'Languages & Frameworks' },
          { name: 'Platforms' },
          { name: 'Tools' },
          { name: 'Techniques' },
        ],
        rings: [
          { key: 'adopt', name: 'Use', stance: 'adopt', color: '#22aa22' },
          { key: 'trial', name: 'Trial', stance: 'trial' },
          { key: 'assess', name: 'Assess', stance: 'assess' },
          { key: 'hold', name: 'Hold', stance: 'hold' },
          { name: 'Retire', stance: 'hold', description: 'Being removed' },
        ],
      },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().quadrants.map((q: { name: string }) => q.name)).toEqual([
      'Languages & Frameworks',
      'Platforms',
      'Tools',
      'Techniques',
    ]);
    expect(renamed.json().rings.map((r: { name: string }) => r.name)).toEqual([
      'Use',
      'Trial',
      'Assess',
      'Hold',
      'Retire',
    ]);
    const quadrantId = renamed.json().quadrants[0].id;
    const retire = renamed.json().rings[4].id;
    await executive.request({
      method: 'POST',
      url: '/api/v1/strategy/radar/entries',
      payload: { name: 'Perl', quadrantId, ringId: retire },
    });
    const drop = await executive.request({
      method: 'PUT',
      url: '/api/v1/strategy/radar/config',
      payload: { rings: [{ key: 'adopt', name: 'Adopt', stance: 'adopt' }] },
    });
    expect(drop.statusCode).toBe(409);
    expect(drop.json().errors[0].message).toMatch(/"Retire".*still holds/);
    expect(
      (await member.request({ method: 'PUT', url: '/api/v1/strategy/radar/config', payload: { rings: [] } }))
        .statusCode,
    ).toBe(403);
    expect((await audits('strategy.radar.configure')).length).toBe(1);
  });
});
