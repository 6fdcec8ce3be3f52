import { describe, expect, it } from 'vitest';
import { parsePackageJson, parsePackageLock, parseYarnLock } from './npm-manifests.js';

const packageJson = `{
  "name": "@acme/web",
  "version": "2.4.0",
  "private": true,
  "workspaces": ["packages/*", "apps/*"],
  "scripts": { "build": "vite build", "test": "vitest" },
  "dependencies": {
    "react": "^18.2.0",
    "react-dom": "^18.2.0",
    "@tanstack/react-query": "5.28.4",
    "shared-ui": "workspace:*"
  },
  "devDependencies": {
    "typescript": "~5.4.2",
    "vitest": "^1.4.0"
  },
  "optionalDependencies": { "fsevents": "2.3.3" },
  "peerDependencies": { "react": ">=17" },
  "peerDependenciesMeta": { "react": { "optional": true } }
}
`;

describe('parsePackageJson', () => {
  it('reads every dependency section with scope, requirement and line', () => {
    const r = parsePackageJson(packageJson, 'apps/web/package.json');
    expect(r.warnings).toEqual([]);
    expect(r.workspaces).toEqual(['packages/*', 'apps/*']);
    expect(r.dependencies.map((d) => [d.name, d.version, d.scope])).toEqual([
      ['react', '^18.2.0', 'runtime'],
      ['react-dom', '^18.2.0', 'runtime'],
      ['@tanstack/react-query', '5.28.4', 'runtime'],
      ['shared-ui', 'workspace:*', 'runtime'],
      ['typescript', '~5.4.2', 'dev'],
      ['vitest', '^1.4.0', 'dev'],
      ['fsevents', '2.3.3', 'optional'],
      ['react', '>=17', 'optional'],
    ]);
    expect(r.dependencies[0]).toEqual({
      ecosystem: 'npm',
      name: 'react',
      version: '^18.2.0',
      requirement: '^18.2.0',
      scope: 'runtime',
      direct: true,
      file: 'apps/web/package.json',
      line: 8,
    });
    expect(r.dependencies.find((d) => d.name === 'typescript')?.line).toBe(14);
  });

  it('gives one warning with the line for invalid JSON', () => {
    const r = parsePackageJson(
      '{\n  "name": "x",\n  "dependencies": {\n    "react": "^18"\n    "vue": "^3"\n  }\n}',
      'package.json',
    );
    expect(r.dependencies).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.message).toMatch(/^package\.json: invalid JSON/);
    expect(r.warnings[0]?.line).toBe(5);
  });
});

const lockV3 = `{
  "name": "shop",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "shop",
      "version": "1.0.0",
      "workspaces": ["packages/api"],
      "dependencies": { "express": "^4.18.2" },
      "devDependencies": { "jest": "^29.7.0" }
    },
    "node_modules/@acme/api": { "resolved": "packages/api", "link": true },
    "node_modules/express": {
      "version": "4.18.2",
      "resolved": "https://registry.npmjs.org/express/-/express-4.18.2.tgz",
      "integrity": "sha512-5/PsL6iGPdfQ/lKM1UuielYgv3BUoJfz1aUwU9vHZ+J7gyvwdQXFEBIEIaxeGf0GIcreATNyBExtalisDbuMqQ==",
      "dependencies": { "debug": "2.6.9" }
    },
    "node_modules/debug": { "version": "2.6.9", "dependencies": { "ms": "2.0.0" } },
    "node_modules/jest": { "version": "29.7.0", "dev": true },
    "node_modules/fsevents": { "version": "2.3.3", "dev": true, "optional": true },
    "node_modules/jest/node_modules/ms": { "version": "2.1.3", "dev": true },
    "node_modules/ms": { "version": "2.0.0" },
    "packages/api": { "name": "@acme/api", "version": "0.1.0", "dependencies": { "zod": "^3.22.4" } },
    "node_modules/zod": { "version": "3.22.4" }
  }
}
`;

const lockV1 = `{
  "name": "legacy",
  "version": "1.0.0",
  "lockfileVersion": 1,
  "requires": true,
  "dependencies": {
    "lodash": { "version": "4.17.21", "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz" },
    "mocha": {
      "version": "10.2.0",
      "dev": true,
      "requires": { "ms": "2.1.3" },
      "dependencies": { "ms": { "version": "2.1.3", "dev": true } }
    },
    "ms": { "version": "2.0.0" }
  }
}
`;

