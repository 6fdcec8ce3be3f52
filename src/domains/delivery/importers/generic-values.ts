/**
 * Values of the generic delivery format (docs/import-formats.md, "Delivery: the generic format") that
 * need more than a type: timestamps with a zone, git shas, repository names, and the value lists with
 * the spellings other tools write. Pure functions, shared by the generic format and the DevLake webhooks.
 */

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * An ISO 8601 / RFC 3339 date-time with a time zone (`Z`, `+01:00`, `+0100` or `+01`) -> the same
 * instant in UTC, `2024-03-01T09:00:00Z` (milliseconds kept when not zero). Null for anything else:
 * a time without a zone is ambiguous, a date alone has no time, `2024-02-30` is no day.
 */
export function parseTimestamp(value: string): string | null {
  const m = TIMESTAMP.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? '0');
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offset = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (!z) return null;
    const zh = Number(z[2]);
    const zm = Number(z[3] ?? '0');
    if (zh > 18 || zm > 59) return null;
    offset = (z[1] === '-' ? -1 : 1) * (zh * 60 + zm);
  }
  const ms = Number((frac ?? '0').padEnd(3, '0').slice(0, 3));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
  return new Date(utc).toISOString().replace(/\.000Z$/, 'Z');
}

export const TIMESTAMP_HINT =
  'an ISO 8601 timestamp with a time zone, such as 2024-03-01T09:30:00Z or 2024-03-01T10:30:00+01:00';

/** Why a value is not a timestamp, as a sentence. */
export function timestampProblem(value: string): string {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?)?$/.test(v)) {
    return /^\d{4}-\d{2}-\d{2}$/.test(v)
      ? `"${v}" is a date without a time and a time zone; write ${TIMESTAMP_HINT}.`
      : `"${v}" has no time zone, so the instant is ambiguous; write ${TIMESTAMP_HINT}.`;
  }
  return `"${v}" is not ${TIMESTAMP_HINT}, or names no real moment.`;
}

/** A full git object id: 40 (SHA-1) or 64 (SHA-256) hex characters, any case. */
export function isSha(value: string): boolean {
  return /^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(value);
}

/** Why a value is not a full commit sha, as a sentence. */
export function shaProblem(value: string): string {
  if (!/^[0-9a-f]*$/i.test(value)) return `"${value}" is not a commit sha: only 0-9 and a-f are allowed.`;
  return `"${value}" has ${value.length} hex characters; a full commit sha has 40 (or 64 for SHA-256).`;
}

/** `owner/name`, or `group/subgroup/name` on GitLab: path segments of letters, digits, `.`, `_`, `-`. */
export function isRepositoryName(value: string): boolean {
  return /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+$/.test(value) && !/(^|\/)\.\.?(\/|$)/.test(value);
}

/** A list of accepted values with the other spellings that mean them (matched case-insensitively). */
export interface Vocabulary<T extends string> {
  values: readonly T[];
  aliases: Readonly<Record<string, T>>;
}

/** The canonical value for a spelling, or null when the value is not in the list. */
export function fromVocabulary<T extends string>(vocabulary: Vocabulary<T>, value: string): T | null {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if ((vocabulary.values as readonly string[]).includes(v)) return v as T;
  return vocabulary.aliases[v] ?? null;
}

export const DEPLOYMENT_STATUSES = {
  values: ['success', 'failure', 'error', 'cancelled', 'in_progress', 'queued'],
  aliases: {
    succeeded: 'success',
    successful: 'success',
    ok: 'success',
    passed: 'success',
    failed: 'failure',
    fail: 'failure',
    errored: 'error',
    canceled: 'cancelled',
    aborted: 'cancelled',
    running: 'in_progress',
    started: 'in_progress',
    pending: 'queued',
    waiting: 'queued',
  },
} as const satisfies Vocabulary<string>;

export const PULL_REQUEST_STATES = {
  values: ['open', 'closed', 'merged'],
  aliases: { opened: 'open' },
} as const satisfies Vocabulary<string>;

export const REVIEW_STATES = {
  values: ['approved', 'changes_requested', 'commented', 'dismissed'],
  aliases: { approve: 'approved', request_changes: 'changes_requested', comment: 'commented' },
} as const satisfies Vocabulary<string>;

export const INCIDENT_STATUSES = {
  values: ['open', 'resolved'],
  aliases: {
    triggered: 'open',
    acknowledged: 'open',
    investigating: 'open',
    identified: 'open',
    monitoring: 'open',
    ongoing: 'open',
    closed: 'resolved',
    done: 'resolved',
  },
} as const satisfies Vocabulary<string>;

/** `true`/`false`, `yes`/`no`, `1`/`0` (any case) -> boolean; null for anything else. */
export function parseBoolean(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (['true', 'yes', 'y', '1'].includes(v)) return true;
  if (['false', 'no', 'n', '0'].includes(v)) return false;
  return null;
}

/** Splits a cell on the given separators, dropping empty parts. */
export function splitList(value: string, separators: RegExp): string[] {
  return value.split(separators).flatMap((s) => (s.trim() ? [s.trim()] : []));
}
