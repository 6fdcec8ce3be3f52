import type { DomainModule } from '../../platform/modules.js';
import { registerAdrs } from './adr.registration.js';
import { registerDirection } from './direction.registration.js';
import { registerRadar } from './radar.registration.js';
import { registerStack } from './stack.registration.js';

/**
 * Strategy: the technical vision, goals and initiatives, architecture decision records, the tech radar
 * and the technology stack the code really uses. Each part registers itself; the order is the demo's
 * (the radar first, since decisions and the stack inventory refer to its entries).
 */
export const strategyModule: DomainModule = {
  name: 'strategy',
  register(r) {
    registerRadar(r);
    registerAdrs(r);
    registerStack(r);
    registerDirection(r);
  },
};
