import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A link to a page of the app goes through the router; anything else (an API URL) is a plain link. */
export function SmartLink({ href, children }: { href: string; children: ReactNode }) {
  if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/api/')) {
    return <Link to={href}>{children}</Link>;
  }
  return <a href={href}>{children}</a>;
}
