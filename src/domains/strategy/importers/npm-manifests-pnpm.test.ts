import { describe, expect, it } from 'vitest';
import { parsePnpmLock } from './npm-manifests.js';

/** pnpm-lock.yaml in its three layouts, as pnpm 7 (5.4), pnpm 8 (6.0) and pnpm 9 (9.0) write them. */
const pnpm5 = `lockfileVersion: 5.4

specifiers:
  react: ^18.2.0
  react-dom: ^18.2.0
  typescript: ^5.0.0

dependencies:
  react: 18.2.0
  react-dom: 18.2.0_react@18.2.0

devDependencies:
  typescript: 5.0.4

packages:

  /loose-envify/1.4.0:
    resolution: {integrity: sha512-lyuxPGr/Wfhrlem2CL/UcnUc1zcqKAImBDzukY7Y5F/yQiNdko6+fRLevlw1HgMySw7f611UIY408EtxRSoK3Q==}
    hasBin: true
    dev: false

  /react-dom/18.2.0_react@18.2.0:
    resolution: {integrity: sha512-6IMTriUmvsjHUjNtEDudZfuDQUoWXVxKHhlEGSk81n4YFS+r/Kl99wXiwlVXtPBtJenozv2P+hxDsw9eA7Xo6g==}
    peerDependencies:
      react: ^18.2.0
    dependencies:
      loose-envify: 1.4.0
    dev: false

  /react/18.2.0:
    resolution: {integrity: sha512-/3IjMdb2L9QbBdWiW5e3P2/npwMBaU9mHCSCUzNln0ZCYbcfTsGbTJrU/kGemdH2IWmB2ioZ+zkxtmq6g09fGQ==}
    dev: false

  /typescript/5.0.4:
    resolution: {integrity: sha512-cW9T5W9xY37cc+jfEnaUvX91foxtHkza3Nw3wkoF4sSlKn0MONdkdEndig/qPBWXNkmplh3NzayQzCiHM4/hqw==}
    dev: true
`;

const pnpm6 = `lockfileVersion: '6.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

importers:

  .:
    devDependencies:
      '@types/node':
        specifier: ^20.11.0
        version: 20.11.5

  packages/web:
    dependencies:
      next:
        specifier: 14.1.0
        version: 14.1.0(react@18.2.0)
      '@acme/ui':
        specifier: workspace:*
        version: link:../ui

packages:

  /@types/node@20.11.5:
    resolution: {integrity: sha512-g557vgQjUUfN76MZAN/dt1z3dzcUsimuysco0KeluHgrPdJXkP/XdAURgyO2W9fZWHRtRBiVKzKn8vyOAwlG+w==}
    dev: true

  /next@14.1.0(react@18.2.0):
    resolution: {integrity: sha512-wlzrsbfeSU48YQBjZhDzOwhWhGsy+uQycR8bHAOt1LY1bn3zZEcDyHQOEoN3aWzQ8LHCAJ1nqrWCc9XF2+O45Q==}
    dev: false

  /react@18.2.0:
    resolution: {integrity: sha512-/3IjMdb2L9QbBdWiW5e3P2/npwMBaU9mHCSCUzNln0ZCYbcfTsGbTJrU/kGemdH2IWmB2ioZ+zkxtmq6g09fGQ==}
    dev: false
`;

const pnpm9 = `lockfileVersion: '9.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

importers:

  .:
    dependencies:
      fastify:
        specifier: ^4.26.0
        version: 4.26.0
    devDependencies:
      vitest:
        specifier: ^1.2.2
        version: 1.2.2(@types/node@20.11.5)

packages:

  '@types/node@20.11.5':
    resolution: {integrity: sha512-g557vgQjUUfN76MZAN/dt1z3dzcUsimuysco0KeluHgrPdJXkP/XdAURgyO2W9fZWHRtRBiVKzKn8vyOAwlG+w==}

  fastify@4.26.0:
    resolution: {integrity: sha512-Fq/7ziWKc6pYLYLIlCRaqJqEVTIZ5tZYfcW/mDK2AQ9v/sqjGQpQJzN3VDCULjAJtGHXJGsX1FIr2mavMOXH/Q==}

  vitest@1.2.2:
    resolution: {integrity: sha512-d5Ouvrnms3GD9USIK36KG8OZ5bEvKEkITFtnGv56HFaSlbItJuYr7hv2Lkn903+AvRAgSixiamozUVfORUekjw==}

snapshots:

  '@types/node@20.11.5': {}

  fastify@4.26.0: {}

  vitest@1.2.2(@types/node@20.11.5): {}
`;

describe('parsePnpmLock', () => {
  it('reads lockfileVersion 5.x (root dependencies, /name/version keys)', () => {
    const r = parsePnpmLock(pnpm5, 'pnpm-lock.yaml');
    expect(r.warnings).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.version, d.scope, d.direct, d.line])).toEqual([
      ['loose-envify', '1.4.0', 'runtime', false, 17],
      ['react-dom', '18.2.0', 'runtime', true, 22],
      ['react', '18.2.0', 'runtime', true, 30],
      ['typescript', '5.0.4', 'dev', true, 34],
    ]);
  });

  it('reads lockfileVersion 6.x importers and peer suffixes', () => {
    const r = parsePnpmLock(pnpm6, 'pnpm-lock.yaml');
    expect(r.dependencies.map((d) => [d.name, d.version, d.scope, d.direct])).toEqual([
      ['@types/node', '20.11.5', 'dev', true],
      ['next', '14.1.0', 'runtime', true],
      ['react', '18.2.0', 'runtime', false],
    ]);
  });

  it('reads lockfileVersion 9.x packages', () => {
    const r = parsePnpmLock(pnpm9, 'pnpm-lock.yaml');
    expect(r.dependencies.map((d) => [d.name, d.version, d.scope, d.direct, d.line])).toEqual([
      ['@types/node', '20.11.5', null, false, 21],
      ['fastify', '4.26.0', 'runtime', true, 24],
      ['vitest', '1.2.2', 'dev', true, 27],
    ]);
  });

  it('warns on an unknown lockfileVersion and on truncated YAML', () => {
    expect(parsePnpmLock("lockfileVersion: '3.0'\npackages: {}\n", 'pnpm-lock.yaml').warnings).toEqual([
      { file: 'pnpm-lock.yaml', message: 'pnpm-lock.yaml: unsupported pnpm lockfileVersion "3.0"' },
    ]);
    const truncated = parsePnpmLock(
      `${pnpm9.slice(0, pnpm9.indexOf('packages:'))}packages:\n  'fastify@4.26.0:\n`,
      'pnpm-lock.yaml',
    );
    expect(truncated.dependencies).toEqual([]);
    expect(truncated.warnings).toHaveLength(1);
    expect(truncated.warnings[0]?.message).toMatch(/invalid YAML at line \d+/);
  });
});
