import { useSearchParams } from 'react-router';
import { type TabItem, Tabs } from '../../ui/tabs/tabs.component';
import { costSearch } from './cost-query';

const CLOUD_TABS: readonly TabItem[] = [
  { to: '/cost', label: 'Overview' },
  { to: '/cost/explorer', label: 'Explorer' },
];

const DATA_TABS: readonly TabItem[] = [
  { to: '/cost/imports', label: 'Imports' },
  { to: '/cost/allocation', label: 'Allocation rules' },
];

/** Overview ↔ explorer; they keep the scope and the filters. */
export function CloudCostTabs() {
  const [params] = useSearchParams();
  return <Tabs label="Cloud cost pages" items={CLOUD_TABS} search={costSearch(params)} />;
}

/** Import history ↔ allocation rules. */
export function CostDataTabs() {
  return <Tabs label="Cost data pages" items={DATA_TABS} />;
}
