/**
 * Links to the metric definitions: `docs/metrics.md` is shown in the app at `/help/metrics`, each heading
 * with the anchor GitHub gives it, so `docs/metrics.md#lead-time-for-changes` (as the API's texts and the
 * code's comments name a definition) becomes `/help/metrics#lead-time-for-changes`.
 */

export const DEFINITIONS_PATH = '/help/metrics';

/**
 * The anchor GitHub gives a heading: lower case, punctuation dropped (letters, digits, `-`, `_` and spaces
 * stay), each space a `-`. "Lead time for changes" → `lead-time-for-changes`; "Who a figure belongs to?"
 * → `who-a-figure-belongs-to`.
 */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replaceAll(' ', '-');
}

/** `/help/metrics#anchor` (the page's top without an anchor). */
export function definitionHref(anchor?: string | null): string {
  return anchor ? `${DEFINITIONS_PATH}#${anchor}` : DEFINITIONS_PATH;
}

export type TextPart = { text: string; href?: undefined } | { text: string; href: string };

/**
 * `docs/metrics.md`, with an optional `#anchor`, and the bare `#anchors` that follow it in a list
 * ("docs/metrics.md#lead-time-for-changes and #deployment-frequency").
 */
const REF = /docs\/metrics\.md(?:#([a-z0-9_-]+)((?:(?:,\s*|\s+and\s+|,\s+and\s+)#[a-z0-9_-]+)*))?/g;
const MORE = /#([a-z0-9_-]+)/g;

/**
 * Splits a text into plain parts and links to the definitions page, one per reference of
 * `docs/metrics.md`. A text without a reference comes back as one part.
 */
export function metricRefParts(text: string): TextPart[] {
  const out: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(REF)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at) });
    const head = m[1] ? `docs/metrics.md#${m[1]}` : 'docs/metrics.md';
    out.push({ text: head, href: definitionHref(m[1]) });
    const rest = m[2] ?? '';
    let inner = 0;
    for (const a of rest.matchAll(MORE)) {
      const aAt = a.index ?? 0;
      if (aAt > inner) out.push({ text: rest.slice(inner, aAt) });
      out.push({ text: a[0], href: definitionHref(a[1]) });
      inner = aAt + a[0].length;
    }
    if (inner < rest.length) out.push({ text: rest.slice(inner) });
    last = at + m[0].length;
  }
  if (last < text.length || out.length === 0) out.push({ text: text.slice(last) });
  return out;
}
