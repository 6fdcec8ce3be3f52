/**
 * Matching an identity seen in a source (a commit author, a GitHub login, an SSO login, an address) to a person.
 *
 * Only addresses and logins are matched, never names alone: names collide (two "Alex Kim"s in one company is
 * common, and commit names are free text anyone can set), and a wrong automatic match silently credits one
 * person's work to another. Unmatched identities wait for a human in the review queue instead.
 */
import { type MailmapEntry, resolveMailmap } from './mailmap.js';

export type IdentityMatchMethod = 'email' | 'noreply' | 'mailmap';

export interface IdentityToMatch {
  /** `git`: the value is the author e-mail; `github`: a login; `email`/`sso`: an e-mail address. */
  kind: 'email' | 'git' | 'github' | 'sso';
  value: string;
  /** The author name of a git identity, for `.mailmap` entries that match on name and e-mail. */
  name?: string | null | undefined;
}

export interface IdentityIndex {
  /** Normalized e-mail (see `normalizeEmail`) -> person id; include people's other e-mails. */
  byEmail: Map<string, number>;
  /** Lower-case GitHub login -> person id. */
  byGithub: Map<string, number>;
  mailmap?: readonly MailmapEntry[] | undefined;
}

export interface IdentityMatch {
  personId: number;
  /**
   * `email`: the address is a person's; `noreply`: through a GitHub login (a `users.noreply.github.com` address
   * or a `github` identity); `mailmap`: after `.mailmap` mapped the commit to a canonical address.
   */
  method: IdentityMatchMethod;
}

const NOREPLY = /^(?:\d+\+)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)@users\.noreply\.github\.com$/;

/**
 * The GitHub login behind a no-reply address, lower case: `login@users.noreply.github.com` (older accounts) or
 * `12345+login@users.noreply.github.com`. Null for any other address.
 */
export function githubNoreplyLogin(email: string): string | null {
  return NOREPLY.exec(normalizeEmail(email))?.[1] ?? null;
}

/**
 * The form addresses are compared in: trimmed, without enclosing `<>` or `mailto:`, lower case. The local part is
 * kept as written otherwise (no dropping of dots or `+tags`): providers differ on what those mean.
 */
export function normalizeEmail(email: string): string {
  return email
    .trim()
    .replace(/^<(.*)>$/, '$1')
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
}

function byAddress(email: string, index: IdentityIndex): { personId: number; noreply: boolean } | null {
  const direct = index.byEmail.get(email);
  if (direct !== undefined) return { personId: direct, noreply: false };
  const login = githubNoreplyLogin(email);
  const viaLogin = login === null ? undefined : index.byGithub.get(login);
  return viaLogin === undefined ? null : { personId: viaLogin, noreply: true };
}

/** The person an identity belongs to, or null when no address or login says so (see the file comment). */
export function matchIdentity(identity: IdentityToMatch, index: IdentityIndex): IdentityMatch | null {
  if (identity.kind === 'github') {
    const personId = index.byGithub.get(identity.value.trim().replace(/^@/, '').toLowerCase());
    return personId === undefined ? null : { personId, method: 'noreply' };
  }
  const email = normalizeEmail(identity.value);
  if (!email.includes('@')) return null;
  if (identity.kind === 'git' && index.mailmap && index.mailmap.length > 0) {
    const canonical = normalizeEmail(resolveMailmap(index.mailmap, identity.name ?? '', email).email);
    if (canonical !== email) {
      const found = byAddress(canonical, index);
      if (found) return { personId: found.personId, method: 'mailmap' };
    }
  }
  const found = byAddress(email, index);
  if (!found) return null;
  return { personId: found.personId, method: found.noreply ? 'noreply' : 'email' };
}
