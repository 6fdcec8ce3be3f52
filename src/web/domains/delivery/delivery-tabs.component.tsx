import { NavLink, useSearchParams } from 'react-router';
import { deliverySearch } from './use-delivery-scope.hook';

const TABS = [
  { path: '/delivery', label: 'DORA metrics', end: true },
  { path: '/delivery/flow', label: 'Pull-request flow', end: true },
  { path: '/delivery/explore', label: 'Explore', end: false },
  // DATA QUALITY — the place for the data-quality panel (GET /api/v1/delivery/quality, which exists):
  // { path: '/delivery/quality', label: 'Data quality', end: true },
  // with its route in delivery-pages.routes.tsx. Left out until the panel's page is written.
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
