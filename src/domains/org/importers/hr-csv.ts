/**
 * HR system CSV export -> `OrgInput` (people and the teams they name). Streams the file with csv-parse; the
 * columns, their header spellings and value vocabularies live in hr-csv-columns.ts, reading one row in
 * hr-csv-row.ts, the checks that need the whole file (duplicates, managers, reporting loops) in
 * hr-csv-checks.ts. Format: docs/import-formats.md.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Info, parse } from 'csv-parse';
import { checkAcrossRows, type HrRow } from './hr-csv-checks.js';
import { HR_COLUMNS, type HrColumn, normalizeHeader, suggestMapping } from './hr-csv-columns.js';
import { type HrCsvColumns, HrRowReader } from './hr-csv-row.js';
import type { ImportIssue, ParseResult, PersonInput, TeamInput } from './org-input.js';

export { HR_COLUMNS, type HrColumn, type HrColumnSpec, suggestMapping } from './hr-csv-columns.js';

export interface HrCsvOptions {
  /** Our column name -> their header name (the UI's header-mapping step). Default: `suggestMapping(headers)`. */
  mapping?: Record<string, string | null> | undefined;
  /** Name of the file in issues (default: the file's base name). */
  fileLabel?: string | undefined;
  /** Called with the number of data rows read so far, every 500 rows and at the end. */
  onProgress?: ((rows: number) => void) | undefined;
  /** The import day, YYYY-MM-DD (default: today in UTC): decides whether a past end_date makes a leaver. */
  today?: string | undefined;
}

type CsvRecord = { record: string[]; info: Info };

const HEAD_BYTES = 64 * 1024;
const PROGRESS_EVERY = 500;

/** The first line's most frequent separator among `,` `;` and tab, outside quotes (European Excel writes `;`). */
async function sniffDelimiter(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    const counts = new Map<string, number>([
      [',', 0],
      [';', 0],
      ['\t', 0],
    ]);
    let quoted = false;
    for (const ch of head) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && (ch === '\n' || ch === '\r')) break;
      else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    let best = ',';
    for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
    return best;
  } finally {
    await handle.close();
  }
}

function openCsv(path: string, delimiter: string): AsyncIterable<CsvRecord> & { destroy: () => void } {
  const parser = parse({
    bom: true,
    delimiter,
    relax_column_count: true,
    info: true,
    skip_empty_lines: false,
  });
  const input = createReadStream(path);
  input.on('error', (err) => parser.destroy(err));
  return input.pipe(parser);
}

/** The header row of a CSV file (empty when the file is empty); rejects when the file cannot be read. */
export async function readCsvHeader(path: string): Promise<string[]> {
  const parser = openCsv(path, await sniffDelimiter(path));
  try {
    for await (const { record } of parser) return record.map((h) => h.trim());
    return [];
  } finally {
    parser.destroy();
  }
}

function resolveColumns(
  headers: string[],
  mapping: Record<string, string | null>,
  file: string,
): { columns: HrCsvColumns; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const columns: HrCsvColumns = {};
  const known = new Set<string>(HR_COLUMNS.map((c) => c.name));
  const found = headers.map((h) => `"${h}"`).join(', ') || 'none';
  for (const [column, header] of Object.entries(mapping)) {
    if (header === null || header.trim() === '') continue;
    if (!known.has(column)) {
      issues.push({
        file,
        row: 1,
        message: `The mapping names an unknown column "${column}".`,
        severity: 'warning',
      });
      continue;
    }
    let index = headers.indexOf(header);
    if (index < 0) index = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(header));
    if (index < 0) {
      issues.push({
        file,
        row: 1,
        field: header,
        message: `Column ${column} is mapped to header "${header}", which the file does not have. Headers found: ${found}.`,
        severity: 'error',
      });
      continue;
    }
    columns[column as HrColumn] = { index, header: headers[index] ?? header };
  }
  const missing: string[] = [];
  if (!columns.email) missing.push('email');
  if (!columns.name && !(columns.first_name && columns.last_name))
    missing.push('name (or first_name + last_name)');
  if (missing.length > 0) {
    issues.push({
      file,
      row: 1,
      message: `Required column${missing.length > 1 ? 's' : ''} not mapped: ${missing.join(', ')}. Headers found: ${found}.`,
      severity: 'error',
    });
  }
  return { columns, issues };
}

