import { describe, expect, it } from 'vitest';
import { cycleOf, eolStatus, mergeEol, readEolDocument, shippedEolDataset } from './eol-dataset.js';
import { cycleFor, detectRuntimes, leadingVersion, runtimeFileKind } from './eol-runtimes.js';
import { parseManifest } from './importers/manifest-files.js';

const runtimes = (path: string, text: string) =>
  detectRuntimes(path, text, parseManifest(path, text)?.dependencies ?? []).map(
    (r) => `${r.product}@${r.cycle} (${r.version}) line ${r.line}`,
  );

describe('detectRuntimes', () => {
  it('reads base images of every stage, with registries and variants', () => {
    const text =
      'FROM docker.io/library/golang:1.21-alpine AS build\nRUN go build\nFROM python:3.8.18-slim-bookworm\nFROM eclipse-temurin:17-jre\nFROM openjdk:1.8\nFROM node:lts\n';
    expect(runtimes('svc/Dockerfile', text)).toEqual([
      'go@1.21 (1.21) line 1',
      'python@3.8 (3.8.18) line 3',
      'eclipse-temurin@17 (17) line 4',
      'eclipse-temurin@8 (1.8) line 5',
    ]);
  });

  it('reads version files, engines, go directive, requires-python, composer, Gemfile, pom and workflows', () => {
    expect(runtimes('.nvmrc', 'v18.17.0\n')).toEqual(['nodejs@18 (18.17.0) line 1']);
    expect(runtimes('.nvmrc', 'lts/gallium\n')).toEqual(['nodejs@16 (16) line 1']);
    expect(runtimes('.python-version', '3.11.4\n')).toEqual(['python@3.11 (3.11.4) line 1']);
    expect(runtimes('.ruby-version', 'ruby-3.1.2\n')).toEqual(['ruby@3.1 (3.1.2) line 1']);
    expect(
      runtimes('.tool-versions', '# tools\nnodejs 20.11.1\npython 3.12.1\ngolang 1.22.0\nterraform 1.7.0\n'),
    ).toEqual(['nodejs@20 (20.11.1) line 2', 'python@3.12 (3.12.1) line 3', 'go@1.22 (1.22.0) line 4']);
    expect(runtimes('runtime.txt', 'python-3.9.18\n')).toEqual(['python@3.9 (3.9.18) line 1']);
    expect(
      runtimes('web/package.json', '{\n  "name": "w",\n  "engines": {\n    "node": ">=16 <21"\n  }\n}\n'),
    ).toEqual(['nodejs@16 (16) line 4']);
    expect(runtimes('go.mod', 'module x\n\ngo 1.19\n')).toEqual(['go@1.19 (1.19) line 3']);
    expect(runtimes('pyproject.toml', '[project]\nname = "x"\nrequires-python = ">=3.8,<4"\n')).toEqual([
      'python@3.8 (3.8) line 3',
    ]);
    expect(runtimes('setup.py', "setup(name='x', python_requires='>=3.7')\n")).toEqual([
      'python@3.7 (3.7) line 1',
    ]);
    expect(runtimes('composer.json', '{\n  "require": {\n    "php": "^7.4|^8.0"\n  }\n}\n')).toEqual([
      'php@7.4 (7.4) line 3',
    ]);
    expect(runtimes('Gemfile', "source 'https://rubygems.org'\nruby '2.7.8'\n")).toEqual([
      'ruby@2.7 (2.7.8) line 2',
    ]);
    expect(
      runtimes(
        'pom.xml',
        '<project>\n<properties>\n<java.version>11</java.version>\n</properties>\n</project>\n',
      ),
    ).toEqual(['eclipse-temurin@11 (11) line 3']);
    expect(
      runtimes(
        '.github/workflows/ci.yml',
        'on: push\njobs:\n  b:\n    runs-on: x\n    steps:\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 16\n',
      ),
    ).toEqual(['nodejs@16 (16) line 8']);
  });

  it('leaves out what it cannot read', () => {
    expect(runtimes('.nvmrc', 'node\n')).toEqual([]);
    expect(runtimes('Dockerfile', 'FROM node:latest\n')).toEqual([]);
    expect(runtimeFileKind('node_modules/x/.nvmrc')).toBeNull();
    expect(runtimeFileKind('api/.python-version')).toBe('.python-version');
    expect(leadingVersion('temurin-17.0.8+7')).toBe('17.0.8');
    expect(cycleFor('postgresql', '9.6.24')).toBe('9.6');
    expect(cycleFor('postgresql', '16.2')).toBe('16');
  });
});

describe('the end-of-life dataset', () => {
  const { dataset, source } = shippedEolDataset();

  it('ships a dated snapshot of endoflife.date with the main runtimes', () => {
    expect(source.url).toBe('https://endoflife.date');
    expect(source.snapshot).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const p of ['nodejs', 'python', 'go', 'eclipse-temurin', 'ruby', 'php', 'postgresql']) {
      expect(dataset.get(p)?.length, p).toBeGreaterThan(3);
    }
  });

  it('finds the cycle of a version and its status on a day', () => {
    const node = dataset.get('nodejs')!;
    expect(cycleOf(node, '16.20.2')?.cycle).toBe('16');
    expect(eolStatus(cycleOf(node, '16'), '2026-11-24')).toBe('ended');
    expect(eolStatus(cycleOf(node, '22'), '2026-11-24')).toBe('ending');
    expect(eolStatus(cycleOf(node, '22'), '2025-01-01')).toBe('supported');
    expect(eolStatus(cycleOf(node, '7'), '2025-01-01')).toBe('unknown');
    expect(cycleOf(dataset.get('python')!, '3.1')).toBeNull();
    expect(cycleOf(dataset.get('python')!, '3.10.4')?.cycle).toBe('3.10');
    expect(
      eolStatus({ cycle: '1.25', releaseDate: null, eol: null, ended: false, latest: null }, '2030-01-01'),
    ).toBe('supported');
    expect(
      eolStatus({ cycle: '1.1', releaseDate: null, eol: null, ended: true, latest: null }, '2030-01-01'),
    ).toBe('ended');
  });

  it('reads the endoflife.date shape and names the JSON path of each problem', () => {
    const ok = readEolDocument(
      [{ cycle: 24, releaseDate: '2025-05-06', eol: '2028-04-30', latest: '24.1.0' }],
      'node.json',
      'nodejs',
    );
    expect(ok.issues).toEqual([]);
    expect(mergeEol(dataset, ok.dataset).get('nodejs')).toEqual([
      { cycle: '24', releaseDate: '2025-05-06', eol: '2028-04-30', ended: false, latest: '24.1.0' },
    ]);
    const bad = readEolDocument(
      { _note: 'x', ruby: [{ cycle: '3.3', eol: 'soon' }, { eol: true }], Go: {} },
      'eol.json',
    );
    expect(bad.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      '$.ruby[0].eol: expected a date YYYY-MM-DD or true/false, got "soon"',
      '$.ruby[1].cycle: missing cycle',
      '$.Go: product "Go": use the endoflife.date id (lower case)',
      '$.Go: expected a list of cycles',
    ]);
    expect(readEolDocument([], 'x.json').issues[0]?.message).toMatch(/option product/);
  });
});
