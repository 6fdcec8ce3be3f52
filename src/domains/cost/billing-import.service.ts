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
 * then the daily sums of the replaced periods are rebuilt.
 */

import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import { type ImportIssue, ImportRejected } from '../../platform/imports/import-report.js';
import type { ImportProgress } from '../../platform/modules.js';
import { type KeyAllocator, keyAllocator } from './allocation-rules.service.js';
import * as repo from './billing.repo.js';
import { LineWriter, type StoredLine } from './billing-write.repo.js';
import { type BillingReadResult, type FocusRow, readBillingFile } from './importers/billing-file.js';
import type { FocusCurrencyTotals, FocusWarningSummary } from './importers/focus-collector.js';
import { DecimalSum } from './importers/focus-decimal.js';
import { normalizeTagKey, unitSlug } from './metrics/allocation.js';

export interface BillingImportOptions {
  actor: AuditActor;
  /** The name people know the file by (an upload's original name). */
  file?: string | undefined;
  onProgress?: ImportProgress | undefined;
  /** Read, check and count, then roll back: nothing is written. */
  preview?: boolean | undefined;
}

export interface ImportedPeriod extends repo.PeriodKey {
  rows: number;
  /** Lines of earlier imports this period replaced. */
  replaced: number;
}

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

const BATCH = 10_000;
const ENV_KEYS = new Set(['env', 'environment', 'stage', 'tier_env']);
const ENV_NAMES: Readonly<Record<string, string>> = {
  prod: 'prod',
  prd: 'prod',
  production: 'prod',
  live: 'prod',
  stg: 'staging',
  stage: 'staging',
  staging: 'staging',
  preprod: 'staging',
  'pre-prod': 'staging',
  dev: 'dev',
  develop: 'dev',
  development: 'dev',
  test: 'test',
  testing: 'test',
  qa: 'test',
  uat: 'test',
  sandbox: 'sandbox',
};

/** The environment a line's tags name (`env`, `environment`, `stage`), normalized; null when none. */
export function environmentOf(tags: Record<string, unknown> | null): string | null {
  if (!tags) return null;
  for (const [k, v] of Object.entries(tags)) {
    if (!ENV_KEYS.has(normalizeTagKey(k)) || v === null || v === undefined) continue;
    const slug = unitSlug(String(v));
    if (slug) return ENV_NAMES[slug] ?? slug;
  }
  return null;
}

function text(row: FocusRow, column: string): string | null {
  const v = row[column];
  return typeof v === 'string' ? v : v == null ? null : JSON.stringify(v);
}

function tagsOf(row: FocusRow): Record<string, unknown> | null {
  const v = row.Tags;
  return v && typeof v === 'object' && Object.keys(v).length > 0 ? (v as Record<string, unknown>) : null;
}

function stableJson(tags: Record<string, unknown> | null): string {
  if (!tags) return 'null';
  return JSON.stringify(
    Object.keys(tags)
      .sort()
      .map((k) => [k, tags[k]]),
  );
}

/** One import in progress: periods seen, lines buffered, allocation keys known. */
class BillingWriter {
  readonly periods = new Map<string, ImportedPeriod>();
  readonly issues: ImportIssue[] = [];
  rowsImported = 0;
  private buffer: { line: StoredLine; key: repo.AllocKeyInput }[] = [];
  private readonly keys = new Map<string, number>();
  private readonly fingerprints = new Map<string, string>();
  /** The reader hands the same tags object for the same cell text, so its facts are worked out once. */
  private readonly tagCache = new WeakMap<object, { json: string; environment: string | null }>();
  private readonly lines: LineWriter;

  constructor(
    private readonly trx: Db,
    private readonly importId: number,
    public file: string,
    private readonly allocator: KeyAllocator,
  ) {
    this.lines = new LineWriter(trx);
  }

  private tagFacts(tags: Record<string, unknown> | null): { json: string; environment: string | null } {
    if (!tags) return { json: 'null', environment: null };
    let facts = this.tagCache.get(tags);
    if (!facts) {
      facts = { json: stableJson(tags), environment: environmentOf(tags) };
      this.tagCache.set(tags, facts);
    }
    return facts;
  }

  /** Waits until every written batch is stored (before the daily sums and the commit). */
  finish(): Promise<void> {
    return this.lines.finish();
  }

  private error(row: number, field: string, message: string): null {
    if (this.issues.length < 1000)
      this.issues.push({ file: this.file, row, field, message, severity: 'error' });
    return null;
  }