function malformed(err: unknown, file: string, row: number, lastLine: number): ImportIssue {
  const e = err as { code?: string; message?: string; lines?: number };
  const startLine = lastLine + 1;
  const message =
    e.code === 'CSV_QUOTE_NOT_CLOSED'
      ? `Malformed CSV: the quoted field opened on line ${startLine} is never closed.`
      : e.code?.startsWith('CSV_') || e.code === 'INVALID_OPENING_QUOTE'
        ? `Malformed CSV at line ${e.lines ?? startLine}: ${e.message ?? e.code}.`
        : `The file could not be read: ${e.message ?? String(err)}.`;
  return { file, row, message, severity: 'error' };
}

/** Parses an HR CSV export. Never throws on bad content: every problem comes back as an issue. */
export async function parseHrCsv(path: string, opts: HrCsvOptions = {}): Promise<ParseResult> {
  const file = opts.fileLabel ?? basename(path);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const issues: ImportIssue[] = [];
  const rows: HrRow[] = [];
  let dataRows = 0;
  let recordNo = 0;
  let lastLine = 0;
  let columns: HrCsvColumns | null = null;
  let width = 0;
  let reader: HrRowReader | null = null;
  const result = (): ParseResult => {
    const fields = { email: columns?.email?.header, managerEmail: columns?.manager_email?.header };
    checkAcrossRows(rows, file, { ...fields, otherEmails: columns?.other_emails?.header }, issues);
    const { people, teams } = assemble(rows);
    issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return { input: { source: 'hr-csv', people, teams }, issues, counts: { rows: dataRows } };
  };
  let parser: ReturnType<typeof openCsv>;
  try {
    parser = openCsv(path, await sniffDelimiter(path));
  } catch (err) {
    issues.push(malformed(err, file, 1, 0));
    return result();
  }
  try {
    for await (const { record, info } of parser) {
      recordNo += 1;
      lastLine = info.lines;
      if (reader === null) {
        const headers = record.map((h) => h.trim());
        width = headers.length;
        const resolved = resolveColumns(headers, opts.mapping ?? suggestMapping(headers), file);
        issues.push(...resolved.issues);
        if (resolved.issues.some((i) => i.severity === 'error')) return result();
        columns = resolved.columns;
        reader = new HrRowReader(columns, file, today, issues);
        continue;
      }
      if (record.every((c) => c.trim() === '')) continue;
      dataRows += 1;
      const row = reader.read(record, recordNo);
      if (record.slice(width).some((c) => c.trim() !== '')) {
        row.failed = true;
        issues.push({
          file,
          row: recordNo,
          message: `The row has ${record.length} cells but the header has ${width}; a value with a comma may lack its quotes.`,
          severity: 'error',
        });
      }
      rows.push(row);
      if (dataRows % PROGRESS_EVERY === 0) opts.onProgress?.(dataRows);
    }
  } catch (err) {
    issues.push(malformed(err, file, recordNo + 1, lastLine));
  } finally {
    parser.destroy();
  }
  if (columns === null && !issues.some((i) => i.severity === 'error'))
    issues.push({ file, row: 1, message: 'The file is empty: no header row.', severity: 'error' });
  opts.onProgress?.(dataRows);
  return result();
}

function assemble(rows: HrRow[]): { people: PersonInput[]; teams: TeamInput[] } {
  const people: PersonInput[] = [];
  const teams = new Map<string, TeamInput>();
  for (const r of rows) {
    if (r.failed) continue;
    people.push(r.person);
    for (const t of r.teams)
      if (!teams.has(t.slug))
        teams.set(t.slug, {
          slug: t.slug,
          name: t.name,
          kind: 'team',
          origin: r.person.origin,
          referenceOnly: true,
        });
  }
  return { people, teams: [...teams.values()] };
}
