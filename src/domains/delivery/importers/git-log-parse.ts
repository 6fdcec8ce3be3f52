/**
 * The pure half of the git reader: the `git log` format Quarterdeck asks for and an incremental parser of
 * its output. No I/O here; `git-log.ts` spawns git and feeds the parser chunk by chunk.
 *
 * The output is produced with `-z`, so every field, every commit and every `--numstat` entry ends with a
 * NUL byte (a byte no commit message or path can contain). A commit is a fixed number of header fields
 * (the first one starts with RECORD_MARK), then git's own NUL terminator, then its numstat entries:
 *
 *   "<added>\t<deleted>\t<path>"          a changed file ("-" for both counts on a binary file)
 *   "<added>\t<deleted>\t" <from> <to>    a rename or copy: the two paths follow as their own NUL fields
 *
 * git puts a newline in front of the first numstat entry of a commit. Dates are taken as `%aI`/`%cI`
 * (ISO 8601 strict, with the author's offset) and converted to UTC here, keeping the offset beside them.
 */

export interface GitIdentity {
  name: string;
  email: string;
}

/** An author or committer: as written in the commit, as mapped by `.mailmap`, and when (UTC). */
export interface GitSignature extends GitIdentity {
  /** Name and e-mail after git applied `.mailmap` (equal to the raw ones when nothing maps them). */
  mappedName: string;
  mappedEmail: string;
  /** ISO 8601 in UTC, second precision: `2024-03-01T09:30:00Z`. */
  date: string;
  /** The offset from UTC the signer's clock had, in minutes (`+02:00` is 120). */
  tzOffsetMinutes: number;
}

export interface GitTrailer {
  /** As written (`Co-authored-by`); compare case-insensitively. */
  key: string;
  value: string;
}

export interface GitFileStat {
  path: string;
  /** The previous path of a renamed or copied file; null otherwise. */
  oldPath: string | null;
  /** Null for a binary file (git counts no lines in it). */
  additions: number | null;
  deletions: number | null;
}

export interface GitCommitStats {
  /** Files changed, binary ones included. */
  files: number;
  /** Lines added and deleted in text files. */
  additions: number;
  deletions: number;
  binaryFiles: number;
  fileStats: GitFileStat[];
}

export interface GitCommit {
  sha: string;
  /** Empty for a root commit; two or more for a merge. */
  parents: string[];
  author: GitSignature;
  committer: GitSignature;
  /** The first paragraph of the message on one line, as git's `%s`. */
  subject: string;
  /** The message after the subject paragraph, as git's `%b` (trailers included). */
  body: string;
  /** The whole raw message. */
  message: string;
  trailers: GitTrailer[];
  /** The people named by `Co-authored-by` trailers. */
  coAuthors: GitIdentity[];
  /**
   * What the commit changed against its first parent (against the empty tree for a root commit).
   * Null when stats were not read: turned off, a merge without `mergeStats`, or a partial clone.
   */
  stats: GitCommitStats | null;
}

/** Starts every commit record in the output. */
export const RECORD_MARK = '\x1e';
const TRAILER_SEPARATOR = '\x1f';
const TRAILER_KEY_VALUE_SEPARATOR = '\x1d';

/** The header fields, in order. `mapped` adds the `.mailmap`-mapped names and e-mails. */
export function gitLogFormat(mapped: boolean): string {
  const who = (p: 'a' | 'c') =>
    mapped ? [`%${p}n`, `%${p}e`, `%${p}N`, `%${p}E`, `%${p}I`] : [`%${p}n`, `%${p}e`, `%${p}I`];
  const fields = [
    '%H',
    '%P',
    ...who('a'),
    ...who('c'),
    '%B',
    '%(trailers:unfold,only,separator=%x1f,key_value_separator=%x1d)',
  ];
  return `${RECORD_MARK}${fields.join('%x00')}`;
}

function headerFieldCount(mapped: boolean): number {
  return mapped ? 14 : 10;
}

/** `2024-03-01T10:30:00+01:00` -> `{ date: '2024-03-01T09:30:00Z', tzOffsetMinutes: 60 }`. */
export function isoToUtc(iso: string): { date: string; tzOffsetMinutes: number } {
  const ms = Date.parse(iso);
  const zone = /([+-])(\d\d):(\d\d)$/.exec(iso);
  const tzOffsetMinutes = zone ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  if (Number.isNaN(ms)) return { date: iso, tzOffsetMinutes };
  return { date: new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'), tzOffsetMinutes };
}

/** Subject and body as git's `%s` and `%b` split a raw message. */
export function splitMessage(message: string): { subject: string; body: string } {
  const lines = message.split('\n');
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const subject: string[] = [];
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) subject.push(lines[i]!.trim());
  while (i < lines.length && lines[i]!.trim() === '') i++;
  return { subject: subject.join(' '), body: lines.slice(i).join('\n').trimEnd() };
}

/** `Name <email>`; a value without `<>` is taken as a name with an empty e-mail. */
export function parseIdentity(value: string): GitIdentity {
  const m = /^(.*?)\s*<([^>]*)>\s*$/.exec(value.trim());
  if (!m) return { name: value.trim(), email: '' };
  return { name: m[1]!.trim(), email: m[2]!.trim() };
}

