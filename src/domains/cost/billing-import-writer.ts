/**
 * The billing import's writer (billing-import.service.ts runs it): a reader's valid rows become billing
 * lines in cost_lines, allocation keys in cost_alloc_keys and daily sums in cost_daily, inside the
 * import's transaction, with bounded memory (see BillingWriter).
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../platform/db/database.js';
import type { ImportIssue } from '../../platform/imports/import-report.js';
import type { KeyAllocator } from './allocation-rules.service.js';
import * as repo from './billing.repo.js';
import { DAILY_GROUPS, DailySums, EMBEDDED_DAILY_GROUPS } from './billing-daily-sums.js';
import { Col, columnsAt, NO_TAGS, type TagFacts, tagFacts, textAt } from './billing-line-values.js';
import { CopyWriter, LINE_COLUMNS } from './billing-write.repo.js';
import { copyField, copyInto, copyString } from './billing-write-copy.js';
import { detach } from './importers/focus-collector.js';
import { DecimalSum } from './importers/focus-decimal.js';
import type { FocusValue } from './importers/focus-values.js';

export interface ImportedPeriod extends repo.PeriodKey {
  rows: number;
  /** Lines of earlier imports this period replaced. */
  replaced: number;
}

/**
 * Lines per batch, and batches queued for PostgreSQL while the next is read (a batch holds its lines'
 * COPY text, ~8 MB). The embedded database works in this thread and in this process's memory: there one
 * smaller batch at a time is as fast, and the process stays under 512 MB with the database in it.
 */
const BATCH = 10_000;
const IN_FLIGHT = 4;
const EMBEDDED_BATCH = 2_500;
/**
 * A line's key id is known only when its batch is stored (a new key gets its id then): the line is
 * written with KEY_DIGITS zeros in its place, overwritten in place (PostgreSQL reads `000000000042` as 42).
 */
const KEY_DIGITS = 12;
const KEY_PLACE = `${'0'.repeat(KEY_DIGITS)}\n`;

/** What one key cost in one billing period and currency so far; `other`: the same key in another currency. */
interface KeySum {
  currency: string;
  billed: DecimalSum;
  effective: DecimalSum;
  first: string;
  last: string;
  lines: number;
  other: KeySum | undefined;
}

/** A full batch on its way to the database: COPY rows with their key id still zeros, and the keys first seen in it. */
interface Batch {
  buf: Buffer;
  n: number;
  ends: Int32Array;
  slots: Int32Array;
  pending: [number, { key: repo.AllocKeyInput; decision: repo.AllocDecision }][];
}
/** Resources whose last key is remembered (a bill's resources, bounded). */
const KEY_CACHE = 100_000;

/**
 * One import in progress: periods seen, lines staged as COPY text, allocation keys, daily sums.
 * - Each line is written as its COPY row (LINE_COLUMNS, the key id as zeros) straight into a batch
 *   buffer outside the JavaScript heap, so the lines of a batch cost the garbage collector nothing.
 * - A line's allocation key (sub-account, service, resource, tags) gets a slot the first time it is
 *   seen; the rules decide its allocation then (a pure function), and the key is stored with the batch.
 * - The line is added at once to the daily sums by (day, dimensions, the key's allocation) — the groups
 *   `repo.rebuildDaily` makes in SQL, summed exactly in memory, so no second pass over the lines.
 * - When a batch is full, its new keys are stored (or found, when an earlier import stored them), its
 *   lines are queued for COPY with their key ids, and reading goes on while the database stores them.
 * - The line is also added to its key's sums for its billing period (cost_key_periods: what a set of keys
 *   cost, without an index on the lines by key), written like the daily sums.
 * - Daily sums are written when DAILY_GROUPS groups are held and at the end. A group that comes back
 *   after it was written gets a second row: merged at the end (`repo.compactDaily`) when such rows are
 *   more than a few percent. A stored key whose allocation differs from the rules' decision (the rules
 *   changed and were not applied yet) makes the sums stale: they are then rebuilt from the lines in SQL.
 */
