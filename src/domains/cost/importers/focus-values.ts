/**
 * One FOCUS cell -> its normalized value, by the column's data type (focus-spec.ts). Pure functions: they
 * return the value, or an error message, and name any tolerated deviation as a warning kind for the
 * reader to aggregate. Null handling (FOCUS Attributes › Null Handling) is the reader's: these functions
 * see only non-null text.
 */
import { parseDecimal } from './focus-decimal.js';
import type { FocusColumn } from './focus-spec.js';

/** A flat JSON object (FOCUS Attributes › Key-Value Format): values are strings, numbers, booleans or null. */
export type FocusKeyValue = Record<string, string | number | boolean | null>;
export type FocusValue = string | FocusKeyValue | Record<string, unknown> | null;

export interface CellWarning {
  kind: string;
  message: string;
}
export type CellResult = { value: FocusValue; warnings?: CellWarning[] } | { error: string };

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:([T ])(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * FOCUS Attributes › Date/Time Format: ISO 8601 extended, UTC, `YYYY-MM-DDTHH:mm:ssZ`. Also read, with a
 * warning: a space for the `T` and/or no zone (taken as UTC), an explicit offset (converted to UTC), a
 * bare date (midnight UTC). Fractions of a second are kept to the millisecond. Returns `...Z` strings.
 */
export function parseFocusDateTime(text: string): CellResult {
  // Bills repeat the same few hundred period boundaries millions of times: remember recent answers.
  const cached = DATE_TIME_CACHE.get(text);
  if (cached) return cached;
  const result = parseDateTimeUncached(text);
  if (DATE_TIME_CACHE.size >= DATE_TIME_CACHE_SIZE) DATE_TIME_CACHE.clear();
  DATE_TIME_CACHE.set(text, result);
  return result;
}

const DATE_TIME_CACHE_SIZE = 10_000;
const DATE_TIME_CACHE = new Map<string, CellResult>();

function parseDateTimeUncached(text: string): CellResult {
  const m = DATE_TIME.exec(text);
  if (!m) return { error: `"${text}" is not an ISO 8601 date-time (expected YYYY-MM-DDTHH:mm:ssZ).` };
  const [, y, mo, d, sep, h = '00', mi = '00', s = '00', frac = '', zone] = m;
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const check = new Date(local);
  if (
    Number.isNaN(local) ||
    check.getUTCFullYear() !== Number(y) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    check.getUTCHours() !== Number(h) ||
    check.getUTCMinutes() !== Number(mi) ||
    check.getUTCSeconds() !== Number(s)
  )
    return { error: `"${text}" is not a valid date-time (no such day or time).` };
  let utc = local;
  let warning: CellWarning | undefined;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    utc -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
    warning = { kind: 'date-time-offset', message: 'Date-times carry a UTC offset; converted to UTC.' };
  } else if (sep === undefined) {
    warning = { kind: 'date-only', message: 'Dates without a time; taken as midnight UTC.' };
  } else if (sep === ' ' || zone === undefined) {
    warning = {
      kind: 'date-time-format',
      message: `Date-times like "${text}" are not ISO 8601 UTC (YYYY-MM-DDTHH:mm:ssZ); taken as UTC.`,
    };
  }
  const value = new Date(utc).toISOString().replace('.000Z', 'Z');
  return warning ? { value, warnings: [warning] } : { value };
}

/** A numeric cell as a plain decimal string (`1.5E-7` -> `0.00000015`). */
export function parseFocusDecimal(text: string): CellResult {
  const parsed = parseDecimal(text);
  if (!parsed) return { error: `"${text}" is not a decimal number.` };
  if (parsed.nonCanonical)
    return {
      value: parsed.value,
      warnings: [
        { kind: 'numeric-format', message: 'Numbers with a "+" sign, which FOCUS forbids; read anyway.' },
      ],
    };
  return { value: parsed.value };
}

/** A value of a closed list, matched case-insensitively; the canonical spelling is returned. */
export function parseAllowedValue(text: string, allowed: readonly string[]): CellResult {
  const lower = text.trim().toLowerCase();
  const canonical = allowed.find((a) => a.toLowerCase() === lower);
  if (canonical === undefined) return { error: `"${text}" is not one of ${allowed.join(', ')}.` };
  if (canonical === text) return { value: canonical };
  return {
    value: canonical,
    warnings: [
      { kind: 'non-canonical-value', message: `Values spelled like "${text}" read as "${canonical}".` },
    ],
  };
}

function parseJsonObject(text: string): Record<string, unknown> | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return `Invalid JSON: ${(err as Error).message}.`;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return 'Expected a JSON object ({...}).';
  return parsed as Record<string, unknown>;
}

/**
 * FOCUS Attributes › Key-Value Format: a serialized JSON object whose values are strings, numbers, booleans
 * or null (no objects, no arrays), keys unique. Keys are trimmed (warning); a key that collides with another
 * after trimming keeps the first value (warning).
 */
export function parseKeyValue(text: string): CellResult {
  const object = parseJsonObject(text);
  if (typeof object === 'string') return { error: object };
  const out: FocusKeyValue = {};
  let spaced: CellWarning | undefined;
  let duplicate: CellWarning | undefined;
  for (const [rawKey, v] of Object.entries(object)) {
    if (v !== null && typeof v === 'object')
      return {
        error: `Key "${rawKey}" holds an ${Array.isArray(v) ? 'array' : 'object'}; values must be flat.`,
      };
    const key = rawKey.trim();
    if (key !== rawKey)
      spaced ??= {
        kind: 'key-whitespace',
        message: `Keys with surrounding spaces (like "${rawKey}"); trimmed.`,
      };
    if (Object.hasOwn(out, key)) {
      duplicate ??= {
        kind: 'duplicate-key',
        message: `Keys repeated after trimming (like "${key}"); first kept.`,
      };
      continue;
    }
    out[key] = v as string | number | boolean | null;
  }
  const warnings = [spaced, duplicate].filter((w) => w !== undefined);
  return warnings.length ? { value: out, warnings } : { value: out };
}

const CURRENCY = /^[A-Za-z]{3}$/;

/** One non-null cell of a FOCUS column, normalized by the column's type. */
export function parseFocusCell(column: FocusColumn, text: string): CellResult {
  switch (column.type) {
    case 'decimal':
      return parseFocusDecimal(text.trim());
    case 'date-time':
      return parseFocusDateTime(text.trim());
    case 'key-value':
      return parseKeyValue(text);
    case 'json-object': {
      const object = parseJsonObject(text);
      return typeof object === 'string' ? { error: object } : { value: object };
    }
    case 'string':
      if (column.allowed) return parseAllowedValue(text, column.allowed);
      if (column.currency) {
        if (!CURRENCY.test(text.trim())) return { error: `"${text}" is not an ISO 4217 currency code.` };
        const code = text.trim().toUpperCase();
        if (code === text) return { value: code };
        return {
          value: code,
          warnings: [
            { kind: 'non-canonical-value', message: `Currency codes like "${text}" read as "${code}".` },
          ],
        };
      }
      return { value: text };
  }
}
