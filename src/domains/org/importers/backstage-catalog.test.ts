import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CatalogFile, loadBackstageCatalog, parseBackstageCatalog } from './backstage-catalog.js';
import type { ImportIssue, ParseResult } from './org-input.js';

const here = dirname(fileURLToPath(import.meta.url));
const ACME = join(here, 'fixtures', 'backstage');
const BAD = join(here, 'fixtures', 'backstage-bad');
const errors = (issues: ImportIssue[]) => issues.filter((i) => i.severity === 'error');
const warnings = (issues: ImportIssue[]) => issues.filter((i) => i.severity === 'warning');
const entity = (r: ParseResult, ref: string) =>
  r.input.entities?.find((e) => `${e.kind}:${e.namespace}/${e.name}` === ref);
const team = (r: ParseResult, slug: string) => r.input.teams?.find((t) => t.slug === slug);
const person = (r: ParseResult, catalogName: string) =>
  r.input.people?.find((p) => p.catalogName === catalogName);
const doc = (kind: string, name: string, spec: string, extra = '') =>
  `apiVersion: backstage.io/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\n${extra}spec:\n${spec}`;

describe('parseBackstageCatalog: the Acme catalog', () => {
  let r: ParseResult;
  beforeAll(async () => {
    r = await loadBackstageCatalog(join(ACME, 'all.yaml'));
  });

  it('counts every kind, has no errors and warns about the url Location and the Template', () => {
    expect(r.counts).toEqual({
      location: 3,
      group: 10,
      user: 9,
      domain: 3,
      system: 4,
      component: 9,
      api: 2,
      resource: 3,
      template: 1,
    });
    expect(errors(r.issues)).toEqual([]);
    expect(warnings(r.issues).map((i) => [i.file, i.entity])).toEqual([
      ['all.yaml', 'location:default/vendor-catalog'],
      ['templates/create-service.yaml', 'template:default/create-service'],
    ]);
    expect(r.input.source).toBe('backstage');
    expect([r.input.teams?.length, r.input.people?.length, r.input.entities?.length]).toEqual([10, 9, 21]);
  });

  it('maps Groups to teams: kind from spec.type, parent from spec.parent or a parent’s spec.children', () => {
    expect(team(r, 'acme-corp')).toMatchObject({
      name: 'ACME Corp',
      kind: 'department',
      parent: null,
      description: 'The whole company',
      email: 'everyone@acme-corp.example',
      origin: { file: 'org/groups.yaml', row: 1, entity: 'group:default/acme-corp' },
    });
    expect(team(r, 'engineering')).toMatchObject({
      name: 'Engineering',
      kind: 'department',
      parent: 'acme-corp',
    });
    expect(team(r, 'product')).toMatchObject({ name: 'Product & Design', parent: 'acme-corp' });
    expect(team(r, 'platform')).toMatchObject({ kind: 'group', parent: 'engineering' });
    expect(team(r, 'commerce')).toMatchObject({ kind: 'group', parent: 'engineering' });
    expect(team(r, 'team-devex')).toMatchObject({ kind: 'team', parent: 'platform' });
    expect(team(r, 'team-payments')).toMatchObject({ kind: 'team', parent: 'commerce' });
    const order = r.input.teams?.map((t) => t.slug) ?? [];
    for (const t of r.input.teams ?? [])
      if (t.parent) expect(order.indexOf(t.parent)).toBeLessThan(order.indexOf(t.slug));
  });

  it('maps Users to people: lower-cased e-mail, display name, teams from memberOf and Group members', () => {
    expect(person(r, 'hedda.larsen')).toMatchObject({
      email: 'hedda.larsen@acme-corp.example',
      name: 'Hedda Larsen',
      githubLogin: 'hlarsen',
      teams: ['engineering'],
    });
    expect(person(r, 'rosa.lindqvist')).toMatchObject({ name: 'Rosa Lindqvist', teams: ['team-devex'] });
    expect(person(r, 'amani.okoye')?.teams).toEqual(['team-infra', 'team-devex']);
    expect(person(r, 'lucia.ferraro')).toMatchObject({
      name: 'Lucía Ferraro',
      teams: ['team-payments', 'commerce'],
    });
    expect(person(r, 'kenji.arai')).toMatchObject({ teams: ['team-payments'], githubLogin: null });
  });

  it('maps Components, APIs, Resources, Systems and Domains with canonical references', () => {
    expect(entity(r, 'component:default/storefront-web')).toMatchObject({
      title: 'Storefront web app',
      type: 'website',
      lifecycle: 'production',
      tier: '1',
      owner: 'group:default/team-checkout',
      parent: 'system:default/storefront',
      dependsOn: ['component:default/cart-service'],
      consumesApis: ['api:default/cart-api', 'api:default/payments-api'],
      tags: ['react', 'typescript'],
      links: [
        { url: 'https://shop.acme-corp.example', title: 'Production' },
        { url: 'https://grafana.acme-corp.example/d/storefront' },
      ],
      repository: 'acme-corp/storefront-web',
      origin: { file: 'components/checkout/catalog-info.yaml', row: 1 },
    });
    expect(entity(r, 'component:default/cart-service')).toMatchObject({
      providesApis: ['api:default/cart-api'],
      dependsOn: ['resource:default/cart-db'],
      repository: 'acme-corp/cart-service',
    });
    expect(entity(r, 'component:default/payments-service')).toMatchObject({
      tier: '0',
      annotations: expect.objectContaining({ 'pagerduty.com/service-id': 'PX1Y2Z3' }),
    });
    expect(entity(r, 'component:default/ledger')?.tier).toBe('1');
    expect(entity(r, 'component:default/build-runner')?.dependsOn).toContain('component:ops/metrics-agent');
    expect(entity(r, 'component:ops/metrics-agent')).toMatchObject({
      owner: 'group:default/team-infra',
      parent: 'system:default/build-infra',
      repository: 'acme-corp/metrics-agent',
    });
    expect(entity(r, 'component:default/release-notes-bot')?.owner).toBe('user:default/ines.moreau');
    expect(entity(r, 'component:default/portal')?.description).toBe(
      'The internal developer portal.\nBuilt on Backstage; this very catalog feeds it.\n',
    );
    expect(entity(r, 'api:default/payments-api')).toMatchObject({
      type: 'grpc',
      parent: 'system:default/payment-processing',
    });
    expect(entity(r, 'resource:default/artifact-bucket')).toMatchObject({ tier: '2', type: 's3-bucket' });
    expect(entity(r, 'system:default/payment-processing')?.parent).toBe('domain:default/payments');
    expect(entity(r, 'domain:default/payments')).toMatchObject({
      parent: 'domain:default/commerce',
      owner: 'group:default/team-payments',
    });
    expect(r.input.entities?.map((e) => e.kind)).toEqual([
      ...Array(3).fill('domain'),
      ...Array(4).fill('system'),
      ...Array(9).fill('component'),
      ...Array(2).fill('api'),
      ...Array(3).fill('resource'),
    ]);
  });
});

