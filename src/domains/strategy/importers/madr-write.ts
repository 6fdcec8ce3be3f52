/**
 * Writes decision records as MADR: `renderMadr` makes a new file (MADR 4 layout) for a record written in
 * Quarterdeck; `patchMadr` applies edits to an existing file by replacing only the lines of what changed
 * (a front matter key, a `* Status:` bullet, the title line, a section's body), so a file nobody edited
 * exports byte for byte and an edited one differs only where it was edited. Pure.
 */

import type { MadrFields } from './madr-parse.js';
import { type MadrMetaKey, type MadrScan, type MadrSectionKey, scanMadr } from './madr-scan.js';

export type MadrEdit = Partial<MadrFields>;

/** The superseding record, to write `superseded by [ADR-0005](0005-file.md)`. */
export interface SupersedingRef {
  number: number;
  fileName: string | null;
}

const SECTION_HEADINGS: Record<Exclude<MadrSectionKey, 'status'>, string> = {
  context: 'Context and Problem Statement',
  options: 'Considered Options',
  outcome: 'Decision Outcome',
  consequences: 'Consequences',
  prosCons: 'Pros and Cons of the Options',
};
const LABELS: Record<MadrMetaKey, string> = {
  status: 'Status',
  date: 'Date',
  deciders: 'Deciders',
  consulted: 'Consulted',
  informed: 'Informed',
};
const FRONT_NAMES: Record<MadrMetaKey, string> = {
  status: 'status',
  date: 'date',
  deciders: 'decision-makers',
  consulted: 'consulted',
  informed: 'informed',
};

export const padNumber = (n: number) => String(n).padStart(4, '0');

/** `0007-use-postgresql.md`. */
export function madrFileName(number: number, title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${padNumber(number)}-${slug || 'decision'}.md`;
}

export function statusText(status: MadrFields['status'], by: SupersedingRef | null): string {
  if (status !== 'superseded' || !by) return status;
  const name = `ADR-${padNumber(by.number)}`;
  return `superseded by ${by.fileName ? `[${name}](${by.fileName})` : name}`;
}

function yamlScalar(s: string): string {
  if (s === '' || /^[\s{[\]&*!|>'"%@`#,?:-]|: | #|:$|^(true|false|null|~|yes|no)$/i.test(s))
    return JSON.stringify(s);
  return s;
}

type MetaValue = { key: MadrMetaKey; text: string | null; list: string[] | null };

function metaValue(key: MadrMetaKey, edit: MadrEdit, by: SupersedingRef | null): MetaValue {
  if (key === 'status') return { key, text: statusText(edit.status!, by), list: null };
  if (key === 'date') return { key, text: edit.date ?? null, list: null };
  const list = edit[key] ?? [];
  return { key, text: list.length ? list.join(', ') : null, list };
}

function frontLines(name: string, v: MetaValue, style: 'block' | 'flow' | 'plain', indent: string): string[] {
  if (v.text === null) return [];
  if (v.list && style === 'block') return [`${name}:`, ...v.list.map((x) => `${indent}- ${yamlScalar(x)}`)];
  if (v.list && style === 'flow') return [`${name}: [${v.list.map(yamlScalar).join(', ')}]`];
  return [`${name}: ${yamlScalar(v.text)}`];
}

function replace(lines: string[], start: number, end: number, add: string[]): void {
  lines.splice(start, end - start, ...add);
}

function patchMeta(scan: MadrScan, v: MetaValue): void {
  const { lines } = scan;
  const fm = scan.frontMatter;
  const key = fm?.keys.get(v.key);
  if (fm && key) {
    const indent = /^(\s+)-/.exec(lines[key.start + 1] ?? '')?.[1] ?? '  ';
    replace(lines, key.start, key.end, frontLines(key.name, v, key.style, indent));
    return;
  }
  if (fm) {
    replace(lines, fm.close, fm.close, frontLines(FRONT_NAMES[v.key], v, 'plain', '  '));
    return;
  }
  const bullet = scan.bullets.get(v.key);
  if (bullet) {
    replace(
      lines,
      bullet.line,
      bullet.line + 1,
      v.text === null ? [] : [`${bullet.bullet}${bullet.label}: ${v.text}`],
    );
    return;
  }
  const statusSection = scan.sections.get('status');
  if (v.key === 'status' && statusSection && v.text) {
    const text = v.text.charAt(0).toUpperCase() + v.text.slice(1);
    replaceBody(lines, statusSection, [text]);
    return;
  }
  if (v.text === null) return;
  const bullets = [...scan.bullets.values()].filter((b) => b.bullet !== '');
  if (bullets.length) {
    const last = Math.max(...bullets.map((b) => b.line));
    replace(lines, last + 1, last + 1, [`${bullets[0]!.bullet}${LABELS[v.key]}: ${v.text}`]);
    return;
  }
  replace(lines, 0, 0, ['---', ...frontLines(FRONT_NAMES[v.key], v, 'plain', '  '), '---', '']);
}

