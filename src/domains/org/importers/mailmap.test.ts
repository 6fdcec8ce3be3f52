import { describe, expect, it } from 'vitest';
import { parseMailmap, resolveMailmap } from './mailmap.js';

/** Every form of gitmailmap(5), comments, and overrides; expectations checked against `git check-mailmap`. */
const MAILMAP = `# comment
Proper One <one@x.com>
<proper2@x.com> <two@x.com>
Proper Three <proper3@x.com> <three@x.com>
Proper Four <proper4@x.com> Commit Four <four@x.com>
Other Four <other4@x.com> <four@x.com>
Proper One Later <one@x.com>   # a later line overrides; text after the last > is ignored
<proper5@x.com> Commit Five <five@x.com>
  # indented comment

Broken <nope@x.com
just a name
`;

describe('parseMailmap', () => {
  it('reads the four forms and reports lines git ignores', () => {
    const { entries, issues } = parseMailmap(MAILMAP);
    expect(entries).toEqual([
      { line: 2, properName: 'Proper One', properEmail: null, commitName: null, commitEmail: 'one@x.com' },
      { line: 3, properName: null, properEmail: 'proper2@x.com', commitName: null, commitEmail: 'two@x.com' },
      {
        line: 4,
        properName: 'Proper Three',
        properEmail: 'proper3@x.com',
        commitName: null,
        commitEmail: 'three@x.com',
      },
      {
        line: 5,
        properName: 'Proper Four',
        properEmail: 'proper4@x.com',
        commitName: 'Commit Four',
        commitEmail: 'four@x.com',
      },
      {
        line: 6,
        properName: 'Other Four',
        properEmail: 'other4@x.com',
        commitName: null,
        commitEmail: 'four@x.com',
      },
      {
        line: 7,
        properName: 'Proper One Later',
        properEmail: null,
        commitName: null,
        commitEmail: 'one@x.com',
      },
      {
        line: 8,
        properName: null,
        properEmail: 'proper5@x.com',
        commitName: 'Commit Five',
        commitEmail: 'five@x.com',
      },
    ]);
    expect(issues.map((i) => [i.row, i.severity])).toEqual([
      [11, 'warning'],
      [12, 'warning'],
    ]);
    expect(issues[0]!.file).toBe('.mailmap');
  });

  it('accepts CRLF and a BOM', () => {
    expect(parseMailmap('\uFEFFA <a@x>\r\nB <b@x>\r\n').entries.map((e) => e.properName)).toEqual(['A', 'B']);
  });
});

describe('resolveMailmap', () => {
  const { entries } = parseMailmap(MAILMAP);

  it.each([
    ['A', 'one@X.com', 'Proper One Later', 'one@X.com'],
    ['B', 'two@x.com', 'B', 'proper2@x.com'],
    ['C', 'THREE@x.com', 'Proper Three', 'proper3@x.com'],
    ['Commit Four', 'four@x.com', 'Proper Four', 'proper4@x.com'],
    ['commit four', 'FOUR@x.com', 'Proper Four', 'proper4@x.com'],
    ['Someone Else', 'four@x.com', 'Other Four', 'other4@x.com'],
    ['Commit Five', 'five@x.com', 'Commit Five', 'proper5@x.com'],
    ['Q', 'five@x.com', 'Q', 'five@x.com'],
    ['N', 'none@x.com', 'N', 'none@x.com'],
  ])('%s <%s> -> %s <%s>', (name, email, properName, properEmail) => {
    expect(resolveMailmap(entries, name, email)).toEqual({ name: properName, email: properEmail });
  });

  it('works on an empty map', () => {
    expect(resolveMailmap([], 'A', 'a@x')).toEqual({ name: 'A', email: 'a@x' });
  });
});
