/**
 * `quarterdeck import radar <file>`: a Backstage/Zalando tech-radar JSON or a Thoughtworks BYOR CSV
 * (told apart by the option `format`, else by the content). All or nothing; preview rolls back.
 */

import fs from 'node:fs/promises';
import path from 'node:path';
import { badRequest } from '../../platform/http/problem.js';
import { ImportRejected, type ImportReport } from '../../platform/imports/import-report.js';
import type { ImporterContext, ImporterDefinition } from '../../platform/modules.js';
import { parseBackstageRadar } from './importers/radar-backstage.js';
import { parseByorCsv } from './importers/radar-byor.js';
import { isoDay, type ParsedRadar } from './importers/radar-document.js';
import { today } from './radar.service.js';
import { applyRadarDocument, type RadarImportResult } from './radar-import.service.js';

class PreviewRollback extends Error {}

/** Reads a radar file: JSON when `format=backstage` or the content starts with `{`, else BYOR CSV. */
export function parseRadarFile(text: string, file: string, format?: string): ParsedRadar {
  const json = format
    ? format === 'backstage'
    : text
        .replace(/^\uFEFF/, '')
        .trimStart()
        .startsWith('{');
  return json ? parseBackstageRadar(text, file) : parseByorCsv(text, file);
}

function describe(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  return parts.length ? parts.join(', ') : 'no changes';
}

async function importRadar(ctx: ImporterContext, p: string, preview: boolean): Promise<ImportReport> {
  const { format, mode = 'merge', date } = ctx.options;
  if (format && format !== 'backstage' && format !== 'byor')
    throw badRequest(`The format option is backstage or byor, not "${format}".`);
  if (mode !== 'merge' && mode !== 'replace')
    throw badRequest(`The mode option is merge or replace, not "${mode}".`);
  const day = date ? isoDay(date) : today();
  if (!day) throw badRequest(`The date option "${date}" is not a date (YYYY-MM-DD).`);
  const file = ctx.label ?? path.basename(p);
  const parsed = parseRadarFile(await fs.readFile(p, 'utf8'), file, format);
  if (parsed.issues.some((i) => i.severity === 'error')) {
    if (!preview) throw new ImportRejected('radar', parsed.issues, 'Nothing was imported. Fix the file.');
    return {
      summary: 'Preview: the file has errors; nothing would be imported.',
      counts: {},
      issues: parsed.issues,
    };
  }
  let result: RadarImportResult | undefined;
  ctx.onProgress(0, parsed.doc.entries.length, 'saving');
  try {
    await ctx.db.transaction().execute(async (trx) => {
      result = await applyRadarDocument(trx, parsed.doc, { file, mode, date: day, actor: ctx.actor });
      if (result.issues.length && !preview)
        throw new ImportRejected('radar', result.issues, 'Nothing was imported. Fix the file.');
      if (preview) throw new PreviewRollback();
    });
  } catch (err) {
    if (!(err instanceof PreviewRollback)) throw err;
  }
  ctx.onProgress(parsed.doc.entries.length, parsed.doc.entries.length, 'saved');
  const r = result!;
  const format_ = parsed.doc.format === 'backstage' ? 'Backstage JSON' : 'BYOR CSV';
  if (r.issues.length)
    return {
      summary: 'Preview: the file has errors; nothing would be imported.',
      counts: r.counts,
      issues: r.issues,
    };
  return {
    summary: `${preview ? 'Preview (nothing written)' : 'Imported'} ${format_}: ${describe(r.counts)}.`,
    counts: { 'entries read': parsed.doc.entries.length, ...r.counts },
    issues: parsed.issues,
  };
}

export const radarImporter: ImporterDefinition = {
  kind: 'radar',
  description:
    'The tech radar from a Backstage/Zalando tech-radar JSON or a Thoughtworks Build Your Own Radar CSV (docs/import-formats.md)',
  input: 'a radar JSON or CSV file',
  upload: { contentTypes: ['text/csv', 'text/plain', 'application/octet-stream'], extension: '.json' },
  options: [
    { name: 'format', description: 'backstage (JSON) or byor (CSV); default: told from the content' },
    {
      name: 'mode',
      description:
        'merge (default: entries matched by key, others kept) or replace (entries the file does not list are removed)',
    },
    {
      name: 'date',
      description: 'the day a CSV’s placements and ring changes are dated (default: today, UTC)',
    },
  ],
  preview: (ctx, p) => importRadar(ctx, p, true),
  run: (ctx, p) => importRadar(ctx, p, false),
};