export class BillingWriter {
  readonly periods = new Map<string, ImportedPeriod>();
  private lastPeriod: ImportedPeriod | undefined;
  readonly issues: ImportIssue[] = [];
  rowsImported = 0;
  /** True when a stored key's allocation differs from the one the daily sums were made with. */
  dailyStale = false;
  // The batch: COPY rows in `buf` (line i ends at ends[i]), each line's key slot.
  private readonly batchLines: number;
  private readonly depth: number;
  private buf: Buffer;
  private pos = 0;
  private n = 0;
  private ends: Int32Array;
  private lineSlots: Int32Array;
  /** The batches queued and not yet stored, and the buffers of stored ones, for reuse. */
  private readonly inFlight: Promise<void>[] = [];
  private readonly spare: Batch[] = [];
  // What each key cost per billing period and currency (cost_key_periods), written when keySumsLimit are held.
  private keySums = new Map<ImportedPeriod, Map<number, KeySum>>();
  private keySumsHeld = 0;
  private keySumsPeriod: ImportedPeriod | undefined;
  private periodKeySums: Map<number, KeySum> | undefined;
  private readonly keySumsLimit: number;
  // Allocation keys by slot: id (0 until stored), allocation as daily COPY text, and, until stored,
  // the key and the rules' decision.
  private readonly slotOf = new Map<string, number>();
  private readonly slotIds: number[] = [];
  private readonly slotAllocation: string[] = [];
  private readonly slotPending = new Map<number, { key: repo.AllocKeyInput; decision: repo.AllocDecision }>();
  private readonly fingerprints = new Map<string, string>();
  private readonly byResource = new Map<
    string,
    { sub: string | null; service: string | null; tags: object | null; fingerprint: string }
  >();
  private columns: readonly string[] | undefined;
  private at: Int32Array = new Int32Array(0);
  private readonly daily: DailySums;
  /** The reader hands the same frozen tags object for the same cell text, so its facts are worked out once. */
  private readonly tagCache = new WeakMap<object, TagFacts>();
  private readonly copies: CopyWriter;

  constructor(
    private readonly trx: Db,
    private readonly importId: number,
    public file: string,
    private readonly allocator: KeyAllocator,
    opts: { dailyGroups?: number | undefined; embedded?: boolean } = {},
  ) {
    this.copies = new CopyWriter(trx);
    this.batchLines = opts.embedded ? EMBEDDED_BATCH : BATCH;
    this.depth = opts.embedded ? 1 : IN_FLIGHT;
    this.buf = Buffer.allocUnsafe(this.batchLines * 800);
    this.ends = new Int32Array(this.batchLines);
    this.lineSlots = new Int32Array(this.batchLines);
    this.daily = new DailySums(opts.dailyGroups ?? (opts.embedded ? EMBEDDED_DAILY_GROUPS : undefined));
    this.keySumsLimit = opts.dailyGroups ?? (opts.embedded ? EMBEDDED_DAILY_GROUPS : DAILY_GROUPS);
  }

  /** The facts of the Tags value at `at` (-1: the file has no Tags column), worked out once per object. */
  private tagFacts(values: readonly FocusValue[], at: number): TagFacts {
    const value = at < 0 ? null : values[at];
    if (!value || typeof value !== 'object') return NO_TAGS;
    let facts = this.tagCache.get(value);
    if (!facts) {
      facts = tagFacts(value);
      this.tagCache.set(value, facts);
    }
    return facts;
  }

  private error(row: number, field: string, message: string): null {
    if (this.issues.length < 1000)
      this.issues.push({ file: this.file, row, field, message, severity: 'error' });
    return null;
  }

  /** Takes one valid row; returns a promise only when it must wait (a full batch). */
  add(
    values: readonly FocusValue[],
    rowNumber: number,
    columns: readonly string[],
  ): Promise<void> | undefined {
    if (columns !== this.columns) {
      this.columns = columns;
      this.at = columnsAt(columns);
    }
    const at = this.at;
    const provider =
      textAt(values, at[Col.ProviderName]!) ??
      textAt(values, at[Col.ServiceProviderName]!) ??
      textAt(values, at[Col.InvoiceIssuerName]!);
    const account = textAt(values, at[Col.BillingAccountId]!);
    const chargeStart = textAt(values, at[Col.ChargePeriodStart]!);
    const periodStart =
      textAt(values, at[Col.BillingPeriodStart]!) ?? (chargeStart ? `${chargeStart.slice(0, 7)}-01` : null);
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
    // Lines of one period come together: the last period is checked before the map.
    const last = this.lastPeriod;
    const p =
      last &&
      last.billingPeriodStart === period &&
      last.provider === provider &&
      last.billingAccountId === account
        ? last
        : this.periods.get(`${provider}\u0000${account}\u0000${period}`);
    if (p) {
      p.rows += 1;
      this.lastPeriod = p;
      return this.take(values, rowNumber, provider, account, period, chargeStart, p);
    }
    const pkey = `${provider}\u0000${account}\u0000${period}`;
    // The first line of a billing period: earlier imports' lines of that period go first.
    const fresh = {
      provider: detach(provider),
      billingAccountId: detach(account),
      billingPeriodStart: period,
      rows: 1,
      replaced: 0,
    };
    this.periods.set(detach(pkey), fresh);
    this.lastPeriod = fresh;
    // Queued behind the COPYs in flight and before any line or daily sum of this period: reading goes on.
    this.copies.run(async () => {
      fresh.replaced = await repo.deletePeriods(this.trx, [fresh]);
    });
    return this.take(values, rowNumber, provider, account, period, chargeStart, fresh);
  }

