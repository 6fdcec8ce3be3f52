import * as client from 'openid-client';
import { recordSsoIdentity } from '../../domains/org/identity.service.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { Problem } from '../http/problem.js';
import * as repo from './auth.repo.js';
import { createSession, type NewSession, safeEqual } from './auth.service.js';
import {
  type OidcIdentity,
  type OidcSettings,
  type RequestMeta,
  refusal,
  resolveAccount,
  verifiedFlag,
} from './oidc-accounts.js';

/**
 * Single sign-on with OpenID Connect: authorization code flow with PKCE (S256), `state` and `nonce`.
 *
 * 1. `startLogin` stores a fresh state, nonce and PKCE verifier in `oidc_login_states` and returns the
 *    provider's authorization URL; the routes also put the state in a short-lived cookie, which binds
 *    the sign-in to the browser that started it (no login CSRF with someone else's code).
 * 2. `completeLogin` takes the state (once: the row is deleted as it is read; rows older than
 *    `STATE_TTL_MS` are refused and pruned), exchanges the code, verifies the ID token (signature,
 *    issuer, audience, expiry, nonce) and maps the identity to an account with `resolveAccount`.
 * 3. A session is created exactly as for a password sign-in (`createSession(..., 'oidc', ...)`), which
 *    audits the sign-in. A failed code exchange or a refused identity is audited as
 *    `auth.login.failed` with `method: 'oidc'` (a bad state is not: it names no one).
 */

export const OIDC_LOGIN_PATH = '/api/v1/auth/oidc/login';
export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';
/** How long a started sign-in may take before its state is refused. */
export const STATE_TTL_MS = 10 * 60_000;
const SCOPE = 'openid email profile';
const DISCOVERY_TIMEOUT_S = 10;

/** The OIDC settings, or a 404 problem when single sign-on is not configured. */
export function oidcSettings(config: Config): OidcSettings {
  if (!config.oidc) {
    throw new Problem(
      'not-found',
      'Single sign-on is not configured on this Quarterdeck ' +
        '(set QUARTERDECK_OIDC_ISSUER and QUARTERDECK_OIDC_CLIENT_ID to enable it).',
    );
  }
  return config.oidc;
}

/** The redirect URI to register at the identity provider. */
export function redirectUri(config: Config): string {
  return `${config.publicUrl.replace(/\/+$/, '')}${OIDC_CALLBACK_PATH}`;
}

/**
 * A same-site relative path to land on after signing in; anything else (absolute or
 * protocol-relative URLs, backslashes, control characters) becomes `/`.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2048) return '/';
  if (!value.startsWith('/') || value.startsWith('//')) return '/';
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || ch === '\\') return '/';
  }
  const base = 'http://quarterdeck.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return '/';
  }
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : '/';
}

// ---- discovery (cached per process; a failed discovery is retried on the next sign-in)

const discovered = new Map<string, Promise<client.Configuration>>();

function discover(s: OidcSettings): Promise<client.Configuration> {
  const auth = s.clientSecret ? secretAuth(s.clientSecret) : client.None();
  return client.discovery(new URL(s.issuer), s.clientId, s.clientSecret, auth, {
    timeout: DISCOVERY_TIMEOUT_S,
    ...(s.allowHttp ? { execute: [client.allowInsecureRequests] } : {}),
  });
}

/** client_secret_basic (the OIDC default) unless the provider only offers client_secret_post. */
function secretAuth(secret: string): client.ClientAuth {
  const basic = client.ClientSecretBasic(secret);
  const post = client.ClientSecretPost(secret);
  return (as, c, body, headers) => {
    const methods = as.token_endpoint_auth_methods_supported;
    const usePost = methods !== undefined && !methods.includes('client_secret_basic');
    (usePost ? post : basic)(as, c, body, headers);
  };
}

export async function providerConfiguration(s: OidcSettings): Promise<client.Configuration> {
  const key = JSON.stringify([s.issuer, s.clientId, s.clientSecret ?? null, s.allowHttp]);
  let pending = discovered.get(key);
  if (!pending) {
    const started = discover(s);
    pending = started;
    discovered.set(key, started);
    started.catch(() => {
      if (discovered.get(key) === started) discovered.delete(key);
    });
  }
  try {
    return await pending;
  } catch (err) {
    throw new Problem(
      'unavailable',
      `The identity provider ${s.issuer} cannot be reached or its discovery document is not valid ` +
        `(${describeError(err)}). Try again later; an admin can check QUARTERDECK_OIDC_ISSUER` +
        `${s.issuer.startsWith('http://') && !s.allowHttp ? ' (an http:// issuer needs QUARTERDECK_OIDC_ALLOW_HTTP=true)' : ''}.`,
    );
  }
}

// ---- the flow

