/**
 * An identity provider's sign-in log, read into the latest successful sign-in per (app, e-mail), for
 * `quarterdeck import tool-signins` (docs/import-formats.md, "Sign-ins from the identity provider").
 * The format is recognized from the content, never from the file name:
 *
 * - Okta System Log export, a JSON array or JSON lines (one event per line): events of type
 *   `user.authentication.sso` with `outcome.result` `SUCCESS`; `published` is the time, `actor.alternateId`
 *   the login (e-mail), the `target` entry of type `AppInstance` names the app by `displayName`;
 * - Microsoft Entra ID sign-in logs, the CSV download (`Date (UTC)`, `Username`, `Application`, `Status`
 *   = `Success`) or the JSON download (`createdDateTime`, `userPrincipalName`, `appDisplayName`,
 *   `status.errorCode` 0 = success; an array, or a Graph API page `{ "value": [...] }`);
 * - a plain CSV `app,email,signed_in_at` for any other identity provider (every row a successful sign-in).
 *
 * Pure. Failed sign-ins and other events are skipped and counted; a missing e-mail, app or date, an
 * unreadable date or invalid JSON is an error naming file, row (the line of JSON lines and CSV files,
 * header = row 1; the array index + 1 of a JSON array) and field.
 */

import { parse } from 'csv-parse/sync';
import type { ImportIssue } from '../../../platform/imports/import-report.js';
import { parseInstant } from './tool-csv.js';

export type SignInFormat = 'okta' | 'entra-csv' | 'entra-json' | 'csv';

/** The latest successful sign-in of one e-mail to one app (app as the log writes it). */
export interface SignInRow {
  /** Where the latest sign-in is in the file. */
  row: number;
  app: string;
  /** Lower case. */
  email: string;
  /** ISO date-time, UTC. */
  lastSignIn: string;
  /** Successful sign-ins of this e-mail to this app in the file. */
  signIns: number;
}