  /** The fingerprint of a line's allocation key, hashed once per key. */
  private fingerprint(
    sub: string | null,
    service: string | null,
    resource: string | null,
    tags: Record<string, unknown> | null,
    json: string,
  ): string {
    // Lines of one resource repeat every day with the same (frozen, shared) tags object: one lookup.
    const last = this.byResource.get(resource ?? '');
    if (last && last.sub === sub && last.service === service && last.tags === tags) return last.fingerprint;
    // Kept in maps for the whole import: copies, not slices of the reader's chunk (see `detach`).
    const raw = detach(`${sub}\u0000${service}\u0000${resource}\u0000${json}`);
    let fingerprint = this.fingerprints.get(raw);
    if (fingerprint === undefined) {
      fingerprint = createHash('md5').update(raw).digest('base64');
      this.fingerprints.set(raw, fingerprint);
    }
    if (this.byResource.size >= KEY_CACHE) this.byResource.clear();
    this.byResource.set(detach(resource ?? ''), {
      sub: sub === null ? null : detach(sub),
      service: service === null ? null : detach(service),
      tags,
      fingerprint,
    });
    return fingerprint;
  }

  /** The slot of a line's allocation key; a key seen for the first time is decided by the rules now. */
  private slot(
    sub: string | null,
    service: string | null,
    resource: string | null,
    tags: Record<string, unknown> | null,
    json: string,
  ): number {
    const fingerprint = this.fingerprint(sub, service, resource, tags, json);
    let slot = this.slotOf.get(fingerprint);
    if (slot !== undefined) return slot;
    slot = this.slotIds.length;
    const key: repo.AllocKeyInput = {
      fingerprint,
      sub_account_id: sub === null ? null : detach(sub),
      service_name: service === null ? null : detach(service),
      resource_id: resource === null ? null : detach(resource),
      tags,
    };
    const decision = this.allocator.decide([{ ...key, id: slot }])[0]!;
    this.slotOf.set(fingerprint, slot);
    this.slotIds.push(0);
    this.slotAllocation.push(allocationText(decision));
    this.slotPending.set(slot, { key, decision });
    return slot;
  }

