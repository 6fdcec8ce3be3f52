import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCatalogFiles } from './backstage-catalog.js';
import { globToRegExp } from './backstage-read.js';
import type { ImportIssue } from './org-input.js';

const here = dirname(fileURLToPath(import.meta.url));
const ACME = join(here, 'fixtures', 'backstage');
const BAD = join(here, 'fixtures', 'backstage-bad');
const errors = (issues: ImportIssue[]) => issues.filter((i) => i.severity === 'error');

const ACME_FILES = [
  'all.yaml',
  'org/org.yaml',
  'domains.yaml',
  'systems/commerce.yaml',
  'systems/platform.yaml',
  'components/checkout/catalog-info.yaml',
  'components/ops/catalog-info.yaml',
  'components/payments/catalog-info.yaml',
  'components/platform/catalog-info.yaml',
  'apis/cart-api.yaml',
  'apis/payments-api.yaml',
  'resources.yaml',
  'templates/create-service.yaml',
  'org/groups.yaml',
  'org/people/engineering.yaml',
  'org/people/product.yaml',
];

describe('readCatalogFiles', () => {
  it('follows Locations from the root file, nested ones and globs included, reading each file once', async () => {
    const { files, issues } = await readCatalogFiles(join(ACME, 'all.yaml'));
    expect(files.map((f) => f.file)).toEqual(ACME_FILES);
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'all.yaml',
        row: 24,
        entity: 'location:default/vendor-catalog',
        field: 'spec.target',
        severity: 'warning',
        message: expect.stringContaining('is a url target'),
      }),
    ]);
  });

  it('reads every YAML file of a folder, and Locations pointing inside it add nothing twice', async () => {
    const { files } = await readCatalogFiles(ACME);
    expect(files.map((f) => f.file).sort()).toEqual([...ACME_FILES].sort());
  });

  it('reports a missing Location target as an error naming the Location file and entity', async () => {
    const { files, issues } = await readCatalogFiles(join(BAD, 'location-missing-target.yaml'));
    expect(files.map((f) => f.file)).toEqual(['location-missing-target.yaml', 'valid.yaml']);
    expect(issues).toEqual([
      {
        file: 'location-missing-target.yaml',
        row: 8,
        entity: 'location:default/broken-location',
        field: 'spec.targets',
        severity: 'error',
        message:
          'Location location:default/broken-location points to ./moved-away/catalog-info.yaml (moved-away/catalog-info.yaml), which does not exist.',
      },
    ]);
  });

  it('reports a root path that does not exist', async () => {
    const { files, issues } = await readCatalogFiles(join(BAD, 'nowhere'));
    expect(files).toEqual([]);
    expect(errors(issues)).toHaveLength(1);
  });

  it('matches globs with *, ? and ** (any number of folders, none included)', () => {
    const re = globToRegExp('**/catalog-info.yaml');
    expect(
      ['catalog-info.yaml', 'a/catalog-info.yaml', 'a/b/catalog-info.yaml'].every((p) => re.test(p)),
    ).toBe(true);
    expect(re.test('a/other.yaml')).toBe(false);
    expect(globToRegExp('*.yaml').test('x/y.yaml')).toBe(false);
    expect(globToRegExp('team-?.y*ml').test('team-a.yml')).toBe(true);
    expect(globToRegExp('a.b').test('axb')).toBe(false);
  });
});
