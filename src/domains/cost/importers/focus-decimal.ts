/**
 * Decimal numbers as strings, never floats: FOCUS money and quantities are checked against the Numeric
 * Format (FOCUS Attributes › Numeric Format: integer, decimal or E notation "mEn", no `+` sign, no commas,
 * no symbols) and summed exactly with BigInt at whatever scale the inputs carry (no fixed scale, so no
 * rounding, whatever the number of fractional digits).
 */

const NUMERIC = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export interface ParsedDecimal {
  /** The value as a plain decimal string (`1.5E-7` -> `0.00000015`); as written when already plain. */
  value: string;
  /** True when the input used a form the spec forbids but that is unambiguous (`+5`, `1E+3`). */
  nonCanonical: boolean;
}

/** True for the plain form nearly every cell has: `-?digits(.digits)?` (checked without a regular expression). */
export function isPlainDecimal(text: string): boolean {
  const n = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const intStart = i;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i += 1;
  }
  if (i === intStart) return false;
  if (i === n) return true;
  if (text.charCodeAt(i) !== 46) return false; // '.'
  i += 1;
  if (i === n) return false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    i += 1;
  }
  return true;
}

/** Parses a FOCUS numeric cell; null when it is not a number. */
export function parseDecimal(text: string): ParsedDecimal | null {
  if (isPlainDecimal(text)) return { value: text, nonCanonical: false };
  const match = NUMERIC.exec(text);
  if (!match) return null;
  const [, sign = '', int = '', frac, exp] = match;
  if (int === '' && (frac === undefined || frac === '')) return null;
  const nonCanonical = sign === '+' || (exp?.startsWith('+') ?? false);
  if (exp === undefined) {
    const value = sign === '+' ? text.slice(1) : text;
    return { value, nonCanonical };
  }
  const digits = int + (frac ?? '');
  const point = int.length + Number.parseInt(exp, 10);
  if (Math.abs(point) > 1000) return null; // absurd exponents would build huge strings
  let intPart: string;
  let fracPart: string;
  if (point <= 0) [intPart, fracPart] = ['0', '0'.repeat(-point) + digits];
  else if (point >= digits.length) [intPart, fracPart] = [digits + '0'.repeat(point - digits.length), ''];
  else [intPart, fracPart] = [digits.slice(0, point), digits.slice(point)];
  intPart = intPart.replace(/^0+(?=\d)/, '');
  fracPart = fracPart.replace(/0+$/, '');
  const negative = sign === '-' && /[1-9]/.test(digits);
  return { value: `${negative ? '-' : ''}${intPart}${fracPart ? `.${fracPart}` : ''}`, nonCanonical };
}

/** A plain decimal string (as `parseDecimal` returns) as a scaled integer: `-1.25` -> {units: -125n, scale: 2}. */
export function scaledDecimal(value: string): { units: bigint; scale: number } {
  const negative = value.startsWith('-');
  const body = negative || value.startsWith('+') ? value.slice(1) : value;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  const units = BigInt((int || '0') + frac);
  return { units: negative ? -units : units, scale: frac.length };
}

/** `units / 10^scale` as the shortest plain decimal string (`0`, `-0.5`, `12.0034`). */
export function formatScaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    const int = digits.slice(0, digits.length - scale);
    const frac = digits.slice(digits.length - scale).replace(/0+$/, '');
    digits = frac ? `${int}.${frac}` : int;
  }
  return negative && /[1-9]/.test(digits) ? `-${digits}` : digits;
}

/** 10^0 … 10^15: the powers a safe integer can be scaled by. */
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * An exact running sum of decimal strings. Values of at most 15 digits (nearly every bill amount) are
 * added as integers in a JavaScript number, exact while the sum stays a safe integer; anything larger
 * goes to a BigInt part. The billing import adds five amounts per line, so this path matters.
 */
export class DecimalSum {
  private units = 0n;
  /** The part of the sum held as a number: an exact integer count of 10^-scale. */
  private small = 0;
  private scale = 0;

  /** Adds a plain decimal string (as `parseDecimal` returns it). */
  add(value: string): this {
    const len = value.length;
    const first = value.charCodeAt(0);
    let i = first === 45 || first === 43 ? 1 : 0;
    let n = 0;
    let digits = 0;
    let frac = -1;
    for (; i < len; i++) {
      const c = value.charCodeAt(i);
      if (c === 46 && frac < 0) {
        frac = 0;
        continue;
      }
      if (c < 48 || c > 57 || digits === 15) return this.addBig(value);
      n = n * 10 + (c - 48);
      digits += 1;
      if (frac >= 0) frac += 1;
    }
    if (digits === 0) return this.addBig(value);
    const scale = frac < 0 ? 0 : frac;
    if (scale > this.scale) this.rescale(scale);
    const shift = this.scale - scale;
    if (shift > 15) return this.addBig(value);
    let u = first === 45 ? -n : n;
    if (shift > 0) {
      u *= POW10[shift] as number;
      if (!Number.isSafeInteger(u)) return this.addBig(value);
    }
    const sum = this.small + u;
    if (Number.isSafeInteger(sum)) this.small = sum;
    else {
      this.units += BigInt(this.small) + BigInt(u);
      this.small = 0;
    }
    return this;
  }

  private addBig(value: string): this {
    const v = scaledDecimal(value);
    if (v.scale > this.scale) this.rescale(v.scale);
    this.units += v.units * 10n ** BigInt(this.scale - v.scale);
    return this;
  }

  /** Moves the sum to a larger scale (more fractional digits). */
  private rescale(scale: number): void {
    const shift = scale - this.scale;
    if (this.units !== 0n) this.units *= 10n ** BigInt(shift);
    const small = shift <= 15 ? this.small * (POW10[shift] as number) : Number.NaN;
    if (Number.isSafeInteger(small)) this.small = small;
    else {
      this.units += BigInt(this.small) * 10n ** BigInt(shift);
      this.small = 0;
    }
    this.scale = scale;
  }

  private total(): bigint {
    return this.units + BigInt(this.small);
  }

  /**
   * The sum at the largest scale of the values added, as PostgreSQL's `sum(numeric)` writes it
   * (`1.50 + 1.00` -> `2.50`), so sums made here read like sums made by the database.
   */
  toScaledString(): string {
    const units = this.total();
    const negative = units < 0n;
    let digits = (negative ? -units : units).toString();
    if (this.scale > 0) {
      digits = digits.padStart(this.scale + 1, '0');
      digits = `${digits.slice(0, digits.length - this.scale)}.${digits.slice(digits.length - this.scale)}`;
    }
    return negative ? `-${digits}` : digits;
  }

  /** The sum as the shortest plain decimal string (trailing fractional zeros dropped). */
  toString(): string {
    return formatScaled(this.total(), this.scale);
  }
}

/** The exact sum of plain decimal strings. */
export function sumDecimals(values: Iterable<string>): string {
  const sum = new DecimalSum();
  for (const v of values) sum.add(v);
  return sum.toString();
}

/** A plain decimal string as an integer count of `10^-scale` units; exact when `scale` >= the value's scale. */
export function toUnits(value: string, scale: number): bigint {
  const v = scaledDecimal(value);
  if (v.scale > scale) throw new RangeError(`${value} has more than ${scale} fractional digits.`);
  return v.units * 10n ** BigInt(scale - v.scale);
}

/** The number of fractional digits of a plain decimal string. */
export function decimalScale(value: string): number {
  return scaledDecimal(value).scale;
}

/** `-value`, exactly. */
export function negateDecimal(value: string): string {
  const v = scaledDecimal(value);
  return formatScaled(-v.units, v.scale);
}
