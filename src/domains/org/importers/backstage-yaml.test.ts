import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateBackstageCatalog } from './backstage-generate.js';
import { readWithYamlPackage, readYamlDocuments, resolvePlain } from './backstage-yaml.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : name.endsWith('.yaml') ? [path] : [];
  });
}

/** Both readers must agree on every value, row and problem. */
function expectSameAsYamlPackage(text: string) {
  const mine = readYamlDocuments(text);
  const reference = readWithYamlPackage(text);
  expect(mine.documents.map((d) => [d.row, d.value])).toEqual(
    reference.documents.map((d) => [d.row, d.value]),
  );
  expect(mine.problems).toEqual(reference.problems);
  return mine.reader;
}

const SNIPPETS = [
  'a: 1\nb: "x\\ty\\u00e9"\nc: \'it\'\'s\'\nd: [a, "b c", 3, true, null]\ne: {}\nf: []\n',
  'a:\n- x\n- y: 1\n  z: 2\nb: ~\n',
  'a:\n  b:\n    - url: https://x.example # comment\n      title: T\n    -\n      q: 1\n',
  'd: |\n  line1\n\n    indented\n  last\n\ne: x\n',
  'd: |-\n  a\n  b\n',
  'd: >\n  a\n  b\n\n  c\nz: 1\n',
  'd: >-\n  folded\n  text\n',
  'd: |\n  no newline at end',
  'd: |\n\n  leading empty line\n',
  'x: 0x1F\ny: 0o17\nz: 1.50\nw: .inf\nv: -.INF\nu: .nan\nt: 1e3\ns: +12\nr: 007\nq: True\np: NULL\no: -foo\n',
  '# comment\n---\na: 1\n---\n# only a comment\n---\nb: 2\n',
  '  a: 1\n  b: 2\n',
  'a: x:y\nb: http://x.example/z#frag\nc: a#b\n',
  '"quoted key": 1\n\'k2\': 2\n',
  'description: |\n  # not a comment\n  text\n# a comment\nb: 1\n',
  'k:\n  - a\n  -  b\n  -   c: 1\n      d: 2\n',
  'a: "x" # c\nb: \'y\'   # c\nc: [a,b ,c] # x\n',
  'a:\r\n  b: 1\r\n',
  'a:    \n  b: 1\n\n\n  c: 2\n',
  // Outside the subset: these go to the `yaml` package.
  'a: b: c\n',
  'a: 1\na: 2\n',
  'a: &x 1\nb: *x\n',
  'a: multi\n  line\n',
  'a: |+\n  kept\n\n',
  '- a\n- b\n',
  '%YAML 1.2\n---\na: 1\n',
];

describe('readYamlDocuments', () => {
  it.each(SNIPPETS.map((s) => [JSON.stringify(s).slice(0, 50), s]))(
    'agrees with the yaml package on %s',
    (_, text) => {
      expectSameAsYamlPackage(text);
    },
  );

  it('agrees with the yaml package on every fixture, reading nearly all of them itself', () => {
    const files = yamlFiles(FIXTURES);
    const slow = files.filter((f) => expectSameAsYamlPackage(readFileSync(f, 'utf8')) === 'yaml');
    expect(slow.map((f) => relative(FIXTURES, f))).toEqual([
      'backstage-bad/bad-yaml.yaml',
      'backstage-bad/not-a-mapping.yaml',
    ]);
  });

  it('agrees with the yaml package on 800 random mutations of the fixtures', () => {
    let seed = 20261123;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const texts = yamlFiles(FIXTURES).map((f) => readFileSync(f, 'utf8'));
    const inserts = [
      ' ',
      ':',
      ': ',
      '#',
      ' #',
      '- ',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      '|',
      '>',
      '\t',
      '\n',
      '\n  ',
      '---\n',
      '&a ',
      '*a',
      '!t ',
      '?',
      ',',
      '\\',
      '\r',
      '\u00a0',
    ];
    for (let n = 0; n < 800; n++) {
      let text = texts[Math.floor(random() * texts.length)] as string;
      for (let m = 0; m < 2; m++) {
        const at = Math.floor(random() * text.length);
        text =
          random() < 0.6
            ? text.slice(0, at) + inserts[Math.floor(random() * inserts.length)] + text.slice(at)
            : text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
      }
      expectSameAsYamlPackage(text);
    }
  });

  it('agrees with the yaml package on a generated catalog', () => {
    expect(
      expectSameAsYamlPackage(generateBackstageCatalog({ users: 40, groups: 8, components: 60, seed: 3 })),
    ).toBe('fast');
  });

  it('finds the line of a field like the yaml package does', () => {
    const text = readFileSync(
      join(FIXTURES, 'backstage', 'components', 'checkout', 'catalog-info.yaml'),
      'utf8',
    );
    const fast = readYamlDocuments(text).documents[1];
    const reference = readWithYamlPackage(text).documents[1];
    for (const path of [
      ['spec', 'providesApis', 0],
      ['spec', 'owner'],
      ['metadata', 'annotations', 'backstage.io/source-location'],
    ])
      expect(fast?.lineOf(path)).toBe(reference?.lineOf(path));
    expect(fast?.lineOf(['spec', 'owner'])).toBe(37);
    expect(fast?.lineOf(['spec', 'nothing'])).toBeUndefined();
  });

  it('resolves plain scalars like the core schema', () => {
    for (const s of [
      '1',
      '-2',
      '+3',
      '0o17',
      '0x1f',
      '1.5',
      '1e3',
      '.5',
      '.inf',
      '-.Inf',
      'true',
      'False',
      'null',
      '~',
      'abc',
      '1.2.3',
      '0x',
      'yes',
    ])
      expect(resolvePlain(s)).toEqual(parse(`v: ${s}`).v);
  });
});
