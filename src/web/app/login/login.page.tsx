import { Navigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useApi } from '../../api/use-api.hook';
import { usePageTitle } from '../../ui/page/page-header.component';
import { ThemeToggle } from '../../ui/theme/theme-toggle.component';
import { safeNext } from '../session/login-path';
import { useSession } from '../session/session.context';
import { DemoBanner } from '../shell/demo-banner.component';
import { SetupForm } from './setup-form.component';
import { SignInForm } from './sign-in-form.component';
import './login.css';

const REASONS: Record<string, string> = {
  'session-ended': 'Your session ended; sign in again.',
  'signed-out': 'You are signed out.',
};

/** Sign-in with email and password or single sign-on; on a new installation, the first-run setup. */
export function LoginPage() {
  const { status } = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const reason = REASONS[params.get('reason') ?? ''];
  const setup = useApi('setup', (signal) => unwrap(api.GET('/api/v1/setup', { signal })));
  const needed = setup.data?.needed ?? false;
  usePageTitle(needed ? 'Set up' : 'Sign in');

  if (status === 'signed-in') return <Navigate to={next} replace />;

  return (
    <div className="login">
      <header>
        <DemoBanner />
        <div className="login__theme">
          <ThemeToggle />
        </div>
      </header>
      <main className="login__card">
        <p className="login__brand">
          <span aria-hidden="true" className="login__logo">
            ◆
          </span>
          Quarterdeck
        </p>
        <h1>{needed ? 'Set up Quarterdeck' : 'Sign in'}</h1>
        {reason && !needed ? (
          <p
            className={`callout ${params.get('reason') === 'session-ended' ? 'callout--watch' : ''}`}
            role="status"
          >
            {reason}
          </p>
        ) : null}
        {setup.loading && !setup.data ? <p className="loading">Loading…</p> : null}
        {needed ? <SetupForm next={next} /> : setup.data || setup.error ? <SignInForm next={next} /> : null}
        {setup.data?.sso && !needed ? (
          <div className="login__sso">
            <p className="login__or">
              <span>or</span>
            </p>
            <a
              className="button login__sso-button"
              href={`/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(next)}`}
            >
              Sign in with SSO
            </a>
          </div>
        ) : null}
      </main>
    </div>
  );
}
