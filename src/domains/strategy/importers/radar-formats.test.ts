/** The radar formats on their own: Backstage JSON and BYOR CSV read and written, errors located. */

import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportBackstageRadar, parseBackstageRadar } from './radar-backstage.js';
import { exportByorCsv, parseByorCsv } from './radar-byor.js';
import { directionOf, isoDay, slugKey, stanceOf } from './radar-document.js';

const dir = path.join(import.meta.dirname, 'radar-fixtures');
const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');

describe('Backstage tech-radar JSON', () => {
  it('reads quadrants, rings, entries and timelines; the latest timeline item is the current ring', () => {
    const { doc, issues } = parseBackstageRadar(read('backstage-radar.json'), 'radar.json');
    expect(issues).toEqual([]);
    expect(doc.quadrants!.map((q) => q.key)).toEqual([
      'infrastructure',
      'frameworks',
      'languages',
      'process',
    ]);
    expect(doc.rings!.map((r) => [r.key, r.name, r.stance])).toEqual([
      ['adopt', 'ADOPT', 'adopt'],
      ['trial', 'TRIAL', 'trial'],
      ['assess', 'ASSESS', 'assess'],
      ['hold', 'HOLD', 'hold'],
    ]);
    const js = doc.entries.find((e) => e.key === 'javascript')!;
    expect(js.ring).toBe('adopt');
    expect(js.url).toBeNull(); // "#" means no page
    expect(js.links).toHaveLength(2);
    expect(js.timeline.map((t) => [t.date, t.ring, t.direction])).toEqual([
      ['2020-08-06', 'adopt', 1],
      ['2019-07-01', 'trial', 0],
    ]);
    const webpack = doc.entries.find((e) => e.key === 'webpack')!;
    expect(webpack.ring).toBe('hold');
    expect(webpack.timeline[1]).toEqual({
      date: '2018-02-01',
      ring: 'trial',
      direction: null,
      description: '',
    });
    expect(doc.entries.find((e) => e.key === 'typescript')!.timeline[0]!.date).toBe('2021-01-15');
  });

  it('names the entry and field of every error', () => {
    const bad = {
      quadrants: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
        { id: 'c', name: 'C' },
      ],
      rings: [{ id: 'adopt', name: 'Adopt', color: '#000' }],
      entries: [
        { id: 'x', title: 'X', quadrant: 'a', timeline: [{ ringId: 'nope', date: '2020-01-01' }] },
        { id: 'y', quadrant: 'z', timeline: [] },
        { id: 'w', title: 'W', quadrant: 'a', timeline: [{ ringId: 'adopt', date: '2020-02-30' }] },
      ],
    };
    const { issues } = parseBackstageRadar(JSON.stringify(bad), 'r.json');
    const got = issues.map((i) => [i.entity ?? null, i.field ?? null, i.message]);
    expect(got).toContainEqual([null, 'quadrants', 'a radar has exactly 4 quadrants; found 3']);
    expect(got).toContainEqual([
      'entries[0] (id "x")',
      'timeline[0].ringId',
      'unknown ring "nope" (ring ids: adopt)',
    ]);
    expect(got).toContainEqual(['entries[1] (id "y")', 'title', 'missing title']);
    expect(got).toContainEqual([
      'entries[1] (id "y")',
      'quadrant',
      'unknown quadrant "z" (quadrant ids: a, b, c)',
    ]);
    expect(got).toContainEqual([
      'entries[1] (id "y")',
      'timeline',
      'needs at least one item (the ring the entry is in, and since when)',
    ]);
    expect(got).toContainEqual([
      'entries[2] (id "w")',
      'timeline[0].date',
      '"2020-02-30" is not a date (YYYY-MM-DD)',
    ]);
    expect(parseBackstageRadar('{ nope', 'r.json').issues[0]!.message).toMatch(/^not valid JSON/);
  });

  it('writes timelines newest first, with id and key', () => {
    const { doc } = parseBackstageRadar(read('backstage-radar.json'), 'radar.json');
    const out = exportBackstageRadar(doc) as {
      entries: { id: string; key: string; timeline: { date: string }[] }[];
    };
    const webpack = out.entries.find((e) => e.id === 'webpack')!;
    expect(webpack.key).toBe('webpack');
    expect(webpack.timeline.map((t) => t.date)).toEqual(['2023-03-01', '2018-02-01']);
  });
});

