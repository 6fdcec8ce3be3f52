import type { DomainModule } from '../../platform/modules.js';
import { scorecardRoutes } from './scorecard.routes.js';

/** The scorecard reads the checks every other module registered; it registers none of its own. */
export const scorecardModule: DomainModule = {
  name: 'scorecard',
  register(r) {
    r.routes(scorecardRoutes);
  },
};
