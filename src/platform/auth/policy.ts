/**
 * Who may call what. Every route declares a policy (`config: { policy }`); the HTTP layer refuses to
 * register a route without one, and a test walks every route with every role.
 */
export const ROLES = ['admin', 'executive', 'manager', 'member'] as const;
export const GRANTS = ['compensation', 'finance', 'security'] as const;
/**
 * What an API token may do: `read` calls GET routes, `write` makes changes, `calendar` only reads the
 * calendar feeds (routes marked `config.feed`), and is the one kind of token that may travel in a feed's
 * URL (`?token=`), because calendar apps subscribe by address and cannot send a header.
 */
export const SCOPES = ['read', 'write', 'calendar'] as const;

export type Role = (typeof ROLES)[number];
export type Grant = (typeof GRANTS)[number];
export type Scope = (typeof SCOPES)[number];

export interface Principal {
  userId: number;
  email: string;
  name: string;
  role: Role;
  grants: Grant[];
  personId: number | null;
  via: 'session' | 'token';
  /** What an API token may do; a browser session may do everything its role allows. */
  scopes: Scope[];
  sessionId?: number;
  tokenId?: number;
}

export type Policy =
  | { kind: 'public'; why: string }
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: Role[]; grant?: Grant };

export const allow = {
  /** Reachable without signing in; say why. */
  public: (why: string): Policy => ({ kind: 'public', why }),
  /** Any signed-in account. */
  authenticated: (): Policy => ({ kind: 'authenticated' }),
  roles: (...roles: Role[]): Policy => ({ kind: 'roles', roles }),
  /** One of the roles and, in addition, a grant for a sensitive area. */
  rolesWithGrant: (grant: Grant, ...roles: Role[]): Policy => ({ kind: 'roles', roles, grant }),
};

export type Decision = 'allow' | 'unauthenticated' | 'forbidden' | 'scope';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isReadMethod(method: string): boolean {
  return READ_METHODS.has(method.toUpperCase());
}

/** `feed`: the route is a calendar feed, which a `calendar` token may read too. */
export function decide(policy: Policy, principal: Principal | null, method: string, feed = false): Decision {
  if (policy.kind === 'public') return 'allow';
  if (!principal) return 'unauthenticated';
  if (principal.via === 'token') {
    const read = isReadMethod(method);
    const needed: Scope = read ? 'read' : 'write';
    const asFeed = feed && read && principal.scopes.includes('calendar');
    if (!asFeed && !principal.scopes.includes(needed)) return 'scope';
  }
  if (policy.kind === 'authenticated') return 'allow';
  if (!policy.roles.includes(principal.role)) return 'forbidden';
  if (policy.grant && !principal.grants.includes(policy.grant)) return 'forbidden';
  return 'allow';
}

export function describePolicy(policy: Policy): string {
  if (policy.kind === 'public') return `public (${policy.why})`;
  if (policy.kind === 'authenticated') return 'any signed-in account';
  return `${policy.roles.join(' or ')}${policy.grant ? ` with the ${policy.grant} grant` : ''}`;
}
