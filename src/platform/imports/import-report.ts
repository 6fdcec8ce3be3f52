import { Problem } from '../http/problem.js';

/** A problem with one row or entity of one file; `row` is 1-based and counts a CSV header as row 1. */
export interface ImportIssue {
  file: string;
  row?: number | undefined;
  /** A catalog entity reference such as `component:default/checkout`. */
  entity?: string | undefined;
  field?: string | undefined;
  message: string;
  severity: 'error' | 'warning';
}

/** What an import (or its preview) reports back. */
export interface ImportReport {
  summary: string;
  counts: Record<string, number>;
  issues: ImportIssue[];
}

/** Where an issue is, as people read it: `people.csv row 4, column email` or `teams.yaml line 7 group:default/x, field spec.parent`. */
export function issueLocation(i: ImportIssue): string {
  // A CSV has rows and columns; YAML, CODEOWNERS and .mailmap files have lines and fields.
  const tabular = /\.(csv|tsv)(\.gz)?$/i.test(i.file);
  const parts = [i.file];
  if (i.row !== undefined) parts.push(`${tabular ? 'row' : 'line'} ${i.row}`);
  if (i.entity) parts.push(i.entity);
  let where = parts.join(' ');
  if (i.field) where += `, ${tabular ? 'column' : 'field'} ${i.field}`;
  return where;
}

export function formatIssue(i: ImportIssue): string {
  return `${i.severity === 'error' ? 'error' : 'warning'}: ${issueLocation(i)}: ${i.message}`;
}

const SHOWN = 200;

/**
 * An import that found errors and wrote nothing. Carries every issue; the problem body lists the
 * first 200 as field errors (`people.csv row 4, column email`).
 */
export class ImportRejected extends Problem {
  constructor(
    readonly kind: string,
    readonly issues: ImportIssue[],
    hint = 'Nothing was imported. Fix the file, or skip the invalid entries.',
  ) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(
      'import-rejected',
      `The ${kind} import found ${errors.length} error${errors.length === 1 ? '' : 's'}. ${hint}`,
      errors.slice(0, SHOWN).map((i) => ({ field: issueLocation(i), message: i.message })),
    );
  }
}
