import { type TabItem, Tabs } from '../../ui/tabs/tabs.component';

const TABS: readonly TabItem[] = [
  { to: '/strategy', label: 'Vision' },
  { to: '/strategy/goals', label: 'Goals' },
  { to: '/strategy/initiatives', label: 'Initiatives', end: false },
];

/** Links between the direction pages: vision, goals, initiatives. */
export function DirectionTabs() {
  return <Tabs label="Direction pages" items={TABS} />;
}

/** A horizontal bar for a share in [0, 1], with the share as text beside it. */
export function ProgressBar({ value, label }: { value: number | null; label: string }) {
  const pctValue = value === null ? 0 : Math.round(value * 100);
  return (
    <span className="direction-progress">
      <span
        className="direction-progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value === null ? undefined : pctValue}
        aria-valuetext={value === null ? 'no data' : `${pctValue}%`}
      >
        <span className="direction-progress__fill" style={{ width: `${pctValue}%` }} />
      </span>
      <span className="direction-progress__text num">{value === null ? '–' : `${pctValue}%`}</span>
    </span>
  );
}
