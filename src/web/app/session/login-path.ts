/** The sign-in page, coming back to `next` afterwards. */
export function loginPath(next: string, reason?: 'session-ended' | 'signed-out'): string {
  const params = new URLSearchParams();
  if (next && next !== '/' && !next.startsWith('/login')) params.set('next', next);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `/login?${query}` : '/login';
}

/** Only a path of this app may be a destination after sign-in (no other site, no protocol-relative URL). */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login') || next.startsWith('/api/')) return '/';
  return next;
}
