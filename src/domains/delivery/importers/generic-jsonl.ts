/**
 * The JSON-lines form of the generic delivery format: one JSON object per line, each with a `type`.
 * Read line by line with node:readline (the file is never held whole); blank lines are skipped; `row`
 * in issues is the line number. Also the stream helpers the CSV reader shares: gzip detection by the
 * file's first bytes and peeking at the head of a stream without losing it.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { ImportIssue } from './delivery-input.js';
import type { GenericAssembler } from './generic-assemble.js';
import { type GenericRecordReader, jsonPath } from './generic-record.js';
import { GENERIC_RECORD_TYPES, type GenericRecordType } from './generic-schema.js';

/** A record type as a file may spell it: `pull_request`, `pull-request`, `Deployment`. */
export function recordType(value: string): GenericRecordType | null {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (GENERIC_RECORD_TYPES as readonly string[]).includes(v) ? (v as GenericRecordType) : null;
}

/** Why a stream could not be read, as a sentence. */
export function readProblem(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (
    e.code === 'Z_DATA_ERROR' ||
    e.code === 'Z_BUF_ERROR' ||
    /unexpected end of file/i.test(e.message ?? '')
  )
    return `The gzip data is damaged or cut short: ${e.message ?? e.code}.`;
  if (e.code === 'ENOENT') return 'The file does not exist.';
  return `The file could not be read: ${e.message ?? String(err)}.`;
}

export interface JsonLinesContext {
  file: string;
  issues: ImportIssue[];
  reader: GenericRecordReader;
  assembler: GenericAssembler;
  onRecord: () => void;
}

/** Reads JSON lines from a (decompressed) stream into the assembler; problems go to the reader's issues. */
export async function readGenericJsonLines(input: Readable, ctx: JsonLinesContext): Promise<void> {
  const { file, issues, reader, assembler } = ctx;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const raw of lines) {
      line += 1;
      const text = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
      if (text === '') continue;
      const error = (message: string, field?: string) =>
        issues.push({ file, row: line, field, message, severity: 'error' });
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        error(
          text === '[' || (text.startsWith('[') && line === 1)
            ? 'Invalid JSON lines: the file looks like one JSON array; write one object per line instead.'
            : `Invalid JSON: ${(err as Error).message.replace(/\.$/, '')}.`,
        );
        continue;
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        error(
          `Each line must be a JSON object with a "type"; this one is ${Array.isArray(value) ? 'a list' : JSON.stringify(value)}.`,
        );
        continue;
      }
      const obj = value as Record<string, unknown>;
      const typeValue = obj.type;
      if (typeValue === undefined || typeValue === null || typeValue === '') {
        error(`The record has no type. Types: ${GENERIC_RECORD_TYPES.join(', ')}.`, 'type');
        continue;
      }
      const type = typeof typeValue === 'string' ? recordType(typeValue) : null;
      if (type === null) {
        error(
          `${JSON.stringify(typeValue)} is not a record type. Types: ${GENERIC_RECORD_TYPES.join(', ')}.`,
          'type',
        );
        continue;
      }
      ctx.onRecord();
      const record = reader.read(type, obj, { file, row: line, field: jsonPath });
      if (record) assembler.add(record, { file, row: line }, (name) => name);
    }
  } catch (err) {
    issues.push({ file, row: line + 1, message: readProblem(err), severity: 'error' });
  } finally {
    lines.close();
  }
}
