/** Dates and times as people read them, in their own locale and time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** A compact one-line JSON for tables ("—" for an empty object). */
export function compactJson(value: unknown, max = 120): string {
  if (value === null || value === undefined) return '—';
  const text = JSON.stringify(value);
  if (text === '{}' || text === '[]') return '—';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/**
 * A duration as people read it: `45 min`, `27 h` (under two days), `3 d 4 h`; `< 1 min` for less than
 * a minute, "—" when there is none. The same wording as the scorecard's delivery checks.
 */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return '—';
  if (ms < 0) return `−${formatDuration(-ms)}`;
  if (ms < MINUTE_MS) return ms === 0 ? '0 min' : '< 1 min';
  const minutes = Math.round(ms / MINUTE_MS);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(ms / HOUR_MS);
  if (hours < 48) return `${hours} h`;
  // Whole hours, then days and the hours left (never "2 d 24 h").
  const days = Math.floor(hours / 24);
  const rest = hours - days * 24;
  return rest ? `${days} d ${rest} h` : `${days} d`;
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', HOUR_MS],
  ['minute', MINUTE_MS],
];

/**
 * How long ago (or how far ahead) a moment is, as people say it: "3 days ago", "yesterday", "in 2 hours",
 * "now" under a minute; "—" when there is none. Pair it with the exact time (`formatDateTime`) in a title.
 */
export function formatRelative(iso: string | null | undefined, now: number = Date.now()): string {
  if (!iso) return '—';
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return iso;
  const diff = at - now;
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  for (const [unit, ms] of RELATIVE_STEPS) {
    if (Math.abs(diff) >= ms) return rtf.format(Math.trunc(diff / ms), unit);
  }
  return rtf.format(0, 'second');
}
