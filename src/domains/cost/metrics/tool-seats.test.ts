import { describe, expect, it } from 'vitest';
import { nextRenewal } from './tool-renewals.js';
import { activeSince, isActive, mulDiv, seatSavings } from './tool-seats.js';

describe('unused seats and their cost', () => {
  it('is unused × annual cost ÷ seats bought, rounded once to cents', () => {
    expect(seatSavings({ annualCost: '1000', seatsBought: 3, seatsActive: 1 })).toEqual({
      unusedSeats: 2,
      overAssigned: 0,
      seatCost: '333.33',
      annualUnusedCost: '666.67',
    });
    expect(seatSavings({ annualCost: '25200.00', seatsBought: 100, seatsActive: 100 }).annualUnusedCost).toBe(
      '0',
    );
    expect(seatSavings({ annualCost: '100', seatsBought: 4, seatsActive: 6 })).toMatchObject({
      unusedSeats: 0,
      overAssigned: 2,
    });
    expect(seatSavings({ annualCost: '9600', seatsBought: null, seatsActive: 40 })).toEqual({
      unusedSeats: 0,
      overAssigned: 0,
      seatCost: null,
      annualUnusedCost: '0',
    });
  });

  it('is exact where floating point is not', () => {
    // 0.1 × 3 ÷ 1 in floats is 0.30000000000000004.
    expect(mulDiv('0.1', 3, 1)).toBe('0.3');
    expect(mulDiv('12345678901234567.89', 7, 3)).toBe('28806584102880658.41');
    expect(mulDiv('0.005', 1, 1)).toBe('0.01');
    expect(() => mulDiv('1', 1, 0)).toThrow();
  });

  it('counts a seat active when used within the window', () => {
    expect(activeSince('2026-11-24', 30).toISOString()).toBe('2026-10-25T00:00:00.000Z');
    expect(isActive(new Date('2026-10-25T00:00:00Z'), '2026-11-24')).toBe(true);
    expect(isActive(new Date('2026-10-24T23:59:59Z'), '2026-11-24')).toBe(false);
    expect(isActive(null, '2026-11-24')).toBe(false);
  });
});

describe('renewals', () => {
  const terms = { renewalDate: '2027-01-31', contractEnd: null, noticeDays: 60, autoRenew: true };
  it('puts the notice deadline notice days before the renewal and flags it', () => {
    expect(nextRenewal(terms, '2026-11-24')).toEqual({
      renewalDate: '2027-01-31',
      noticeDeadline: '2026-12-02',
      status: 'act-soon',
      daysToNotice: 8,
      daysToRenewal: 68,
    });
    expect(nextRenewal(terms, '2026-12-03')?.status).toBe('notice-passed');
    expect(nextRenewal(terms, '2026-09-01')?.status).toBe('upcoming');
    expect(nextRenewal(terms, '2026-12-02')?.status).toBe('act-soon');
  });

  it('rolls a past automatic renewal forward a year; a past manual one has ended', () => {
    expect(nextRenewal({ ...terms, renewalDate: '2024-02-29' }, '2026-11-24')?.renewalDate).toBe(
      '2027-02-28',
    );
    expect(nextRenewal({ ...terms, autoRenew: false, renewalDate: '2026-01-01' }, '2026-11-24')?.status).toBe(
      'ended',
    );
    expect(
      nextRenewal({ ...terms, renewalDate: null, contractEnd: '2027-03-01' }, '2026-11-24')?.renewalDate,
    ).toBe('2027-03-01');
    expect(nextRenewal({ ...terms, renewalDate: null }, '2026-11-24')).toBeNull();
  });
});
