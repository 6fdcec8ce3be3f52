/**
 * The scope every page reads: a time range and, optionally, a team. It lives in the URL's query
 * (`?from=2026-09-01&to=2026-11-30&team=12`) so any view can be shared and survives a reload; without
 * `from`/`to` the range is the last 90 days.
 */
export const PRESET_DAYS = [30, 90, 180, 365] as const;
export type PresetDays = (typeof PRESET_DAYS)[number];
export const DEFAULT_DAYS: PresetDays = 90;

/** The parameters that belong to the scope (kept when moving between pages). */
export const SCOPE_PARAMS = ['from', 'to', 'team'] as const;

export interface Scope {
  from: string;
  to: string;
  team: number | null;
  /** The preset this range matches (ending today), or null for a custom range. */
  preset: PresetDays | null;
  /** Whether from/to were chosen (in the URL) rather than the default. */
  explicit: boolean;
}

const DAY_MS = 24 * 3600_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

function validDate(value: string | null): value is string {
  return !!value && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

export function parseScope(params: URLSearchParams, now = new Date()): Scope {
  const today = todayUtc(now);
  const rawFrom = params.get('from');
  const rawTo = params.get('to');
  const to = validDate(rawTo) ? rawTo : today;
  let from = validDate(rawFrom) ? rawFrom : daysBefore(to, DEFAULT_DAYS);
  if (from > to) from = daysBefore(to, DEFAULT_DAYS);
  const teamNumber = Number(params.get('team'));
  const team = Number.isInteger(teamNumber) && teamNumber > 0 ? teamNumber : null;
  const preset = to === today ? (PRESET_DAYS.find((d) => daysBefore(today, d) === from) ?? null) : null;
  return { from, to, team, preset, explicit: validDate(rawFrom) || validDate(rawTo) };
}

/** "1 Sep 2026 – 30 Nov 2026" */
export function formatRange(from: string, to: string): string {
  const f = (d: string) =>
    new Date(`${d}T00:00:00Z`).toLocaleDateString(undefined, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return `${f(from)} – ${f(to)}`;
}

/** The scope part of a query string, for links that keep the scope ("?from=…&team=…" or ""). */
export function scopeSearch(params: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const key of SCOPE_PARAMS) {
    const value = params.get(key);
    if (value) out.set(key, value);
  }
  const text = out.toString();
  return text ? `?${text}` : '';
}