describe('parseBackstageCatalog: malformed catalogs', () => {
  let r: ParseResult;
  const of = (file: string) => r.issues.filter((i) => i.file === file);
  beforeAll(async () => {
    r = await loadBackstageCatalog(BAD);
  });

  it.each([
    ['bad-yaml.yaml', 14, undefined, /^Invalid YAML: Nested mappings .* at line 14, column 10\.$/],
    ['unknown-kind.yaml', 1, 'compnent:default/typo-service', /^Unknown kind "Compnent"/],
    [
      'missing-owner.yaml',
      1,
      'component:default/orphan-service',
      /^Component component:default\/orphan-service is missing spec\.owner\.$/,
    ],
    [
      'missing-relation.yaml',
      12,
      'component:default/lonely-service',
      /spec\.dependsOn points to component:default\/does-not-exist, which is neither in these files nor already in Quarterdeck/,
    ],
    [
      'duplicate-second.yaml',
      1,
      'component:default/twin-service',
      /is defined twice: also in duplicate-first\.yaml \(line 1\)/,
    ],
    [
      'user-without-email.yaml',
      1,
      'user:default/no.mail',
      /^User user:default\/no\.mail has no spec\.profile\.email\.$/,
    ],
    ['missing-api-version.yaml', 1, 'component:default/versionless-service', /has no apiVersion/],
    ['missing-kind.yaml', 1, undefined, /^Entity "kindless-thing" has no kind\.$/],
    ['missing-name.yaml', 1, undefined, /^Component entity has no metadata\.name\.$/],
    ['not-a-mapping.yaml', 1, undefined, /not a mapping/],
    [
      'bad-reference.yaml',
      10,
      'component:default/misreferenced-service',
      /spec\.providesApis\[0\] "component:good-service" must refer to an API/,
    ],
    [
      'children-conflict.yaml',
      7,
      'group:default/conflict-parent',
      /spec\.children lists group:default\/conflict-child, whose spec\.parent is group:default\/team-good/,
    ],
    [
      'location-missing-target.yaml',
      8,
      'location:default/broken-location',
      /points to \.\/moved-away\/catalog-info\.yaml/,
    ],
  ])('%s: one error at row %s naming the entity', (file, row, ref, message) => {
    expect(of(file)).toEqual([
      expect.objectContaining({ file, row, severity: 'error', message: expect.stringMatching(message) }),
    ]);
    expect(of(file)[0]?.entity).toBe(ref);
  });

  it('names every Group of a parent cycle, on each of them', () => {
    const cycle =
      'group:default/cycle-a → group:default/cycle-b → group:default/cycle-c → group:default/cycle-a';
    expect(of('group-cycle.yaml').map((i) => [i.entity, i.row, i.field, i.message])).toEqual(
      ['a', 'b', 'c'].map((x, k) => [
        `group:default/cycle-${x}`,
        7 + 9 * k,
        'spec.parent',
        `Group group:default/cycle-${x}: spec.parent makes a cycle: ${cycle}.`,
      ]),
    );
  });

  it('makes entities whose relations point at an invalid entity invalid too, saying which', () => {
    expect(of('cascade.yaml').map((i) => [i.row, i.entity, i.message])).toEqual([
      [
        7,
        'system:default/shaky-system',
        expect.stringContaining('spec.owner points to group:default/ghost-team, which is neither'),
      ],
      [
        17,
        'api:default/shaky-api',
        'API api:default/shaky-api: spec.system points to system:default/shaky-system, which is invalid (see its errors).',
      ],
      [
        28,
        'component:default/shaky-consumer',
        expect.stringContaining('spec.consumesApis points to api:default/shaky-api, which is invalid'),
      ],
    ]);
  });

  it('still imports the valid entities, and none of the invalid ones', () => {
    expect(r.input.teams?.map((t) => t.slug)).toEqual(['team-good', 'conflict-child']);
    expect(r.input.people?.map((p) => p.email)).toEqual(['good.user@example.com']);
    expect(r.input.entities?.map((e) => `${e.kind}:${e.name}`)).toEqual([
      'system:good-system',
      'component:survivor-service',
      'component:twin-service',
      'component:good-service',
    ]);
    expect(errors(r.issues)).toHaveLength(19);
    expect(warnings(r.issues)).toEqual([]);
  });
});

