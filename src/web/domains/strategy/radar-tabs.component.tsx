import { NavLink } from 'react-router';

const TABS = [
  { path: '/strategy/radar', label: 'Radar', end: true },
  { path: '/strategy/radar/watch', label: 'Watch list', end: true },
] as const;

/** Links between the radar and the watch list of emerging technology. */
export function RadarTabs() {
  return (
    <nav className="radar-tabs" aria-label="Tech radar pages">
      <ul>
        {TABS.map((t) => (
          <li key={t.path}>
            <NavLink to={t.path} end={t.end} className="radar-tabs__link">
              {t.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
