import type { Registrar } from '../../platform/modules.js';
import { directionCurrentCheck, initiativesOnTrackCheck } from './direction.checks.js';
import { directionDemoStep } from './direction-demo.js';
import { goalRoutes } from './goal.routes.js';
import { initiativeRoutes } from './initiative.routes.js';
import { visionRoutes } from './vision.routes.js';

/** Vision, goals with key results, and initiatives on time and on budget. */
export function registerDirection(r: Registrar): void {
  r.routes(visionRoutes);
  r.routes(goalRoutes);
  r.routes(initiativeRoutes);
  r.check(directionCurrentCheck);
  r.check(initiativesOnTrackCheck);
  r.demo(directionDemoStep);
}