export interface ParsedSignIns {
  format: SignInFormat | null;
  rows: SignInRow[];
  issues: ImportIssue[];
  counts: {
    'sign-ins read': number;
    'failed sign-ins skipped': number;
    'other events skipped': number;
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FORMAT_NAMES: Record<SignInFormat, string> = {
  okta: 'Okta System Log',
  'entra-csv': 'Microsoft Entra sign-in log (CSV)',
  'entra-json': 'Microsoft Entra sign-in log (JSON)',
  csv: 'sign-in CSV',
};
export const signInFormatName = (f: SignInFormat): string => FORMAT_NAMES[f];

/** A sign-in as one entry of the log states it, before its fields are checked. */
interface Entry {
  row: number;
  app: unknown;
  email: unknown;
  at: unknown;
  fields: { app: string; email: string; at: string };
}

class Collector {
  readonly issues: ImportIssue[] = [];
  readonly counts = { 'sign-ins read': 0, 'failed sign-ins skipped': 0, 'other events skipped': 0 };
  private readonly latest = new Map<string, SignInRow>();
  constructor(private readonly file: string) {}

  error(row: number | undefined, field: string | undefined, message: string) {
    this.issues.push({ file: this.file, row, field, message, severity: 'error' });
  }

  /** Checks one successful sign-in and keeps it when it is the latest of its app and e-mail. */
  add(e: Entry) {
    const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
    const app = text(e.app).replace(/\s+/g, ' ');
    const email = text(e.email).toLowerCase();
    const at = text(e.at);
    let bad = false;
    if (!app) {
      bad = true;
      this.error(e.row, e.fields.app, 'A sign-in needs the app signed in to.');
    }
    if (!EMAIL.test(email)) {
      bad = true;
      this.error(
        e.row,
        e.fields.email,
        email ? `"${text(e.email)}" is not an e-mail address.` : 'A sign-in needs the user’s e-mail address.',
      );
    }
    const instant = at ? parseInstant(at) : null;
    if (!instant) {
      bad = true;
      this.error(
        e.row,
        e.fields.at,
        at ? `"${at}" is not a date-time (2026-11-20T09:15:32Z).` : 'A sign-in needs its date and time.',
      );
    }
    if (bad) return;
    this.counts['sign-ins read']++;
    const key = `${app.toLowerCase()}\n${email}`;
    const prev = this.latest.get(key);
    if (!prev) {
      this.latest.set(key, { row: e.row, app, email, lastSignIn: instant!, signIns: 1 });
      return;
    }
    prev.signIns++;
    if (instant! > prev.lastSignIn) {
      prev.lastSignIn = instant!;
      prev.row = e.row;
    }
  }

  result(format: SignInFormat | null): ParsedSignIns {
    const failed = this.issues.some((i) => i.severity === 'error');
    return {
      format,
      rows: failed ? [] : [...this.latest.values()],
      issues: this.issues,
      counts: this.counts,
    };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isOkta = (o: Record<string, unknown>) => 'eventType' in o || 'published' in o;
const isEntra = (o: Record<string, unknown>) =>
  'createdDateTime' in o || 'userPrincipalName' in o || 'appDisplayName' in o;

function readOkta(event: Record<string, unknown>, row: number, c: Collector) {
  if (event.eventType !== 'user.authentication.sso') {
    c.counts['other events skipped']++;
    return;
  }
  const outcome = isObject(event.outcome) ? event.outcome.result : undefined;
  if (outcome !== 'SUCCESS') {
    c.counts['failed sign-ins skipped']++;
    return;
  }
  const targets = Array.isArray(event.target) ? event.target : [];
  const app = targets.find((t) => isObject(t) && t.type === 'AppInstance') as
    | Record<string, unknown>
    | undefined;
  if (!app) {
    c.error(row, 'target', 'An SSO event needs a target of type AppInstance (the app signed in to).');
    return;
  }
  c.add({
    row,
    app: app.displayName,
    email: isObject(event.actor) ? event.actor.alternateId : undefined,
    at: event.published,
    fields: { app: 'target.displayName', email: 'actor.alternateId', at: 'published' },
  });
}

function readEntraJson(item: Record<string, unknown>, row: number, c: Collector) {
  const code = isObject(item.status) ? item.status.errorCode : undefined;
  if (code === undefined || code === null || Number.isNaN(Number(code))) {
    c.error(row, 'status.errorCode', 'A sign-in needs its status.errorCode (0 = success).');
    return;
  }
  if (Number(code) !== 0) {
    c.counts['failed sign-ins skipped']++;
    return;
  }
  c.add({
    row,
    app: item.appDisplayName,
    email: item.userPrincipalName,
    at: item.createdDateTime,
    fields: { app: 'appDisplayName', email: 'userPrincipalName', at: 'createdDateTime' },
  });
}

/** `Unexpected token } in JSON at position 42` → the line of position 42. */
function jsonErrorLine(text: string, err: Error): number | undefined {
  const line = /line (\d+)/.exec(err.message);
  if (line) return Number(line[1]);
  const pos = /position (\d+)/.exec(err.message);
  return pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
}

function readJsonArray(text: string, c: Collector): SignInFormat | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    c.error(jsonErrorLine(text, err as Error), undefined, `Not valid JSON: ${(err as Error).message}`);
    return null;
  }
  const items = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.value) ? data.value : null;
  if (!items) {
    c.error(
      undefined,
      undefined,
      'Expected a JSON array of sign-in events (or an object with "value": [...]).',
    );
    return null;
  }
  const first = items.find(isObject);
  const format: SignInFormat | null = !first
    ? null
    : isOkta(first)
      ? 'okta'
      : isEntra(first)
        ? 'entra-json'
        : null;
  if (items.length && !format) {
    c.error(1, undefined, 'Not a known sign-in log: expected Okta System Log events or Entra sign-ins.');
    return null;
  }
  items.forEach((item: unknown, i: number) => {
    if (!isObject(item)) c.error(i + 1, undefined, `Entry ${i + 1} of the array is not an object.`);
    else if (format === 'okta') readOkta(item, i + 1, c);
    else readEntraJson(item, i + 1, c);
  });
  return format;
}

function readJsonLines(text: string, c: Collector): SignInFormat | null {
  let format: SignInFormat | null = null;
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch (err) {
      c.error(i + 1, undefined, `Not valid JSON: ${(err as Error).message}`);
      return;
    }
    if (!isObject(event)) {
      c.error(i + 1, undefined, 'Expected one JSON object (an event) per line.');
      return;
    }
    format ??= isEntra(event) && !isOkta(event) ? 'entra-json' : 'okta';
    if (format === 'okta') readOkta(event, i + 1, c);
    else readEntraJson(event, i + 1, c);
  });
  return format;
}

