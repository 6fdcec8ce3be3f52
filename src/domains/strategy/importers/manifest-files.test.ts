import { describe, expect, it } from 'vitest';
import { manifestKind, parseManifest } from './manifest-files.js';

describe('manifestKind', () => {
  it.each([
    ['package.json', 'package.json'],
    ['apps/web/package-lock.json', 'package-lock.json'],
    ['yarn.lock', 'yarn.lock'],
    ['pnpm-lock.yaml', 'pnpm-lock.yaml'],
    ['svc/go.mod', 'go.mod'],
    ['requirements.txt', 'requirements.txt'],
    ['requirements-dev.txt', 'requirements.txt'],
    ['requirements/prod.txt', 'requirements.txt'],
    ['pyproject.toml', 'pyproject.toml'],
    ['poetry.lock', 'poetry.lock'],
    ['crates/core/Cargo.toml', 'Cargo.toml'],
    ['Cargo.lock', 'Cargo.lock'],
    ['pom.xml', 'pom.xml'],
    ['build.gradle', 'build.gradle'],
    ['app/build.gradle.kts', 'build.gradle'],
    ['Gemfile.lock', 'Gemfile.lock'],
    ['composer.json', 'composer.json'],
    ['Dockerfile', 'Dockerfile'],
    ['docker/Dockerfile.prod', 'Dockerfile'],
    ['docker/api.Dockerfile', 'Dockerfile'],
    ['.github/workflows/ci.yml', 'github-workflow'],
    ['.github/workflows/release.yaml', 'github-workflow'],
    ['infra/main.tf', 'terraform'],
    ['C:\\repo\\go.mod', 'go.mod'],
  ])('%s is %s', (path, kind) => {
    expect(manifestKind(path)).toBe(kind);
  });

  it.each([
    'README.md',
    'node_modules/react/package.json',
    '.github/dependabot.yml',
    'docs/requirements.md',
    'tsconfig.json',
  ])('%s is not a manifest', (path) => {
    expect(manifestKind(path)).toBeNull();
  });
});

describe('parseManifest', () => {
  it('runs the parser for the path and names the file', () => {
    const r = parseManifest(
      'services/api/go.mod',
      'module example.com/api\n\ngo 1.22\n\nrequire github.com/go-chi/chi/v5 v5.0.12\n',
    );
    expect(r?.dependencies).toEqual([
      {
        ecosystem: 'go',
        name: 'github.com/go-chi/chi/v5',
        version: 'v5.0.12',
        requirement: 'v5.0.12',
        scope: null,
        direct: true,
        file: 'services/api/go.mod',
        line: 5,
      },
    ]);
  });

  it('returns null for a file that is not a manifest', () => {
    expect(parseManifest('src/index.ts', 'export {};')).toBeNull();
  });

  it('never throws on garbage for any kind', () => {
    const garbage = ['', '\u0000\u0001', '{{{{', '<<<', '[[[', '"unterminated', '- - -\n  : :', 'FROM'];
    const paths = [
      'package.json',
      'package-lock.json',
      'yarn.lock',
      'pnpm-lock.yaml',
      'go.mod',
      'requirements.txt',
      'pyproject.toml',
      'poetry.lock',
      'Cargo.toml',
      'Cargo.lock',
      'pom.xml',
      'build.gradle',
      'Gemfile.lock',
      'composer.json',
      'Dockerfile',
      '.github/workflows/ci.yml',
      'main.tf',
    ];
    for (const path of paths) {
      for (const text of garbage) {
        const r = parseManifest(path, text);
        expect(r).not.toBeNull();
        expect(r?.warnings.length ?? 0).toBeLessThanOrEqual(1);
        for (const w of r?.warnings ?? []) expect(w.message.startsWith(path)).toBe(true);
        if (r?.warnings.length) expect(r.dependencies).toEqual([]);
      }
    }
  });
});
