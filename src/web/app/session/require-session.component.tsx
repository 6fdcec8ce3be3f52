import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../api/types';
import '../../ui/problem/problem-view.css';
import { loginPath } from './login-path';
import { useSession } from './session.context';

/** Pages behind sign-in: while the session is unknown shows nothing, without one goes to sign in. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { status, endReason } = useSession();
  const location = useLocation();
  if (status === 'loading') {
    return (
      <p className="loading boot-loading" role="status">
        Loading Quarterdeck…
      </p>
    );
  }
  if (status === 'signed-out') {
    const here = `${location.pathname}${location.search}`;
    // After signing out, the next person starts from the home page; after an ended session, from here.
    return (
      <Navigate to={loginPath(endReason === 'signed-out' ? '/' : here, endReason ?? undefined)} replace />
    );
  }
  return children;
}

/** A page only some roles may open (the same rule as the API's, see docs/access.md). */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { can, user } = useSession();
  if (can(roles)) return children;
  return (
    <div className="page">
      <div className="problem-view" role="alert">
        <h1 className="problem-view__title">
          <span aria-hidden="true">✕ </span>Not allowed
        </h1>
        <p>
          This page is for {roles.join(' or ')} accounts; you are signed in as {user?.role ?? 'nobody'}. Ask
          an administrator if you need it.
        </p>
      </div>
    </div>
  );
}
