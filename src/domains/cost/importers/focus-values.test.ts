import { describe, expect, it } from 'vitest';
import { DecimalSum, parseDecimal, sumDecimals } from './focus-decimal.js';
import { focusColumns } from './focus-spec.js';
import { parseAllowedValue, parseFocusCell, parseFocusDateTime, parseKeyValue } from './focus-values.js';

describe('parseDecimal', () => {
  it('keeps plain decimals as written', () => {
    expect(parseDecimal('0.00000080000')).toEqual({ value: '0.00000080000', nonCanonical: false });
    expect(parseDecimal('-3')?.value).toBe('-3');
    expect(parseDecimal('.5')?.value).toBe('.5');
  });

  it('turns E notation into an exact plain decimal', () => {
    expect(parseDecimal('1.5E-7')?.value).toBe('0.00000015');
    expect(parseDecimal('35.2E-7')?.value).toBe('0.00000352');
    expect(parseDecimal('-2.50e3')?.value).toBe('-2500');
    expect(parseDecimal('1.23456789012345678901E5')?.value).toBe('123456.789012345678901');
    expect(parseDecimal('0E-3')?.value).toBe('0');
    expect(parseDecimal('1E+3')).toEqual({ value: '1000', nonCanonical: true });
  });

  it('refuses what is not a number', () => {
    for (const bad of ['', '.', 'abc', '12,50', '$3', '1 1/2', '1e', '--1', 'NaN', 'Infinity', '1.2.3'])
      expect(parseDecimal(bad), bad).toBeNull();
  });
});

describe('DecimalSum', () => {
  it('adds exactly, whatever the scales', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['0.00000080000', '0.000000000000000001', '-1'])).toBe('-0.999999199999999999');
    expect(sumDecimals([])).toBe('0');
    expect(new DecimalSum().add('-0.5').add('0.5').toString()).toBe('0');
    expect(sumDecimals(['99999999999999999999.99', '0.01'])).toBe('100000000000000000000');
  });
});

describe('parseFocusDateTime', () => {
  it('reads ISO 8601 UTC without a warning', () => {
    expect(parseFocusDateTime('2024-09-18T22:00:00Z')).toEqual({ value: '2024-09-18T22:00:00Z' });
    expect(parseFocusDateTime('2024-09-18T22:00:00.250Z')).toEqual({ value: '2024-09-18T22:00:00.250Z' });
  });

  it('reads the space form as UTC, offsets converted, with warnings', () => {
    expect(parseFocusDateTime('2024-09-18 22:00:00')).toMatchObject({
      value: '2024-09-18T22:00:00Z',
      warnings: [{ kind: 'date-time-format' }],
    });
    expect(parseFocusDateTime('2024-09-18T22:00:00+02:00')).toMatchObject({
      value: '2024-09-18T20:00:00Z',
      warnings: [{ kind: 'date-time-offset' }],
    });
    expect(parseFocusDateTime('2024-09-18')).toMatchObject({ value: '2024-09-18T00:00:00Z' });
  });

  it('refuses impossible or foreign dates', () => {
    for (const bad of [
      '2024-02-30T00:00:00Z',
      '2024-13-01 00:00:00',
      '18/09/2024',
      'yesterday',
      '2024-09-18T25:00:00Z',
    ])
      expect(parseFocusDateTime(bad), bad).toHaveProperty('error');
  });
});

describe('allowed values and key-value cells', () => {
  it('matches closed lists case-insensitively, warning on spelling', () => {
    expect(parseAllowedValue('Usage-Based', ['One-Time', 'Recurring', 'Usage-Based'])).toEqual({
      value: 'Usage-Based',
    });
    expect(parseAllowedValue('Usage-based', ['Usage-Based'])).toMatchObject({
      value: 'Usage-Based',
      warnings: [{ kind: 'non-canonical-value' }],
    });
    expect(parseAllowedValue('Refund', ['Usage'])).toHaveProperty('error');
  });

  it('parses Tags as a flat object with trimmed keys', () => {
    expect(parseKeyValue('{"env": "prod", " org": "trey", "n": 3, "b": null}')).toEqual({
      value: { env: 'prod', org: 'trey', n: 3, b: null },
      warnings: [expect.objectContaining({ kind: 'key-whitespace' })],
    });
    expect(parseKeyValue('{"a": {"b": 1}}')).toHaveProperty('error');
    expect(parseKeyValue('[1]')).toHaveProperty('error');
    expect(parseKeyValue('{"a": ')).toMatchObject({ error: expect.stringMatching(/Invalid JSON/) });
  });

  it('normalizes currency codes', () => {
    const currency = focusColumns('1.0').get('BillingCurrency');
    if (!currency) throw new Error('no BillingCurrency');
    expect(parseFocusCell(currency, 'usd')).toMatchObject({ value: 'USD' });
    expect(parseFocusCell(currency, 'US$')).toHaveProperty('error');
  });
});
