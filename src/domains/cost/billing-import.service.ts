/**
 * Importing a cloud bill: any file `readBillingFile` reads (FOCUS 1.0–1.3 as CSV, gzip or Parquet; AWS
 * CUR 2.0 and legacy CUR) becomes billing lines, in one transaction:
 * - idempotent per billing period: the first line of each (provider, billing account, billing period)
 *   in the file deletes what earlier imports stored for that period, so re-importing a period replaces
 *   it exactly and re-importing the same file changes nothing but the import's own record;
 * - all or nothing: a file with any error (a non-numeric cost, an unparseable date, a truncated gzip, a
 *   Parquet file of another schema…) is rolled back and every error names the file, row and column;
 * - streaming: lines are written in batches while the file is read, so memory stays bounded.
 * Each line gets an allocation key (account, service, resource, tags) evaluated by the current rules,
 * and the daily sums are made while the lines stream by (billing-import-writer.ts).
 */

import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import { type ImportIssue, ImportRejected } from '../../platform/imports/import-report.js';
import type { ImportProgress } from '../../platform/modules.js';
import { keyAllocator } from './allocation-rules.service.js';
import * as repo from './billing.repo.js';
import { BillingWriter, type ImportedPeriod } from './billing-import-writer.js';
import { isEmbedded } from './billing-write-copy.js';
import { type BillingReadResult, readBillingFile } from './importers/billing-file.js';
import type { FocusCurrencyTotals, FocusWarningSummary } from './importers/focus-collector.js';
import { DecimalSum } from './importers/focus-decimal.js';

export interface BillingImportOptions {
  actor: AuditActor;
  /** The name people know the file by (an upload's original name). */
  file?: string | undefined;
  onProgress?: ImportProgress | undefined;
  /** Read, check and count, then roll back: nothing is written. */
  preview?: boolean | undefined;
  /** Daily sums held in memory before they are written (default 50,000; tests make it small). */
  dailyGroups?: number | undefined;
}

export type { ImportedPeriod };

export interface BillingImportResult {
  importId: number | null;
  file: string;
  format: BillingReadResult['format'];
  version: BillingReadResult['version'];
  rowsRead: number;
  rowsImported: number;
  rowsReplaced: number;
  periods: ImportedPeriod[];
  totals: Record<string, FocusCurrencyTotals>;
  issues: ImportIssue[];
  warnings: FocusWarningSummary[];
  durationMs: number;
}

class PreviewRollback extends Error {}

const BILL_FILE = /\.(csv|csv\.gz|gz|parquet)$/i;

/**
 * Reads a bill, or every part of a bill split into several files (a folder: AWS writes large CUR exports
 * as `…-00001.csv.gz`, `…-00002.csv.gz`), into one writer, so a billing period spread over parts is
 * replaced once and all parts land together.
 */
async function readAll(
  path: string,
  label: string,
  writer: BillingWriter,
  onProgress: ImportProgress | undefined,
): Promise<BillingReadResult> {
  const info = await stat(path).catch(() => null);
  const files = info?.isDirectory()
    ? (await readdir(path, { recursive: true, withFileTypes: true }))
        .filter((d) => d.isFile() && BILL_FILE.test(d.name))
        .map((d) => join(d.parentPath, d.name))
        .sort()
    : [path];
  const several = files.length > 1 || info?.isDirectory() === true;
  const merged: BillingReadResult = {
    file: label,
    format: null,
    version: null,
    rows: 0,
    issues: [],
    errorCount: 0,
    warnings: [],
    totals: {},
  };
  if (files.length === 0)
    merged.issues.push({
      file: label,
      message: 'The folder has no .csv, .csv.gz or .parquet file.',
      severity: 'error',
    });
  const sums = new Map<string, { rows: number; billed: DecimalSum; effective: DecimalSum }>();
  let before = 0;
  for (const f of files) {
    const name = several ? relative(path, f) : label;
    writer.file = name;
    const r = await readBillingFile(f, {
      file: name,
      onValues: (values, n, columns) => writer.add(values, n, columns),
      onProgress: (rows) =>
        onProgress?.(before + rows, null, several ? `lines read (${name})` : 'lines read'),
    });
    before += r.rows;
    merged.format ??= r.format;
    if (r.version && (!merged.version || r.version > merged.version)) merged.version = r.version;
    merged.rows += r.rows;
    merged.issues.push(...r.issues);
    merged.errorCount += r.errorCount;
    merged.warnings.push(
      ...r.warnings.map((w) => (several ? { ...w, message: `${name}: ${w.message}` } : w)),
    );
    for (const [currency, t] of Object.entries(r.totals)) {
      const sum = sums.get(currency) ?? { rows: 0, billed: new DecimalSum(), effective: new DecimalSum() };
      sum.rows += t.rows;
      sum.billed.add(t.billedCost);
      sum.effective.add(t.effectiveCost);
      sums.set(currency, sum);
    }
  }
  for (const [currency, t] of sums)
    merged.totals[currency] = {
      rows: t.rows,
      billedCost: t.billed.toString(),
      effectiveCost: t.effective.toString(),
    };
  return merged;
}

