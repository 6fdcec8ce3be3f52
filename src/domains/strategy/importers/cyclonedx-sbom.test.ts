import { describe, expect, it } from 'vitest';
import { parseCycloneDx, parsePurl } from './cyclonedx-sbom.js';
import { languageOf, languageShares } from './language-shares.js';

const sbom = (extra: object = {}) =>
  JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    metadata: { component: { 'bom-ref': 'root', name: 'shop', type: 'application' } },
    components: [
      { 'bom-ref': 'r', type: 'library', name: 'react', version: '18.3.1', purl: 'pkg:npm/react@18.3.1' },
      {
        'bom-ref': 's',
        type: 'library',
        name: 'core',
        purl: 'pkg:npm/%40angular/core@17.0.0',
        scope: 'optional',
      },
      {
        'bom-ref': 'g',
        type: 'library',
        purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1?type=jar',
        components: [{ type: 'library', purl: 'pkg:golang/github.com/jackc/pgx/v5@v5.5.5' }],
      },
      { type: 'operating-system', name: 'debian' },
    ],
    dependencies: [{ ref: 'root', dependsOn: ['r', 'g'] }],
    ...extra,
  });

describe('parseCycloneDx', () => {
  it('reads components with purls, nested ones too, with direct from the dependency graph', () => {
    const r = parseCycloneDx(sbom(), 'shop.cdx.json');
    expect(r.subject).toBe('shop');
    expect(
      r.components.map(
        (c) => `${c.ecosystem}:${c.name}@${c.version} ${c.direct ? 'direct' : 'indirect'} ${c.scope}`,
      ),
    ).toEqual([
      'npm:react@18.3.1 direct null',
      'npm:@angular/core@17.0.0 indirect optional',
      'maven:org.apache.logging.log4j:log4j-core@2.17.1 direct null',
      'go:github.com/jackc/pgx/v5@v5.5.5 indirect null',
    ]);
    expect(r.issues).toEqual([
      {
        file: 'shop.cdx.json',
        field: '$.components[3]',
        message: 'operating-system debian has no purl; left out',
        severity: 'warning',
      },
    ]);
  });

  it('names the file and JSON path of each error', () => {
    const bad = JSON.stringify({
      bomFormat: 'SPDX',
      specVersion: '1.2',
      components: [{ purl: 'npm/react' }, { purl: 7 }],
    });
    expect(parseCycloneDx(bad, 'b.json').issues.map((i) => `${i.file} ${i.field}: ${i.message}`)).toEqual([
      'b.json $.bomFormat: expected "CycloneDX", got "SPDX"',
      'b.json $.specVersion: spec version "1.2" is not read; supported: 1.4, 1.5, 1.6',
      'b.json $.components[0].purl: not a package URL: "npm/react" (pkg:type/namespace/name@version)',
      'b.json $.components[1].purl: expected a string',
    ]);
    const broken = parseCycloneDx('{\n  "bomFormat": "CycloneDX",\n  oops\n}', 'c.json');
    expect(broken.issues[0]).toMatchObject({ file: 'c.json', field: '$', severity: 'error' });
    expect(broken.issues[0]?.row).toBe(3);
  });

  it('maps purl types to ecosystems', () => {
    expect(parsePurl('pkg:pypi/Django_Rest@3.0')).toEqual({
      ecosystem: 'pypi',
      name: 'django-rest',
      version: '3.0',
    });
    expect(parsePurl('pkg:gem/rails@7.1.0')).toEqual({
      ecosystem: 'rubygems',
      name: 'rails',
      version: '7.1.0',
    });
    expect(parsePurl('pkg:docker/library/node@16?arch=amd64')).toEqual({
      ecosystem: 'docker',
      name: 'library/node',
      version: '16',
    });
    expect(parsePurl('pkg:githubactions/actions/checkout@v4')).toEqual({
      ecosystem: 'github-actions',
      name: 'actions/checkout',
      version: 'v4',
    });
    expect(parsePurl('pkg:deb/debian/curl@7.88')).toEqual({
      ecosystem: 'deb',
      name: 'debian/curl',
      version: '7.88',
    });
    expect(parsePurl('react@1')).toBeNull();
  });
});

describe('language shares', () => {
  it('counts bytes per language and leaves out vendored, generated and minified files', () => {
    expect(languageOf('src/a.tsx')).toBe('TypeScript');
    expect(languageOf('vendor/github.com/x/y.go')).toBeNull();
    expect(languageOf('api/user.pb.go')).toBeNull();
    expect(languageOf('static/app.min.js')).toBeNull();
    expect(languageOf('README.md')).toBeNull();
    expect(languageOf('deploy/Dockerfile.prod')).toBe('Dockerfile');
    expect(
      languageShares([
        { path: 'a.go', size: 100 },
        { path: 'b.go', size: 50 },
        { path: 'web/x.ts', size: 200 },
        { path: 'node_modules/p/i.js', size: 9999 },
      ]),
    ).toEqual([
      { language: 'TypeScript', bytes: 200, files: 1 },
      { language: 'Go', bytes: 150, files: 2 },
    ]);
  });
});