describe('parsePackageLock', () => {
  it('reads the v2/v3 packages map, nested copies, workspaces and direct flags', () => {
    const r = parsePackageLock(lockV3, 'package-lock.json');
    expect(r.warnings).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.version, d.scope, d.direct])).toEqual([
      ['express', '4.18.2', 'runtime', true],
      ['debug', '2.6.9', 'runtime', false],
      ['jest', '29.7.0', 'dev', true],
      ['fsevents', '2.3.3', 'dev', false],
      ['ms', '2.1.3', 'dev', false],
      ['ms', '2.0.0', 'runtime', false],
      ['zod', '3.22.4', 'runtime', true],
    ]);
    expect(r.dependencies[0]?.line).toBe(15);
  });

  it('reads the v1 dependencies tree', () => {
    const r = parsePackageLock(lockV1, 'package-lock.json');
    expect(r.dependencies.map((d) => [d.name, d.version, d.scope, d.direct])).toEqual([
      ['lodash', '4.17.21', 'runtime', true],
      ['mocha', '10.2.0', 'dev', true],
      ['ms', '2.1.3', 'dev', false],
      ['ms', '2.0.0', 'runtime', false],
    ]);
    expect(r.dependencies[0]?.line).toBe(7);
  });

  it('warns on an unknown lockfileVersion and on invalid JSON', () => {
    const unknown = parsePackageLock(
      '{ "name": "x", "lockfileVersion": 7, "packages": {} }',
      'a/package-lock.json',
    );
    expect(unknown).toEqual({
      dependencies: [],
      warnings: [
        {
          file: 'a/package-lock.json',
          message: 'a/package-lock.json: unsupported package-lock lockfileVersion 7',
        },
      ],
    });
    const truncated = parsePackageLock(lockV3.slice(0, 400), 'package-lock.json');
    expect(truncated.dependencies).toEqual([]);
    expect(truncated.warnings).toHaveLength(1);
    expect(truncated.warnings[0]?.message).toContain('invalid JSON');
  });
});

const yarnV1 = `# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
# yarn lockfile v1


"@babel/code-frame@^7.0.0", "@babel/code-frame@^7.22.13":
  version "7.22.13"
  resolved "https://registry.yarnpkg.com/@babel/code-frame/-/code-frame-7.22.13.tgz#e3c1c099402598483b7a8c46a721d1038803755e"
  integrity sha512-XktuhWlJ5g+3TJXc5upd9Ks1HutSArik6jf2eAjYFyIOf4ej3RN+184cZbzDvbPnuTJIUhPKKJE3cIsYTiAT3w==
  dependencies:
    "@babel/highlight" "^7.22.13"
    chalk "^2.4.2"

"@babel/highlight@^7.22.13":
  version "7.22.20"
  resolved "https://registry.yarnpkg.com/@babel/highlight/-/highlight-7.22.20.tgz"

chalk@^2.4.2:
  version "2.4.2"

left-pad@1.3.0:
  version "1.3.0"
`;

const yarnBerry = `# This file is generated by running "yarn install" inside your project.
# Manual changes might be lost - proceed with caution!

__metadata:
  version: 8
  cacheKey: 10c0

"my-app@workspace:.":
  version: 0.0.0-use.local
  resolution: "my-app@workspace:."
  dependencies:
    lodash: "npm:^4.17.21"
    typescript: "patch:typescript@npm%3A^5.3.3#optional!builtin<compat/typescript>"
  languageName: unknown
  linkType: soft

"lodash@npm:^4.17.20, lodash@npm:^4.17.21":
  version: 4.17.21
  resolution: "lodash@npm:4.17.21"
  checksum: 10c0/d8cbea072bb08655bb4c989da418994b073a608dffa608b09ac04b43a791b12aeae7cd7ad919aa4c925f33b48490b5cfe6c1f71d827956071dae2e7bb3a6b74c
  languageName: node
  linkType: hard

"typescript@patch:typescript@npm%3A^5.3.3#optional!builtin<compat/typescript>":
  version: 5.3.3
  resolution: "typescript@patch:typescript@npm%3A5.3.3#optional!builtin<compat/typescript>::version=5.3.3&hash=e012d7"
  languageName: node
  linkType: hard
`;

describe('parseYarnLock', () => {
  it('reads yarn classic entries; packages nobody depends on are direct', () => {
    const r = parseYarnLock(yarnV1, 'yarn.lock');
    expect(r.warnings).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.version, d.direct, d.line])).toEqual([
      ['@babel/code-frame', '7.22.13', true, 5],
      ['@babel/highlight', '7.22.20', false, 13],
      ['chalk', '2.4.2', false, 17],
      ['left-pad', '1.3.0', true, 20],
    ]);
  });

  it('reads yarn berry entries; workspace dependencies are direct', () => {
    const r = parseYarnLock(yarnBerry, 'yarn.lock');
    expect(r.warnings).toEqual([]);
    expect(r.dependencies.map((d) => [d.name, d.version, d.direct, d.line])).toEqual([
      ['lodash', '4.17.21', true, 17],
      ['typescript', '5.3.3', true, 24],
    ]);
  });

  it('warns on a truncated berry lockfile and on a file that is not a lockfile', () => {
    const truncated = parseYarnLock(
      `${yarnBerry.slice(0, yarnBerry.indexOf('  checksum'))}  resolution: "x\n`,
      'yarn.lock',
    );
    expect(truncated.dependencies).toEqual([]);
    expect(truncated.warnings).toHaveLength(1);
    expect(truncated.warnings[0]?.message).toMatch(/^yarn\.lock: invalid YAML at line \d+/);
    expect(parseYarnLock('<html>oops</html>', 'yarn.lock').warnings[0]?.message).toContain(
      'not a yarn lockfile',
    );
  });
});
