import type { DomainModule } from '../domain.types';
import { deliveryPagesNav, deliveryPagesRoutes } from './delivery-pages.routes';

/** Delivery: DORA metrics, pull-request flow, the rows behind every figure, and an explorer. */
export const deliveryDomain: DomainModule = {
  id: 'delivery',
  label: 'Delivery',
  nav: deliveryPagesNav,
  routes: deliveryPagesRoutes,
};