describe('Thoughtworks BYOR CSV', () => {
  it('reads quoted cells with commas, doubled quotes and newlines; rows count the header as 1', () => {
    const { doc, issues } = parseByorCsv(read('byor-radar.csv'), 'radar.csv');
    expect(issues).toEqual([]);
    expect(doc.entries.map((e) => [e.key, e.ring, e.quadrant, e.isNew, e.at.row])).toEqual([
      ['kotlin', 'Trial', 'Languages & Frameworks', true, 2],
      ['trunk-based-development', 'Adopt', 'Techniques', false, 3],
      ['kubernetes', 'adopt', 'Platforms', false, 4],
      ['angularjs', 'Hold', 'Languages & Frameworks', false, 5],
      ['github-copilot', 'Assess', 'Tools', true, 6],
    ]);
    expect(doc.entries[1]!.description).toBe('Short-lived branches; "main" is always releasable.');
    expect(doc.entries[2]!.description).toBe('Our runtime.\r\n\r\nSecond paragraph, with a comma.');
  });

  it('names the row and column of every error', () => {
    const csv =
      'name,ring,quadrant,isNew,description\n,Adopt,Tools,TRUE,x\nA,,Tools,maybe,\nB,Hold,Tools,FALSE,\nb,Hold,Tools,FALSE,\n';
    const { issues } = parseByorCsv(csv, 'r.csv');
    expect(issues.map((i) => [i.row, i.field, i.message])).toEqual([
      [2, 'name', 'missing name'],
      [3, 'ring', 'missing ring'],
      [3, 'isNew', '"maybe" is not TRUE or FALSE'],
      [5, 'name', '"b" is the same entry as row 4 (key "b")'],
    ]);
    const missing = parseByorCsv('name,ring,quadrant\nA,Adopt,Tools\n', 'r.csv').issues;
    expect(missing.map((i) => [i.row, i.field])).toEqual([
      [1, 'isNew'],
      [1, 'description'],
    ]);
  });

  it('writes RFC 4180 CSV that reads back cell for cell', () => {
    const rows = [
      {
        name: 'A, "the" tool',
        ring: 'Adopt',
        quadrant: 'Tools',
        isNew: true,
        description: 'line 1\nline "2", end',
      },
      { name: 'B', ring: 'Hold', quadrant: 'Platforms', isNew: false, description: '' },
    ];
    const csv = exportByorCsv(rows);
    expect(csv.split('\r\n')[0]).toBe('name,ring,quadrant,isNew,description');
    const back = parse(csv, { columns: true }) as Record<string, string>[];
    expect(back).toEqual(rows.map((r) => ({ ...r, isNew: r.isNew ? 'TRUE' : 'FALSE' })));
  });
});

describe('helpers', () => {
  it('makes keys, stances, days and directions', () => {
    expect(slugKey('Languages & Frameworks')).toBe('languages-and-frameworks');
    expect(slugKey('C#')).toBe('c-sharp');
    expect(slugKey('Node.js')).toBe('node.js');
    expect(stanceOf('use', 'USE', 0)).toBe('adopt');
    expect(stanceOf('x', 'Hold', 1)).toBe('hold');
    expect(stanceOf('retire', 'Retire', 5)).toBe('hold');
    expect(isoDay('2020-08-06 00:00:00')).toBe('2020-08-06');
    expect(isoDay('2021-13-01')).toBeNull();
    expect(directionOf(null, 2)).toBe(0);
    expect(directionOf(2, 0)).toBe(1);
    expect(directionOf(0, 3)).toBe(-1);
  });
});
