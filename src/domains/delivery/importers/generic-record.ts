/**
 * Reads one record of the generic delivery format (a JSON line, or a CSV row already turned into an
 * object): the lenient spellings made canonical, the record validated with its zod schema, the checks
 * between fields of the record, and every problem reported with the file, row/line and field.
 */
import type { z } from 'zod';
import type { ImportIssue } from './delivery-input.js';
import {
  GENERIC_RECORD_SCHEMAS,
  type GenericDeliveryRecord,
  type GenericRecordType,
  genericFields,
} from './generic-schema.js';
import {
  DEPLOYMENT_STATUSES,
  fromVocabulary,
  INCIDENT_STATUSES,
  PULL_REQUEST_STATES,
  REVIEW_STATES,
  type Vocabulary,
} from './generic-values.js';

/** Where a record is: the file, its row (CSV, header = row 1) or line (JSON lines), and how to name a field. */
export interface RecordPlace {
  file: string;
  row: number;
  /** The field as the file names it: `parents[1]` in JSON lines, the column header in CSV. */
  field: (path: readonly PropertyKey[]) => string;
}

/** The JSON-lines way of naming a field from its path: `trailers[0].key`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

const VOCABULARIES: Partial<Record<GenericRecordType, Record<string, Vocabulary<string>>>> = {
  pull_request: { state: PULL_REQUEST_STATES },
  review: { state: REVIEW_STATES },
  deployment: { status: DEPLOYMENT_STATUSES },
  incident: { status: INCIDENT_STATUSES },
};

const ID_FIELDS = new Set(['id', 'deployment_id']);

/** Empty strings -> null, numeric ids -> strings, value-list spellings -> canonical values. */
function canonical(type: GenericRecordType, raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const vocabularies = VOCABULARIES[type] ?? {};
  for (const [key, value] of Object.entries(raw)) {
    let v = value;
    if (typeof v === 'string' && v.trim() === '') v = null;
    if (typeof v === 'number' && ID_FIELDS.has(key) && Number.isInteger(v)) v = String(v);
    const vocabulary = vocabularies[key];
    if (vocabulary && typeof v === 'string') v = fromVocabulary(vocabulary, v) ?? v;
    out[key] = v;
  }
  out.type = type;
  return out;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

/** A zod issue as a sentence people can act on (the schemas word most of their own messages). */
function messageOf(issue: z.core.$ZodIssue, field: string): string {
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    if (input === undefined || input === null) return `The field ${field} is missing.`;
    return `${describeValue(input)} is not ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}.`;
  }
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid input')) {
    return `${describeValue(input)} is not allowed here. Allowed: ${issue.values.map(String).join(', ')}.`;
  }
  return issue.message;
}

export class GenericRecordReader {
  constructor(private readonly issues: ImportIssue[]) {}

  /**
   * Validates one record of a known type. Returns null when it has an error (reported); warnings are
   * reported and the record kept. `knownColumns` is true when unknown fields were already reported (CSV).
   */
  read(
    type: GenericRecordType,
    raw: Record<string, unknown>,
    place: RecordPlace,
    knownColumns = false,
  ): GenericDeliveryRecord | null {
    const before = this.issues.length;
    const issue = (field: string | undefined, message: string, severity: 'error' | 'warning' = 'error') =>
      this.issues.push({ file: place.file, row: place.row, field, message, severity });
    if (!knownColumns) {
      const fields = new Set(genericFields(type));
      for (const key of Object.keys(raw))
        if (key !== 'type' && !fields.has(key))
          issue(
            key,
            `Unknown field "${key}" for a ${type}, ignored. Fields: ${[...fields].join(', ')}.`,
            'warning',
          );
    }
    const parsed = GENERIC_RECORD_SCHEMAS[type].safeParse(canonical(type, raw), { reportInput: true });
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const field = place.field(i.path);
        issue(field || undefined, messageOf(i, field || 'value'));
      }
      return null;
    }
    const record = parsed.data as GenericDeliveryRecord;
    this.checkFields(record, (field, message, severity) => issue(place.field([field]), message, severity));
    return this.issues.slice(before).some((i) => i.severity === 'error') ? null : record;
  }

  /** Checks between fields of one record: a merged pull request has merged_at, times in order… */
  private checkFields(
    r: GenericDeliveryRecord,
    issue: (field: string, message: string, severity?: 'error' | 'warning') => void,
  ): void {
    const notBefore = (field: string, later: string | null | undefined, name: string, earlier: string) => {
      if (later && Date.parse(later) < Date.parse(earlier))
        issue(field, `${field} ${later} is before ${name} ${earlier}.`);
    };
    switch (r.type) {
      case 'commit':
        break;
      case 'pull_request':
        if (r.state === 'merged' && !r.merged_at)
          issue('merged_at', 'A merged pull request needs merged_at.');
        if (r.state === 'open' && (r.merged_at || r.closed_at))
          issue('state', 'The pull request is open but has merged_at or closed_at.', 'warning');
        notBefore('merged_at', r.merged_at, 'created_at', r.created_at);
        notBefore('closed_at', r.closed_at, 'created_at', r.created_at);
        notBefore('ready_at', r.ready_at, 'created_at', r.created_at);
        break;
      case 'deployment':
        notBefore('started_at', r.started_at, 'created_at', r.created_at);
        notBefore('finished_at', r.finished_at, 'started_at', r.started_at ?? r.created_at);
        break;
      case 'incident':
        if (r.status === 'resolved' && !r.resolved_at)
          issue('resolved_at', 'A resolved incident needs resolved_at (the time service was restored).');
        if (r.status === 'open' && r.resolved_at)
          issue('status', 'The incident is open but has resolved_at; it is kept open.', 'warning');
        notBefore('resolved_at', r.resolved_at, 'started_at', r.started_at);
        break;
      default:
        break;
    }
  }
}
