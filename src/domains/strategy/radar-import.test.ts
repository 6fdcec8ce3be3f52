/**
 * Radar import and export against a real database: Backstage JSON and BYOR CSV round trips (import →
 * export gives an equivalent document), idempotent re-imports, all-or-nothing rejections naming file,
 * row or entry and field, merge versus replace, and the upload and download routes.
 */

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ImportRejected } from '../../platform/imports/import-report.js';
import { runImport } from '../../platform/imports/imports.service.js';
import { type Client, startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { exportRadar } from './radar-import.service.js';

const fixtures = path.join(import.meta.dirname, 'importers', 'radar-fixtures');
const actor = { userId: null, label: 'test' };
let t: TestPlatform;
let tmp: string;
let executive: Client;

beforeAll(async () => {
  t = await startTestPlatform();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'radar-test-'));
  executive = await t.signIn('executive');
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
  await t.close();
});

/** Empties the radar and restores the default quadrants and rings. */
async function resetRadar() {
  const db = t.ctx.db;
  await db.deleteFrom('watch_items').execute();
  await db.deleteFrom('radar_entries').execute();
  await db.transaction().execute(async (trx) => {
    const { configureQuadrants, configureRings } = await import('./radar-config.service.js');
    await configureQuadrants(trx, [
      { name: 'Techniques' },
      { name: 'Platforms' },
      { name: 'Tools' },
      { name: 'Languages & Frameworks' },
    ]);
    await configureRings(trx, [
      { name: 'Adopt', stance: 'adopt', color: '#5BA300' },
      { name: 'Trial', stance: 'trial', color: '#009EB0' },
      { name: 'Assess', stance: 'assess', color: '#C7BA00' },
      { name: 'Hold', stance: 'hold', color: '#E09B96' },
    ]);
  });
}
beforeEach(resetRadar);

const importFile = (file: string, options: Record<string, string> = {}, preview = false) =>
  runImport(t.ctx.db, t.ctx.registry, actor, {
    kind: 'radar',
    path: file,
    options,
    preview,
    label: path.basename(file),
  });

async function writeTmp(name: string, text: string) {
  const p = path.join(tmp, name);
  await fs.writeFile(p, text);
  return p;
}

const auditCount = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

type Json = {
  quadrants: unknown[];
  rings: { id: string; description?: string }[];
  entries: {
    id: string;
    url?: string;
    links?: unknown[];
    description?: string;
    timeline: { moved?: number; description?: string; date: string }[];
  }[];
};

/** Backstage documents compared as Backstage reads them: entries by id, days, absent optional fields as defaults. */
function normalize(doc: Json) {
  return {
    quadrants: doc.quadrants,
    rings: doc.rings.map((r) => ({ ...r, description: r.description ?? '' })),
    entries: [...doc.entries]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e) => ({
        ...e,
        url: e.url && e.url !== '#' ? e.url : undefined,
        links: e.links ?? [],
        description: e.description ?? '',
        timeline: e.timeline.map((m) => ({
          ...m,
          date: m.date.slice(0, 10),
          moved: m.moved ?? 0,
          description: m.description ?? '',
        })),
      })),
  };
}

describe('Backstage JSON round trip', () => {
  it('imports, exports an equivalent document, and a re-import changes nothing', async () => {
    const file = path.join(fixtures, 'backstage-radar.json');
    const first = await importFile(file);
    expect(first.counts['entries created']).toBe(5);
    expect(first.counts['moves written']).toBe(7);

    const exported = JSON.parse((await exportRadar(t.ctx.db, 'backstage')).body) as Json;
    const original = JSON.parse(await fs.readFile(file, 'utf8')) as Json & { title?: string };
    const { title: _title, ...withoutTitle } = original;
    // The one computed difference: webpack's first move has no `moved` in the file; it is placed (0).
    expect(normalize(exported)).toEqual(normalize(withoutTitle));
    const ts = exported.entries.find((e) => e.id === 'typescript')!;
    expect(ts.timeline[0]).toMatchObject({ date: '2021-01-15', ringId: 'adopt' });

    const audits = await auditCount();
    const again = await importFile(file);
    expect(again.counts).toMatchObject({
      'entries created': 0,
      'entries updated': 0,
      'entries unchanged': 5,
      'moves written': 0,
      'quadrants and rings changed': 0,
    });
    expect(await auditCount()).toBe(audits);

    // The exported file imports into the same radar without a change either.
    const back = await writeTmp('exported.json', JSON.stringify(exported));
    expect((await importFile(back)).counts['entries unchanged']).toBe(5);
  });

  it('rejects a file with a bad entry and writes nothing', async () => {
    const doc = JSON.parse(await fs.readFile(path.join(fixtures, 'backstage-radar.json'), 'utf8'));
    doc.entries[3].timeline[0].ringId = 'retire';
    const file = await writeTmp('bad.json', JSON.stringify(doc));
    const err = await importFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    expect((err as ImportRejected).errors).toEqual([
      {
        field: 'bad.json entries[3] (id "github-actions"), field timeline[0].ringId',
        message: 'unknown ring "retire" (ring ids: adopt, trial, assess, hold)',
      },
    ]);
    expect(await t.ctx.db.selectFrom('radar_entries').selectAll().execute()).toEqual([]);
    const quadrants = await t.ctx.db
      .selectFrom('radar_quadrants')
      .select('name')
      .orderBy('position')
      .execute();
    expect(quadrants.map((q) => q.name)).toEqual([
      'Techniques',
      'Platforms',
      'Tools',
      'Languages & Frameworks',
    ]);
  });
});

