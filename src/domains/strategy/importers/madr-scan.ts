/**
 * Where things are in a Markdown Architectural Decision Record (MADR 2.x, 3.x, 4.x, and Michael Nygard's
 * format as adr-tools writes it): the front matter and its keys, the `* Status: …` bullets, the title
 * line and each known section, as line ranges. The parser reads values from these ranges; the writer
 * replaces only the ranges of what was edited, so everything else stays byte for byte.
 * Pure; no I/O.
 */

import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

export type MadrMetaKey = 'status' | 'date' | 'deciders' | 'consulted' | 'informed';
export type MadrSectionKey = 'context' | 'options' | 'outcome' | 'consequences' | 'prosCons' | 'status';

/** Lines [start, end): `end` is exclusive. */
export interface LineRange {
  start: number;
  end: number;
}

export interface FrontMatterKey extends LineRange {
  /** The key as written (`deciders` or `decision-makers`). */
  name: string;
  value: unknown;
  /** How a list was written: block (`- a` lines), flow (`[a, b]`) or a plain string. */
  style: 'block' | 'flow' | 'plain';
}

export interface MadrScan {
  lines: string[];
  eol: '\n' | '\r\n';
  frontMatter: { open: number; close: number; keys: Map<MadrMetaKey, FrontMatterKey> } | null;
  /** `* Status: accepted` (MADR 2) or `Date: 2024-01-02` (adr-tools) lines, by key. */
  bullets: Map<MadrMetaKey, { line: number; label: string; value: string; bullet: string }>;
  title: { line: number; prefix: string; text: string } | null;
  /** Body ranges of the known sections, with the line of their (first) heading. */
  sections: Map<MadrSectionKey, LineRange & { heading: number; level: number }>;
  /** A problem that makes the file unreadable, with its 1-based line. */
  fatal: { line: number; message: string } | null;
  warnings: { line: number; field: string; message: string }[];
}

const META_ALIASES: Record<string, MadrMetaKey> = {
  status: 'status',
  date: 'date',
  deciders: 'deciders',
  'decision-makers': 'deciders',
  'decision makers': 'deciders',
  consulted: 'consulted',
  informed: 'informed',
};

const SECTION_NAMES: Record<string, MadrSectionKey> = {
  'context and problem statement': 'context',
  context: 'context',
  'considered options': 'options',
  'decision outcome': 'outcome',
  decision: 'outcome',
  consequences: 'consequences',
  'positive consequences': 'consequences',
  'negative consequences': 'consequences',
  'pros and cons of the options': 'prosCons',
  status: 'status',
};

const COMMENT = /<!--.*?-->/g;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;

export function stripComments(s: string): string {
  return s.replace(COMMENT, '').trim();
}

/** A blank line, or one that holds only HTML comments (MADR's `<!-- optional -->` hints). */
function isFiller(line: string): boolean {
  return stripComments(line) === '';
}

