import { lazy } from 'react';
import type { DomainModule } from '../domain.types';

const TokensPage = lazy(() => import('./tokens.page').then((m) => ({ default: m.TokensPage })));

/** Your own settings: API tokens for scripts and CI. */
export const settingsDomain: DomainModule = {
  id: 'settings',
  label: 'Settings',
  nav: [{ path: '/settings/tokens', label: 'API tokens' }],
  routes: [{ path: 'settings/tokens', element: <TokensPage /> }],
};