  private take(
    values: readonly FocusValue[],
    rowNumber: number,
    provider: string,
    account: string,
    period: string,
    chargeStart: string,
    p: ImportedPeriod,
  ): Promise<void> | undefined {
    const at = this.at;
    const facts = this.tagFacts(values, at[Col.Tags]!);
    const tags = facts.tags;
    const sub = textAt(values, at[Col.SubAccountId]!);
    const service = textAt(values, at[Col.ServiceName]!);
    const resource = textAt(values, at[Col.ResourceId]!);
    const slot = this.slot(sub, service, resource, tags, facts.json);
    const billed = textAt(values, at[Col.BilledCost]!) ?? '0';
    const effective = textAt(values, at[Col.EffectiveCost]!) ?? '0';
    const list = textAt(values, at[Col.ListCost]!);
    const e = copyString;
    const day = e(chargeStart.slice(0, 10));
    const sPeriod = e(period);
    const category = e(textAt(values, at[Col.ServiceCategory]!));
    const chargeCategory = e(textAt(values, at[Col.ChargeCategory]!));
    const environment = facts.copyEnvironment;
    const sp = e(provider);
    const sa = e(account);
    const ss = e(sub);
    const sv = e(service);
    const sc = e(textAt(values, at[Col.BillingCurrency]!) ?? '');
    // The columns of LINE_COLUMNS (billing-write.repo.ts) in order, the last (the key id) as zeros set
    // in `store`, joined from an array into one flat string that dies young.
    const line = [
      this.importId,
      rowNumber,
      sp,
      sa,
      sPeriod,
      day,
      e(chargeStart),
      e(textAt(values, at[Col.ChargePeriodEnd]!)),
      ss,
      e(textAt(values, at[Col.SubAccountName]!)),
      sv,
      category,
      e(textAt(values, at[Col.RegionId]!) ?? textAt(values, at[Col.RegionName]!)),
      e(resource),
      e(textAt(values, at[Col.ResourceName]!)),
      e(textAt(values, at[Col.ResourceType]!)),
      e(textAt(values, at[Col.SkuId]!)),
      chargeCategory,
      e(textAt(values, at[Col.ChargeFrequency]!)),
      e(textAt(values, at[Col.ChargeDescription]!)),
      e(textAt(values, at[Col.PricingCategory]!)),
      e(billed),
      e(effective),
      e(list),
      e(textAt(values, at[Col.ContractedCost]!)),
      sc,
      e(textAt(values, at[Col.ConsumedQuantity]!)),
      e(textAt(values, at[Col.ConsumedUnit]!)),
      e(textAt(values, at[Col.CommitmentDiscountId]!)),
      e(textAt(values, at[Col.CommitmentDiscountCategory]!)),
      e(textAt(values, at[Col.CommitmentDiscountType]!)),
      e(textAt(values, at[Col.CommitmentDiscountStatus]!)),
      environment,
      KEY_PLACE,
    ].join('\t');
    if (this.pos + line.length * 3 > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + line.length * 3));
      this.buf.copy(bigger, 0, 0, this.pos);
      this.buf = bigger;
    }
    this.pos += this.buf.write(line, this.pos, 'utf8');
    this.ends[this.n] = this.pos;
    this.lineSlots[this.n] = slot;
    this.n += 1;
    // The daily group: DAILY_COLUMNS up to the costs, as COPY text.
    const group = [
      day,
      sp,
      sa,
      sPeriod,
      ss,
      sv,
      category,
      chargeCategory,
      environment,
      sc,
      this.slotAllocation[slot],
    ].join('\t');
    if (this.daily.add(group, billed, effective, list)) this.writeDaily();
    this.addKeySum(
      p,
      slot,
      textAt(values, at[Col.BillingCurrency]!) ?? '',
      chargeStart.slice(0, 10),
      billed,
      effective,
    );
    this.rowsImported += 1;
    return this.n >= this.batchLines ? this.flush() : undefined;
  }

  /**
   * Queues the batch: its new keys are stored (or found), then its lines are copied with their key ids,
   * in the transaction's queue, while reading goes on into another buffer.
   */
  async flush(): Promise<void> {
    if (this.n === 0) return;
    // At most IN_FLIGHT batches wait to be stored while the next one is read: memory stays bounded.
    while (this.inFlight.length >= this.depth) await this.inFlight.shift();
    this.copies.check();
    const batch: Batch = {
      buf: this.buf,
      n: this.n,
      ends: this.ends,
      slots: this.lineSlots,
      pending: [...this.slotPending],
    };
    this.slotPending.clear();
    this.inFlight.push(this.copies.run(() => this.store(batch)));
    if (this.keySumsHeld >= this.keySumsLimit) this.writeKeySums();
    const next = this.spare.pop();
    this.buf = next?.buf ?? Buffer.allocUnsafe(this.buf.length);
    this.ends = next?.ends ?? new Int32Array(this.batchLines);
    this.lineSlots = next?.slots ?? new Int32Array(this.batchLines);
    this.pos = 0;
    this.n = 0;
  }

  /** Stores a batch (in the transaction's queue): its new keys, then its lines. */
  private async store(batch: Batch): Promise<void> {
    if (batch.pending.length > 0) await this.storeKeys(batch.pending);
    const { buf, n, ends, slots } = batch;
    // Each line ends with KEY_DIGITS zeros and a line feed: its key id goes there, in place.
    for (let i = 0; i < n; i++) {
      const end = ends[i]! - 1;
      let id = this.slotIds[slots[i]!]!;
      if (id >= 10 ** KEY_DIGITS)
        throw new Error(`The allocation key id ${id} has more than ${KEY_DIGITS} digits.`);
      for (let k = end - 1; id > 0; k--) {
        buf[k] = 48 + (id % 10);
        id = Math.floor(id / 10);
      }
    }
    const bytes = n > 0 ? ends[n - 1]! : 0;
    const written = await copyInto(this.trx, 'cost_lines', LINE_COLUMNS, buf.subarray(0, bytes));
    if (written !== n) throw new Error(`COPY into cost_lines wrote ${written} of ${n} rows.`);
    this.spare.push(batch);
  }

  /** Stores the keys first seen in a batch (or finds those an earlier import stored). */
  private async storeKeys(pending: Batch['pending']): Promise<void> {
    const found = await repo.findKeys(
      this.trx,
      pending.map(([, p]) => p.key.fingerprint),
    );
    const fresh: typeof pending = [];
    for (const [slot, p] of pending) {
      const k = found.get(p.key.fingerprint);
      if (!k) fresh.push([slot, p]);
      else {
        this.slotIds[slot] = k.id;
        if (allocationText(k) !== this.slotAllocation[slot]) this.dailyStale = true;
      }
    }
    if (fresh.length === 0) return;
    const inserted = await repo.insertKeys(
      this.trx,
      fresh.map(([, { key, decision }]) => {
        const { id: _id, ...d } = decision;
        return { ...key, ...d, rules_version: this.allocator.version };
      }),
    );
    for (const [slot, { key }] of fresh) {
      const id = inserted.get(key.fingerprint);
      if (id === undefined) throw new Error(`The allocation key ${key.fingerprint} was not stored.`);
      this.slotIds[slot] = id;
    }
  }

  /** Queues the daily sums held for COPY into cost_daily. */
  private writeDaily(): void {
    const held = this.daily.take();
    if (held) this.copies.queue('cost_daily', repo.DAILY_COLUMNS, held.text, held.rows);
  }

  /** Stores the last batch and daily sums and waits until everything is written. */
  async finish(): Promise<void> {
    await this.flush();
    this.writeDaily();
    this.writeKeySums();
    await this.copies.finish();
  }

  /** Adds a line to what its key cost in its billing period and currency. */
  private addKeySum(
    p: ImportedPeriod,
    slot: number,
    currency: string,
    day: string,
    billed: string,
    effective: string,
  ): void {
    // Lines of one period come together: its map is looked up when the period changes.
    let sums = p === this.keySumsPeriod ? this.periodKeySums : this.keySums.get(p);
    if (!sums) {
      sums = new Map();
      this.keySums.set(p, sums);
    }
    this.keySumsPeriod = p;
    this.periodKeySums = sums;
    let sum = sums.get(slot);
    while (sum && sum.currency !== currency) sum = sum.other;
    if (!sum) {
      sum = {
        currency: detach(currency),
        billed: new DecimalSum(),
        effective: new DecimalSum(),
        first: day,
        last: day,
        lines: 0,
        other: sums.get(slot),
      };
      sums.set(slot, sum);
      this.keySumsHeld += 1;
    }
    sum.billed.add(billed);
    sum.effective.add(effective);
    if (day < sum.first) sum.first = day;
    if (day > sum.last) sum.last = day;
    sum.lines += 1;
  }

  /**
   * Queues the sums per key and period held for COPY into cost_key_periods, behind the batches whose keys
   * they name (so every key has its id by then).
   */
  private writeKeySums(): void {
    if (this.keySumsHeld === 0) return;
    const held = this.keySums;
    const rows = this.keySumsHeld;
    this.keySums = new Map();
    this.keySumsHeld = 0;
    this.keySumsPeriod = undefined;
    this.periodKeySums = undefined;
    this.copies.run(async () => {
      const text: string[] = [];
      for (const [p, sums] of held) {
        const period = `${copyString(p.provider)}\t${copyString(p.billingAccountId)}\t${p.billingPeriodStart}`;
        for (const [slot, first] of sums)
          for (let s: KeySum | undefined = first; s; s = s.other)
            text.push(
              `${this.slotIds[slot]}\t${period}\t${copyString(s.currency)}\t${s.billed.toScaledString()}\t${s.effective.toScaledString()}\t${s.first}\t${s.last}\t${s.lines}\n`,
            );
      }
      const written = await copyInto(this.trx, 'cost_key_periods', repo.KEY_PERIOD_COLUMNS, text.join(''));
      if (written !== rows) throw new Error(`COPY into cost_key_periods wrote ${written} of ${rows} rows.`);
    });
  }

  /** True when enough daily rows repeat a group that merging them is worth a pass (billing-daily-sums.ts). */
  get dailyNeedsCompacting(): boolean {
    return this.daily.needsCompacting;
  }
}

/** The allocation columns of a daily group (unit, pool, team, service) as COPY text. */
function allocationText(k: {
  unit: string | null;
  pool: string | null;
  team_id: number | null;
  service_id: number | null;
}): string {
  return `${copyField(k.unit)}\t${copyField(k.pool)}\t${copyField(k.team_id)}\t${copyField(k.service_id)}`;
}
