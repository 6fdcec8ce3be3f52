/**
 * Money on the cost pages. The API sends every amount as a plain decimal string (`"1234.5678"`, never a
 * float); sums and differences here stay exact (BigInt at the inputs' scale), and only what is drawn
 * (chart heights, shares) becomes a number. Shared by every cost page: do not fork it per page.
 */

const PLAIN = /^-?\d+(\.\d+)?$/;

/** A plain decimal string as a scaled integer: `-1.25` → {units: -125n, scale: 2}; bad input is 0. */
function scaled(value: string): { units: bigint; scale: number } {
  const text = value.trim();
  if (!PLAIN.test(text)) return { units: 0n, scale: 0 };
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [int = '0', frac = ''] = body.split('.');
  const units = BigInt(int + frac);
  return { units: negative ? -units : units, scale: frac.length };
}

function unscaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  let out = digits;
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    const int = digits.slice(0, digits.length - scale);
    const frac = digits.slice(digits.length - scale).replace(/0+$/, '');
    out = frac ? `${int}.${frac}` : int;
  }
  return negative && out !== '0' ? `-${out}` : out;
}

/** Exact sum of decimal strings (`sumMoney(['0.1', '0.2'])` is `'0.3'`). */
export function sumMoney(values: readonly string[]): string {
  const parts = values.map(scaled);
  const scale = Math.max(0, ...parts.map((p) => p.scale));
  let total = 0n;
  for (const p of parts) total += p.units * 10n ** BigInt(scale - p.scale);
  return unscaled(total, scale);
}

/** Exact `a − b`. */
export function subtractMoney(a: string, b: string): string {
  const neg = b.trim().startsWith('-') ? b.trim().slice(1) : `-${b.trim()}`;
  return sumMoney([a, neg]);
}

/** −1, 0 or 1 as `a` is below, equal to or above `b` (exact). */
export function compareMoney(a: string, b: string): -1 | 0 | 1 {
  const d = scaled(subtractMoney(a, b)).units;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export function isZeroMoney(a: string): boolean {
  return scaled(a).units === 0n;
}

/** For drawing only (chart heights, bars): never add these numbers up for a figure people read. */
export function moneyNumber(amount: string | null | undefined): number {
  if (!amount) return 0;
  const n = Number(amount);
  return Number.isFinite(n) ? n : 0;
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(currency: string, min: number, max: number, compact: boolean): Intl.NumberFormat {
  const key = `${currency}|${min}|${max}|${compact}`;
  let f = formatters.get(key);
  if (!f) {
    const digits = { minimumFractionDigits: compact ? 0 : min, maximumFractionDigits: max };
    try {
      f = new Intl.NumberFormat(undefined, {
        style: 'currency',
        currency,
        ...digits,
        ...(compact ? { notation: 'compact' as const } : {}),
      });
    } catch {
      // Not an ISO 4217 code: the amount with the code after it.
      f = new Intl.NumberFormat(undefined, digits);
    }
    formatters.set(key, f);
  }
  return f;
}

/** Intl formats a decimal string exactly (ECMA-402 "NumberFormat v3"), without going through a float. */
function formatDecimal(f: Intl.NumberFormat, amount: string): string {
  return f.format(amount as unknown as number);
}

/**
 * An amount as people read it: `$12,345` (whole units from 1,000 up), `$12.35` below; `exact` keeps
 * every digit the bill has (`$0.000123`); `compact` gives `$12K` for tight spaces. "—" when missing.
 */
export function formatMoney(
  amount: string | null | undefined,
  currency: string | null | undefined,
  { exact = false, compact = false }: { exact?: boolean; compact?: boolean } = {},
): string {
  if (amount === null || amount === undefined || !PLAIN.test(amount.trim())) return '—';
  const text = amount.trim();
  const { scale } = scaled(text);
  const big = Math.abs(moneyNumber(text)) >= 1000;
  const max = exact ? Math.min(Math.max(scale, 2), 20) : big ? 0 : 2;
  const f = formatter(currency ?? '', Math.min(max, 2), max, compact);
  const out = formatDecimal(f, text);
  if (f.resolvedOptions().style === 'currency' || !currency) return out;
  return `${out} ${currency}`;
}

/** A signed change: `+$1,200` / `−$300` (a real minus sign), `±$0` when nothing changed. */
export function formatMoneyChange(delta: string, currency: string | null | undefined): string {
  const sign = compareMoney(delta, '0');
  if (sign === 0) return `±${formatMoney('0', currency)}`;
  const abs = sign < 0 ? delta.trim().slice(1) : delta.trim();
  return `${sign < 0 ? '−' : '+'}${formatMoney(abs, currency)}`;
}

/** `part / whole` as a share in [0, 1] (for display), null when the whole is zero. */
export function moneyShare(part: string, whole: string): number | null {
  const w = moneyNumber(whole);
  if (w === 0) return null;
  return moneyNumber(part) / w;
}

/** A share as `12.3 %` (one decimal under 10 %, whole percent above), "—" when there is none. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  const pct = share * 100;
  const digits = Math.abs(pct) < 10 ? 1 : 0;
  return `${pct.toLocaleString(undefined, { minimumFractionDigits: digits, maximumFractionDigits: digits })} %`;
}

/** The change from `previous` to `current`: the exact difference and the relative change (null from 0). */
export function moneyChange(
  current: string,
  previous: string | null | undefined,
): { delta: string; ratio: number | null } | null {
  if (previous === null || previous === undefined) return null;
  const delta = subtractMoney(current, previous);
  const p = moneyNumber(previous);
  return { delta, ratio: p === 0 ? null : moneyNumber(delta) / Math.abs(p) };
}

/** A change as people read it: `+12 % vs the previous period ($1,200 more)`. */
export function describeChange(
  current: string,
  previous: string | null | undefined,
  currency: string | null | undefined,
): string {
  const change = moneyChange(current, previous);
  if (!change) return 'No previous period to compare with.';
  if (isZeroMoney(previous ?? '0') && !isZeroMoney(current)) return 'Nothing in the previous period.';
  const sign = compareMoney(change.delta, '0');
  if (sign === 0) return 'Same as the previous period.';
  const pct =
    change.ratio === null ? '' : `${change.ratio > 0 ? '+' : '−'}${formatShare(Math.abs(change.ratio))} `;
  return `${pct}vs the previous period (${formatMoneyChange(change.delta, currency)})`.trim();
}

/** A bucket as people read it: `2026-03` → "Mar 2026", `2026-03-14` → "14 Mar 2026". */
export function formatBucket(bucket: string): string {
  const month = /^\d{4}-\d{2}$/.test(bucket);
  const d = new Date(`${month ? `${bucket}-01` : bucket}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return bucket;
  return d.toLocaleDateString(undefined, {
    ...(month ? {} : { day: 'numeric' }),
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The first and last day of a bucket (`2026-03` → 2026-03-01 … 2026-03-31; a day is itself). */
export function bucketRange(bucket: string): { from: string; to: string } {
  if (!/^\d{4}-\d{2}$/.test(bucket)) return { from: bucket, to: bucket };
  const [y, m] = bucket.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${bucket}-01`, to: `${bucket}-${String(last).padStart(2, '0')}` };
}
