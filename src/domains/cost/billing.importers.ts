/**
 * `quarterdeck import cost <file>`: a cloud bill — FinOps FOCUS 1.0–1.3 (CSV, gzip CSV, Parquet) or an
 * AWS Cost and Usage Report (CUR 2.0, legacy CUR). The format is recognized from the content. All or
 * nothing; re-importing a billing period replaces it; preview rolls back.
 */

import type { ImportReport } from '../../platform/imports/import-report.js';
import type { ImporterContext, ImporterDefinition } from '../../platform/modules.js';
import { type BillingImportResult, importBillingFile } from './billing-import.service.js';

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  'focus-csv': 'FOCUS CSV',
  'focus-parquet': 'FOCUS Parquet',
  cur2: 'AWS CUR 2.0',
  'cur-legacy': 'AWS legacy CUR',
};

function money(totals: BillingImportResult['totals']): string {
  return Object.entries(totals)
    .map(([currency, t]) => `${t.effectiveCost} ${currency}`)
    .join(', ');
}

function report(r: BillingImportResult, preview: boolean): ImportReport {
  const errors = r.issues.filter((i) => i.severity === 'error').length;
  if (errors > 0)
    return {
      summary: `Preview: the file has ${errors} error${errors === 1 ? '' : 's'}; nothing would be imported.`,
      counts: { 'lines read': r.rowsRead, errors },
      issues: r.issues,
    };
  const format = r.format ? FORMAT_NAMES[r.format] : 'an unrecognized file';
  const version = r.version && r.format?.startsWith('focus') ? ` ${r.version}` : '';
  const periods = r.periods.length;
  return {
    summary:
      `${preview ? 'Preview (nothing written)' : 'Imported'} ${format}${version}: ${r.rowsImported.toLocaleString('en')} lines, ` +
      `${periods} billing period${periods === 1 ? '' : 's'}${r.rowsReplaced ? `, replacing ${r.rowsReplaced.toLocaleString('en')} earlier lines` : ''}; ` +
      `amortized cost ${money(r.totals) || '0'}.`,
    counts: {
      'lines read': r.rowsRead,
      'lines imported': r.rowsImported,
      'lines replaced': r.rowsReplaced,
      'billing periods': periods,
      warnings: r.warnings.reduce((s, w) => s + w.count, 0),
    },
    issues: r.issues,
  };
}

async function run(ctx: ImporterContext, path: string, preview: boolean): Promise<ImportReport> {
  const r = await importBillingFile(ctx.db, path, {
    actor: ctx.actor,
    file: ctx.label,
    preview,
    onProgress: ctx.onProgress,
  });
  return report(r, preview);
}

export const costImporter: ImporterDefinition = {
  kind: 'cost',
  description:
    'A cloud bill: FinOps FOCUS 1.0–1.3 (CSV, gzip or Parquet) or AWS Cost and Usage Report (CUR 2.0 or legacy CUR).',
  input: 'a FOCUS or AWS CUR file (.csv, .csv.gz or .parquet), or a folder holding the parts of one export',
  upload: {
    contentTypes: [
      'text/csv',
      'application/gzip',
      'application/x-gzip',
      'application/octet-stream',
      'application/vnd.apache.parquet',
    ],
    extension: '.csv',
  },
  preview: (ctx, path) => run(ctx, path, true),
  run: (ctx, path) => run(ctx, path, false),
};
