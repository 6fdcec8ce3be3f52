/**
 * The Thoughtworks Build Your Own Radar CSV: a header `name,ring,quadrant,isNew,description` (any order,
 * any case; BYOR's optional `status` column and other columns are ignored — Quarterdeck records
 * movement as dated moves), RFC 4180 quoting (descriptions may hold commas, quotes, newlines and
 * HTML). `isNew` is TRUE or FALSE (also true/false, yes/no, 1/0; empty means false). Quadrants and
 * rings are named, and must be the radar's configured ones. Entry keys come from the names.
 * Pure: text in, document out; row numbers count the header as row 1.
 */

import { parse } from 'csv-parse/sync';
import type { ImportIssue } from '../../../platform/imports/import-report.js';
import { type DocEntry, type ParsedRadar, type RadarDocument, slugKey } from './radar-document.js';

export const BYOR_COLUMNS = ['name', 'ring', 'quadrant', 'isNew', 'description'] as const;

const TRUE = new Set(['true', 'yes', '1', 'y']);
const FALSE = new Set(['false', 'no', '0', 'n', '']);

export function parseByorCsv(text: string, file: string): ParsedRadar {
  const issues: ImportIssue[] = [];
  const err = (row: number | undefined, field: string | undefined, message: string) =>
    issues.push({ file, row, field, message, severity: 'error' });
  const doc: RadarDocument = { format: 'byor', quadrants: null, rings: null, entries: [], refs: 'name' };
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    err(line, undefined, `not valid CSV (${(e as Error).message})`);
    return { doc, issues };
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const col: Record<string, number> = {};
  for (const c of BYOR_COLUMNS) {
    const i = header.indexOf(c.toLowerCase());
    if (i < 0) err(1, c, `missing column (the header needs ${BYOR_COLUMNS.join(',')})`);
    col[c] = i;
  }
  if (issues.length) return { doc, issues };
  const seen = new Map<string, number>();
  records.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const get = (c: (typeof BYOR_COLUMNS)[number]) => (cells[col[c]!] ?? '').trim();
    const before = issues.length;
    const name = get('name');
    const ring = get('ring');
    const quadrant = get('quadrant');
    const isNewText = get('isNew').toLowerCase();
    if (!name) err(row, 'name', 'missing name');
    if (!ring) err(row, 'ring', 'missing ring');
    if (!quadrant) err(row, 'quadrant', 'missing quadrant');
    if (!TRUE.has(isNewText) && !FALSE.has(isNewText))
      err(row, 'isNew', `"${get('isNew')}" is not TRUE or FALSE`);
    const key = slugKey(name);
    if (name && !key) err(row, 'name', `"${name}" has no letters or digits to make a key from`);
    if (key && seen.has(key))
      err(row, 'name', `"${name}" is the same entry as row ${seen.get(key)} (key "${key}")`);
    if (issues.length > before) return;
    seen.set(key, row);
    const entry: DocEntry = {
      key,
      name,
      quadrant,
      ring,
      // Descriptions keep their inner whitespace and newlines; only the cell's ends are trimmed.
      description: (cells[col.description!] ?? '').trim(),
      url: null,
      links: [],
      isNew: TRUE.has(isNewText),
      timeline: [],
      at: { row },
    };
    doc.entries.push(entry);
  });
  return { doc, issues };
}

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The BYOR CSV of a radar (quadrants and rings by name), RFC 4180, CRLF line ends. Cells are written as
 * they are (no spreadsheet-formula escaping), so that the file reads back exactly.
 */
export function exportByorCsv(
  rows: { name: string; ring: string; quadrant: string; isNew: boolean; description: string }[],
): string {
  const lines = [BYOR_COLUMNS.join(',')];
  for (const r of rows)
    lines.push([r.name, r.ring, r.quadrant, r.isNew ? 'TRUE' : 'FALSE', r.description].map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