  async add(row: FocusRow, rowNumber: number): Promise<void> {
    const provider =
      text(row, 'ProviderName') ?? text(row, 'ServiceProviderName') ?? text(row, 'InvoiceIssuerName');
    const account = text(row, 'BillingAccountId');
    const chargeStart = text(row, 'ChargePeriodStart');
    const periodStart =
      text(row, 'BillingPeriodStart') ?? (chargeStart ? `${chargeStart.slice(0, 7)}-01` : null);
    if (!provider)
      return void this.error(rowNumber, 'ProviderName', 'The provider is empty; a bill line needs it.');
    if (!account)
      return void this.error(
        rowNumber,
        'BillingAccountId',
        'The billing account is empty; a bill line needs it.',
      );
    if (!chargeStart)
      return void this.error(
        rowNumber,
        'ChargePeriodStart',
        'The charge period start is empty; a bill line needs it.',
      );
    const period = periodStart!.slice(0, 10);
    const pkey = `${provider}\u0000${account}\u0000${period}`;
    let p = this.periods.get(pkey);
    if (!p) {
      p = { provider, billingAccountId: account, billingPeriodStart: period, rows: 0, replaced: 0 };
      this.periods.set(pkey, p);
      p.replaced = await repo.deletePeriods(this.trx, [p]);
    }
    p.rows += 1;
    const tags = tagsOf(row);
    const facts = this.tagFacts(tags);
    const sub = text(row, 'SubAccountId');
    const service = text(row, 'ServiceName');
    const resource = text(row, 'ResourceId');
    // Lines of one resource repeat every day: the key's fingerprint is hashed once per distinct key.
    const raw = `${sub}\u0000${service}\u0000${resource}\u0000${facts.json}`;
    let fingerprint = this.fingerprints.get(raw);
    if (fingerprint === undefined) {
      fingerprint = createHash('md5').update(raw).digest('base64');
      this.fingerprints.set(raw, fingerprint);
    }
    const key: repo.AllocKeyInput = {
      fingerprint,
      sub_account_id: sub,
      service_name: service,
      resource_id: resource,
      tags,
    };
    this.buffer.push({
      key,
      line: {
        import_id: this.importId,
        source_row: rowNumber,
        provider,
        billing_account_id: account,
        billing_period_start: period,
        charge_day: chargeStart.slice(0, 10),
        charge_period_start: chargeStart,
        charge_period_end: text(row, 'ChargePeriodEnd'),
        sub_account_id: key.sub_account_id,
        sub_account_name: text(row, 'SubAccountName'),
        service_name: key.service_name,
        service_category: text(row, 'ServiceCategory'),
        region: text(row, 'RegionId') ?? text(row, 'RegionName'),
        resource_id: key.resource_id,
        resource_name: text(row, 'ResourceName'),
        resource_type: text(row, 'ResourceType'),
        sku_id: text(row, 'SkuId'),
        charge_category: text(row, 'ChargeCategory'),
        charge_frequency: text(row, 'ChargeFrequency'),
        charge_description: text(row, 'ChargeDescription'),
        pricing_category: text(row, 'PricingCategory'),
        billed_cost: text(row, 'BilledCost') ?? '0',
        effective_cost: text(row, 'EffectiveCost') ?? '0',
        list_cost: text(row, 'ListCost'),
        contracted_cost: text(row, 'ContractedCost'),
        currency: text(row, 'BillingCurrency') ?? '',
        consumed_quantity: text(row, 'ConsumedQuantity'),
        consumed_unit: text(row, 'ConsumedUnit'),
        commitment_discount_id: text(row, 'CommitmentDiscountId'),
        commitment_discount_category: text(row, 'CommitmentDiscountCategory'),
        commitment_discount_type: text(row, 'CommitmentDiscountType'),
        commitment_discount_status: text(row, 'CommitmentDiscountStatus'),
        environment: facts.environment,
        tags,
        alloc_key_id: 0,
      },
    });
    this.rowsImported += 1;
    if (this.buffer.length >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    const unknown = new Map<string, repo.AllocKeyInput>();
    for (const { key } of batch) if (!this.keys.has(key.fingerprint)) unknown.set(key.fingerprint, key);
    if (unknown.size > 0) {
      const found = await repo.findKeys(this.trx, [...unknown.keys()]);
      for (const [f, id] of found) {
        this.keys.set(f, id);
        unknown.delete(f);
      }
      const fresh = [...unknown.values()];
      const decisions = this.allocator.decide(fresh.map((k, i) => ({ id: i, ...k })));
      const inserted = await repo.insertKeys(
        this.trx,
        fresh.map((k, i) => {
          const { id: _id, ...d } = decisions[i]!;
          return { ...k, ...d, rules_version: this.allocator.version };
        }),
      );
      for (const [f, id] of inserted) this.keys.set(f, id);
    }
    // Stored while the next batch is read (LineWriter pipelines one COPY at a time).
    await this.lines.write(
      batch.map(({ line, key }) => {
        line.alloc_key_id = this.keys.get(key.fingerprint)!;
        return line;
      }),
    );
  }
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
      onRow: (row, n) => writer.add(row, n),
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
      const writer = new BillingWriter(trx, importId, file, allocator);
      const read = await readAll(path, file, writer, o.onProgress);
      await writer.flush();
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
      o.onProgress?.(read.rows, read.rows, 'summing by day');
      await repo.rebuildDaily(trx, periods);
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
