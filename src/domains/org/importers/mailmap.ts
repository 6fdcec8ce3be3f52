/**
 * git's `.mailmap` (gitmailmap(5)): maps the names and e-mails found in commits to canonical ones. The four forms:
 *
 *   Proper Name <commit@email>                               replaces the name
 *   <proper@email> <commit@email>                            replaces the e-mail
 *   Proper Name <proper@email> <commit@email>                replaces both
 *   Proper Name <proper@email> Commit Name <commit@email>    replaces both, only for that name and e-mail
 *
 * As in git: a line starting with `#` is a comment and so is anything after the last `>`; names and e-mails
 * are matched case-insensitively; a later line for the same commit e-mail (and name) overrides the fields it
 * gives; an entry for a commit name and e-mail wins over one for the e-mail alone.
 */
import type { ImportIssue } from './org-input.js';

export interface MailmapEntry {
  /** 1-based line in the file. */
  line: number;
  properName: string | null;
  properEmail: string | null;
  /** Only commits with this name (case-insensitive) match; null: any name. */
  commitName: string | null;
  commitEmail: string;
}

/** The `Name <email>` pairs of a line, in order; null when a `<` is never closed. */
function pairs(line: string): { name: string | null; email: string }[] | null {
  const found: { name: string | null; email: string }[] = [];
  let rest = line;
  for (;;) {
    const open = rest.indexOf('<');
    if (open < 0) return found;
    const close = rest.indexOf('>', open + 1);
    if (close < 0) return null;
    const name = rest.slice(0, open).trim();
    found.push({ name: name === '' ? null : name, email: rest.slice(open + 1, close).trim() });
    rest = rest.slice(close + 1);
    if (found.length === 2) return found;
  }
}

function lineProblem(found: { name: string | null; email: string }[] | null): string | null {
  if (found === null) return 'A "<" is never closed by ">"';
  const [first, second] = found;
  if (!first) return 'No <e-mail> on this line';
  if (second) return second.email === '' ? 'The commit e-mail is empty' : null;
  if (first.email === '') return 'The commit e-mail is empty';
  return first.name === null ? 'A lone <e-mail> maps nothing' : null;
}

/** Parses a `.mailmap`. Lines git would ignore are reported as warnings and skipped. */
export function parseMailmap(
  text: string,
  file = '.mailmap',
): { entries: MailmapEntry[]; issues: ImportIssue[] } {
  const entries: MailmapEntry[] = [];
  const issues: ImportIssue[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const found = pairs(line);
    const problem = lineProblem(found);
    if (problem) {
      issues.push({ file, row: i + 1, message: `${problem}; git ignores this line.`, severity: 'warning' });
      continue;
    }
    const [first, second] = found ?? [];
    if (!first) continue;
    entries.push(
      second
        ? {
            line: i + 1,
            properName: first.name,
            properEmail: first.email === '' ? null : first.email,
            commitName: second.name,
            commitEmail: second.email,
          }
        : {
            line: i + 1,
            properName: first.name,
            properEmail: null,
            commitName: null,
            commitEmail: first.email,
          },
    );
  }
  return { entries, issues };
}

type Replacement = { name: string | null; email: string | null };
type Compiled = Map<string, Replacement & { byName: Map<string, Replacement> }>;

const compiled = new WeakMap<readonly MailmapEntry[], Compiled>();

function compile(entries: readonly MailmapEntry[]): Compiled {
  const map: Compiled = new Map();
  for (const e of entries) {
    const key = e.commitEmail.toLowerCase();
    let forEmail = map.get(key);
    if (!forEmail) {
      forEmail = { name: null, email: null, byName: new Map() };
      map.set(key, forEmail);
    }
    let target: Replacement = forEmail;
    if (e.commitName !== null) {
      const nameKey = e.commitName.toLowerCase();
      target = forEmail.byName.get(nameKey) ?? { name: null, email: null };
      forEmail.byName.set(nameKey, target);
    }
    if (e.properName !== null) target.name = e.properName;
    if (e.properEmail !== null) target.email = e.properEmail;
  }
  return map;
}

/**
 * The canonical name and e-mail of a commit identity; unchanged when no entry matches. The entries are compiled
 * once per array (treat the array as immutable), so resolving many commits is cheap.
 */
export function resolveMailmap(
  entries: readonly MailmapEntry[],
  name: string,
  email: string,
): { name: string; email: string } {
  let map = compiled.get(entries);
  if (!map) {
    map = compile(entries);
    compiled.set(entries, map);
  }
  const forEmail = map.get(email.trim().toLowerCase());
  if (!forEmail) return { name, email };
  const replacement = forEmail.byName.get(name.trim().toLowerCase()) ?? forEmail;
  return { name: replacement.name ?? name, email: replacement.email ?? email };
}
