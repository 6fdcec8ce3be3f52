import type { RouteObject } from 'react-router';
import type { NavItem } from '../domain.types';

/** Org insights (span of control, roles, headcount, ownership), imports and the identity review queue. */
export const orgInsightsNav: NavItem[] = [];

export const orgInsightsRoutes: RouteObject[] = [];
