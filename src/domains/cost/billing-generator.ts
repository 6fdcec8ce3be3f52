/**
 * A deterministic generator of realistic FOCUS 1.2 billing lines, for the demo and the benchmarks: the
 * same units, dates, size and seed give the same lines, byte for byte.
 *
 * What a real bill has, and so this one: three providers (AWS, Microsoft Azure, Google Cloud) with their
 * billing accounts and sub-accounts per environment (accounts, subscriptions, projects), services with
 * their FOCUS ServiceCategory, regions and resource ids in each provider's style, one line per resource
 * per day, weekdays busier than weekends, slow growth over the range, three injected anomalies (see
 * `planAnomalies`), tags `team`/`service`/`env` in several spellings (`Team`, `team_name`,
 * `Payments-Team`, `payments_team`) and about 8% untagged lines, a shared Kubernetes/networking account,
 * commitment discounts (Savings Plan, reservation, committed use discount: Used lines, a daily Unused line
 * and a monthly purchase), a Marketplace purchase, tax and credit lines, non-production environments (about
 * 30% of the cost) and idle resources (cost without consumption). Money is built from integer micro-units
 * and written as exact decimal strings (billing-generator-lines.ts).
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { seededRandom } from '../../platform/seeded-random.js';
import {
  DYNAMIC_COLUMNS,
  GENERATED_COLUMNS,
  type GeneratedLine,
  type InjectedAnomaly,
  STATIC_COLUMNS,
  type Template,
} from './billing-generator-columns.js';
import { type Plan, planBilling } from './billing-generator-plan.js';
import type { FocusRow } from './importers/focus-collector.js';

export type { GeneratedLine, InjectedAnomaly } from './billing-generator-columns.js';
export { GENERATED_COLUMNS } from './billing-generator-columns.js';

/** The teams and services a bill is about (slugs as in the org domain). */
export interface BillingUnits {
  teams: readonly { slug: string; name: string }[];
  /** Services (catalog components) with the slug of their owning team. */
  services: readonly { name: string; team: string }[];
}

export interface BillingGeneratorOptions {
  units: BillingUnits;
  /** First day, YYYY-MM-DD (UTC). */
  start: string;
  days: number;
  /** About this many lines in all (usage lines are one per resource and day; the rest is monthly). */
  lines: number;
  seed: number;
}

