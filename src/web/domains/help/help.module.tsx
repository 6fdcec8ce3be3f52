import { lazy } from 'react';
import type { DomainModule } from '../domain.types';

// Its own chunk: the definitions and the markdown renderer load only when the page is opened.
const MetricsHelpPage = lazy(() =>
  import('./metrics-help.page').then((m) => ({ default: m.MetricsHelpPage })),
);

/** Help for everyone: the definitions of the metrics (docs/metrics.md), at the bottom of the navigation. */
export const helpDomain: DomainModule = {
  id: 'help',
  label: 'Help',
  nav: [{ path: '/help/metrics', label: 'Metric definitions' }],
  routes: [{ path: 'help/metrics', element: <MetricsHelpPage /> }],
};
