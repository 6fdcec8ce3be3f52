import { NavLink } from 'react-router';

const TABS = [
  { path: '/strategy', label: 'Vision', end: true },
  { path: '/strategy/goals', label: 'Goals', end: true },
  { path: '/strategy/initiatives', label: 'Initiatives', end: false },
] as const;

/** Links between the direction pages: vision, goals, initiatives. */
export function DirectionTabs() {
  return (
    <nav className="direction-tabs" aria-label="Direction pages">
      <ul>
        {TABS.map((t) => (
          <li key={t.path}>
            <NavLink to={t.path} end={t.end} className="direction-tabs__link">
              {t.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
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
