/**
 * The two CSV files of the tool register (docs/import-formats.md, "SaaS and tool register"), read into
 * plain rows with every problem named by file, row (header = row 1) and column. Pure: what needs the
 * database (team slugs, tool names, people) is checked by the import service.
 *
 * - tools: one row per tool, `vendor,product,category,plan,contract_start,contract_end,renewal_date,
 *   notice_days,auto_renew,annual_cost,currency,seats_bought,owner_email,teams,notes` (vendor, product
 *   and category required; a column the file lacks leaves that field of existing tools as it is);
 * - tool-seats: last-use dates, `tool,email,last_active` (tool = `vendor/product` or a unique product name).
 */

import { parse } from 'csv-parse/sync';
import type { ImportIssue } from '../../../platform/imports/import-report.js';
import { parseDecimal } from './focus-decimal.js';
import { isToolCategory, TOOL_CATEGORIES, type ToolCategory } from './tool-categories.js';

export const TOOL_COLUMNS = [
  'vendor',
  'product',
  'category',
  'plan',
  'contract_start',
  'contract_end',
  'renewal_date',
  'notice_days',
  'auto_renew',
  'annual_cost',
  'currency',
  'seats_bought',
  'owner_email',
  'teams',
  'notes',
] as const;
export const SEAT_COLUMNS = ['tool', 'email', 'last_active'] as const;

type ToolColumn = (typeof TOOL_COLUMNS)[number];
type SeatColumn = (typeof SEAT_COLUMNS)[number];

/** A tool as a file states it; `undefined` = the file has no such column (keep what is stored). */
export interface ToolRow {
  row: number;
  vendor: string;
  product: string;
  category: ToolCategory;
  plan?: string | undefined;
  contractStart?: string | null | undefined;
  contractEnd?: string | null | undefined;
  renewalDate?: string | null | undefined;
  noticeDays?: number | undefined;
  autoRenew?: boolean | undefined;
  annualCost?: string | undefined;
  currency?: string | undefined;
  seatsBought?: number | null | undefined;
  ownerEmail?: string | null | undefined;
  teams?: string[] | undefined;
  notes?: string | undefined;
}

export interface SeatRow {
  row: number;
  /** As written: `vendor/product` or a product name. */
  tool: string;
  email: string;
  /** ISO date-time (UTC); null = never used. */
  lastActive: string | null;
}

export interface ParsedCsv<T> {
  rows: T[];
  issues: ImportIssue[];
}

const ALIASES: Record<string, string> = {
  last_active_at: 'last_active',
  last_used: 'last_active',
  last_activity: 'last_active',
  owner: 'owner_email',
  seats: 'seats_bought',
  cost: 'annual_cost',
  renewal: 'renewal_date',
};

