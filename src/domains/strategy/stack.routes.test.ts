/**
 * The stack inventory end to end on the demo organization (size s): the demo step stores manifests through
 * the scan's parse-and-store path, and the API answers which technologies are used where, radar compliance,
 * version spread, end of life and languages, with filters; mappings and scans need a leader and are audited.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditModule } from '../../platform/audit/audit.module.js';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.service.js';
import { authModule } from '../../platform/auth/auth.module.js';
import { type DemoState, seedDemo } from '../../platform/demo.js';
import { ImportRejected } from '../../platform/imports/import-report.js';
import { jobsModule } from '../../platform/jobs/jobs.module.js';
import { seededRandom } from '../../platform/seeded-random.js';
import { type Client, startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { deliveryModule } from '../delivery/delivery.module.js';
import { orgModule } from '../org/org.module.js';
import { eolImporter, sbomImporter, stackImporter } from './stack.importers.js';
import { registerStack } from './stack.registration.js';
import * as repo from './stack.repo.js';
import { stackTestRadarModule } from './stack.testing.js';
import { demoManifests } from './stack-demo-manifests.js';

let t: TestPlatform;
let state: DemoState;
let member: Client;
let cto: Client;
const dir = mkdtempSync(join(tmpdir(), 'qd-stack-routes-'));

beforeAll(async () => {
  t = await startTestPlatform({
    modules: [
      authModule,
      auditModule,
      jobsModule,
      orgModule,
      deliveryModule,
      stackTestRadarModule,
      { name: 'strategy', register: registerStack },
    ],
  });
  state = await seedDemo(t.ctx, { size: 's', seed: 7 });
  member = await t.signIn('member');
  cto = await t.signIn('executive');
}, 120_000);
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async <T>(url: string, who = member): Promise<T> => {
  const res = await who.request({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};

describe('the demo', () => {
  it('stores every demo repository’s manifests through the scan path', () => {
    expect(state.counts['stack inventory.repositories scanned']).toBeGreaterThan(5);
    expect(state.counts['stack inventory.components']).toBeGreaterThan(
      state.counts['stack inventory.repositories scanned']!,
    );
    expect(state.counts['stack inventory.runtimes']).toBeGreaterThan(0);
  });

  it('is the same for the same seed', () => {
    const a = demoManifests(seededRandom(3), 'acme/a', false);
    const b = demoManifests(seededRandom(3), 'acme/a', false);
    expect([...a.files]).toEqual([...b.files]);
    expect(a.code).toEqual(b.code);
  });
});

describe('views', () => {
  type Tech = { key: string; stance: string; repositories: number; teams: string[]; services: string[] };
  it('lists radar technologies with repositories, services and teams, and filters by ring and team', async () => {
    const all = await get<{ scanned: number; technologies: Tech[] }>('/api/v1/strategy/stack/technologies');
    expect(all.scanned).toBe(state.counts['stack inventory.repositories scanned']);
    const react = all.technologies.find((x) => x.key === 'react');
    expect(react?.repositories).toBeGreaterThan(0);
    expect(all.technologies.some((x) => x.teams.length > 0 && x.services.length > 0)).toBe(true);
    const hold = await get<{ technologies: Tech[] }>('/api/v1/strategy/stack/technologies?ring=hold');
    expect(hold.technologies.length).toBeGreaterThan(0);
    expect(hold.technologies.every((x) => x.stance === 'hold')).toBe(true);
    const teams = await t.handle.db.selectFrom('teams').select('id').execute();
    let sum = 0;
    for (const team of teams)
      sum += (await get<{ scanned: number }>(`/api/v1/strategy/stack/technologies?teamId=${team.id}`))
        .scanned;
    expect(sum).toBeGreaterThan(0);
  });

  it('shows hold technologies in use by team, and adopt technologies missing', async () => {
    const c = await get<{
      scanned: number;
      repositoriesOnHold: number;
      shareOnHold: number;
      hold: { key: string; repositories: { team: string | null; service: string | null }[] }[];
      holdByTeam: { repositories: number }[];
      adoptMissing: {
        key: string;
        ecosystems: string[];
        missing: unknown[];
        candidates: number;
        using: number;
      }[];
    }>('/api/v1/strategy/stack/compliance');
    expect(c.repositoriesOnHold).toBeGreaterThan(0);
    expect(c.shareOnHold).toBeCloseTo(c.repositoriesOnHold / c.scanned);
    expect(c.hold.every((h) => h.repositories.length > 0)).toBe(true);
    expect(c.holdByTeam.length).toBeGreaterThan(0);
    const adopt = c.adoptMissing.find((a) => a.key === 'date-fns');
    expect(adopt?.ecosystems).toEqual(['npm']);
    expect(adopt!.using + adopt!.missing.length).toBe(adopt!.candidates);
  });

  it('drills down to the file and line, version spread and languages', async () => {
    const u = await get<{ total: number; rows: { file: string; line: number | null; entry: string }[] }>(
      '/api/v1/strategy/stack/usages?entry=react',
    );
    expect(u.total).toBeGreaterThan(0);
    expect(u.rows.every((r) => r.entry === 'react' && r.line !== null)).toBe(true);
    expect(new Set(u.rows.map((r) => r.file))).toEqual(new Set(['package.json', 'package-lock.json']));
    const v = await get<{
      packages: {
        name: string;
        distinct: number;
        versions: { repositories: number; behind: { unit: string | null } }[];
      }[];
    }>('/api/v1/strategy/stack/versions?entry=react');
    const react = v.packages.find((p) => p.name === 'react')!;
    expect(react.distinct).toBeGreaterThan(1);
    expect(react.versions[0]!.behind.unit).toBeNull();
    expect(react.versions.at(-1)!.behind.unit).toBe('major');
    const l = await get<{ languages: { share: number }[] }>('/api/v1/strategy/stack/languages');
    expect(l.languages.reduce((n, x) => n + x.share, 0)).toBeCloseTo(1);
  });

  it('finds runtimes past end of life, with an imported dataset replacing the shipped one', async () => {
    type Eol = {
      repositoriesPastEol: number;
      dataset: { imported: string[] };
      cycles: { product: string; cycle: string; status: string }[];
    };
    const e = await get<Eol>('/api/v1/strategy/stack/end-of-life?today=2026-11-24');
    expect(e.repositoriesPastEol).toBeGreaterThan(0);
    const ended = e.cycles.find((c) => c.status === 'ended')!;
    expect(['nodejs', 'python', 'go', 'eclipse-temurin', 'postgresql', 'redis', 'mongodb']).toContain(
      ended.product,
    );
    const file = join(dir, 'cycles.json');
    writeFileSync(
      file,
      JSON.stringify([{ cycle: ended.cycle, releaseDate: '2021-04-20', eol: '2030-01-01', latest: null }]),
    );
    const ctx = {
      db: t.handle.db,
      actor: SYSTEM_ACTOR,
      onProgress: () => {},
      options: { product: ended.product },
    };
    expect((await eolImporter.preview(ctx, file)).counts.cycles).toBe(1);
    expect((await repo.importedEolCycles(t.handle.db)).length).toBe(0);
    await eolImporter.run(ctx, file);
    const after = await get<Eol>(
      `/api/v1/strategy/stack/end-of-life?today=2026-11-24&ecosystem=${ended.product}`,
    );
    expect(after.dataset.imported).toEqual([ended.product]);
    expect(after.cycles.find((c) => c.cycle === ended.cycle)?.status).toBe('supported');
    expect(after.cycles.filter((c) => c.cycle !== ended.cycle).every((c) => c.status === 'unknown')).toBe(
      true,
    );
  });

  it('answers the scorecard check', async () => {
    const check = t.ctx.registry.checks.find((c) => c.id === 'strategy.radar-followed')!;
    const r = await check.evaluate({
      db: t.handle.db,
      from: new Date(0),
      to: new Date(),
      teamId: null,
      principal: null as never,
    });
    expect(r.status).not.toBe('no-data');
    expect(r.value).toBeGreaterThan(0);
    expect(r.evidence?.href).toBe('/strategy/stack?tab=compliance');
  });
});

describe('changes', () => {
  it('lets leaders replace the mappings (audited) and refuses unknown entries', async () => {
    const url = '/api/v1/strategy/stack/mappings';
    const body = { rules: [{ ecosystem: 'npm', pattern: 'left-*', entryKey: 'jquery' }] };
    expect((await member.request({ method: 'PUT', url, payload: body })).statusCode).toBe(403);
    const bad = await cto.request({
      method: 'PUT',
      url,
      payload: { rules: [{ ecosystem: 'npm', pattern: 'x', entryKey: 'nope' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('rules[0].entryKey');
    const ok = await cto.request({ method: 'PUT', url, payload: body });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().rules).toEqual(body.rules);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'strategy.stack-mappings.replace')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('lets leaders start a scan job', async () => {
    const url = '/api/v1/strategy/stack/scans';
    expect((await member.request({ method: 'POST', url, payload: {} })).statusCode).toBe(403);
    const res = await cto.request({ method: 'POST', url, payload: {} });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().jobId).toBeGreaterThan(0);
  });

  it('imports a CycloneDX SBOM idempotently, all or nothing', async () => {
    const file = join(dir, 'bom.json');
    writeFileSync(
      file,
      JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        components: [
          { type: 'library', name: 'moment', purl: 'pkg:npm/moment@2.29.4' },
          { type: 'library', name: 'log4j', purl: 'pkg:maven/log4j/log4j@1.2.17' },
        ],
      }),
    );
    const ctx = {
      db: t.handle.db,
      actor: SYSTEM_ACTOR,
      onProgress: () => {},
      options: { repository: 'acme/from-sbom' },
    };
    const first = await sbomImporter.run(ctx, file);
    expect(first.counts).toEqual({ components: 2, replaced: 0 });
    const again = await sbomImporter.run(ctx, file);
    expect(again.counts).toEqual({ components: 2, replaced: 2 });
    const u = await get<{ rows: { repository: { name: string }; source: string; file: string }[] }>(
      '/api/v1/strategy/stack/usages?entry=moment',
    );
    expect(
      u.rows.filter((r) => r.repository.name === 'acme/from-sbom').map((r) => [r.source, r.file]),
    ).toEqual([['sbom', 'bom.json']]);
    writeFileSync(
      file,
      JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', components: [{ purl: 'nope' }] }),
    );
    await expect(sbomImporter.run(ctx, file)).rejects.toBeInstanceOf(ImportRejected);
    await expect(sbomImporter.run(ctx, file)).rejects.toThrow(/1 error/);
    expect(
      (await get<{ total: number }>('/api/v1/strategy/stack/usages?entry=moment')).total,
    ).toBeGreaterThan(0);
  });

  it('previews a folder scan without writing, then scans it', async () => {
    const folder = join(dir, 'tool');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'package.json'), '{"dependencies":{"jquery":"^3.7.1"}}');
    const ctx = {
      db: t.handle.db,
      actor: SYSTEM_ACTOR,
      onProgress: () => {},
      options: { repository: 'acme/tool' },
    };
    const preview = await stackImporter.preview(ctx, folder);
    expect(preview.counts).toMatchObject({ repositories: 1, 'files parsed': 1, components: 1 });
    expect(
      await t.handle.db.selectFrom('repositories').select('id').where('name', '=', 'acme/tool').execute(),
    ).toEqual([]);
    const run = await stackImporter.run(ctx, folder);
    expect(run.summary).toMatch(/^Scanned 1 repository/);
    const scans = await get<{ repositories: { name: string; source: string }[] }>(
      '/api/v1/strategy/stack/scans',
    );
    expect(scans.repositories.find((r) => r.name === 'acme/tool')?.source).toBe('folder');
  });
});