const normalize = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const ENTRA_COLUMNS = {
  at: ['date_(utc)', 'date'],
  email: ['username'],
  app: ['application'],
  status: ['status'],
};
const PLAIN_COLUMNS = {
  app: ['app', 'application', 'tool'],
  email: ['email', 'user_email'],
  at: ['signed_in_at', 'signed_in', 'last_sign_in', 'timestamp'],
};

function readCsv(text: string, c: Collector): SignInFormat | null {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (err) {
    c.error(
      (err as { lines?: number }).lines,
      undefined,
      `Not a readable CSV file: ${(err as Error).message}`,
    );
    return null;
  }
  const raw = records[0] ?? [];
  const header = raw.map(normalize);
  if (header.every((h) => h === '')) {
    c.error(
      1,
      undefined,
      'The file is empty; expected a sign-in log (Okta, Entra) or app,email,signed_in_at.',
    );
    return null;
  }
  const entra = header.includes('date_(utc)') || header.includes('username');
  const format: SignInFormat = entra ? 'entra-csv' : 'csv';
  const wanted: Record<string, string[]> = entra ? ENTRA_COLUMNS : PLAIN_COLUMNS;
  const index: Record<string, number> = {};
  for (const [key, names] of Object.entries(wanted)) {
    const at = names.map((n) => header.indexOf(n)).find((i) => i >= 0);
    if (at === undefined)
      c.error(1, names[0], `Missing required column ${entra ? entraName(key) : names[0]}.`);
    else index[key] = at;
  }
  if (c.issues.length) return format;
  records.slice(1).forEach((record, i) => {
    if (record.every((v) => v.trim() === '')) return;
    const row = i + 2;
    const cell = (k: string) => record[index[k]!];
    if (entra && (cell('status') ?? '').trim().toLowerCase() !== 'success') {
      c.counts['failed sign-ins skipped']++;
      return;
    }
    c.add({
      row,
      app: cell('app') ?? '',
      email: cell('email') ?? '',
      at: cell('at') ?? '',
      fields: { app: raw[index.app!]!, email: raw[index.email!]!, at: raw[index.at!]! },
    });
  });
  return format;
}

const entraName = (k: string) =>
  ({ at: 'Date (UTC)', email: 'Username', app: 'Application', status: 'Status' })[k] ?? k;

/** Reads a sign-in log of any supported format; `rows` is empty when there is an error. */
export function parseSignIns(text: string, file: string): ParsedSignIns {
  const c = new Collector(file);
  const plain = text.replace(/^\uFEFF/, '');
  const start = plain.trimStart()[0];
  let format: SignInFormat | null;
  if (start === '[') format = readJsonArray(plain, c);
  else if (start === '{') {
    // A Graph API page `{ "value": [...] }` is one JSON document; otherwise one event per line.
    let whole: unknown;
    try {
      whole = JSON.parse(plain);
    } catch {
      whole = undefined;
    }
    if (isObject(whole) && Array.isArray(whole.value)) format = readJsonArray(plain, c);
    else if (isObject(whole))
      format = readJsonArray(`[${plain}]`, c); // one event, perhaps pretty-printed
    else format = readJsonLines(plain, c);
  } else format = readCsv(text, c);
  return c.result(format);
}