function replaceBody(
  lines: string[],
  r: { heading: number; start: number; end: number },
  add: string[],
): void {
  if (r.start < r.end) {
    replace(lines, r.start, r.end, add);
    return;
  }
  if (add.length === 0) return;
  const after = lines[r.heading + 1];
  replace(lines, r.heading + 1, r.heading + 1, [
    '',
    ...add,
    ...(after !== undefined && after.trim() !== '' ? [''] : []),
  ]);
}

function patchSection(scan: MadrScan, key: Exclude<MadrSectionKey, 'status'>, value: string): void {
  const { lines } = scan;
  const add = value === '' ? [] : value.split('\n');
  const r = scan.sections.get(key);
  if (r) {
    replaceBody(lines, r, add);
    return;
  }
  if (add.length === 0) return;
  const outcome = scan.sections.get('outcome');
  if (key === 'consequences' && outcome) {
    const at = Math.max(outcome.end, outcome.heading + 1);
    replace(lines, at, at, [
      '',
      `${'#'.repeat(outcome.level + 1)} ${SECTION_HEADINGS.consequences}`,
      '',
      ...add,
    ]);
    return;
  }
  let at = lines.length;
  while (at > 0 && lines[at - 1] === '') at--;
  replace(lines, at, at, ['', `## ${SECTION_HEADINGS[key]}`, '', ...add]);
}

const SECTION_OF: Partial<Record<keyof MadrFields, Exclude<MadrSectionKey, 'status'>>> = {
  context: 'context',
  options: 'options',
  outcome: 'outcome',
  consequences: 'consequences',
  prosCons: 'prosCons',
};

/**
 * Applies the edited fields to a record's markdown. Pass only what changed: every key present is
 * written, everything else is left as it is.
 */
export function patchMadr(markdown: string, edit: MadrEdit, by: SupersedingRef | null = null): string {
  let text = markdown;
  const apply = (f: (scan: MadrScan) => void) => {
    const scan = scanMadr(text);
    if (scan.fatal)
      throw new Error(`The record cannot be edited: line ${scan.fatal.line}: ${scan.fatal.message}`);
    f(scan);
    text = scan.lines.join(scan.eol);
  };
  if (edit.title !== undefined) {
    apply((scan) => {
      if (scan.title) scan.lines[scan.title.line] = `# ${scan.title.prefix}${edit.title}`;
      else scan.lines.unshift(`# ${edit.title}`, '');
    });
  }
  if (edit.status !== undefined || edit.supersededBy !== undefined) {
    const status = edit.status ?? 'superseded';
    apply((scan) => patchMeta(scan, metaValue('status', { status }, by)));
  }
  for (const key of ['date', 'deciders', 'consulted', 'informed'] as const) {
    if (edit[key] !== undefined) apply((scan) => patchMeta(scan, metaValue(key, edit, by)));
  }
  for (const [field, key] of Object.entries(SECTION_OF)) {
    const value = edit[field as keyof MadrFields];
    if (typeof value === 'string') apply((scan) => patchSection(scan, key, value));
  }
  return text;
}

/** A new record in the MADR 4 layout. */
export function renderMadr(f: MadrFields, by: SupersedingRef | null = null): string {
  const front = ['---', `status: ${yamlScalar(statusText(f.status, by))}`];
  if (f.date) front.push(`date: ${f.date}`);
  if (f.deciders.length) front.push(`decision-makers: ${yamlScalar(f.deciders.join(', '))}`);
  if (f.consulted.length) front.push(`consulted: ${yamlScalar(f.consulted.join(', '))}`);
  if (f.informed.length) front.push(`informed: ${yamlScalar(f.informed.join(', '))}`);
  front.push('---');
  const out = [...front, '', `# ${f.title}`, ''];
  const section = (heading: string, body: string, always: boolean) => {
    if (!body && !always) return;
    out.push(heading, '');
    if (body) out.push(body, '');
  };
  section(`## ${SECTION_HEADINGS.context}`, f.context, true);
  section(`## ${SECTION_HEADINGS.options}`, f.options, true);
  section(`## ${SECTION_HEADINGS.outcome}`, f.outcome, true);
  section(`### ${SECTION_HEADINGS.consequences}`, f.consequences, false);
  section(`## ${SECTION_HEADINGS.prosCons}`, f.prosCons, false);
  while (out.at(-1) === '') out.pop();
  return `${out.join('\n')}\n`;
}
