import { NavLink, useSearchParams } from 'react-router';
import { scopeSearch } from '../../../scope/scope';

const TABS = [
  { path: '/org/insights/span', label: 'Span of control' },
  { path: '/org/insights/roles', label: 'Roles and work modes' },
  { path: '/org/insights/headcount', label: 'Headcount and attrition' },
  { path: '/org/insights/ownership', label: 'Ownership' },
] as const;

/** Links between the four org insight pages; they keep the scope (range and team). */
export function InsightTabs() {
  const [params] = useSearchParams();
  const search = scopeSearch(params);
  return (
    <nav className="insight-tabs" aria-label="Org insights">
      <ul>
        {TABS.map((t) => (
          <li key={t.path}>
            <NavLink to={{ pathname: t.path, search }} className="insight-tabs__link">
              {t.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
