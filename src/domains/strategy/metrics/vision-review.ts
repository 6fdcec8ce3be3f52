/**
 * When a vision is current (docs/metrics.md, "Vision currency"). A period is `YYYY` (a year),
 * `YYYY-H1`/`YYYY-H2` (a half) or `YYYY-Q1`…`YYYY-Q4` (a quarter). A vision is current on a day when
 * the day falls in its period and its review date (if set) has not passed; review due when the review
 * date has passed; out of period when the day is outside the period.
 */

export interface PeriodSpan {
  start: string;
  end: string;
}

const PERIOD = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/;

export function periodSpan(period: string): PeriodSpan | null {
  const m = PERIOD.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  const part = m[2];
  const [from, months] = !part
    ? [0, 12]
    : part.startsWith('H')
      ? [(Number(part[1]) - 1) * 6, 6]
      : [(Number(part[1]) - 1) * 3, 3];
  const start = new Date(Date.UTC(year, from, 1));
  const end = new Date(Date.UTC(year, from + months, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** The half-year a day falls in: `2026-H2`. */
export function halfOf(isoDay: string): string {
  const month = Number(isoDay.slice(5, 7));
  return `${isoDay.slice(0, 4)}-H${month <= 6 ? 1 : 2}`;
}

export type VisionState = 'current' | 'review-due' | 'out-of-period';

export function visionState(period: string, reviewOn: string | null, today: string): VisionState {
  const span = periodSpan(period);
  if (!span || today < span.start || today > span.end) return 'out-of-period';
  if (reviewOn !== null && reviewOn < today) return 'review-due';
  return 'current';
}
