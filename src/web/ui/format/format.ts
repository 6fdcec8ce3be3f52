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
