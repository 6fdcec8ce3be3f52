/**
 * Whether an initiative is on spec, on time and on budget (docs/metrics.md, "Initiatives"). Pure: the
 * caller passes dates as `YYYY-MM-DD` strings and "today" explicitly.
 *
 * - Spec: share of acceptance items and milestones done (each counts one).
 * - Time: slip in days = (actual or forecast end) − planned end. A finished initiative's end is its
 *   completion date. An open one's forecast end follows its milestone pace: it is at least today when
 *   the planned end has passed, it is pushed by the most overdue open milestone (a milestone due N days
 *   ago and not done pushes the end by N days), and by the lateness of the most recently completed
 *   milestone (the pace the team showed carries on). On time: slip ≤ 7 days (the grace period).
 * - Budget: burn = spent ÷ budget (engineer-weeks from delivery data when a budget in weeks is set,
 *   otherwise money), compared with the elapsed share of the planned span (1 once finished). On budget:
 *   burn ≤ elapsed share + 0.10. The cost performance index of earned-value management (PMI:
 *   CPI = EV ÷ AC, EV = share of the spec done × budget) is reported beside it when the spec is known.
 */

const DAY = 86_400_000;
export const ON_TIME_GRACE_DAYS = 7;
export const BUDGET_TOLERANCE = 0.1;

export type InitiativeStatus = 'proposed' | 'active' | 'done' | 'cancelled' | 'on_hold';

export interface MilestoneFact {
  dueOn: string;
  doneOn: string | null;
}

const day = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`);
const daysBetween = (a: string, b: string) => Math.round((day(b) - day(a)) / DAY);

/** Share of acceptance items and milestones done; null when the initiative has neither. */
export function specShare(items: { done: boolean }[], milestones: MilestoneFact[]): number | null {
  const total = items.length + milestones.length;
  if (total === 0) return null;
  const done = items.filter((i) => i.done).length + milestones.filter((m) => m.doneOn !== null).length;
  return done / total;
}

export interface ScheduleInput {
  status: InitiativeStatus;
  plannedStart: string;
  plannedEnd: string;
  completedOn: string | null;
  milestones: MilestoneFact[];
  today: string;
}

export interface ScheduleOutput {
  /** The completion date (finished) or the forecast end (open); null when not measured. */
  end: string | null;
  forecast: boolean;
  slipDays: number | null;
  onTime: boolean | null;
}

export function schedule(i: ScheduleInput): ScheduleOutput {
  if (i.status === 'proposed' || i.status === 'cancelled') {
    return { end: null, forecast: false, slipDays: null, onTime: null };
  }
  if (i.status === 'done') {
    const end = i.completedOn ?? i.plannedEnd;
    const slip = daysBetween(i.plannedEnd, end);
    return { end, forecast: false, slipDays: slip, onTime: slip <= ON_TIME_GRACE_DAYS };
  }
  let push = Math.max(0, daysBetween(i.plannedEnd, i.today));
  for (const m of i.milestones) {
    if (m.doneOn === null && day(m.dueOn) < day(i.today))
      push = Math.max(push, daysBetween(m.dueOn, i.today));
  }
  const lastDone = i.milestones
    .filter((m) => m.doneOn !== null)
    .sort((a, b) => day(b.doneOn!) - day(a.doneOn!))[0];
  if (lastDone) push = Math.max(push, daysBetween(lastDone.dueOn, lastDone.doneOn!));
  const end = new Date(day(i.plannedEnd) + push * DAY).toISOString().slice(0, 10);
  return { end, forecast: true, slipDays: push, onTime: push <= ON_TIME_GRACE_DAYS };
}

/** Elapsed share of the planned span on `today`, in [0, 1]. */
export function elapsedShare(plannedStart: string, plannedEnd: string, today: string): number {
  const span = day(plannedEnd) - day(plannedStart);
  if (span <= 0) return day(today) >= day(plannedEnd) ? 1 : 0;
  return Math.min(1, Math.max(0, (day(today) - day(plannedStart)) / span));
}

export interface BudgetInput {
  status: InitiativeStatus;
  plannedStart: string;
  plannedEnd: string;
  today: string;
  /** Engineer-weeks: budget and actual effort; money: budget and actual cost. */
  weeks: { budget: number | null; spent: number | null };
  money: { budget: number | null; spent: number | null };
  spec: number | null;
}

export interface BudgetOutput {
  basis: 'engineer-weeks' | 'money' | null;
  budget: number | null;
  spent: number | null;
  burn: number | null;
  elapsed: number;
  /** Earned value ÷ actual: above 1 is under cost, below 1 over (null without a spec or spend). */
  cpi: number | null;
  onBudget: boolean | null;
}

export function budget(i: BudgetInput): BudgetOutput {
  const finished = i.status === 'done' || i.status === 'cancelled';
  const elapsed = finished ? 1 : elapsedShare(i.plannedStart, i.plannedEnd, i.today);
  const pick =
    i.weeks.budget !== null && i.weeks.budget > 0 && i.weeks.spent !== null
      ? { basis: 'engineer-weeks' as const, ...i.weeks }
      : i.money.budget !== null && i.money.budget > 0 && i.money.spent !== null
        ? { basis: 'money' as const, ...i.money }
        : null;
  if (!pick || i.status === 'proposed') {
    return {
      basis: pick?.basis ?? null,
      budget: pick?.budget ?? null,
      spent: pick?.spent ?? null,
      burn: null,
      elapsed,
      cpi: null,
      onBudget: null,
    };
  }
  const b = pick.budget!;
  const spent = pick.spent!;
  const burn = spent / b;
  const cpi = i.spec !== null && spent > 0 ? (i.spec * b) / spent : null;
  return {
    basis: pick.basis,
    budget: b,
    spent,
    burn,
    elapsed,
    cpi,
    onBudget: burn <= elapsed + BUDGET_TOLERANCE,
  };
}