describe('parseBackstageCatalog: references', () => {
  const files: CatalogFile[] = [
    {
      file: 'catalog-info.yaml',
      text: [
        doc(
          'Component',
          'billing',
          '  type: service\n  lifecycle: production\n  owner: payments\n  dependsOn: [legacy-ledger]\n',
        ),
        doc('User', 'jdoe', '  profile:\n    email: jdoe@example.com\n  memberOf: [payments]\n'),
        doc(
          'Group',
          'billing-team',
          '  type: team\n  parent: engineering\n  children: []\n  members: [user:default/asmith]\n',
        ),
      ].join('---\n'),
    },
  ];

  it('reports relations to entities that are neither in the files nor known', () => {
    const r = parseBackstageCatalog(files);
    expect(
      errors(r.issues).map((i) => [i.entity, i.field, i.message.replace(/.*points to (\S+),.*/, '$1')]),
    ).toEqual([
      ['component:default/billing', 'spec.owner', 'group:default/payments'],
      ['component:default/billing', 'spec.dependsOn', 'component:default/legacy-ledger'],
      ['user:default/jdoe', 'spec.memberOf', 'group:default/payments'],
      ['group:default/billing-team', 'spec.parent', 'group:default/engineering'],
      ['group:default/billing-team', 'spec.members', 'user:default/asmith'],
    ]);
    expect(r.input).toEqual({ source: 'backstage', teams: [], people: [], entities: [] });
  });

  it('lets relations point at `known` references already in Quarterdeck', () => {
    const known = new Set([
      'group:default/payments',
      'component:default/legacy-ledger',
      'group:default/engineering',
      'user:default/asmith',
    ]);
    const r = parseBackstageCatalog(files, { known });
    expect(errors(r.issues)).toEqual([]);
    expect(warnings(r.issues)).toEqual([
      expect.objectContaining({
        entity: 'group:default/billing-team',
        message: expect.stringContaining('membership is not imported'),
      }),
    ]);
    expect(r.input.entities?.[0]).toMatchObject({
      owner: 'group:default/payments',
      dependsOn: ['component:default/legacy-ledger'],
    });
    expect(r.input.people?.[0]?.teams).toEqual(['payments']);
    expect(r.input.teams?.[0]?.parent).toBe('engineering');
  });

  it('follows Backstage defaults: case-insensitive refs, namespace of the entity, slugs of namespaced Groups', () => {
    const r = parseBackstageCatalog([
      {
        file: 'ops.yaml',
        text: [
          doc('Group', 'SRE', '  type: squad\n  children: []\n', '  namespace: ops\n'),
          doc(
            'Component',
            'pager',
            '  type: service\n  lifecycle: production\n  owner: Group:SRE\n  dependsOn: [Resource:default/Queue]\n',
            '  namespace: ops\n',
          ),
          doc('Resource', 'queue', '  type: queue\n  owner: group:ops/sre\n'),
          doc('User', 'Kim', '  profile:\n    email: KIM@Example.com\n  memberOf: [ops/sre]\n'),
        ].join('---\n'),
      },
    ]);
    expect(r.issues).toEqual([]);
    expect(r.input.teams).toEqual([expect.objectContaining({ slug: 'ops-sre', name: 'SRE', kind: 'team' })]);
    expect(r.input.entities?.find((e) => e.name === 'pager')).toMatchObject({
      namespace: 'ops',
      owner: 'group:ops/sre',
      dependsOn: ['resource:default/queue'],
    });
    expect(r.input.people?.[0]).toMatchObject({
      email: 'kim@example.com',
      catalogName: 'Kim',
      name: 'Kim',
      teams: ['ops-sre'],
    });
  });

  it('refuses two Users with one e-mail and two Groups with one slug', () => {
    const r = parseBackstageCatalog([
      {
        file: 'dupes.yaml',
        text: [
          doc('User', 'a', '  profile:\n    email: same@example.com\n'),
          doc('User', 'b', '  profile:\n    email: Same@example.com\n'),
          doc('Group', 'ops-sre', '  type: team\n  children: []\n'),
          doc('Group', 'sre', '  type: team\n  children: []\n', '  namespace: ops\n'),
        ].join('---\n'),
      },
    ]);
    expect(errors(r.issues).map((i) => [i.entity, i.message])).toEqual([
      [
        'user:default/b',
        expect.stringContaining('its e-mail "same@example.com" is already that of user:default/a'),
      ],
      [
        'group:ops/sre',
        expect.stringContaining('its team slug "ops-sre" is already that of group:default/ops-sre'),
      ],
    ]);
  });

  it('ignores kinds of other API groups with a warning', () => {
    const r = parseBackstageCatalog([
      { file: 'x.yaml', text: 'apiVersion: example.com/v1\nkind: Pipeline\nmetadata:\n  name: ci\n' },
    ]);
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        entity: 'pipeline:default/ci',
        message: 'Ignored kind Pipeline: Quarterdeck does not import it.',
      }),
    ]);
  });
});
