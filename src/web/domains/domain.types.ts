import type { RouteObject } from 'react-router';
import type { Role } from '../api/types';

/** An entry of the side navigation; `roles` hides it from the others (as docs/access.md allows). */
export interface NavItem {
  path: string;
  label: string;
  roles?: readonly Role[];
  /**
   * When set, the entry is current on exactly `path` and under these paths only — not everything under
   * `path` (e.g. `/strategy` covers `/strategy/goals` but not `/strategy/radar`, which has its own entry).
   */
  covers?: readonly string[];
}

/** What a route's `handle` may say to the shell. */
export interface RouteHandle {
  /** The page reads the global scope (time range, team): show the scope bar. */
  scoped?: boolean;
}

/**
 * A domain of the web app: its pages (lazily loaded routes, relative to `/`) and its navigation.
 * Only domains with real pages are registered.
 */
export interface DomainModule {
  id: string;
  label: string;
  nav: NavItem[];
  routes: RouteObject[];
}
