import { useSearchParams } from 'react-router';
import { scopeSearch } from '../../../scope/scope';
import { type TabItem, Tabs } from '../../../ui/tabs/tabs.component';

const TABS: readonly TabItem[] = [
  { to: '/org/insights/span', label: 'Span of control', end: false },
  { to: '/org/insights/roles', label: 'Roles and work modes', end: false },
  { to: '/org/insights/headcount', label: 'Headcount and attrition', end: false },
  { to: '/org/insights/ownership', label: 'Ownership', end: false },
];

/** Links between the four org insight pages; they keep the scope (range and team). */
export function InsightTabs() {
  const [params] = useSearchParams();
  return <Tabs label="Org insights" items={TABS} search={scopeSearch(params)} />;
}
