/**
 * The CSV form of the generic delivery format: one record type per file, the fields as columns. The type
 * comes from the caller, else from the file name (`deployments.csv`, `acme-pull-requests.csv.gz`), else
 * from the header set. Streams with csv-parse; comma, semicolon or tab separated (decided from the header
 * row); rows are numbered as a spreadsheet shows them (header = row 1, blank lines count).
 */
import type { Readable } from 'node:stream';
import { type Info, parse } from 'csv-parse';
import { peekStream } from '../../../platform/imports/streams.js';
import type { ImportIssue } from './delivery-input.js';
import { type GenericAssembler, parseNameEmail } from './generic-assemble.js';
import { readProblem } from './generic-jsonl.js';
import type { GenericRecordReader } from './generic-record.js';
import {
  GENERIC_RECORD_TYPES,
  type GenericRecordType,
  genericFields,
  genericRequiredFields,
} from './generic-schema.js';
import { parseBoolean, splitList } from './generic-values.js';

type CellKind = 'int' | 'bool' | 'shas' | 'list' | 'trailers' | 'people';

/** Columns whose cells are not plain text. */
const CELL_KINDS: Record<string, CellKind> = {
  number: 'int',
  pull_request: 'int',
  additions: 'int',
  deletions: 'int',
  files_changed: 'int',
  changed_files: 'int',
  draft: 'bool',
  rework: 'bool',
  change_related: 'bool',
  parents: 'shas',
  commits: 'shas',
  labels: 'list',
  linked_issue_labels: 'list',
  trailers: 'trailers',
  co_authors: 'people',
};

/** A cell as the JSON value of its field; what cannot be converted stays a string for the schema to refuse. */
function cellValue(field: string, cell: string): unknown {
  const kind = CELL_KINDS[field];
  const v = cell.trim();
  if (kind === undefined) return cell;
  if (v === '') return kind === 'int' || kind === 'bool' ? null : undefined;
  switch (kind) {
    case 'int':
      return /^[+-]?\d+$/.test(v) ? Number(v) : v;
    case 'bool':
      return parseBoolean(v) ?? v;
    case 'shas':
      return splitList(v, /[\s,;]+/);
    case 'list':
      return splitList(v, /[,;]/);
    case 'trailers':
      return splitList(v, /\r?\n|;/).map((t) => {
        const i = t.indexOf(':');
        return i < 0 ? { key: '', value: t } : { key: t.slice(0, i).trim(), value: t.slice(i + 1).trim() };
      });
    case 'people':
      return splitList(v, /\r?\n|;/).map(parseNameEmail);
  }
}

