import { describe, expect, it } from 'vitest';
import { DecimalSum, formatScaled, scaledDecimal } from './focus-decimal.js';

/** The reference: every value as a BigInt at the largest scale. */
function referenceSum(values: readonly string[]): { units: bigint; scale: number } {
  const parsed = values.map(scaledDecimal);
  const scale = Math.max(0, ...parsed.map((p) => p.scale));
  let units = 0n;
  for (const p of parsed) units += p.units * 10n ** BigInt(scale - p.scale);
  return { units, scale };
}

/** A random plain decimal: up to 22 integer digits and 18 fractional ones, either sign. */
function randomDecimal(rand: () => number): string {
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  const int = digits(1 + Math.floor(rand() ** 3 * 22)).replace(/^0+(?=\d)/, '');
  const fracLength = Math.floor(rand() * 19);
  const sign = rand() < 0.3 ? '-' : '';
  return fracLength > 0 ? `${sign}${int}.${digits(fracLength)}` : `${sign}${int}`;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('DecimalSum', () => {
  it('sums exactly, across the number and BigInt paths, whatever the sizes and scales (2,000 random sums)', () => {
    const rand = mulberry32(7);
    for (let run = 0; run < 2000; run++) {
      const values = Array.from({ length: 1 + Math.floor(rand() * 40) }, () => randomDecimal(rand));
      const sum = new DecimalSum();
      for (const v of values) sum.add(v);
      const ref = referenceSum(values);
      expect(sum.toString(), values.join(' + ')).toBe(formatScaled(ref.units, ref.scale));
    }
  });

  it('stays exact where a float would not: near 2^53 and with many small amounts', () => {
    const sum = new DecimalSum();
    sum.add('9007199254740991').add('1').add('1');
    expect(sum.toString()).toBe('9007199254740993');
    const cents = new DecimalSum();
    for (let i = 0; i < 1000; i++) cents.add('0.1');
    expect(cents.toString()).toBe('100');
    expect(new DecimalSum().add('123456789012345.6').add('0.4').toString()).toBe('123456789012346');
  });

  it('writes the sum at the largest scale added, as PostgreSQL does', () => {
    expect(new DecimalSum().add('1.50').add('1.00').toScaledString()).toBe('2.50');
    expect(new DecimalSum().add('-0.25').add('0.05').toScaledString()).toBe('-0.20');
    expect(new DecimalSum().toScaledString()).toBe('0');
    expect(new DecimalSum().add('-0.000001').toScaledString()).toBe('-0.000001');
  });
});
