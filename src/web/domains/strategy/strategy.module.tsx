import type { DomainModule } from '../domain.types';
import { adrNav, adrRoutes } from './adr-pages.routes';
import { directionNav, directionRoutes } from './direction-pages.routes';
import { radarNav, radarRoutes } from './radar-pages.routes';
import { stackNav, stackRoutes } from './stack-pages.routes';

/** Strategy: vision, goals and initiatives; architecture decisions; the tech radar; the real stack. */
export const strategyDomain: DomainModule = {
  id: 'strategy',
  label: 'Strategy',
  nav: [...directionNav, ...adrNav, ...radarNav, ...stackNav],
  routes: [...directionRoutes, ...adrRoutes, ...radarRoutes, ...stackRoutes],
};
