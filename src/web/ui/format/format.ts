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
