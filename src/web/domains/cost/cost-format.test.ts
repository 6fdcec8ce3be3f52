import { describe, expect, it } from 'vitest';
import {
  bucketRange,
  compareMoney,
  describeChange,
  formatMoney,
  formatMoneyChange,
  moneyChange,
  subtractMoney,
  sumMoney,
} from './cost-format';

describe('cost money formatting', () => {
  it('sums and subtracts decimal strings exactly, whatever their scale', () => {
    expect(sumMoney(['0.1', '0.2'])).toBe('0.3');
    expect(sumMoney(['1.7568348782', '13.2196793077'])).toBe('14.9765141859');
    expect(sumMoney(['-0.00000080000', '0.0000008'])).toBe('0');
    expect(sumMoney([])).toBe('0');
    expect(subtractMoney('10', '12.5')).toBe('-2.5');
    expect(subtractMoney('0.3', '-0.1')).toBe('0.4');
    expect(compareMoney('0.30', '0.3')).toBe(0);
    expect(compareMoney('-1', '0.0001')).toBe(-1);
  });

  it('formats amounts in their currency, exactly when asked, without going through a float', () => {
    expect(formatMoney('1234.5', 'USD')).toBe('$1,235');
    expect(formatMoney('12.345', 'USD')).toBe('$12.35');
    expect(formatMoney('0.00000080000', 'USD', { exact: true })).toBe('$0.0000008');
    // 2^53 + 1 is not a double: a float would print …992.
    expect(formatMoney('9007199254740993.01', 'USD', { exact: true })).toBe('$9,007,199,254,740,993.01');
    expect(formatMoney('5', 'XYZ1')).toBe('5.00 XYZ1');
    expect(formatMoney(null, 'USD')).toBe('—');
    expect(formatMoney('12,5', 'USD')).toBe('—');
    expect(formatMoneyChange('-300', 'USD')).toBe('−$300.00');
    expect(formatMoneyChange('0', 'USD')).toBe('±$0.00');
  });

  it('describes the change against the previous range', () => {
    expect(moneyChange('120', '100')).toEqual({ delta: '20', ratio: 0.2 });
    expect(describeChange('120', '100', 'USD')).toBe('+20 % vs the previous period (+$20.00)');
    expect(describeChange('80', '100', 'USD')).toBe('−20 % vs the previous period (−$20.00)');
    expect(describeChange('5', '0', 'USD')).toBe('Nothing in the previous period.');
    expect(describeChange('5', '5.00', 'USD')).toBe('Same as the previous period.');
  });

  it('knows the days of a month bucket', () => {
    expect(bucketRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(bucketRange('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(bucketRange('2026-11-03')).toEqual({ from: '2026-11-03', to: '2026-11-03' });
  });
});
