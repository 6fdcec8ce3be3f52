/**
 * Cost anomalies: days on which an allocation unit's cost departs from its usual weekly pattern, with
 * the lines (resources or services) that explain the difference.
 *
 * Definition, per unit and per day t with at least `minHistory` (14) days of history before it:
 * - window: the `window` (28) days before t;
 * - expected pattern, robust to the spikes it is looking for: level M = median of the window; weekday
 *   effect s_d = median(window days on weekday d) − M (additive, so zero-cost days do no harm);
 * - residuals r_i = y_i − (M + s_weekday(i)) over the window; centre c = median(r);
 *   spread = 1.4826 × MAD, MAD = median(|r_i − c|) (the normal-consistent median absolute deviation);
 * - expected_t = M + s_weekday(t) + c; delta = actual_t − expected_t;
 * - score = delta / max(spread, 5% of |expected_t|, 1e-9) — the modified z-score of Iglewicz & Hoaglin
 *   ("How to Detect and Handle Outliers", 1993), whose 0.6745 factor is 1/1.4826; the 5% floor keeps a
 *   perfectly flat history from flagging every cent;
 * - an anomaly when |score| ≥ `threshold` (3.5, Iglewicz & Hoaglin's recommended cut-off) and
 *   |delta| ≥ `minDelta` (1 currency unit by default, so noise on tiny units is not reported).
 * Explanation: for each key (ResourceId, else ServiceName) of the unit, its expected cost is the median
 * of its cost on the same weekday in the window (absent days count as zero); contributors are sorted by
 * their delta in the anomaly's direction and the top `topContributors` (5) are returned.
 * Costs are handled as floating-point numbers (scores are estimates); amounts are rounded to cents.
 */
import { cents, dateOfDay, dayNumber, median, weekday } from './daily-series.js';

export interface UnitCostLine {
  /** `YYYY-MM-DD` (UTC), e.g. the ChargePeriodStart day. */
  date: string;
  /** Allocation unit (team or service slug). */
  unit: string;
  /** What explains the line: ResourceId, else ServiceName. */
  key: string;
  cost: string | number;
}

export interface AnomalyOptions {
  /** Only days on or after this date are scored (default: every day with enough history). */
  from?: string | undefined;
  window?: number | undefined;
  minHistory?: number | undefined;
  threshold?: number | undefined;
  minDelta?: number | undefined;
  topContributors?: number | undefined;
}

export interface Contributor {
  key: string;
  actual: number;
  expected: number;
  delta: number;
}

export interface CostAnomaly {
  unit: string;
  date: string;
  direction: 'spike' | 'drop';
  actual: number;
  expected: number;
  delta: number;
  score: number;
  contributors: Contributor[];
}

interface UnitData {
  totals: Map<number, number>;
  byKey: Map<string, Map<number, number>>;
  first: number;
}

function group(lines: readonly UnitCostLine[]): { units: Map<string, UnitData>; last: number } {
  const units = new Map<string, UnitData>();
  let last = Number.NEGATIVE_INFINITY;
  for (const l of lines) {
    const day = dayNumber(l.date);
    const cost = Number(l.cost);
    if (!Number.isFinite(cost)) throw new RangeError(`The cost "${l.cost}" on ${l.date} is not a number.`);
    last = Math.max(last, day);
    const u = units.get(l.unit) ?? { totals: new Map(), byKey: new Map(), first: day };
    units.set(l.unit, u);
    u.first = Math.min(u.first, day);
    u.totals.set(day, (u.totals.get(day) ?? 0) + cost);
    const k = u.byKey.get(l.key) ?? new Map<number, number>();
    u.byKey.set(l.key, k);
    k.set(day, (k.get(day) ?? 0) + cost);
  }
  return { units, last };
}

/** Expected value for day t from the window days before it (see the header comment). */
export function robustExpectation(
  windowDays: readonly number[],
  value: (day: number) => number,
  t: number,
): { expected: number; spread: number } {
  const ys = windowDays.map(value);
  const level = median(ys);
  const effect = new Map<number, number>();
  for (let d = 0; d < 7; d++) {
    const same = windowDays.filter((day) => weekday(day) === d).map(value);
    effect.set(d, same.length ? median(same) - level : 0);
  }
  const fitted = (day: number) => level + (effect.get(weekday(day)) as number);
  const residuals = windowDays.map((day) => value(day) - fitted(day));
  const centre = median(residuals);
  const mad = median(residuals.map((r) => Math.abs(r - centre)));
  return { expected: fitted(t) + centre, spread: 1.4826 * mad };
}

/** Anomalies of every unit, oldest first, then by unit. */
export function detectAnomalies(lines: readonly UnitCostLine[], opts: AnomalyOptions = {}): CostAnomaly[] {
  const window = opts.window ?? 28;
  const minHistory = opts.minHistory ?? 14;
  const threshold = opts.threshold ?? 3.5;
  const minDelta = opts.minDelta ?? 1;
  const top = opts.topContributors ?? 5;
  const from = opts.from ? dayNumber(opts.from) : Number.NEGATIVE_INFINITY;
  const { units, last } = group(lines);
  const out: CostAnomaly[] = [];
  for (const [unit, data] of [...units].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const total = (day: number) => data.totals.get(day) ?? 0;
    for (let t = Math.max(data.first + minHistory, from); t <= last; t++) {
      const windowDays: number[] = [];
      for (let d = Math.max(data.first, t - window); d < t; d++) windowDays.push(d);
      const { expected, spread } = robustExpectation(windowDays, total, t);
      const actual = total(t);
      const delta = actual - expected;
      const score = delta / Math.max(spread, 0.05 * Math.abs(expected), 1e-9);
      if (Math.abs(score) < threshold || Math.abs(delta) < minDelta) continue;
      const direction = delta > 0 ? 'spike' : 'drop';
      const sameWeekday = windowDays.filter((d) => weekday(d) === weekday(t));
      const contributors: Contributor[] = [];
      for (const [key, days] of data.byKey) {
        const a = days.get(t) ?? 0;
        const e = median(sameWeekday.map((d) => days.get(d) ?? 0));
        if (a !== e) contributors.push({ key, actual: cents(a), expected: cents(e), delta: cents(a - e) });
      }
      contributors.sort((x, y) =>
        x.delta === y.delta
          ? x.key < y.key
            ? -1
            : 1
          : direction === 'spike'
            ? y.delta - x.delta
            : x.delta - y.delta,
      );
      out.push({
        unit,
        date: dateOfDay(t),
        direction,
        actual: cents(actual),
        expected: cents(expected),
        delta: cents(delta),
        score: Math.round(score * 100) / 100,
        contributors: contributors.slice(0, top),
      });
    }
  }
  return out.sort((a, b) => (a.date === b.date ? (a.unit < b.unit ? -1 : 1) : a.date < b.date ? -1 : 1));
}
