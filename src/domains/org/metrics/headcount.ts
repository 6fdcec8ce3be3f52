/**
 * Headcount, joiners, leavers and trailing-twelve-month attrition, per UTC calendar month.
 *
 * Definition (see docs/metrics.md, "Headcount and attrition"):
 * - A person is employed on day D when (no start date, or start date <= D) and (no end date, or
 *   D <= end date). The end date is the last day worked: a person whose end date is D is counted on D
 *   and not after. An unknown start date means "already there" (counted, never a joiner).
 * - Headcount of a month: people employed on its last day (UTC).
 * - Joiners: start date in the month. Leavers: end date in the month.
 * - Attrition (trailing 12 months, so already annual): leavers over the 12 months ending with the month
 *   divided by the average of those 12 month-end headcounts; null when that average is 0.
 * - Rows whose end date is before their start date are left out and listed as inconsistent.
 *
 * Reference: the separations rate of the U.S. Bureau of Labor Statistics, JOLTS — the annual rate is the
 * sum of the 12 monthly separations divided by annual average employment — and SHRM's turnover rate
 * (separations during the period / average number of employees, × 100). Shown here as a fraction 0–1.
 */

export interface HeadcountPersonInput {
  id: number;
  /** ISO date (YYYY-MM-DD) or timestamp (taken as its UTC day); null = unknown. */
  startDate: string | null;
  /** Last day worked; null = still employed. */
  endDate: string | null;
}

/** Calendar months `YYYY-MM`, both included. */
export interface MonthRange {
  from: string;
  to: string;
}

export interface TrailingAttrition {
  /** First and last month of the 12-month window (`YYYY-MM`). */
  fromMonth: string;
  toMonth: string;
  leavers: number;
  averageHeadcount: number;
  /** leavers / averageHeadcount (0–1, may exceed 1); null when the average headcount is 0. */
  rate: number | null;
}

export interface MonthHeadcount {
  month: string;
  /** Last day of the month, `YYYY-MM-DD`. */
  monthEnd: string;
  headcount: number;
  joiners: number;
  leavers: number;
  attrition: TrailingAttrition;
}

export interface HeadcountOutput {
  months: MonthHeadcount[];
  /** Ids of people whose end date is before their start date (left out of every count). */
  inconsistent: number[];
}

interface Span {
  start: string | null;
  end: string | null;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A month index (year × 12 + month − 1) as `YYYY-MM`. */
function monthKey(index: number): string {
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
}

function monthEnd(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${monthKey(index)}-${pad(daysInMonth(year, month), 2)}`;
}

function parseMonth(value: string, what: string): number {
  const m = MONTH.exec(value);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new RangeError(`${what} must be a month YYYY-MM, got "${value}"`);
  return Number(m[1]) * 12 + month - 1;
}

/** A date or timestamp as its UTC day `YYYY-MM-DD`; throws on anything else. */
function toDay(value: string | Date, what: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError(`${what} is an invalid date`);
    return value.toISOString().slice(0, 10);
  }
  const m = DAY.exec(value);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return value;
    throw new RangeError(`${what} is not a calendar date: "${value}"`);
  }
  const t = Date.parse(value);
  if (value.includes('T') && !Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  throw new RangeError(`${what} must be an ISO date, got "${value}"`);
}

function toSpans(people: readonly HeadcountPersonInput[]): { spans: Span[]; inconsistent: number[] } {
  const spans: Span[] = [];
  const inconsistent: number[] = [];
  for (const p of people) {
    const start = p.startDate === null ? null : toDay(p.startDate, `startDate of person ${p.id}`);
    const end = p.endDate === null ? null : toDay(p.endDate, `endDate of person ${p.id}`);
    if (start !== null && end !== null && end < start) inconsistent.push(p.id);
    else spans.push({ start, end });
  }
  return { spans, inconsistent };
}

// ISO days compare correctly as strings.
const employedOn = (s: Span, day: string): boolean =>
  (s.start === null || s.start <= day) && (s.end === null || day <= s.end);

/** People employed on a UTC day (a `YYYY-MM-DD` date, an ISO timestamp or a Date). */
export function headcountAt(people: readonly HeadcountPersonInput[], date: string | Date): number {
  const day = toDay(date, 'date');
  const { spans } = toSpans(people);
  return spans.filter((s) => employedOn(s, day)).length;
}

/** Headcount, joiners, leavers and trailing-12-month attrition for each month of the range. */
export function headcountByMonth(
  people: readonly HeadcountPersonInput[],
  range: MonthRange,
): HeadcountOutput {
  const first = parseMonth(range.from, 'range.from');
  const last = parseMonth(range.to, 'range.to');
  if (first > last) throw new RangeError(`range.from (${range.from}) is after range.to (${range.to})`);
  const { spans, inconsistent } = toSpans(people);

  // Month-end headcounts and leavers from 11 months before the range, for the trailing windows.
  const base = first - 11;
  const ends: number[] = [];
  const leaversIn: number[] = [];
  const joinersIn: number[] = [];
  for (let i = base; i <= last; i++) {
    const end = monthEnd(i);
    const key = monthKey(i);
    ends.push(spans.filter((s) => employedOn(s, end)).length);
    leaversIn.push(spans.filter((s) => s.end?.startsWith(key)).length);
    joinersIn.push(spans.filter((s) => s.start?.startsWith(key)).length);
  }

  const months: MonthHeadcount[] = [];
  for (let i = first; i <= last; i++) {
    const at = i - base;
    let leavers = 0;
    let headcounts = 0;
    for (let j = at - 11; j <= at; j++) {
      leavers += leaversIn[j]!;
      headcounts += ends[j]!;
    }
    const averageHeadcount = headcounts / 12;
    months.push({
      month: monthKey(i),
      monthEnd: monthEnd(i),
      headcount: ends[at]!,
      joiners: joinersIn[at]!,
      leavers: leaversIn[at]!,
      attrition: {
        fromMonth: monthKey(i - 11),
        toMonth: monthKey(i),
        leavers,
        averageHeadcount,
        rate: averageHeadcount > 0 ? leavers / averageHeadcount : null,
      },
    });
  }
  return { months, inconsistent: inconsistent.sort((a, b) => a - b) };
}
