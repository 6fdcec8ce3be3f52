import { useSearchParams } from 'react-router';
import { type TabItem, Tabs } from '../../ui/tabs/tabs.component';
import { deliverySearch } from './use-delivery-scope.hook';

const TABS: readonly TabItem[] = [
  { to: '/delivery', label: 'DORA metrics' },
  { to: '/delivery/flow', label: 'Pull-request flow' },
  { to: '/delivery/investment', label: 'Investment' },
  { to: '/delivery/ai', label: 'AI-assisted' },
  { to: '/delivery/explore', label: 'Explore', end: false },
  { to: '/delivery/quality', label: 'Data quality' },
];

/** Links between the delivery pages; they keep the scope (range, team or service, trend step). */
export function DeliveryTabs() {
  const [params] = useSearchParams();
  return <Tabs label="Delivery pages" items={TABS} search={deliverySearch(params)} />;
}