export function scanMadr(text: string): MadrScan {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  const scan: MadrScan = {
    lines,
    eol,
    frontMatter: null,
    bullets: new Map(),
    title: null,
    sections: new Map(),
    fatal: null,
    warnings: [],
  };
  let i = 0;
  if (lines[0]?.replace(/^\uFEFF/, '').trim() === '---') {
    const close = lines.findIndex((l, n) => n > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (close < 0) {
      scan.fatal = { line: 1, message: 'The front matter opened with --- is never closed.' };
      return scan;
    }
    const fm = scanFrontMatter(lines, close, scan);
    if (scan.fatal) return scan;
    scan.frontMatter = fm;
    i = close + 1;
  }
  const headings: { line: number; level: number; name: string }[] = [];
  let inFence = false;
  for (let n = i; n < lines.length; n++) {
    const line = lines[n]!;
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) continue;
    const h = HEADING.exec(line);
    if (h) {
      headings.push({ line: n, level: h[1]!.length, name: stripComments(h[2]!) });
      continue;
    }
    const firstSection = headings.find((x) => x.level >= 2);
    if (firstSection) continue;
    const b =
      /^(\s*[*-]\s+|)(status|date|deciders|decision-makers|decision makers|consulted|informed)\s*:\s*(.*)$/i.exec(
        line,
      );
    if (b) {
      const key = META_ALIASES[b[2]!.toLowerCase()]!;
      // A bare `Date:` line is adr-tools'; other bare keys are too ambiguous to read.
      if (b[1] === '' && key !== 'date') continue;
      if (!scan.bullets.has(key))
        scan.bullets.set(key, { line: n, label: b[2]!, value: stripComments(b[3]!), bullet: b[1]! });
    }
  }
  const first = headings.find((h) => h.level === 1);
  if (first) {
    const raw = HEADING.exec(lines[first.line]!)![2]!;
    const m = /^((?:ADR[- ]?)?\d+[.:]?\s+|)(.*)$/i.exec(raw)!;
    scan.title = { line: first.line, prefix: m[1]!, text: stripComments(m[2]!) };
  }
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k]!;
    const key = SECTION_NAMES[h.name.toLowerCase()];
    if (!key || h.level === 1) continue;
    let end = lines.length;
    for (let j = k + 1; j < headings.length; j++) {
      const next = headings[j]!;
      const nextKey = SECTION_NAMES[next.name.toLowerCase()];
      if (next.level <= h.level || (nextKey && nextKey !== key)) {
        end = next.line;
        break;
      }
    }
    const prev = scan.sections.get(key);
    // MADR 2 splits consequences into Positive and Negative: one range across both headings.
    if (prev) {
      if (prev.end === h.line || isFillerRange(lines, prev.end, h.line)) prev.end = Math.max(prev.end, end);
      continue;
    }
    scan.sections.set(key, { heading: h.line, level: h.level, start: h.line + 1, end });
  }
  for (const r of scan.sections.values()) {
    while (r.end > r.start && isFiller(lines[r.end - 1]!)) r.end--;
    while (r.start < r.end && lines[r.start]!.trim() === '') r.start++;
  }
  return scan;
}

function isFillerRange(lines: string[], from: number, to: number): boolean {
  for (let n = from; n < to; n++) if (!isFiller(lines[n]!)) return false;
  return true;
}

function scanFrontMatter(lines: string[], close: number, scan: MadrScan) {
  const body = lines.slice(1, close).join('\n');
  const doc = parseDocument(body, { prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    // The error's offset in the front matter; at the end of input, the last line that has text.
    const at = Math.min(e.pos[0], body.trimEnd().length);
    const line = body.slice(0, at).split('\n').length + 1;
    const why = e.message.split('\n')[0]!.replace(/[.:]?\s*$/, '.');
    scan.fatal = { line, message: `The front matter is not valid YAML: ${why}` };
    return null;
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    scan.fatal = { line: 2, message: 'The front matter must be key: value pairs.' };
    return null;
  }
  const keys = new Map<MadrMetaKey, FrontMatterKey>();
  const starts: { line: number; name: string }[] = [];
  for (let n = 1; n < close; n++) {
    const m = /^([A-Za-z][\w -]*?)\s*:(\s|$)/.exec(lines[n]!);
    if (m) starts.push({ line: n, name: m[1]! });
  }
  const map = doc.contents;
  for (const [idx, s] of starts.entries()) {
    const key = META_ALIASES[s.name.toLowerCase()];
    if (!key || keys.has(key)) continue;
    let end = idx + 1 < starts.length ? starts[idx + 1]!.line : close;
    while (end > s.line + 1 && (lines[end - 1]!.trim() === '' || /^\s*#/.test(lines[end - 1]!))) end--;
    const node = map?.get(s.name, true);
    const style = isSeq(node) ? (node.flow ? 'flow' : 'block') : 'plain';
    const value: unknown = isScalar(node)
      ? node.value
      : node
        ? (node as { toJSON(): unknown }).toJSON()
        : null;
    keys.set(key, { name: s.name, value, style, start: s.line, end });
  }
  return { open: 0, close, keys };
}

/** The text of a range, as one string (lines joined with `\n`). */
export function rangeText(scan: MadrScan, r: LineRange): string {
  return scan.lines.slice(r.start, r.end).join('\n');
}
