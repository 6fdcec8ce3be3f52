import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { api, onSessionEnded, setCsrfToken, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { Role, Session, User } from '../../api/types';

type Status = 'loading' | 'signed-in' | 'signed-out';
/** Why a session is over: the person signed out, or the server stopped accepting it. */
export type EndReason = 'signed-out' | 'session-ended';

interface SessionContextValue {
  status: Status;
  user: User | null;
  /** Set when a session of this page ended; the sign-in page says so. */
  endReason: EndReason | null;
  /** After sign-in or first-run setup: keep the account and its CSRF token. */
  signedIn: (session: Session) => void;
  signOut: () => Promise<void>;
  /** Whether the account has one of the roles (no roles: everyone). */
  can: (roles?: readonly Role[]) => boolean;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * Remembers on this device that someone was signed in (the session cookie itself is HttpOnly), so a
 * page opened after the session expired can say "your session ended" rather than a plain sign-in.
 */
const MARK = 'quarterdeck.signed-in';
function mark(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(MARK, '1');
    else window.localStorage.removeItem(MARK);
  } catch {
    // No storage: the sign-in page just does not explain why.
  }
}
function wasSignedIn(): boolean {
  try {
    return window.localStorage.getItem(MARK) === '1';
  } catch {
    return false;
  }
}

/**
 * Who is signed in. Asks `GET /api/v1/auth/me` once; when any later call answers 401 the session has
 * ended (expired, revoked, signed out elsewhere) and the person is sent to sign in again, with the page
 * they were on as `next`.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('loading');
  const [user, setUser] = useState<User | null>(null);
  const [endReason, setEndReason] = useState<EndReason | null>(null);
  const userRef = useRef<User | null>(null);
  userRef.current = user;

  useEffect(() => {
    const controller = new AbortController();
    unwrap(api.GET('/api/v1/auth/me', { signal: controller.signal })).then(
      (session) => {
        setCsrfToken(session.csrfToken);
        setUser(session.user);
        mark(true);
        setStatus('signed-in');
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        // The mark stays until the next sign-in or sign-out: until then the session "ended".
        if (err instanceof ApiProblem && err.status === 401 && wasSignedIn()) setEndReason('session-ended');
        setStatus('signed-out');
      },
    );
    return () => controller.abort();
  }, []);

  // <RequireSession> sees the signed-out status and sends the person to sign in, saying why.
  useEffect(
    () =>
      onSessionEnded(() => {
        if (!userRef.current) return; // not signed in yet: the sign-in redirect handles it
        setCsrfToken(null);
        setUser(null);
        setEndReason('session-ended');
        setStatus('signed-out');
      }),
    [],
  );

  const signedIn = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setUser(session.user);
    mark(true);
    setEndReason(null);
    setStatus('signed-in');
  }, []);

  const signOut = useCallback(async () => {
    try {
      await unwrap(api.POST('/api/v1/auth/logout'));
    } finally {
      setCsrfToken(null);
      setUser(null);
      mark(false);
      setEndReason('signed-out');
      setStatus('signed-out');
    }
  }, []);

  const can = useCallback(
    (roles?: readonly Role[]) => !roles || (!!user && roles.includes(user.role)),
    [user],
  );

  const value = useMemo(
    () => ({ status, user, endReason, signedIn, signOut, can }),
    [status, user, endReason, signedIn, signOut, can],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() outside <SessionProvider>');
  return value;
}

/** The signed-in account; only for pages behind <RequireSession>. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useUser() without a signed-in account');
  return user;
}
