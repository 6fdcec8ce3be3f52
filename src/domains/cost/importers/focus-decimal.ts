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

/** An exact running sum of decimal strings. */
export class DecimalSum {
  private units = 0n;
  private scale = 0;

  /** Adds a plain decimal string (as `parseDecimal` returns it). */
  add(value: string): this {
    const v = scaledDecimal(value);
    if (v.scale > this.scale) {
      this.units *= 10n ** BigInt(v.scale - this.scale);
      this.scale = v.scale;
    }
    this.units += v.units * 10n ** BigInt(this.scale - v.scale);
    return this;
  }

  /** The sum as the shortest plain decimal string (trailing fractional zeros dropped). */
  toString(): string {
    return formatScaled(this.units, this.scale);
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