/** `Authored At`, `authored-at` and `authoredAt` all mean `authored_at`. */
export function canonicalHeader(header: string): string {
  return header
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const FILE_NAME_TYPES: [RegExp, GenericRecordType][] = [
  [/(^|_)(repositories|repository|repos|repo)$/, 'repository'],
  [/(^|_)(pull_requests?|pullrequests?|prs|merge_requests?|mrs)$/, 'pull_request'],
  [/(^|_)(commits?)$/, 'commit'],
  [/(^|_)(reviews?)$/, 'review'],
  [/(^|_)(comments?)$/, 'comment'],
  [/(^|_)(deployments?|deploys)$/, 'deployment'],
  [/(^|_)(incidents?)$/, 'incident'],
];

/** The record type a file name announces (`deployments.csv`, `2024-pull-requests.csv.gz`), if any. */
export function typeFromFileName(file: string): GenericRecordType | null {
  const base = canonicalHeader(
    (file.split(/[\\/]/).pop() ?? file).replace(/(\.(csv|tsv|txt))?(\.gz)?$/i, ''),
  );
  for (const [pattern, type] of FILE_NAME_TYPES) if (pattern.test(base)) return type;
  return null;
}

/** The record type whose required fields the headers have, the one with most known columns; null if none or a tie. */
export function typeFromHeaders(headers: readonly string[]): GenericRecordType | null {
  const have = new Set(headers.map(canonicalHeader));
  let best: GenericRecordType | null = null;
  let bestScore = -1;
  let tie = false;
  for (const type of GENERIC_RECORD_TYPES) {
    if (!genericRequiredFields(type).every((f) => have.has(f))) continue;
    const score = genericFields(type).filter((f) => have.has(f)).length;
    if (score > bestScore) [best, bestScore, tie] = [type, score, false];
    else if (score === bestScore) tie = true;
  }
  return tie ? null : best;
}

function sniffDelimiter(head: string): string {
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
}

function malformed(err: unknown, lastLine: number): string {
  const e = err as { code?: string; message?: string; lines?: number };
  if (e.code === 'CSV_QUOTE_NOT_CLOSED')
    return `Malformed CSV: the quoted field opened on line ${lastLine + 1} is never closed.`;
  if (e.code?.startsWith('CSV_') || e.code === 'INVALID_OPENING_QUOTE')
    return `Malformed CSV at line ${e.lines ?? lastLine + 1}: ${e.message ?? e.code}.`;
  return readProblem(err);
}

export interface CsvContext {
  file: string;
  issues: ImportIssue[];
  reader: GenericRecordReader;
  assembler: GenericAssembler;
  onRecord: () => void;
  /** The record type of every row, when the caller knows it. */
  type?: GenericRecordType | undefined;
}

type Column = { index: number; header: string; field: string };

/** Reads one CSV file (a decompressed stream) of one record type into the assembler. */
export async function readGenericCsv(input: Readable, ctx: CsvContext): Promise<void> {
  const { file, issues } = ctx;
  const error = (row: number, message: string, field?: string) =>
    issues.push({ file, row, field, message, severity: 'error' });
  let recordNo = 0;
  let lastLine = 0;
  let parser: ReturnType<typeof parse> | undefined;
  try {
    const { head, stream } = await peekStream(input, { untilNewline: true });
    parser = parse({
      bom: true,
      delimiter: sniffDelimiter(head.toString('utf8').replace(/^\uFEFF/, '')),
      relax_column_count: true,
      info: true,
      skip_empty_lines: false,
    });
    stream.on('error', (err) => parser?.destroy(err));
    stream.pipe(parser);
    let type: GenericRecordType | null = null;
    let columns: Column[] = [];
    let width = 0;
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      recordNo += 1;
      lastLine = info.lines;
      if (recordNo === 1) {
        const before = issues.length;
        const headers = record.map((h) => h.trim());
        width = headers.length;
        const found = headers.map((h) => `"${h}"`).join(', ');
        type = ctx.type ?? typeFromFileName(file) ?? typeFromHeaders(headers);
        if (type === null) {
          const typeColumn = headers.findIndex((h) => canonicalHeader(h) === 'type');
          error(
            1,
            typeColumn >= 0
              ? 'A CSV file holds one record type and has no type column; split the file by type.'
              : `Cannot tell which record type the file holds from its name or its headers (${found}). ` +
                  `Name it after the type (deployments.csv, pull_requests.csv…) or choose the type. Types: ${GENERIC_RECORD_TYPES.join(', ')}.`,
          );
          return;
        }
        const fields = new Set(genericFields(type));
        columns = [];
        for (const [index, header] of headers.entries()) {
          const field = canonicalHeader(header);
          if (!fields.has(field)) {
            if (header !== '')
              issues.push({
                file,
                row: 1,
                field: header,
                message: `Unknown column "${header}" for ${type} records, ignored. Columns: ${[...fields].join(', ')}.`,
                severity: 'warning',
              });
            continue;
          }
          const twin = columns.find((c) => c.field === field);
          if (twin) error(1, `Columns "${twin.header}" and "${header}" both mean ${field}.`, header);
          else columns.push({ index, header, field });
        }
        const missing = genericRequiredFields(type).filter((f) => !columns.some((c) => c.field === f));
        if (missing.length)
          error(
            1,
            `Required column${missing.length > 1 ? 's' : ''} for ${type} records missing: ${missing.join(', ')}. Headers found: ${found}.`,
          );
        if (issues.slice(before).some((i) => i.severity === 'error')) return;
        continue;
      }
      if (type === null || record.every((c) => c.trim() === '')) continue;
      if (record.slice(width).some((c) => c.trim() !== '')) {
        error(
          recordNo,
          `The row has ${record.length} cells but the header has ${width}; a value with a separator may lack its quotes.`,
        );
        continue;
      }
      ctx.onRecord();
      const raw: Record<string, unknown> = {};
      for (const c of columns) {
        const value = cellValue(c.field, record[c.index] ?? '');
        if (value !== undefined) raw[c.field] = value;
      }
      const headerOf = (name: string) => columns.find((c) => c.field === name)?.header ?? name;
      const row = recordNo;
      const parsed = ctx.reader.read(
        type,
        raw,
        { file, row, field: (path) => (path.length ? headerOf(String(path[0])) : '') },
        true,
      );
      if (parsed) ctx.assembler.add(parsed, { file, row }, headerOf);
    }
    if (recordNo === 0) error(1, 'The file is empty: no header row.');
  } catch (err) {
    error(recordNo + 1, malformed(err, lastLine));
  } finally {
    parser?.destroy();
  }
}
