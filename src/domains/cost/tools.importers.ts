/**
 * `quarterdeck import tools <file>` (the register: one row per tool) and `quarterdeck import tool-seats
 * <file>` (last-use dates of seats) and `quarterdeck import tool-signins <file>` (an identity provider's
 * sign-in log: Okta, Entra ID or a plain CSV, as `sso` seats). All or nothing: a file with an error imports nothing and names file,
 * row and column; re-importing the same file changes nothing; preview rolls back. Formats:
 * docs/import-formats.md, "SaaS and tool register".
 */

import fs from 'node:fs/promises';
import path from 'node:path';
import { ImportRejected, type ImportReport } from '../../platform/imports/import-report.js';
import type { ImporterContext, ImporterDefinition } from '../../platform/modules.js';
import { parseSignIns, type SignInRow } from './importers/sso-signins.js';
import {
  type ParsedCsv,
  parseToolSeatsCsv,
  parseToolsCsv,
  type SeatRow,
  type ToolRow,
} from './importers/tool-csv.js';
import { type ApplyResult, applySeatRows, applyToolRows } from './tools-import.service.js';
import { applySignInRows } from './tools-signins.service.js';

class PreviewRollback extends Error {}

function describe(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  return parts.length ? parts.join(', ') : 'nothing';
}

async function importCsv<T extends { row: number }>(
  ctx: ImporterContext,
  p: string,
  preview: boolean,
  kind: string,
  /** `counts`, when given, replace the default `rows read`. */
  parse: (text: string, file: string) => ParsedCsv<T> & { counts?: Record<string, number> },
  apply: (
    db: ImporterContext['db'],
    rows: T[],
    c: { file: string; actor: ImporterContext['actor'] },
  ) => Promise<ApplyResult>,
): Promise<ImportReport> {
  const file = ctx.label ?? path.basename(p);
  const parsed = parse(await fs.readFile(p, 'utf8'), file);
  const rejected = (issues: ImportReport['issues'], counts: Record<string, number> = {}) => {
    if (!preview) throw new ImportRejected(kind, issues, 'Nothing was imported. Fix the file.');
    return { summary: 'Preview: the file has errors; nothing would be imported.', counts, issues };
  };
  if (parsed.issues.some((i) => i.severity === 'error')) return rejected(parsed.issues);
  ctx.onProgress(0, parsed.rows.length, 'saving');
  let result: ApplyResult | undefined;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      result = await apply(trx, parsed.rows, { file, actor: ctx.actor });
      if (result.issues.some((i) => i.severity === 'error')) {
        if (!preview)
          throw new ImportRejected(
            kind,
            [...parsed.issues, ...result.issues],
            'Nothing was imported. Fix the file.',
          );
        throw new PreviewRollback();
      }
      if (preview) throw new PreviewRollback();
    });
  } catch (err) {
    if (!(err instanceof PreviewRollback)) throw err;
  }
  ctx.onProgress(parsed.rows.length, parsed.rows.length, 'saved');
  const r = result!;
  const issues = [...parsed.issues, ...r.issues];
  if (issues.some((i) => i.severity === 'error')) return rejected(issues, r.counts);
  return {
    summary: `${preview ? 'Preview (nothing written)' : 'Imported'} ${file}: ${describe(r.counts)}.`,
    counts: { ...(parsed.counts ?? { 'rows read': parsed.rows.length }), ...r.counts },
    issues,
  };
}

const csvUpload = { contentTypes: ['text/csv', 'text/plain', 'application/octet-stream'], extension: '.csv' };

export const toolsImporter: ImporterDefinition = {
  kind: 'tools',
  description:
    'The SaaS and tool register from a CSV file, one row per tool, upserted by vendor and product (docs/import-formats.md)',
  input: 'a CSV file',
  upload: csvUpload,
  preview: (ctx, p) => importCsv<ToolRow>(ctx, p, true, 'tools', parseToolsCsv, applyToolRows),
  run: (ctx, p) => importCsv<ToolRow>(ctx, p, false, 'tools', parseToolsCsv, applyToolRows),
};

export const toolSeatsImporter: ImporterDefinition = {
  kind: 'tool-seats',
  description:
    'Seats of the register’s tools with their last activity, from a CSV of last-use dates (tool,email,last_active); replaces the seats of the tools the file names (docs/import-formats.md)',
  input: 'a CSV file',
  upload: csvUpload,
  preview: (ctx, p) => importCsv<SeatRow>(ctx, p, true, 'tool-seats', parseToolSeatsCsv, applySeatRows),
  run: (ctx, p) => importCsv<SeatRow>(ctx, p, false, 'tool-seats', parseToolSeatsCsv, applySeatRows),
};

export const toolSignInsImporter: ImporterDefinition = {
  kind: 'tool-signins',
  description:
    'Seat activity from an identity provider’s sign-in log (Okta System Log JSON, Microsoft Entra sign-ins CSV or JSON, or app,email,signed_in_at): the latest successful sign-in per tool and person, as SSO seats (docs/import-formats.md)',
  input: 'a sign-in log (JSON, JSON lines or CSV)',
  // Sent as raw bytes whatever the format (the upload route takes no application/json body); no extension,
  // so the file picker offers .json, .jsonl and .csv files alike.
  upload: { contentTypes: ['application/octet-stream', 'text/plain', 'text/csv'], extension: '' },
  preview: (ctx, p) => importCsv<SignInRow>(ctx, p, true, 'tool-signins', parseSignIns, applySignInRows),
  run: (ctx, p) => importCsv<SignInRow>(ctx, p, false, 'tool-signins', parseSignIns, applySignInRows),
};
