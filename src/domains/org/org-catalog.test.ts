import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportRejected } from '../../platform/imports/import-report.js';
import { runImport } from '../../platform/imports/imports.service.js';
import { startTestPlatform, type TestPlatform } from '../../platform/testing.js';
import { orgSnapshot } from './org-export.service.js';

const FIXTURES = path.resolve('src/domains/org/importers/fixtures');
const CATALOG = path.join(FIXTURES, 'backstage', 'all.yaml');
const BAD = path.join(FIXTURES, 'backstage-bad');
const actor = { userId: null, label: 'test' };

/** What the org looks like, for comparing before and after. */
async function state(t: TestPlatform) {
  const db = t.ctx.db;
  return {
    people: await db.selectFrom('people').select(['email', 'name', 'manager_id']).orderBy('email').execute(),
    teams: await db.selectFrom('teams').select(['slug', 'name', 'parent_id']).orderBy('slug').execute(),
    entities: await db
      .selectFrom('catalog_entities')
      .select(['kind', 'name', 'owner_team_id', 'parent_id'])
      .orderBy('kind')
      .orderBy('name')
      .execute(),
    relations: await db
      .selectFrom('catalog_relations')
      .selectAll()
      .orderBy('from_id')
      .orderBy('to_id')
      .execute(),
  };
}

