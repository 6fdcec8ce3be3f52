/**
 * Commitment discounts (reservations, savings plans, committed-use discounts) from the FOCUS
 * CommitmentDiscount* columns, and the annual amount of a monthly saving.
 *
 * Definitions (docs/metrics.md, "Commitment utilization and coverage"; FinOps Framework, "Rate
 * Optimization" capability; FOCUS 1.x columns CommitmentDiscountId and CommitmentDiscountStatus):
 * - **utilization** = used ÷ (used + unused) commitment cost, where used is the effective cost of lines
 *   with CommitmentDiscountStatus `Used` and unused that of lines with status `Unused` (the part of the
 *   commitment paid for and not consumed); null when both are zero. The unused cost is the waste.
 * - **coverage** = covered ÷ eligible, in on-demand-equivalent cost (ListCost, else EffectiveCost):
 *   covered = Usage lines with status `Used` (usage a commitment paid for); eligible = covered + the
 *   on-demand usage (ChargeCategory `Usage`, PricingCategory `Standard` or null, no commitment) of the
 *   same provider and service category as some commitment in the window — the usage a commitment of a
 *   kind already bought could have covered. Spot/dynamic usage is never eligible. Null when nothing is
 *   eligible.
 */
import { mulDivCents } from './unit-costs.js';

/** used ÷ (used + unused); null when both are zero. */
export function utilization(used: string, unused: string): number | null {
  const u = Number(used);
  const total = u + Number(unused);
  if (total <= 0) return null;
  return Math.round((u / total) * 1e4) / 1e4;
}

/** covered ÷ eligible; null when nothing is eligible. */
export function coverage(covered: string, eligible: string): number | null {
  const e = Number(eligible);
  if (e <= 0) return null;
  return Math.round((Number(covered) / e) * 1e4) / 1e4;
}

/** The annual equivalent of an amount observed over `days` days: amount × 365 ÷ days, exact, in cents. */
export function annualize(amount: string, days: number): string {
  return mulDivCents(amount, 365, days);
}
