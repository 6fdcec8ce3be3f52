/**
 * GitHub CODEOWNERS: finding the file, parsing it into rules, and answering "who owns this path" the way GitHub
 * does. Patterns follow gitignore with GitHub's documented exceptions: no `!` negation, no `[ ]` ranges and no
 * `\#` escape (GitHub rejects those lines, so they are reported as errors and left out); the last matching rule
 * wins; a rule without owners leaves its paths unowned. See docs/import-formats.md.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeownersInput, CodeownersRuleInput, ImportIssue } from './org-input.js';

/** Where GitHub looks, in its order; it uses the first file it finds. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/** The CODEOWNERS files present in a checkout, relative paths in GitHub's order: the first one is in effect. */
export function findCodeownersFiles(repoDir: string): string[] {
  return CODEOWNERS_LOCATIONS.filter((path) => {
    try {
      return statSync(join(repoDir, path)).isFile();
    } catch {
      return false;
    }
  });
}

const TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9_.-]+$/;
const USER = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]+$/;

/** What kind of owner a token is (`@org/team`, `@login`, e-mail), or null when GitHub would reject it. */
export function ownerKind(owner: string): 'team' | 'user' | 'email' | null {
  if (TEAM.test(owner)) return 'team';
  if (USER.test(owner)) return 'user';
  return EMAIL.test(owner) ? 'email' : null;
}

/** Splits a line at unescaped whitespace; a token starting with `#` starts a comment. Escapes are kept. */
function tokens(line: string): string[] {
  const found: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (ch === '\\' && i + 1 < line.length) {
      current += ch + line.charAt(i + 1);
      i++;
    } else if (ch === ' ' || ch === '\t') {
      if (current) found.push(current);
      current = '';
    } else if (ch === '#' && current === '') {
      break;
    } else {
      current += ch;
    }
  }
  if (current) found.push(current);
  return found;
}

/** Why GitHub would reject a pattern, or null when it is fine. */
function patternProblem(pattern: string): string | null {
  if (pattern.startsWith('\\#'))
    return 'GitHub does not support escaping "#" with "\\" in CODEOWNERS: a pattern cannot start with "#".';
  if (pattern.startsWith('!')) return 'GitHub does not support "!" (negated patterns) in CODEOWNERS.';
  if (/(^|[^\\])[[\]]/.test(pattern)) return 'GitHub does not support "[ ]" character ranges in CODEOWNERS.';
  return null;
}

/**
 * Parses a CODEOWNERS file. Lines with problems are reported as errors (with their line number) and left out of
 * the rules, as GitHub skips them. `file` is the file's path in the repository, `repository` is `owner/name`.
 */
export function parseCodeowners(
  text: string,
  file: string,
  repository: string,
): { input: CodeownersInput; issues: ImportIssue[] } {
  const rules: CodeownersRuleInput[] = [];
  const issues: ImportIssue[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    const [pattern, ...owners] = tokens(raw.trim());
    if (pattern === undefined) continue;
    const problem = patternProblem(pattern);
    const bad = owners.filter((o) => ownerKind(o) === null);
    if (problem) {
      issues.push({ file, row: line, field: 'pattern', message: problem, severity: 'error' });
    } else if (bad.length > 0) {
      const list = bad.map((o) => `"${o}"`).join(', ');
      const message = `Not an owner: ${list}. Owners are @login, @org/team-name or an e-mail address.`;
      issues.push({ file, row: line, field: 'owners', message, severity: 'error' });
    } else {
      rules.push({ line, pattern, owners });
    }
  }
  return { input: { repository, file, rules }, issues };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The glob part of a pattern as a regular expression: `*` and `?` stay within one path segment. */
function globToRegExp(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob.charAt(i);
    if (ch === '\\' && i + 1 < glob.length) {
      out += escapeRegExp(glob.charAt(i + 1));
      i++;
    } else if (ch === '*') {
      while (glob.charAt(i + 1) === '*') i++;
      out += '[^/]*';
    } else if (ch === '?') {
      out += '[^/]';
    } else {
      out += escapeRegExp(ch);
    }
  }
  return out;
}

/**
 * A CODEOWNERS pattern as a regular expression over repository paths (no leading slash):
 * - a pattern with a `/` at its start or middle is anchored at the root; otherwise it matches at any depth;
 * - a trailing `/` matches only directories, that is everything inside them;
 * - a match on a directory covers everything inside it, except for a final `/*`, which GitHub documents as
 *   matching only the files directly in that directory (`docs/*`; `/*` likewise means the root's own files);
 * - `**` as a whole segment matches any number of directories; `*` and `?` never cross a `/`.
 */
export function codeownersPatternToRegExp(pattern: string): RegExp {
  let p = pattern;
  const directoryOnly = p.endsWith('/') && !p.endsWith('\\/');
  if (directoryOnly) p = p.replace(/\/+$/, '');
  const anchored = p.includes('/');
  p = p.replace(/^\/+/, '');
  const segments = p.split('/');
  let body = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') body += last ? '.*' : '(?:.*/)?';
    else body += globToRegExp(segment) + (last ? '' : '/');
  });
  const prefix = anchored ? '^' : '^(?:.*/)?';
  const directOnly = anchored && segments.at(-1) === '*';
  const suffix = directoryOnly ? '/.*$' : directOnly || segments.at(-1) === '**' ? '$' : '(?:/.*)?$';
  return new RegExp(prefix + body + suffix);
}

const cache = new Map<string, RegExp>();

function compiled(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    if (cache.size > 10_000) cache.clear();
    re = codeownersPatternToRegExp(pattern);
    cache.set(pattern, re);
  }
  return re;
}

/**
 * The owners of a file path (relative to the repository root; a leading `/` or `./` is ignored): those of the
 * LAST rule whose pattern matches, as GitHub does. Empty when no rule matches or the matching rule has no owners.
 */
export function ownersForPath(rules: readonly CodeownersRuleInput[], path: string): string[] {
  const normalized = path.replace(/^(?:\.\/|\/)+/, '');
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule && compiled(rule.pattern).test(normalized)) return [...rule.owners];
  }
  return [];
}