const DAY_MS = 86_400_000;

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}
function monthStart(day: string): string {
  return `${day.slice(0, 8)}01`;
}
function nextMonth(day: string): string {
  const d = new Date(`${monthStart(day)}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

/** An integer count of micro-units (10^-6) as an exact decimal string without trailing zeros. */
export function micros(n: number): string {
  const negative = n < 0;
  const abs = negative ? -n : n;
  const int = Math.floor(abs / 1_000_000);
  const frac = abs - int * 1_000_000;
  let text = String(int);
  if (frac !== 0) text += `.${String(frac).padStart(6, '0').replace(/0+$/, '')}`;
  return negative && abs !== 0 ? `-${text}` : text;
}

/** The generator: a plan (accounts, resources, anomalies), then lines day by day. */
export class BillingGenerator {
  readonly plan: Plan;
  constructor(readonly options: BillingGeneratorOptions) {
    this.plan = planBilling(options, seededRandom(options.seed));
  }

  get anomalies(): readonly InjectedAnomaly[] {
    return this.plan.anomalies;
  }

  /** The lines, in order of day (monthly lines after their month's last day). */
  *lines(): Generator<GeneratedLine> {
    const { days, start } = this.options;
    const plan = this.plan;
    const rnd = seededRandom(this.options.seed + 17);
    const monthBilled = new Map<string, number>();
    for (let d = 0; d < days; d++) {
      const day = addDays(start, d);
      const next = addDays(start, d + 1);
      const period = monthStart(day);
      const periodEnd = nextMonth(day);
      const chargeStart = `${day}T00:00:00Z`;
      const chargeEnd = `${next}T00:00:00Z`;
      const periodStart = `${period}T00:00:00Z`;
      const periodEndTs = `${periodEnd}T00:00:00Z`;
      const weekday = new Date(chargeStart).getUTCDay();
      const weekend = weekday === 0 || weekday === 6;
      const growth = 1 + (0.3 * d) / Math.max(days, 1);
      const used = new Map<string, number>();
      for (const r of plan.resources) {
        let factor = growth * (weekend ? r.weekendFactor : 1) * (0.92 + rnd() * 0.16);
        for (const a of r.anomalies) if (d >= a.fromIndex && d <= a.toIndex) factor *= a.factor;
        const list = Math.max(1, Math.round(r.baseMicros * factor));
        const contracted = Math.round(list * r.negotiated);
        const effective = r.commitment ? Math.round(list * r.commitment.rate) : contracted;
        const billed = r.commitment ? 0 : contracted;
        if (r.commitment) used.set(r.provider, (used.get(r.provider) ?? 0) + effective);
        monthBilled.set(r.provider, (monthBilled.get(r.provider) ?? 0) + billed);
        const quantity = r.idle ? '0' : micros(Math.round(r.quantity * factor * 1000) * 1000);
        yield {
          dyn: [
            periodStart,
            periodEndTs,
            chargeStart,
            chargeEnd,
            micros(billed),
            micros(effective),
            micros(list),
            micros(contracted),
            quantity,
            quantity,
            plan.invoiceId(r.provider, period),
          ],
          tpl: r.template,
        };
      }
      for (const c of plan.commitments) {
        const unused = c.dailyMicros - (used.get(c.provider) ?? 0);
        if (unused <= 0) continue;
        yield {
          dyn: [
            periodStart,
            periodEndTs,
            chargeStart,
            chargeEnd,
            '0',
            micros(unused),
            micros(unused),
            micros(unused),
            'NULL',
            'NULL',
            plan.invoiceId(c.provider, period),
          ],
          tpl: c.unusedTemplate,
        };
      }
      if (next.endsWith('-01') || d === days - 1) {
        const daysInMonth = Math.round(
          (Date.parse(next) - Date.parse(period < start ? start : period)) / DAY_MS,
        );
        const month = (
          provider: string,
          tpl: Template,
          billed: number,
          effective: number,
          list = billed,
        ): GeneratedLine => ({
          // Charged over the part of the month the bill covers (all of it but at the range's ends).
          dyn: [
            periodStart,
            periodEndTs,
            `${period < start ? start : period}T00:00:00Z`,
            chargeEnd,
            micros(billed),
            micros(effective),
            micros(list),
            micros(list),
            'NULL',
            'NULL',
            plan.invoiceId(provider, period),
          ],
          tpl,
        });
        for (const c of plan.commitments) {
          const fee = c.dailyMicros * daysInMonth;
          yield month(c.provider, c.purchaseTemplate, fee, 0);
        }
        const market = plan.marketplace;
        yield month('aws', market.template, market.monthlyMicros, market.monthlyMicros);
        monthBilled.set('aws', (monthBilled.get('aws') ?? 0) + market.monthlyMicros);
        for (const p of plan.taxed) {
          const tax = Math.round((monthBilled.get(p.provider) ?? 0) * p.rate);
          if (tax > 0) yield month(p.provider, p.template, tax, tax);
        }
        const gcp = Math.round((monthBilled.get('gcp') ?? 0) * plan.credit.rate);
        if (gcp > 0) yield month('gcp', plan.credit.template, -gcp, -gcp, 0);
        monthBilled.clear();
      }
    }
  }
}

/** One generated line's cells in GENERATED_COLUMNS order (`NULL` for null, as in the CSV). */
export function lineCells(line: GeneratedLine): string[] {
  return [...line.dyn, ...line.tpl.cells];
}

/** One generated line as a FOCUS record: nulls as null, Tags as an object. */
export function focusRowOf(line: GeneratedLine): FocusRow {
  const row: FocusRow = {};
  DYNAMIC_COLUMNS.forEach((c, i) => {
    const v = line.dyn[i] as string;
    row[c] = v === 'NULL' ? null : v;
  });
  STATIC_COLUMNS.forEach((c, i) => {
    const v = line.tpl.cells[i] as string;
    row[c] = v === 'NULL' ? null : c === 'Tags' ? (JSON.parse(v) as FocusRow[string]) : v;
  });
  return row;
}

/** FOCUS records of a generated bill (the same lines the CSV holds). */
export function* generateFocusRows(options: BillingGeneratorOptions): Generator<FocusRow> {
  for (const line of new BillingGenerator(options).lines()) yield focusRowOf(line);
}

const HEADER = `${GENERATED_COLUMNS.join(',')}\n`;

async function writeAll(out: Writable, lines: Iterable<string>): Promise<void> {
  let buffer = '';
  for (const text of lines) {
    buffer += text;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  if (buffer) out.write(buffer);
}

function open(path: string, gzip: boolean): { out: Writable; done: Promise<unknown> } {
  const file = createWriteStream(path);
  if (!gzip) return { out: file, done: once(file, 'close') };
  const z = createGzip({ level: 1 });
  z.pipe(file);
  return { out: z, done: once(file, 'close') };
}

/** Writes the whole bill as one FOCUS 1.2 CSV (gzip when asked). */
export async function writeFocusCsv(
  path: string,
  options: BillingGeneratorOptions,
  o: { gzip?: boolean } = {},
): Promise<{ rows: number; anomalies: readonly InjectedAnomaly[] }> {
  const gen = new BillingGenerator(options);
  const { out, done } = open(path, o.gzip ?? false);
  let rows = 0;
  await writeAll(
    out,
    (function* () {
      yield HEADER;
      for (const l of gen.lines()) {
        rows += 1;
        yield `${l.dyn.join(',')},${l.tpl.csv}\n`;
      }
    })(),
  );
  out.end();
  await done;
  return { rows, anomalies: gen.anomalies };
}

/** Writes one FOCUS 1.2 CSV per billing month into `dir` (`focus-YYYY-MM.csv`, `.csv.gz` with gzip). */
export async function writeFocusCsvByMonth(
  dir: string,
  options: BillingGeneratorOptions,
  o: { gzip?: boolean } = {},
): Promise<{
  files: { path: string; month: string; rows: number }[];
  anomalies: readonly InjectedAnomaly[];
}> {
  const gen = new BillingGenerator(options);
  const files: { path: string; month: string; rows: number }[] = [];
  let current: { out: Writable; done: Promise<unknown>; month: string; buffer: string } | undefined;
  const close = async () => {
    if (!current) return;
    current.out.end(current.buffer);
    await current.done;
  };
  for (const l of gen.lines()) {
    const month = (l.dyn[0] as string).slice(0, 7);
    if (current?.month !== month) {
      await close();
      const path = join(dir, `focus-${month}.csv${o.gzip ? '.gz' : ''}`);
      current = { ...open(path, o.gzip ?? false), month, buffer: HEADER };
      files.push({ path, month, rows: 0 });
    }
    current.buffer += `${l.dyn.join(',')},${l.tpl.csv}\n`;
    (files[files.length - 1] as { rows: number }).rows += 1;
    if (current.buffer.length > 1 << 16) {
      if (!current.out.write(current.buffer)) await once(current.out, 'drain');
      current.buffer = '';
    }
  }
  await close();
  return { files, anomalies: gen.anomalies };
}