/** Stores a new login state and returns it with the provider's authorization URL. */
export async function startLogin(
  db: Db,
  config: Config,
  returnTo: unknown,
): Promise<{ url: string; state: string }> {
  const s = oidcSettings(config);
  const oc = await providerConfiguration(s);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const verifier = client.randomPKCECodeVerifier();
  const challenge = await client.calculatePKCECodeChallenge(verifier);
  await repo.pruneOidcStates(db, new Date(Date.now() - STATE_TTL_MS));
  await repo.insertOidcState(db, {
    state,
    nonce,
    code_verifier: verifier,
    return_to: safeReturnTo(returnTo),
  });
  const url = client.buildAuthorizationUrl(oc, {
    redirect_uri: redirectUri(config),
    scope: SCOPE,
    state,
    nonce,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  return { url: url.href, state };
}

/**
 * Handles the provider's redirect back. `query` is the callback's raw query string; `boundState` is
 * the state cookie of the browser. Returns the new session and where to send the browser.
 */
export async function completeLogin(
  db: Db,
  config: Config,
  query: string,
  boundState: string | undefined,
  meta: RequestMeta,
): Promise<{ session: NewSession; returnTo: string }> {
  const s = oidcSettings(config);
  const callbackUrl = new URL(redirectUri(config));
  callbackUrl.search = query;
  const state = callbackUrl.searchParams.get('state');
  if (!state)
    throw new Problem('bad-request', 'The sign-in callback carries no state. Start the sign-in again.');
  if (!boundState || !safeEqual(boundState, state)) {
    throw new Problem(
      'bad-request',
      'This sign-in was not started in this browser (its state cookie is missing or different). ' +
        'Start the sign-in again from Quarterdeck.',
    );
  }
  const now = Date.now();
  await repo.pruneOidcStates(db, new Date(now - STATE_TTL_MS));
  const saved = await repo.takeOidcState(db, state, new Date(now - STATE_TTL_MS));
  if (!saved) {
    throw new Problem(
      'bad-request',
      'The sign-in state is unknown, was used already, or is older than 10 minutes. Start the sign-in again.',
    );
  }
  const oc = await providerConfiguration(s);
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(oc, callbackUrl, {
      expectedState: state,
      expectedNonce: saved.nonce,
      pkceCodeVerifier: saved.code_verifier,
      idTokenExpected: true,
    });
  } catch (err) {
    throw await refusal(db, meta, null, `oidc:${s.issuer}`, exchangeProblem(err));
  }
  const claims = tokens.claims();
  if (!claims) throw new Problem('invalid-token', 'The identity provider returned no ID token.');
  const identity: OidcIdentity = {
    subject: claims.sub,
    email: typeof claims.email === 'string' ? claims.email.trim() : undefined,
    emailVerified: verifiedFlag(claims.email_verified),
  };
  if (identity.email === undefined) {
    // Some providers put the email only in the UserInfo response unless the ID token claims are asked for.
    const info = await client.fetchUserInfo(oc, tokens.access_token, claims.sub).catch(() => undefined);
    if (typeof info?.email === 'string') {
      identity.email = info.email.trim();
      identity.emailVerified = verifiedFlag(info.email_verified);
    }
  }
  const user = await resolveAccount(db, s, identity, meta);
  // The SSO subject becomes one of the person's identities (org › Identities).
  await recordSsoIdentity(db, {
    issuer: s.issuer,
    subject: identity.subject,
    email: identity.email ?? null,
    personId: user.person_id,
  });
  const session = await createSession(db, user, 'oidc', meta);
  return { session, returnTo: safeReturnTo(saved.return_to) };
}

/** What went wrong between the provider's redirect and a verified ID token, as a problem. */
function exchangeProblem(err: unknown): Problem {
  if (err instanceof client.AuthorizationResponseError) {
    const what = `${err.error}${err.error_description ? `: ${err.error_description.slice(0, 300)}` : ''}`;
    return new Problem(
      err.error === 'access_denied' ? 'forbidden' : 'bad-request',
      `The identity provider did not sign you in (${what}).`,
    );
  }
  if (err instanceof client.ResponseBodyError) {
    const hint =
      err.error === 'invalid_client' ? ' Check QUARTERDECK_OIDC_CLIENT_ID and _CLIENT_SECRET.' : '';
    return new Problem(
      'bad-request',
      `The identity provider refused the code exchange (${err.error}${
        err.error_description ? `: ${err.error_description.slice(0, 300)}` : ''
      }). Start the sign-in again.${hint}`,
    );
  }
  if (err instanceof client.ClientError || err instanceof client.WWWAuthenticateChallengeError) {
    return new Problem(
      'invalid-token',
      `The identity provider's answer did not verify (${describeError(err)}).`,
    );
  }
  if (err instanceof TypeError) {
    // fetch reports network failures (refused connection, DNS, timeout) as TypeError.
    return new Problem('unavailable', `The identity provider cannot be reached (${describeError(err)}).`);
  }
  throw err;
}

function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
  return `${err.message}${cause}`.slice(0, 300);
}
