/**
 * Monthly exchange rates as CSV: a header `month,currency,to_currency,rate` (any order and case),
 * `month` as `YYYY-MM` (or a date of that month), ISO 4217 codes, `rate` a positive decimal meaning
 * 1 `currency` = `rate` `to_currency`. Pure: text in, rates and issues out; the header is row 1.
 */

import { parse } from 'csv-parse/sync';
import type { ImportIssue } from '../../../platform/imports/import-report.js';

export const RATE_COLUMNS = ['month', 'currency', 'to_currency', 'rate'] as const;

export interface ExchangeRate {
  month: string;
  currency: string;
  to_currency: string;
  rate: string;
}

export function parseExchangeRatesCsv(
  text: string,
  file: string,
): { rates: ExchangeRate[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const err = (row: number | undefined, field: string | undefined, message: string) =>
    issues.push({ file, row, field, message, severity: 'error' });
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (e) {
    err((e as { lines?: number }).lines, undefined, `not valid CSV (${(e as Error).message})`);
    return { rates: [], issues };
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase().replace(/[\s-]/g, '_'));
  const col: Record<string, number> = {};
  for (const c of RATE_COLUMNS) {
    col[c] = header.indexOf(c);
    if (col[c] < 0) err(1, c, `missing column (the header needs ${RATE_COLUMNS.join(',')})`);
  }
  if (issues.length) return { rates: [], issues };
  const rates: ExchangeRate[] = [];
  const seen = new Map<string, number>();
  records.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const get = (c: (typeof RATE_COLUMNS)[number]) => (cells[col[c]!] ?? '').trim();
    const before = issues.length;
    const month = /^(\d{4})-(0[1-9]|1[0-2])(-\d{2})?$/.exec(get('month'));
    if (!month) err(row, 'month', `"${get('month')}" is not a month (YYYY-MM)`);
    const currency = get('currency').toUpperCase();
    const to = get('to_currency').toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency)) err(row, 'currency', `"${get('currency')}" is not an ISO 4217 code`);
    if (!/^[A-Z]{3}$/.test(to)) err(row, 'to_currency', `"${get('to_currency')}" is not an ISO 4217 code`);
    if (currency && currency === to)
      err(row, 'to_currency', 'a rate converts between two different currencies');
    const rate = get('rate');
    if (!/^\d+(\.\d+)?$/.test(rate) || !/[1-9]/.test(rate))
      err(
        row,
        'rate',
        `"${rate}" is not a positive decimal number (a dot for decimals, no thousands separator)`,
      );
    if (issues.length > before) return;
    const m = `${month![1]}-${month![2]}-01`;
    const key = `${m}|${currency}|${to}`;
    if (seen.has(key))
      err(row, 'month', `the ${currency}→${to} rate of ${m.slice(0, 7)} is already on row ${seen.get(key)}`);
    else {
      seen.set(key, row);
      rates.push({ month: m, currency, to_currency: to, rate });
    }
  });
  return { rates, issues };
}
