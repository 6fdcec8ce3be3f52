import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  codeownersPatternToRegExp,
  findCodeownersFiles,
  ownersForPath,
  parseCodeowners,
} from './codeowners.js';

const dir = mkdtempSync(join(tmpdir(), 'qd-codeowners-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** GitHub's documented example file, with its comments. */
const GITHUB_EXAMPLE = `# This is a comment.
# Each line is a file pattern followed by one or more owners.

*       @global-owner1 @global-owner2
*.js    @js-owner #This is an inline comment.
*.go docs@example.com
*.txt @octo-org/octocats
/build/logs/ @doctocat
docs/*  docs@example.com
apps/ @octocat
/docs/ @doctocat
/scripts/ @doctocat @octocat
**/logs @octocat
/apps/ @octocat
/apps/github
`;

describe('findCodeownersFiles', () => {
  it('lists the files present in the order GitHub looks for them', () => {
    mkdirSync(join(dir, 'repo/.github'), { recursive: true });
    mkdirSync(join(dir, 'repo/docs/CODEOWNERS'), { recursive: true });
    expect(findCodeownersFiles(join(dir, 'repo'))).toEqual([]);
    writeFileSync(join(dir, 'repo/CODEOWNERS'), '* @a\n');
    expect(findCodeownersFiles(join(dir, 'repo'))).toEqual(['CODEOWNERS']);
    writeFileSync(join(dir, 'repo/.github/CODEOWNERS'), '* @b\n');
    expect(findCodeownersFiles(join(dir, 'repo'))).toEqual(['.github/CODEOWNERS', 'CODEOWNERS']);
    expect(findCodeownersFiles(join(dir, 'missing'))).toEqual([]);
  });
});

describe('parseCodeowners', () => {
  it("reads GitHub's example: comments, inline comments, blank lines, teams, e-mails, rules without owners", () => {
    const { input, issues } = parseCodeowners(GITHUB_EXAMPLE, '.github/CODEOWNERS', 'octo-org/octo-repo');
    expect(issues).toEqual([]);
    expect(input.repository).toBe('octo-org/octo-repo');
    expect(input.file).toBe('.github/CODEOWNERS');
    expect(input.rules).toHaveLength(12);
    expect(input.rules[0]).toEqual({ line: 4, pattern: '*', owners: ['@global-owner1', '@global-owner2'] });
    expect(input.rules[1]).toEqual({ line: 5, pattern: '*.js', owners: ['@js-owner'] });
    expect(input.rules[2]!.owners).toEqual(['docs@example.com']);
    expect(input.rules.at(-1)).toEqual({ line: 15, pattern: '/apps/github', owners: [] });
  });

  it('reports what GitHub rejects, with the line, and leaves those lines out', () => {
    const text = [
      '\uFEFF* @ok',
      '!docs/ @a',
      'src/*.[ch] @b',
      '\\#weird @c',
      'lib/ @d not-an-owner @e/ @-bad',
      'path\\ with\\ space @f',
      '\tindented/\t@org/team_name.v2  ',
    ].join('\r\n');
    const { input, issues } = parseCodeowners(text, 'CODEOWNERS', 'o/r');
    expect(issues.map((i) => [i.row, i.field, i.severity])).toEqual([
      [2, 'pattern', 'error'],
      [3, 'pattern', 'error'],
      [4, 'pattern', 'error'],
      [5, 'owners', 'error'],
    ]);
    expect(issues[0]!.message).toContain('"!"');
    expect(issues[1]!.message).toContain('[ ]');
    expect(issues[2]!.message).toContain('escaping');
    expect(issues[3]!.message).toBe(
      'Not an owner: "not-an-owner", "@e/", "@-bad". Owners are @login, @org/team-name or an e-mail address.',
    );
    expect(issues[3]!.file).toBe('CODEOWNERS');
    expect(input.rules).toEqual([
      { line: 1, pattern: '*', owners: ['@ok'] },
      { line: 6, pattern: 'path\\ with\\ space', owners: ['@f'] },
      { line: 7, pattern: 'indented/', owners: ['@org/team_name.v2'] },
    ]);
  });
});

describe('ownersForPath', () => {
  const { rules } = parseCodeowners(GITHUB_EXAMPLE, '.github/CODEOWNERS', 'octo-org/octo-repo').input;

  it.each([
    ['README.md', ['@global-owner1', '@global-owner2']],
    ['src/app.js', ['@js-owner']],
    ['cmd/main.go', ['docs@example.com']],
    ['notes/todo.txt', ['@octo-org/octocats']],
    ['build/logs/today.log', ['@octocat']],
    ['docs/getting-started.md', ['@doctocat']],
    ['scripts/deploy.sh', ['@doctocat', '@octocat']],
    ['deeply/nested/logs/x.log', ['@octocat']],
    ['apps/web/index.html', ['@octocat']],
    ['apps/github/index.html', []],
    ['apps/github', []],
    ['lib/apps/x.rb', ['@octocat']],
  ])('%s -> %j (the last matching rule wins)', (path, owners) => {
    expect(ownersForPath(rules, path)).toEqual(owners);
  });

  it('ignores a leading slash or ./ and returns [] when nothing matches', () => {
    expect(ownersForPath(rules, '/apps/web/x')).toEqual(['@octocat']);
    expect(ownersForPath(rules, './apps/web/x')).toEqual(['@octocat']);
    expect(ownersForPath([], 'x')).toEqual([]);
    expect(ownersForPath([{ line: 1, pattern: '/only/this', owners: ['@a'] }], 'other')).toEqual([]);
  });

  const matches = (pattern: string, path: string) => codeownersPatternToRegExp(pattern).test(path);

  it('anchors patterns with a leading or inner slash, and lets others match at any depth', () => {
    expect(matches('/build/logs/', 'build/logs/a')).toBe(true);
    expect(matches('/build/logs/', 'x/build/logs/a')).toBe(false);
    expect(matches('build/logs', 'x/build/logs/a')).toBe(false);
    expect(matches('logs', 'x/y/logs/a')).toBe(true);
    expect(matches('logs', 'x/y/logs')).toBe(true);
    expect(matches('logs/', 'x/y/logs')).toBe(false);
    expect(matches('Makefile', 'sub/Makefile')).toBe(true);
    expect(matches('Makefile', 'sub/makefile')).toBe(false);
  });

  it('treats *, ** and ? as in gitignore, and a final /* as the files directly inside', () => {
    expect(matches('docs/*', 'docs/a.md')).toBe(true);
    expect(matches('docs/*', 'docs/build-app/troubleshooting.md')).toBe(false);
    expect(matches('/*', 'README.md')).toBe(true);
    expect(matches('/*', 'src/index.ts')).toBe(false);
    expect(matches('*', 'src/index.ts')).toBe(true);
    expect(matches('Objects/dict*', 'Objects/dictobject.c')).toBe(true);
    expect(matches('Objects/dict*', 'Objects/sub/dictobject.c')).toBe(false);
    expect(matches('**/*genobject*', 'Objects/genobject.c')).toBe(true);
    expect(matches('**/*genobject*', 'Include/internal/pycore_genobject.h')).toBe(true);
    expect(matches('Doc/**/*time.rst', 'Doc/library/datetime.rst')).toBe(true);
    expect(matches('Doc/**/*time.rst', 'Doc/time.rst')).toBe(true);
    expect(matches('Doc/**/*time.rst', 'Lib/time.rst')).toBe(false);
    expect(matches('docs/**', 'docs/a/b/c.md')).toBe(true);
    expect(matches('docs/**', 'docs')).toBe(false);
    expect(matches('Lib/test/test_*time.py', 'Lib/test/test_datetime.py')).toBe(true);
    expect(matches('Lib/test/test_*time.py', 'Lib/test/sub/test_time.py')).toBe(false);
    expect(matches('file?.txt', 'file1.txt')).toBe(true);
    expect(matches('file?.txt', 'file/.txt')).toBe(false);
    expect(matches('*.js', 'a/b.js')).toBe(true);
    expect(matches('*.js', 'a/b.jsx')).toBe(false);
    expect(matches('a.b', 'aXb')).toBe(false);
    expect(matches('path\\ with\\ space', 'x/path with space/y')).toBe(true);
  });
});
