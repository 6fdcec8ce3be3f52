import type { Registrar } from '../../platform/modules.js';
import { toolsDemoStep } from './tools.demo.js';
import { toolSeatsImporter, toolSignInsImporter, toolsImporter } from './tools.importers.js';
import { toolsRoutes } from './tools.routes.js';

/**
 * The SaaS and tool register: tools with cost, seats, owner, teams and renewal; the renewal calendar
 * (also as iCalendar), unused-seat savings and overlapping tools; CSV imports of the register and of
 * seats' last use, and SSO sign-in logs as seat activity; and the demo organization's register.
 */
export function registerTools(r: Registrar): void {
  r.routes(toolsRoutes);
  r.importer(toolsImporter);
  r.importer(toolSeatsImporter);
  r.importer(toolSignInsImporter);
  r.demo(toolsDemoStep);
}
