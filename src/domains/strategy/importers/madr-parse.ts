/**
 * Reads a Markdown Architectural Decision Record into Quarterdeck's fields. Understands MADR 4.x
 * (front matter with `decision-makers`), 3.x (front matter with `deciders`), 2.x (`* Status: …` bullets
 * under the title) and Michael Nygard's format as adr-tools writes it (`Date:` line, `## Status`
 * section). Numbers come from file names (`0001-use-markdown.md`), titles from the first `# ` heading.
 * Pure; the caller reads the files. References: https://adr.github.io/madr/ and
 * https://cognitect.com/blog/2011/11/15/documenting-architecture-decisions
 */

import { type MadrScan, rangeText, scanMadr, stripComments } from './madr-scan.js';

export const ADR_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;
export type AdrStatus = (typeof ADR_STATUSES)[number];

export interface MadrFields {
  title: string;
  status: AdrStatus;
  /** The number of the superseding record, as the status names it (`superseded by ADR-0005`). */
  supersededBy: number | null;
  /** YYYY-MM-DD, when the decision was last updated. */
  date: string | null;
  deciders: string[];
  consulted: string[];
  informed: string[];
  context: string;
  options: string;
  outcome: string;
  consequences: string;
  prosCons: string;
}

export type MadrFormat = 'madr-4' | 'madr-3' | 'madr-2' | 'nygard' | 'markdown';

export interface MadrWarning {
  line: number;
  field: string;
  message: string;
}

export type MadrParse =
  | { ok: true; fields: MadrFields; format: MadrFormat; warnings: MadrWarning[] }
  | { ok: false; line: number; field: string; message: string };

const STATUS_WORDS: Record<string, AdrStatus> = {
  proposed: 'proposed',
  draft: 'proposed',
  open: 'proposed',
  'in review': 'proposed',
  accepted: 'accepted',
  approved: 'accepted',
  decided: 'accepted',
  adopted: 'accepted',
  rejected: 'rejected',
  declined: 'rejected',
  deprecated: 'deprecated',
  obsolete: 'deprecated',
  superseded: 'superseded',
  replaced: 'superseded',
};

/** `0001-use-markdown.md` → 1 and the slug; null for files that are not numbered records. */
export function madrFileNumber(fileName: string): { number: number; slug: string } | null {
  const m = /^(?:adr[-_]?)?(\d{1,6})[-_ .]+(.+)\.(md|markdown)$/i.exec(fileName);
  if (!m) return null;
  return { number: Number(m[1]), slug: m[2]! };
}

/** The number a status or link names: `ADR-0005`, `[…](0005-foo.md)`, `5. Use Kafka`. */
export function referencedNumber(text: string): number | null {
  const link = /\]\(([^)]*?)(\d{1,6})-[^)/]*\)/.exec(text);
  if (link) return Number(link[2]);
  const adr = /\b(?:ADR|MADR)[- #]?(\d{1,6})\b/i.exec(text);
  if (adr) return Number(adr[1]);
  const plain = /superseded by\s*#?(\d{1,6})\b/i.exec(text);
  return plain ? Number(plain[1]) : null;
}

