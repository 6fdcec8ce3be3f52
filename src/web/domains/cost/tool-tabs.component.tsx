import { type TabItem, Tabs } from '../../ui/tabs/tabs.component';

const TABS: readonly TabItem[] = [
  { to: '/cost/tools', label: 'Register' },
  { to: '/cost/tools/renewals', label: 'Renewal calendar' },
  { to: '/cost/tools/savings', label: 'Unused seats and overlaps' },
];

/** Links between the views of the tool register. */
export function ToolTabs() {
  return <Tabs label="Tool register pages" items={TABS} className="tools-tabs" />;
}
