/**
 * Seat figures of the tool register (docs/metrics.md, "Unused seats and their cost"):
 *
 * - seats assigned = the tool's seat rows (people or e-mails holding a licence);
 * - seats active = assigned seats whose last activity lies within the activity window (default 30 days);
 * - unused seats = max(0, seats bought − seats active) — licences paid for that nobody used lately;
 * - annual unused cost = unused seats × annual cost ÷ seats bought, computed exactly with integers and
 *   rounded once, half away from zero, to the currency's minor unit (2 digits);
 * - a tool not sold by seat (seats bought empty) or with no seats bought has no unused seats.
 *
 * Money is a plain decimal string throughout (never a float).
 */

import { formatScaled, scaledDecimal } from '../importers/focus-decimal.js';

export const DEFAULT_ACTIVE_DAYS = 30;
/** Digits kept in computed amounts (cents). */
export const MONEY_SCALE = 2;

export interface SeatUse {
  annualCost: string;
  seatsBought: number | null;
  seatsActive: number;
}

export interface SeatSavings {
  unusedSeats: number;
  /** Seats active beyond the seats bought (a true-up may be due). */
  overAssigned: number;
  /** Annual cost of one seat, rounded to cents; null when the tool is not sold by seat. */
  seatCost: string | null;
  /** unused × annual cost ÷ seats bought, rounded to cents. */
  annualUnusedCost: string;
}

/** `n / d` rounded half away from zero to an integer (d > 0). */
function divRound(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const a = negative ? -n : n;
  const q = (a * 2n + d) / (2n * d);
  return negative ? -q : q;
}

/** `amount × num ÷ den`, exactly, rounded once to `scale` digits. */
export function mulDiv(amount: string, num: number, den: number, scale = MONEY_SCALE): string {
  if (den <= 0) throw new RangeError('The divisor must be positive.');
  const v = scaledDecimal(amount);
  // amount = units / 10^s; result × 10^scale = units × num × 10^scale / (10^s × den)
  const up = 10n ** BigInt(scale);
  const down = 10n ** BigInt(v.scale);
  return formatScaled(divRound(v.units * BigInt(num) * up, down * BigInt(den)), scale);
}

export function seatSavings(use: SeatUse): SeatSavings {
  const bought = use.seatsBought;
  if (bought === null || bought <= 0) {
    return { unusedSeats: 0, overAssigned: 0, seatCost: null, annualUnusedCost: '0' };
  }
  const unusedSeats = Math.max(0, bought - use.seatsActive);
  return {
    unusedSeats,
    overAssigned: Math.max(0, use.seatsActive - bought),
    seatCost: mulDiv(use.annualCost, 1, bought),
    annualUnusedCost: unusedSeats === 0 ? '0' : mulDiv(use.annualCost, unusedSeats, bought),
  };
}

/** Whether a last activity counts as active on `today` (YYYY-MM-DD): within the last `days` days. */
export function isActive(lastActiveAt: Date | null, today: string, days = DEFAULT_ACTIVE_DAYS): boolean {
  if (!lastActiveAt) return false;
  return lastActiveAt.getTime() >= activeSince(today, days).getTime();
}

/** The start of the activity window: midnight UTC `days` days before `today`. */
export function activeSince(today: string, days = DEFAULT_ACTIVE_DAYS): Date {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000);
}