/** Imports one billing file (see the header comment). Throws `ImportRejected` when it has errors. */
export async function importBillingFile(
  db: Db,
  path: string,
  o: BillingImportOptions,
): Promise<BillingImportResult> {
  const started = Date.now();
  const file = o.file ?? basename(path);
  let result: BillingImportResult | undefined;
  const allocator = await keyAllocator(db);
  if (db.isTransaction && o.preview)
    throw new Error('A preview rolls back its own transaction; run it outside one.');
  try {
    // Inside a caller's transaction (the demo), its work commits or rolls back with it.
    const inTransaction = (work: (trx: Db) => Promise<void>) =>
      db.isTransaction ? work(db) : db.transaction().execute(work);
    await inTransaction(async (trx) => {
      const importId = await repo.insertImport(trx, {
        file,
        format: 'unknown',
        focus_version: null,
        imported_by: o.actor.label,
      });
      const writer = new BillingWriter(trx, importId, file, allocator, {
        dailyGroups: o.dailyGroups,
        embedded: await isEmbedded(trx),
      });
      const read = await readAll(path, file, writer, o.onProgress);
      await writer.finish();
      const issues = [...read.issues.filter((i) => i.severity === 'error'), ...writer.issues];
      const periods = [...writer.periods.values()].sort(
        (a, b) =>
          a.provider.localeCompare(b.provider) ||
          a.billingAccountId.localeCompare(b.billingAccountId) ||
          a.billingPeriodStart.localeCompare(b.billingPeriodStart),
      );
      result = {
        importId: o.preview ? null : importId,
        file,
        format: read.format,
        version: read.version,
        rowsRead: read.rows,
        rowsImported: writer.rowsImported,
        rowsReplaced: periods.reduce((s, p) => s + p.replaced, 0),
        periods,
        totals: read.totals,
        issues: [...issues, ...read.issues.filter((i) => i.severity === 'warning')],
        warnings: read.warnings,
        durationMs: 0,
      };
      if (issues.length > 0 || read.errorCount > 0) {
        if (o.preview) throw new PreviewRollback();
        throw new ImportRejected('cost', issues, 'Nothing was imported. Fix the file and import it again.');
      }
      if (writer.rowsImported === 0 && !o.preview)
        throw new ImportRejected(
          'cost',
          [{ file, message: 'The file has no billing lines.', severity: 'error' }],
          'Nothing was imported.',
        );
      if (writer.dailyStale) {
        o.onProgress?.(read.rows, read.rows, 'summing by day');
        await repo.rebuildDaily(trx, periods);
      } else if (writer.dailyNeedsCompacting) {
        o.onProgress?.(read.rows, read.rows, 'merging daily sums');
        await repo.compactDaily(trx, periods);
      }
      result.durationMs = Date.now() - started;
      await repo.finishImport(trx, importId, {
        format: read.format ?? 'unknown',
        focus_version: read.version,
        rows_read: read.rows,
        rows_imported: writer.rowsImported,
        rows_replaced: result.rowsReplaced,
        periods,
        totals: read.totals,
        warnings: read.warnings,
        duration_ms: result.durationMs,
      });
      await record(trx, o.actor, {
        action: 'cost.bill.import',
        targetType: 'cost_imports',
        targetId: importId,
        details: { file, format: read.format, rows: writer.rowsImported, replaced: result.rowsReplaced },
      });
      if (o.preview) throw new PreviewRollback();
    });
  } catch (err) {
    if (!(err instanceof PreviewRollback)) throw err;
  }
  result!.durationMs = Date.now() - started;
  return result!;
}
