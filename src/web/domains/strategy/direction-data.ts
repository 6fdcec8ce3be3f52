import type { Output } from '../../api/types';

/** Shapes of the direction API and small formatting helpers shared by its pages. */
export type VisionDetail = Output<'/api/v1/strategy/visions/{period}'>;
export type VisionSummary = Output<'/api/v1/strategy/visions'>['items'][number];
export type GoalTree = Output<'/api/v1/strategy/goals'>;
export type Goal = GoalTree['items'][number];
export type KeyResult = Goal['keyResults'][number];
export type Portfolio = Output<'/api/v1/strategy/initiatives'>;
export type Initiative = Portfolio['items'][number];
export type InitiativeDetail = Output<'/api/v1/strategy/initiatives/{id}'>;
export type InitiativeStatus = Initiative['status'];

export const LEADERS = ['admin', 'executive'] as const;

export const STATUS_LABEL: Record<InitiativeStatus, string> = {
  proposed: 'Proposed',
  active: 'Active',
  done: 'Done',
  cancelled: 'Cancelled',
  on_hold: 'On hold',
};
export const STATUSES = Object.keys(STATUS_LABEL) as InitiativeStatus[];

export const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`;

export function formatValue(v: number | null, unit: string): string {
  if (v === null) return 'no data';
  const n = Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10;
  if (unit === '%') return `${n}%`;
  if (unit === 'h') return `${n} h`;
  if (unit === '/week') return `${n} a week`;
  return unit ? `${n} ${unit}` : String(n);
}

export function formatMoney(amount: string | null, currency: string | null): string {
  if (amount === null || currency === null) return '–';
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      Number(amount),
    );
  } catch {
    return `${amount} ${currency}`;
  }
}

/** The one-word state of an initiative: on track, late, over budget, late and over budget, or not measured. */
export function trackState(i: Initiative): { word: string; status: 'good' | 'watch' | 'bad' | 'no-data' } {
  const { onTime } = i.state.schedule;
  const { onBudget } = i.state.budget;
  if (i.status === 'done')
    return onTime === false ? { word: 'Done late', status: 'watch' } : { word: 'Done', status: 'good' };
  if (i.status === 'cancelled' || i.status === 'proposed')
    return { word: STATUS_LABEL[i.status], status: 'no-data' };
  if (onTime === false && onBudget === false) return { word: 'Late, over budget', status: 'bad' };
  if (onTime === false) return { word: 'Late', status: 'bad' };
  if (onBudget === false) return { word: 'Over budget', status: 'watch' };
  if (onTime && onBudget) return { word: 'On track', status: 'good' };
  if (onTime) return { word: 'On time, no budget', status: 'no-data' };
  return { word: 'Not measured', status: 'no-data' };
}

export const TRACK_FILTERS = ['on-track', 'late', 'over-budget'] as const;
export type TrackFilter = (typeof TRACK_FILTERS)[number];

export function matchesTrack(i: Initiative, f: TrackFilter): boolean {
  if (f === 'late') return i.state.schedule.onTime === false;
  if (f === 'over-budget') return i.state.budget.onBudget === false;
  return i.state.onTrack === true;
}
