import { Suspense } from 'react';
import { Link, Outlet, useLocation, useMatches } from 'react-router';
import type { RouteHandle } from '../../domains/domain.types';
import { ScopeBar } from '../../scope/scope-bar.component';
import { ErrorBoundary } from '../../ui/error-boundary/error-boundary.component';
import { ThemeToggle } from '../../ui/theme/theme-toggle.component';
import { DemoBanner } from './demo-banner.component';
import { SideNav } from './side-nav.component';
import { UserMenu } from './user-menu.component';
import './shell.css';

/** The frame of every signed-in page: top bar, demo banner, side navigation, scope bar and the page. */
export function AppShell() {
  const location = useLocation();
  const matches = useMatches();
  const scoped = matches.some((m) => (m.handle as RouteHandle | undefined)?.scoped);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="top-bar">
          <Link to="/" className="top-bar__brand">
            <span className="top-bar__logo" aria-hidden="true">
              ◆
            </span>
            Quarterdeck
          </Link>
          <div className="top-bar__end">
            <ThemeToggle />
            <UserMenu />
          </div>
        </div>
        <DemoBanner />
      </header>
      <div className="shell__body">
        <SideNav />
        <main id="main" className="shell__main" tabIndex={-1}>
          {scoped ? <ScopeBar /> : null}
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<p className="loading">Loading…</p>}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