/** `Contract Start` / `contract-start` → `contract_start`. */
export const normalizeHeader = (h: string): string => {
  const key = h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return ALIASES[key] ?? key;
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A valid calendar day YYYY-MM-DD, or null. */
export function parseDay(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text ? text : null;
}

/** A day (midnight UTC) or a date-time with `Z` or an offset, as an ISO string; null when neither. */
export function parseInstant(text: string): string | null {
  const day = parseDay(text);
  if (day) return `${day}T00:00:00.000Z`;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    text,
  );
  if (!m || !parseDay(m[1]!)) return null;
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return null;
  const ms = Date.parse(m[5] ? text.replace(' ', 'T') : `${text.replace(' ', 'T')}Z`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function readRecords(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
}

/** Reads the header and hands each non-empty data row to `read` with a cell getter. */
function readCsv<C extends string>(
  text: string,
  file: string,
  known: readonly C[],
  required: readonly C[],
  read: (
    cell: (c: C) => string | undefined,
    row: number,
    issue: (c: C, message: string) => void,
    warn: (issue: Omit<ImportIssue, 'file'>) => void,
  ) => void,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  let records: string[][];
  try {
    records = readRecords(text);
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    return [
      { file, row: line, message: `Not a readable CSV file: ${(err as Error).message}`, severity: 'error' },
    ];
  }
  const header = (records[0] ?? []).map(normalizeHeader);
  if (header.length === 0 || header.every((h) => h === '')) {
    return [
      {
        file,
        row: 1,
        message: `The file is empty; expected a header row: ${known.join(',')}.`,
        severity: 'error',
      },
    ];
  }
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!(known as readonly string[]).includes(h)) {
      if (h)
        issues.push({
          file,
          row: 1,
          field: records[0]![i],
          message: `Unknown column "${records[0]![i]}", ignored. Columns: ${known.join(', ')}.`,
          severity: 'warning',
        });
    } else if (index.has(h)) {
      issues.push({ file, row: 1, field: h, message: `Column ${h} appears twice.`, severity: 'error' });
    } else index.set(h, i);
  });
  for (const c of required)
    if (!index.has(c))
      issues.push({ file, row: 1, field: c, message: `Missing required column ${c}.`, severity: 'error' });
  if (issues.some((i) => i.severity === 'error')) return issues;
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    if (record.every((c) => c.trim() === '')) return;
    const cell = (c: C) => {
      const at = index.get(c);
      return at === undefined ? undefined : (record[at] ?? '').trim();
    };
    read(
      cell,
      row,
      (field, message) => issues.push({ file, row, field, message, severity: 'error' }),
      (w) => issues.push({ file, ...w }),
    );
  });
  return issues;
}

const BOOL: Record<string, boolean> = {
  true: true,
  yes: true,
  y: true,
  '1': true,
  false: false,
  no: false,
  n: false,
  '0': false,
};

/** The register file: one row per tool. */
export function parseToolsCsv(text: string, file: string): ParsedCsv<ToolRow> {
  const rows: ToolRow[] = [];
  const seen = new Map<string, number>();
  const issues = readCsv<ToolColumn>(
    text,
    file,
    TOOL_COLUMNS,
    ['vendor', 'product', 'category'],
    (cell, row, report) => {
      let bad = false;
      const error = (c: ToolColumn, message: string) => {
        bad = true;
        report(c, message);
      };
      const vendor = cell('vendor') ?? '';
      const product = cell('product') ?? '';
      if (!vendor) error('vendor', 'A tool needs a vendor.');
      if (!product) error('product', 'A tool needs a product name.');
      if (product.includes('/')) error('product', `A product name cannot contain "/" ("${product}").`);
      const categoryText = (cell('category') ?? '').toLowerCase();
      if (!isToolCategory(categoryText))
        error(
          'category',
          `Unknown category "${cell('category')}". Categories: ${TOOL_CATEGORIES.join(', ')}.`,
        );
      const day = (c: ToolColumn) => {
        const v = cell(c);
        if (v === undefined) return undefined;
        if (v === '') return null;
        const d = parseDay(v);
        if (!d) error(c, `"${v}" is not a date (YYYY-MM-DD).`);
        return d;
      };
      const int = (c: ToolColumn, empty: number | null) => {
        const v = cell(c);
        if (v === undefined) return undefined;
        if (v === '') return empty;
        if (!/^\d+$/.test(v) || Number(v) > 10_000_000) {
          error(c, `"${v}" is not a whole number of ${c === 'notice_days' ? 'days' : 'seats'}.`);
          return null;
        }
        return Number(v);
      };
      const out: ToolRow = { row, vendor, product, category: categoryText as ToolCategory };
      const plan = cell('plan');
      if (plan !== undefined) out.plan = plan;
      out.contractStart = day('contract_start');
      out.contractEnd = day('contract_end');
      out.renewalDate = day('renewal_date');
      if (out.contractStart && out.contractEnd && out.contractEnd < out.contractStart)
        error(
          'contract_end',
          `The contract ends (${out.contractEnd}) before it starts (${out.contractStart}).`,
        );
      const notice = int('notice_days', 0);
      if (notice !== undefined) out.noticeDays = notice ?? 0;
      out.seatsBought = int('seats_bought', null);
      const auto = cell('auto_renew');
      if (auto !== undefined) {
        const b = auto === '' ? true : BOOL[auto.toLowerCase()];
        if (b === undefined) error('auto_renew', `"${auto}" is not yes or no.`);
        out.autoRenew = b ?? true;
      }
      const cost = cell('annual_cost');
      if (cost !== undefined) {
        const d = cost === '' ? { value: '0' } : parseDecimal(cost);
        if (!d)
          error(
            'annual_cost',
            `"${cost}" is not a number (write 12000.50: no currency sign, no thousands separator).`,
          );
        else if (d.value.startsWith('-'))
          error('annual_cost', `The annual cost cannot be negative (${cost}).`);
        else out.annualCost = d.value;
      }
      const currency = cell('currency');
      if (currency !== undefined) {
        if (currency === '') out.currency = 'USD';
        else if (!/^[a-z]{3}$/i.test(currency))
          error('currency', `"${currency}" is not an ISO 4217 currency code such as EUR.`);
        else out.currency = currency.toUpperCase();
      }
      const owner = cell('owner_email');
      if (owner !== undefined) {
        if (owner && !EMAIL.test(owner)) error('owner_email', `"${owner}" is not an e-mail address.`);
        out.ownerEmail = owner ? owner.toLowerCase() : null;
      }
      const teams = cell('teams');
      if (teams !== undefined) {
        const slugs = [
          ...new Set(
            teams
              .split(';')
              .map((s) => s.trim().toLowerCase())
              .filter(Boolean),
          ),
        ];
        for (const s of slugs)
          if (!SLUG.test(s)) error('teams', `"${s}" is not a team slug (like platform-team).`);
        out.teams = slugs;
      }
      const notes = cell('notes');
      if (notes !== undefined) out.notes = notes;
      const key = `${vendor.toLowerCase()}/${product.toLowerCase()}`;
      if (vendor && product) {
        const first = seen.get(key);
        if (first !== undefined)
          error('product', `${vendor} ${product} is listed twice (rows ${first} and ${row}).`);
        else seen.set(key, row);
      }
      if (!bad) rows.push(out);
    },
  );
  return { rows, issues };
}