describe('Backstage catalog import', () => {
  let t: TestPlatform;
  const backstage = (p: string, options: Record<string, string> = {}, preview = false) =>
    runImport(t.ctx.db, t.ctx.registry, actor, { kind: 'backstage', path: p, options, preview });

  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t.close());

  it('imports a catalog shaped like the Backstage examples, following its Locations', async () => {
    const report = await backstage(CATALOG);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const s = await state(t);
    expect(s.people.length).toBeGreaterThan(3);
    expect(s.teams.length).toBeGreaterThan(3);
    const kinds = new Set(s.entities.map((e) => e.kind));
    expect(kinds).toEqual(new Set(['component', 'system', 'api', 'resource', 'domain']));
    // Every component has its owner team and system resolved; relations are stored.
    const owned = await t.ctx.db
      .selectFrom('catalog_entities')
      .select(['name', 'owner_team_id', 'owner_person_id', 'parent_id'])
      .where('kind', '=', 'component')
      .execute();
    for (const e of owned) expect(e.owner_team_id ?? e.owner_person_id, e.name).not.toBeNull();
    expect(owned.filter((e) => e.owner_person_id !== null)).toHaveLength(1);
    expect(owned.filter((e) => e.parent_id !== null).length).toBeGreaterThan(owned.length / 2);
    expect(s.relations.length).toBeGreaterThan(0);
    const types = new Set(s.relations.map((r) => r.type));
    expect(types).toEqual(new Set(['dependsOn', 'providesApi', 'consumesApi']));
    // Group parents became the team tree; User memberships became team members.
    expect(s.teams.filter((x) => x.parent_id !== null).length).toBeGreaterThan(0);
    const members = await t.ctx.db.selectFrom('team_members').selectAll().execute();
    expect(members.length).toBeGreaterThanOrEqual(s.people.length);
  });

  it('changes nothing when the same catalog is imported again', async () => {
    const before = await state(t);
    const report = await backstage(CATALOG);
    const changes = Object.entries(report.counts).filter(
      ([k, n]) => /created|updated|changed|removed|versions|linked/.test(k) && n > 0,
    );
    expect(changes).toEqual([]);
    expect(await state(t)).toEqual(before);
  });

  const CASES: [file: string, entity: RegExp | null, message: RegExp][] = [
    ['bad-yaml.yaml', null, /yaml|line/i],
    ['unknown-kind.yaml', /.+/, /kind/i],
    ['missing-owner.yaml', /component:default\/orphan-service/, /spec\.owner|owner/i],
    ['missing-relation.yaml', /.+/, /neither in these files nor already in Quarterdeck/],
    ['group-cycle.yaml', /group:default\/cycle-[abc]/, /cycle/i],
  ];
  for (const [file, entity, message] of CASES) {
    it(`refuses ${file} with an error naming the file and entity, and keeps the previous org`, async () => {
      const before = await state(t);
      const err = await backstage(path.join(BAD, file)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportRejected);
      const errors = (err as ImportRejected).issues.filter((i) => i.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      const e = errors.find((i) => message.test(i.message));
      expect(e, JSON.stringify(errors)).toBeDefined();
      expect(e!.file).toBe(file);
      if (entity) expect(e!.entity).toMatch(entity);
      expect(await state(t)).toEqual(before);
    });
  }

  it('previews the valid entities of a file with invalid ones, and imports them only when asked to skip the invalid', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'qd-bs-'));
    const mixed = path.join(dir, 'mixed.yaml');
    await fs.writeFile(
      mixed,
      `${await fs.readFile(path.join(BAD, 'missing-owner.yaml'), 'utf8')}\n---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: fresh-service\nspec:\n  type: service\n  lifecycle: production\n  owner: group:default/${(await state(t)).teams[0]!.slug}\n`,
    );
    const preview = await backstage(mixed, { source: 'mixed' }, true);
    expect(
      preview.issues.some((i) => i.severity === 'error' && i.entity === 'component:default/orphan-service'),
    ).toBe(true);
    expect(preview.counts['entities created']).toBe(1);
    const names = async () => (await state(t)).entities.map((e) => e.name);
    expect(await names()).not.toContain('fresh-service');
    await expect(backstage(mixed, { source: 'mixed' })).rejects.toBeInstanceOf(ImportRejected);
    const skipped = await backstage(mixed, { source: 'mixed', 'skip-invalid': 'true' });
    expect(skipped.counts['entities created']).toBe(1);
    expect(await names()).toContain('fresh-service');
    expect(await names()).not.toContain('orphan-service');
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('exports Backstage YAML and people CSV that import into an empty Quarterdeck as the same org', async () => {
    const cto = await t.signIn('executive');
    const yaml = await cto.request({ method: 'GET', url: '/api/v1/org/export/catalog.yaml' });
    expect(yaml.statusCode).toBe(200);
    expect(yaml.headers['content-type']).toMatch(/yaml/);
    const csv = await cto.request({ method: 'GET', url: '/api/v1/org/export/people.csv' });
    expect(csv.statusCode).toBe(200);
    const fresh = await startTestPlatform();
    try {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'qd-export-'));
      await fs.writeFile(path.join(dir, 'catalog-info.yaml'), yaml.body);
      await fs.writeFile(path.join(dir, 'people.csv'), csv.body);
      const a = await runImport(fresh.ctx.db, fresh.ctx.registry, actor, {
        kind: 'backstage',
        path: path.join(dir, 'catalog-info.yaml'),
        options: {},
      });
      expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
      await runImport(fresh.ctx.db, fresh.ctx.registry, actor, {
        kind: 'hr-csv',
        path: path.join(dir, 'people.csv'),
        options: {},
      });
      const original = await orgSnapshot(t.ctx.db);
      const copy = await orgSnapshot(fresh.ctx.db);
      const strip = (s: typeof original) => ({
        teams: s.teams.map(({ slug, name, kind, parent }) => ({ slug, name, kind, parent })),
        people: s.people.map(({ email, name, managerEmail, teams, primaryTeam }) => ({
          email,
          name,
          managerEmail,
          teams,
          primaryTeam,
        })),
        entities: s.entities.map(({ kind, name, owner, parent, dependsOn, providesApis, consumesApis }) => ({
          kind,
          name,
          owner,
          parent,
          dependsOn,
          providesApis,
          consumesApis,
        })),
      });
      expect(strip(copy)).toEqual(strip(original));
      await fs.rm(dir, { recursive: true, force: true });
    } finally {
      await fresh.close();
    }
  });
});
