import { type TabItem, Tabs } from '../../ui/tabs/tabs.component';

const TABS: readonly TabItem[] = [
  { to: '/strategy/radar', label: 'Radar' },
  { to: '/strategy/radar/watch', label: 'Watch list' },
];

/** Links between the radar and the watch list of emerging technology. */
export function RadarTabs() {
  return <Tabs label="Tech radar pages" items={TABS} className="radar-tabs" />;
}