/** The seats file: one row per seat, with its last activity. */
export function parseToolSeatsCsv(text: string, file: string): ParsedCsv<SeatRow> {
  const byKey = new Map<string, SeatRow>();
  const issues = readCsv<SeatColumn>(
    text,
    file,
    SEAT_COLUMNS,
    ['tool', 'email'],
    (cell, row, report, warn) => {
      let bad = false;
      const error = (c: SeatColumn, message: string) => {
        bad = true;
        report(c, message);
      };
      const tool = cell('tool') ?? '';
      const email = (cell('email') ?? '').toLowerCase();
      if (!tool) error('tool', 'A seat needs its tool (vendor/product or the product name).');
      if (!EMAIL.test(email))
        error(
          'email',
          email ? `"${cell('email')}" is not an e-mail address.` : 'A seat needs an e-mail address.',
        );
      const last = cell('last_active') ?? '';
      const lastActive = last === '' ? null : parseInstant(last);
      if (last !== '' && !lastActive)
        error('last_active', `"${last}" is not a date (YYYY-MM-DD) or date-time (2026-11-02T09:30:00Z).`);
      if (bad) return;
      const key = `${tool.toLowerCase()}\n${email}`;
      const prev = byKey.get(key);
      if (prev) {
        warn({
          row,
          field: 'email',
          message: `${email} holds a seat of ${tool} on row ${prev.row} already; the latest activity is kept.`,
          severity: 'warning',
        });
        if (lastActive && (!prev.lastActive || lastActive > prev.lastActive)) prev.lastActive = lastActive;
        return;
      }
      byKey.set(key, { row, tool, email, lastActive });
    },
  );
  return { rows: [...byKey.values()], issues };
}