describe('BYOR CSV round trip', () => {
  it('imports, exports the same rows (quotes, commas, newlines), and a re-import changes nothing', async () => {
    const file = path.join(fixtures, 'byor-radar.csv');
    const first = await importFile(file, { date: '2026-01-05' });
    expect(first.counts['entries created']).toBe(5);
    const csv = (await exportRadar(t.ctx.db, 'byor')).body;
    const rows = (text: string) =>
      (parse(text, { columns: true }) as Record<string, string>[])
        .map(
          (r): Record<string, string> => ({
            ...r,
            ring: r.ring!.toLowerCase(),
            isNew: r.isNew!.toUpperCase(),
          }),
        )
        .sort((a, b) => a.name!.localeCompare(b.name!));
    expect(rows(csv)).toEqual(rows(await fs.readFile(file, 'utf8')));
    expect(csv).toContain('"Short-lived branches; ""main"" is always releasable."');

    const again = await importFile(file, { date: '2026-02-01' });
    expect(again.counts).toMatchObject({ 'entries created': 0, 'entries updated': 0, 'moves written': 0 });
    const back = await writeTmp('exported.csv', csv);
    expect((await importFile(back)).counts['entries unchanged']).toBe(5);
  });

  it('records a ring change as a dated move, in or out', async () => {
    const file = path.join(fixtures, 'byor-radar.csv');
    await importFile(file, { date: '2026-01-05' });
    const moved = (await fs.readFile(file, 'utf8'))
      .replace('Kotlin,Trial', 'Kotlin,Adopt')
      .replace('AngularJS,Hold', 'AngularJS,Assess');
    await importFile(await writeTmp('moved.csv', moved), { date: '2026-03-01' });
    const res = await executive.request({ method: 'GET', url: '/api/v1/strategy/radar/entries/kotlin' });
    expect(res.json().history).toEqual([
      {
        date: '2026-03-01',
        ringId: expect.any(Number),
        ring: 'Adopt',
        direction: 1,
        description: 'Moved by the import of moved.csv',
      },
      {
        date: '2026-01-05',
        ringId: expect.any(Number),
        ring: 'Trial',
        direction: 0,
        description: 'Placed by the import of byor-radar.csv',
      },
    ]);
    const angular = await executive.request({
      method: 'GET',
      url: '/api/v1/strategy/radar/entries/angularjs',
    });
    expect(angular.json()).toMatchObject({ ring: 'Assess', moved: 1 });
  });

  it('rejects unknown rings and quadrants naming file, row and column; nothing is written', async () => {
    const csv =
      'name,ring,quadrant,isNew,description\nA,Adopt,Tools,TRUE,\nB,Retire,Tools,FALSE,\nC,Hold,Gadgets,FALSE,\n';
    const err = await importFile(await writeTmp('bad.csv', csv)).catch((e: unknown) => e);
    expect((err as ImportRejected).errors).toEqual([
      {
        field: 'bad.csv row 3, column ring',
        message: 'unknown ring "Retire" (the radar\'s: Adopt, Trial, Assess, Hold)',
      },
      {
        field: 'bad.csv row 4, column quadrant',
        message:
          'unknown quadrant "Gadgets" (the radar\'s: Techniques, Platforms, Tools, Languages & Frameworks)',
      },
    ]);
    expect(await t.ctx.db.selectFrom('radar_entries').selectAll().execute()).toEqual([]);
    const preview = await importFile(await writeTmp('bad.csv', csv), {}, true);
    expect(preview.issues).toHaveLength(2);
  });
});

describe('merge and replace', () => {
  it('keeps entries the file does not list, unless mode=replace', async () => {
    await importFile(path.join(fixtures, 'byor-radar.csv'));
    const one = await writeTmp(
      'one.csv',
      'name,ring,quadrant,isNew,description\nKotlin,Adopt,Languages & Frameworks,FALSE,x\n',
    );
    await importFile(one);
    expect(await t.ctx.db.selectFrom('radar_entries').selectAll().execute()).toHaveLength(5);
    const replaced = await importFile(one, { mode: 'replace' });
    expect(replaced.counts['entries removed']).toBe(4);
    const left = await t.ctx.db.selectFrom('radar_entries').select('key').execute();
    expect(left.map((e) => e.key)).toEqual(['kotlin']);
    await expect(importFile(one, { mode: 'wipe' })).rejects.toThrow(/merge or replace/);
  });
});

describe('routes', () => {
  it('uploads a CSV, previews it, and downloads both exports', async () => {
    const body = await fs.readFile(path.join(fixtures, 'byor-radar.csv'));
    const preview = await executive.request({
      method: 'POST',
      url: '/api/v1/imports/radar?preview=true&filename=radar.csv',
      headers: { 'content-type': 'text/csv' },
      body,
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().counts['entries created']).toBe(5);
    expect(await t.ctx.db.selectFrom('radar_entries').selectAll().execute()).toEqual([]);
    const run = await executive.request({
      method: 'POST',
      url: '/api/v1/imports/radar?filename=radar.csv',
      headers: { 'content-type': 'text/csv' },
      body,
    });
    expect(run.statusCode).toBe(200);
    const member = await t.signIn('member');
    const csv = await member.request({ method: 'GET', url: '/api/v1/strategy/radar/export?format=byor' });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="tech-radar.csv"');
    const json = await member.request({ method: 'GET', url: '/api/v1/strategy/radar/export' });
    expect(json.headers['content-disposition']).toBe('attachment; filename="tech-radar.json"');
    expect(json.json().entries).toHaveLength(5);
    const upload = await member.request({
      method: 'POST',
      url: '/api/v1/imports/radar',
      headers: { 'content-type': 'text/csv' },
      body,
    });
    expect(upload.statusCode).toBe(403);
  });
});
