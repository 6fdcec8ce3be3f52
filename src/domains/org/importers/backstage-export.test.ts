import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadBackstageCatalog, parseBackstageCatalog } from './backstage-catalog.js';
import { type BackstageSnapshot, exportBackstageCatalog } from './backstage-export.js';
import { generateBackstageCatalog } from './backstage-generate.js';
import { readYamlDocuments } from './backstage-yaml.js';
import type { OrgInput } from './org-input.js';

const ACME = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'backstage');

/** The input without `origin` (file and row differ between the fixtures and the export). */
function withoutOrigin(input: OrgInput) {
  const strip = <T extends { origin?: unknown }>(list: T[] | undefined) =>
    list?.map(({ origin: _, ...rest }) => rest);
  return {
    ...input,
    teams: strip(input.teams),
    people: strip(input.people),
    entities: strip(input.entities),
  };
}

describe('exportBackstageCatalog', () => {
  it('round-trips the Acme catalog: parse → export → parse gives the same input', async () => {
    const first = await loadBackstageCatalog(join(ACME, 'all.yaml'));
    const text = exportBackstageCatalog(first.input);
    const second = parseBackstageCatalog([{ file: 'export.yaml', text }]);
    expect(second.issues).toEqual([]);
    expect(withoutOrigin(second.input)).toEqual(withoutOrigin(first.input));
    expect(exportBackstageCatalog(second.input)).toBe(text);
    expect(readYamlDocuments(text).reader).toBe('fast');
  });

  it('writes Group, User, Domain, System, Component, API, Resource in that order, as backstage.io/v1alpha1', async () => {
    const { input } = await loadBackstageCatalog(join(ACME, 'all.yaml'));
    const docs = parseAllDocuments(exportBackstageCatalog(input)).map(
      (d) => d.toJS() as Record<string, unknown>,
    );
    const kinds = docs.map((d) => d.kind as string);
    const order = ['Group', 'User', 'Domain', 'System', 'Component', 'API', 'Resource'];
    expect([...new Set(kinds)]).toEqual(order);
    expect(kinds).toEqual([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(docs.every((d) => d.apiVersion === 'backstage.io/v1alpha1')).toBe(true);
    expect(docs.find((d) => (d.metadata as { name: string }).name === 'storefront-web')).toMatchObject({
      metadata: { labels: { tier: '1' } },
      spec: {
        owner: 'team-checkout',
        system: 'storefront',
        dependsOn: ['cart-service'],
        consumesApis: ['cart-api', 'payments-api'],
      },
    });
  });

  it('exports data from other sources too: namespaced owners, missing catalog names and required fields', () => {
    const snapshot: BackstageSnapshot = {
      teams: [{ slug: 'ops-sre', name: 'SRE', kind: 'team' }],
      people: [
        { email: 'jane.doe@example.com', name: 'Jane Doe', teams: ['ops-sre'] },
        { email: 'jane.doe@example.org', name: 'Jane Doe (contractor)' },
      ],
      entities: [
        {
          kind: 'component',
          namespace: 'ops',
          name: 'pager',
          owner: 'group:ops/sre',
          repository: 'acme/pager',
        },
        {
          kind: 'api',
          namespace: 'default',
          name: 'pager-api',
          owner: 'user:default/jane.doe',
          tier: 'tier 1',
        },
      ],
    };
    const r = parseBackstageCatalog([{ file: 'export.yaml', text: exportBackstageCatalog(snapshot) }]);
    expect(r.issues).toEqual([]);
    expect(r.input.people?.map((p) => [p.catalogName, p.teams])).toEqual([
      ['jane.doe', ['ops-sre']],
      ['jane.doe-2', []],
    ]);
    expect(r.input.entities).toEqual([
      expect.objectContaining({
        name: 'pager',
        owner: 'group:default/ops-sre',
        type: 'unknown',
        lifecycle: 'unknown',
        repository: 'acme/pager',
      }),
      expect.objectContaining({ name: 'pager-api', owner: 'user:default/jane.doe', tier: 'tier 1' }),
    ]);
  });
});

describe('generateBackstageCatalog', () => {
  const opts = { users: 300, groups: 40, components: 600 };

  it('is deterministic for a seed', () => {
    const a = generateBackstageCatalog(opts);
    expect(generateBackstageCatalog(opts)).toBe(a);
    expect(generateBackstageCatalog({ ...opts, seed: 2 })).not.toBe(a);
  });

  it('parses with zero issues into a department → group → team tree with owned, related components', () => {
    const text = generateBackstageCatalog(opts);
    const started = performance.now();
    const r = parseBackstageCatalog([{ file: 'generated.yaml', text }]);
    const ms = performance.now() - started;
    console.info(
      `backstage: parsed ${text.length} bytes, ${Object.values(r.counts).reduce((a, b) => a + b)} entities in ${ms.toFixed(0)} ms`,
    );
    expect(r.issues).toEqual([]);
    expect(readYamlDocuments(text).reader).toBe('fast');
    expect(r.counts).toEqual({ group: 40, user: 300, domain: 1, system: 30, component: 600, api: 30 });
    const teams = r.input.teams ?? [];
    const kindOf = new Map(teams.map((t) => [t.slug, t.kind]));
    expect(new Set(teams.map((t) => t.kind))).toEqual(new Set(['department', 'group', 'team']));
    for (const t of teams) {
      if (t.kind === 'department') expect(t.parent).toBeNull();
      if (t.kind === 'group') expect(kindOf.get(t.parent ?? '')).toBe('department');
      if (t.kind === 'team') expect(kindOf.get(t.parent ?? '')).toBe('group');
    }
    expect(r.input.people?.every((p) => (p.teams?.length ?? 0) > 0)).toBe(true);
    const components = r.input.entities?.filter((e) => e.kind === 'component') ?? [];
    expect(components.every((c) => c.owner && c.parent?.startsWith('system:'))).toBe(true);
    expect(components.filter((c) => (c.dependsOn?.length ?? 0) > 0).length).toBeGreaterThan(300);
  });
});
