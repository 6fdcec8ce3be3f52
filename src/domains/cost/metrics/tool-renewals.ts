/**
 * Renewals of the tool register (docs/metrics.md, "Renewal calendar"):
 *
 * - the renewal is the tool's renewal date, else its contract end;
 * - a renewal already past renews a year later, and again, when the contract renews automatically
 *   (yearly terms); a past renewal without automatic renewal means the contract has ended (`ended`);
 * - notice deadline = renewal − notice days: the last day to cancel or renegotiate;
 * - status on a day: `notice-passed` when the deadline is behind us (the renewal is not), `act-soon`
 *   when the deadline is within the reminder window (default 30 days), `upcoming` otherwise.
 *
 * Days are calendar dates (YYYY-MM-DD, UTC).
 */

export const DEFAULT_REMINDER_DAYS = 30;

export type RenewalStatus = 'notice-passed' | 'act-soon' | 'upcoming' | 'ended';

export interface RenewalTerms {
  renewalDate: string | null;
  contractEnd: string | null;
  noticeDays: number;
  autoRenew: boolean;
}

export interface Renewal {
  /** The next renewal on or after today (or the ended contract's last day). */
  renewalDate: string;
  noticeDeadline: string;
  status: RenewalStatus;
  /** Days from today to the notice deadline (negative when it passed). */
  daysToNotice: number;
  daysToRenewal: number;
}

const DAY = 86_400_000;
const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);

export const addDays = (day: string, days: number): string =>
  new Date(ms(day) + days * DAY).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string): number => Math.round((ms(to) - ms(from)) / DAY);

/** The same day `years` years later (29 February becomes 28 February). */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** The tool's next renewal as seen on `today`; null when it has neither renewal date nor contract end. */
export function nextRenewal(
  terms: RenewalTerms,
  today: string,
  reminderDays = DEFAULT_REMINDER_DAYS,
): Renewal | null {
  const base = terms.renewalDate ?? terms.contractEnd;
  if (!base) return null;
  let renewal = base;
  let ended = false;
  if (renewal < today) {
    if (terms.autoRenew) {
      for (let years = 1; renewal < today && years < 200; years++) renewal = addYears(base, years);
    } else ended = true;
  }
  const noticeDeadline = addDays(renewal, -terms.noticeDays);
  const daysToNotice = daysBetween(today, noticeDeadline);
  const status: RenewalStatus = ended
    ? 'ended'
    : daysToNotice < 0
      ? 'notice-passed'
      : daysToNotice <= reminderDays
        ? 'act-soon'
        : 'upcoming';
  return {
    renewalDate: renewal,
    noticeDeadline,
    status,
    daysToNotice,
    daysToRenewal: daysBetween(today, renewal),
  };
}
