import type { DomainModule } from '../../platform/modules.js';
import { orgDemoStep } from './org.demo.js';
import { orgRoutes } from './org.routes.js';

export const orgModule: DomainModule = {
  name: 'org',
  register(r) {
    r.routes(orgRoutes);
    r.demo(orgDemoStep);
  },
};