export function parseTrailers(text: string): GitTrailer[] {
  if (text === '') return [];
  const trailers: GitTrailer[] = [];
  for (const item of text.split(TRAILER_SEPARATOR)) {
    const at = item.indexOf(TRAILER_KEY_VALUE_SEPARATOR);
    if (at < 0) continue;
    trailers.push({ key: item.slice(0, at).trim(), value: item.slice(at + 1).trim() });
  }
  return trailers;
}

function count(text: string): number | null {
  return text === '-' ? null : Number(text);
}

function signature(fields: string[], at: number, mapped: boolean): GitSignature {
  const name = fields[at] ?? '';
  const email = fields[at + 1] ?? '';
  const mappedName = mapped ? (fields[at + 2] ?? name) : name;
  const mappedEmail = mapped ? (fields[at + 3] ?? email) : email;
  const when = isoToUtc(fields[at + (mapped ? 4 : 2)] ?? '');
  return { name, email, mappedName, mappedEmail, ...when };
}

export interface GitLogParserOptions {
  /** The format was made with `gitLogFormat(true)`. */
  mapped: boolean;
  /** `--numstat` was given: non-merge commits get stats (merges too when `mergeStats`). */
  stats: boolean;
  mergeStats: boolean;
}

/**
 * Turns `git log -z --format=<gitLogFormat()> [--numstat]` output into commits, a chunk at a time. Feed it
 * decoded text with `push` (chunks may split anywhere except inside a UTF-8 character) and call `end`.
 */
export class GitLogParser {
  private rest = '';
  private header: string[] = [];
  private files: GitFileStat[] = [];
  private pendingRename: { additions: number | null; deletions: number | null; from: string | null } | null =
    null;
  private inCommit = false;
  private readonly fieldCount: number;

  constructor(private readonly options: GitLogParserOptions) {
    this.fieldCount = headerFieldCount(options.mapped);
  }

  /** Parses a chunk; returns the commits it completed. */
  push(chunk: string): GitCommit[] {
    const done: GitCommit[] = [];
    const text = this.rest + chunk;
    let start = 0;
    for (let nul = text.indexOf('\0'); nul >= 0; nul = text.indexOf('\0', start)) {
      this.token(text.slice(start, nul), done);
      start = nul + 1;
    }
    this.rest = text.slice(start);
    return done;
  }

  /** Flushes the last commit. Throws if the output ended in the middle of a commit header. */
  end(): GitCommit[] {
    const done: GitCommit[] = [];
    if (this.rest !== '') this.token(this.rest, done);
    this.rest = '';
    if (this.inCommit) {
      if (this.header.length < this.fieldCount) {
        throw new Error(`git log output ended inside a commit header (${this.header[0] ?? 'unknown'})`);
      }
      done.push(this.finish());
    }
    return done;
  }

  private token(token: string, done: GitCommit[]): void {
    if (this.inCommit && this.header.length < this.fieldCount) {
      this.header.push(token);
      return;
    }
    if (this.pendingRename) {
      const rename = this.pendingRename;
      if (rename.from === null) {
        rename.from = token;
      } else {
        this.files.push({
          path: token,
          oldPath: rename.from,
          additions: rename.additions,
          deletions: rename.deletions,
        });
        this.pendingRename = null;
      }
      return;
    }
    if (token.startsWith(RECORD_MARK)) {
      if (this.inCommit) done.push(this.finish());
      this.inCommit = true;
      this.header = [token.slice(RECORD_MARK.length)];
      return;
    }
    const entry = token.startsWith('\n') ? token.slice(1) : token;
    if (entry === '' || !this.inCommit) return;
    const tab1 = entry.indexOf('\t');
    const tab2 = entry.indexOf('\t', tab1 + 1);
    if (tab1 < 0 || tab2 < 0) throw new Error(`Unexpected line in git log output: ${JSON.stringify(entry)}`);
    const additions = count(entry.slice(0, tab1));
    const deletions = count(entry.slice(tab1 + 1, tab2));
    const path = entry.slice(tab2 + 1);
    if (path === '') this.pendingRename = { additions, deletions, from: null };
    else this.files.push({ path, oldPath: null, additions, deletions });
  }

  private finish(): GitCommit {
    const f = this.header;
    const mapped = this.options.mapped;
    const parents = f[1] ? f[1].split(' ') : [];
    const authorAt = 2;
    const committerAt = mapped ? 7 : 5;
    const message = (f[mapped ? 12 : 8] ?? '').replace(/\n+$/, '');
    const trailers = parseTrailers(f[mapped ? 13 : 9] ?? '');
    const { subject, body } = splitMessage(message);
    const withStats = this.options.stats && (parents.length < 2 || this.options.mergeStats);
    const commit: GitCommit = {
      sha: f[0] ?? '',
      parents,
      author: signature(f, authorAt, mapped),
      committer: signature(f, committerAt, mapped),
      subject,
      body,
      message,
      trailers,
      coAuthors: trailers
        .filter((t) => t.key.toLowerCase() === 'co-authored-by')
        .map((t) => parseIdentity(t.value)),
      stats: withStats ? totals(this.files) : null,
    };
    this.header = [];
    this.files = [];
    this.pendingRename = null;
    this.inCommit = false;
    return commit;
  }
}

function totals(fileStats: GitFileStat[]): GitCommitStats {
  let additions = 0;
  let deletions = 0;
  let binaryFiles = 0;
  for (const file of fileStats) {
    if (file.additions === null || file.deletions === null) binaryFiles++;
    else {
      additions += file.additions;
      deletions += file.deletions;
    }
  }
  return { files: fileStats.length, additions, deletions, binaryFiles, fileStats };
}
