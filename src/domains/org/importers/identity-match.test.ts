import { describe, expect, it } from 'vitest';
import { githubNoreplyLogin, type IdentityIndex, matchIdentity, normalizeEmail } from './identity-match.js';
import { parseMailmap } from './mailmap.js';

describe('githubNoreplyLogin', () => {
  it.each([
    ['octocat@users.noreply.github.com', 'octocat'],
    ['583231+octocat@users.noreply.github.com', 'octocat'],
    ['  12345+Mona-Lisa@Users.NoReply.GitHub.com ', 'mona-lisa'],
    ['octocat@github.com', null],
    ['octocat@users.noreply.github.com.evil.example', null],
    ['abc+octocat@users.noreply.github.com', null],
    ['-bad@users.noreply.github.com', null],
  ])('%s -> %s', (email, login) => {
    expect(githubNoreplyLogin(email)).toBe(login);
  });
});

describe('normalizeEmail', () => {
  it('trims, unwraps and lower-cases, and keeps dots and +tags', () => {
    expect(normalizeEmail('  <Ada.Lovelace+git@Example.COM> ')).toBe('ada.lovelace+git@example.com');
    expect(normalizeEmail('mailto:Ada@example.com')).toBe('ada@example.com');
  });
});

describe('matchIdentity', () => {
  const { entries: mailmap } = parseMailmap(
    [
      'Ada Lovelace <ada@example.com> <ada@laptop.local>',
      '<ada@example.com> Ada <ada@shared.example>',
      '<1+grace@users.noreply.github.com> <grace@old.example>',
    ].join('\n'),
  );
  const index: IdentityIndex = {
    byEmail: new Map([
      ['ada@example.com', 1],
      ['grace@example.com', 2],
      ['grace.home@example.net', 2],
    ]),
    byGithub: new Map([['grace', 2]]),
    mailmap,
  };

  it('matches addresses, case-insensitively', () => {
    expect(matchIdentity({ kind: 'email', value: 'ADA@example.com' }, index)).toEqual({
      personId: 1,
      method: 'email',
    });
    expect(matchIdentity({ kind: 'git', value: 'grace.home@example.net', name: 'G' }, index)).toEqual({
      personId: 2,
      method: 'email',
    });
    expect(matchIdentity({ kind: 'sso', value: 'grace@example.com' }, index)).toEqual({
      personId: 2,
      method: 'email',
    });
  });

  it('matches GitHub no-reply addresses and logins through the GitHub login', () => {
    expect(matchIdentity({ kind: 'git', value: '99+Grace@users.noreply.github.com' }, index)).toEqual({
      personId: 2,
      method: 'noreply',
    });
    expect(matchIdentity({ kind: 'github', value: '@Grace' }, index)).toEqual({
      personId: 2,
      method: 'noreply',
    });
    expect(matchIdentity({ kind: 'github', value: 'ada' }, index)).toBeNull();
  });

  it('applies .mailmap first for git identities, including entries limited to a commit name', () => {
    expect(matchIdentity({ kind: 'git', value: 'ada@laptop.local', name: 'ada' }, index)).toEqual({
      personId: 1,
      method: 'mailmap',
    });
    expect(matchIdentity({ kind: 'git', value: 'ada@shared.example', name: 'Ada' }, index)).toEqual({
      personId: 1,
      method: 'mailmap',
    });
    expect(matchIdentity({ kind: 'git', value: 'ada@shared.example', name: 'Bob' }, index)).toBeNull();
    expect(matchIdentity({ kind: 'git', value: 'grace@old.example', name: 'G' }, index)).toEqual({
      personId: 2,
      method: 'mailmap',
    });
    expect(matchIdentity({ kind: 'email', value: 'ada@laptop.local' }, index)).toBeNull();
  });

  it('never matches on a name alone', () => {
    expect(
      matchIdentity({ kind: 'git', value: 'someone@else.example', name: 'Ada Lovelace' }, index),
    ).toBeNull();
    expect(matchIdentity({ kind: 'sso', value: 'Ada Lovelace' }, index)).toBeNull();
    expect(
      matchIdentity({ kind: 'git', value: '', name: 'Ada Lovelace' }, { ...index, mailmap: undefined }),
    ).toBeNull();
  });
});
