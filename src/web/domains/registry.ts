import { adminDomain } from './admin/admin.module';
import { costDomain } from './cost/cost.module';
import { deliveryDomain } from './delivery/delivery.module';
import type { DomainModule } from './domain.types';
import { helpDomain } from './help/help.module';
import { orgDomain } from './org/org.module';
import { scorecardDomain } from './scorecard/scorecard.module';
import { settingsDomain } from './settings/settings.module';
import { strategyDomain } from './strategy/strategy.module';

/**
 * The domains of the web app, in navigation order. A domain appears here only once it has real pages;
 * each contributes its lazily loaded routes and its navigation entries.
 */
export const domains: DomainModule[] = [
  scorecardDomain,
  orgDomain,
  deliveryDomain,
  strategyDomain,
  costDomain,
  adminDomain,
  settingsDomain,
  helpDomain,
];
