import { NavLink, useSearchParams } from 'react-router';
import { deliverySearch } from './use-delivery-scope.hook';

const TABS = [
  { path: '/delivery', label: 'DORA metrics', end: true },
  { path: '/delivery/flow', label: 'Pull-request flow', end: true },
  { path: '/delivery/investment', label: 'Investment', end: true },
  { path: '/delivery/ai', label: 'AI-assisted', end: true },
  { path: '/delivery/explore', label: 'Explore', end: false },
  { path: '/delivery/quality', label: 'Data quality', end: true },
] as const;

/** Links between the delivery pages; they keep the scope (range, team or service, trend step). */
export function DeliveryTabs() {
  const [params] = useSearchParams();
  const search = deliverySearch(params);
  return (
    <nav className="delivery-tabs" aria-label="Delivery pages">
      <ul>
        {TABS.map((t) => (
          <li key={t.path}>
            <NavLink to={{ pathname: t.path, search }} end={t.end} className="delivery-tabs__link">
              {t.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
