import type { Registrar } from '../../platform/modules.js';
import { radarDemoStep } from './radar.demo.js';
import { radarImporter } from './radar.importers.js';
import { radarRoutes } from './radar.routes.js';
import { watchListRoutes } from './watch-list.routes.js';

/**
 * The tech radar: quadrants, rings, entries and their moves; Backstage JSON and BYOR CSV (import and
 * export); and the watch list of emerging technology.
 */
export function registerRadar(r: Registrar): void {
  r.routes(radarRoutes);
  r.routes(watchListRoutes);
  r.importer(radarImporter);
  r.demo(radarDemoStep);
}