export function parseStatus(raw: string): { status: AdrStatus; supersededBy: number | null } | null {
  const text = stripComments(raw).replace(/^["']|["']$/g, '');
  const lower = text.replace(/^[\s*_[]+/, '').toLowerCase();
  const word = Object.keys(STATUS_WORDS)
    .sort((a, b) => b.length - a.length)
    .find((w) => lower.startsWith(w) && !/[a-z]/.test(lower.charAt(w.length)));
  if (!word) return null;
  const status = STATUS_WORDS[word]!;
  return { status, supersededBy: status === 'superseded' ? referencedNumber(text) : null };
}

export function splitPeople(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v) => splitPeople(v));
  if (typeof value !== 'string' && typeof value !== 'number') return [];
  return stripComments(String(value))
    .split(/\s*[,;]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const PLACEHOLDER = /^[{[].*[}\]]$/s;

function formatOf(scan: MadrScan): MadrFormat {
  if (scan.frontMatter)
    return scan.frontMatter.keys.get('deciders')?.name === 'deciders' ? 'madr-3' : 'madr-4';
  if (scan.bullets.has('status') && scan.bullets.get('status')!.bullet !== '') return 'madr-2';
  if (scan.sections.has('status')) return 'nygard';
  return 'markdown';
}

/** Parses one record; `ok: false` names the line of what makes it unreadable. */
export function parseMadr(text: string): MadrParse {
  const scan = scanMadr(text);
  if (scan.fatal) return { ok: false, field: 'front matter', ...scan.fatal };
  if (!scan.title?.text) {
    return {
      ok: false,
      line: scan.title ? scan.title.line + 1 : 1,
      field: 'title',
      message: 'No title: a decision record starts with a `# ` heading naming the decision.',
    };
  }
  const warnings: MadrWarning[] = [...scan.warnings];
  const meta = readMeta(scan, warnings);
  const section = (k: Parameters<typeof scan.sections.get>[0]) => {
    const r = scan.sections.get(k);
    return r ? rangeText(scan, r) : '';
  };
  return {
    ok: true,
    format: formatOf(scan),
    warnings,
    fields: {
      title: scan.title.text,
      ...meta,
      context: section('context'),
      options: section('options'),
      outcome: section('outcome'),
      consequences: section('consequences'),
      prosCons: section('prosCons'),
    },
  };
}

function readMeta(scan: MadrScan, warnings: MadrWarning[]) {
  const fm = scan.frontMatter?.keys;
  const raw = (key: 'status' | 'date' | 'deciders' | 'consulted' | 'informed') => {
    const f = fm?.get(key);
    if (f) return { value: f.value, line: f.start + 1 };
    const b = scan.bullets.get(key);
    if (b) return { value: b.value, line: b.line + 1 };
    return null;
  };
  let status: AdrStatus = 'proposed';
  let supersededBy: number | null = null;
  const s = raw('status');
  const sectionStatus = scan.sections.get('status');
  const statusText =
    s !== null
      ? s.value
      : sectionStatus
        ? (scan.lines.slice(sectionStatus.start, sectionStatus.end).find((l) => l.trim()) ?? '')
        : null;
  const statusLine = s?.line ?? (sectionStatus ? sectionStatus.start + 1 : 1);
  if (statusText !== null) {
    const parsed = typeof statusText === 'string' ? parseStatus(statusText) : null;
    if (parsed) ({ status, supersededBy } = parsed);
    else
      warnings.push({
        line: statusLine,
        field: 'status',
        message: `The status ${JSON.stringify(statusText)} is not one of ${ADR_STATUSES.join(', ')}; read as proposed.`,
      });
  }
  let date: string | null = null;
  const d = raw('date');
  if (d) {
    const v = typeof d.value === 'string' ? stripComments(d.value).replace(/^["']|["']$/g, '') : d.value;
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))) date = v;
    else
      warnings.push({
        line: d.line,
        field: 'date',
        message: `The date ${JSON.stringify(d.value)} is not a YYYY-MM-DD date; left empty.`,
      });
  }
  const people = (key: 'deciders' | 'consulted' | 'informed') => {
    const r = raw(key);
    if (!r) return [];
    if (typeof r.value === 'string' && PLACEHOLDER.test(r.value.trim())) return [];
    if (r.value !== null && typeof r.value === 'object' && !Array.isArray(r.value)) {
      warnings.push({
        line: r.line,
        field: key,
        message: 'Not filled in (still the template text); left empty.',
      });
      return [];
    }
    return splitPeople(r.value);
  };
  return {
    status,
    supersededBy,
    date,
    deciders: people('deciders'),
    consulted: people('consulted'),
    informed: people('informed'),
  };
}
