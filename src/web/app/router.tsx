import { lazy, Suspense } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { domains } from '../domains/registry';
import { ToastProvider } from '../ui/toast/toast.component';
import { NotFoundPage } from './not-found.page';
import { MetaProvider } from './session/meta.context';
import { RequireSession } from './session/require-session.component';
import { SessionProvider } from './session/session.context';
import { AppShell } from './shell/app-shell.component';

const LoginPage = lazy(() => import('./login/login.page').then((m) => ({ default: m.LoginPage })));

function Root() {
  return (
    <ToastProvider>
      <MetaProvider>
        <SessionProvider>
          <Outlet />
        </SessionProvider>
      </MetaProvider>
    </ToastProvider>
  );
}

/** Every page: sign-in, then the signed-in shell with each registered domain's lazily loaded routes. */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <Root />,
      children: [
        {
          path: 'login',
          element: (
            <Suspense fallback={<p className="loading boot-loading">Loading…</p>}>
              <LoginPage />
            </Suspense>
          ),
        },
        {
          element: (
            <RequireSession>
              <AppShell />
            </RequireSession>
          ),
          children: [...domains.flatMap((d) => d.routes), { path: '*', element: <NotFoundPage /> }],
        },
      ],
    },
  ]);
}
