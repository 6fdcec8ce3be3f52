import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error oidc-provider ships no type declarations; the little used here is typed below.
import { Provider } from 'oidc-provider';

/**
 * A real OpenID Connect provider (oidc-provider) on loopback for tests, with its development
 * login and consent pages, and a tiny browser (fetch + cookie jar) that signs in through them.
 */

export interface IdpClaims {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds an account at the provider; returns its subject (what the test types in the login form). */
  addAccount(claims: IdpClaims): string;
  setClaims(subject: string, claims: IdpClaims): void;
  /** Until called with `false`, every request answers 503 (a provider that is down). */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

interface ProviderInstance {
  callback(): http.RequestListener;
}
type ProviderClass = new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;

let accountCounter = 0;

export async function startTestIdp(options: {
  redirectUri: string;
  /** false: the ID token carries the email claims; true (oidc-provider's default): only UserInfo does. */
  conformIdTokenClaims?: boolean;
}): Promise<TestIdp> {
  let down = false;
  let handler: http.RequestListener = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => {
    if (down) res.writeHead(503, { 'content-type': 'text/plain' }).end('down');
    else handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const accounts = new Map<string, IdpClaims>();
  const clientId = 'quarterdeck';
  const clientSecret = 'a-client-secret-for-the-test-provider';
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

  const ProviderCtor = Provider as ProviderClass;
  const provider = new ProviderCtor(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: options.conformIdTokenClaims ?? false,
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
    },
    cookies: { keys: ['cookie-signing-key-for-the-test-provider'] },
    jwks: { keys: [{ ...signingKey, kid: 'test-signing-key', use: 'sig' }] },
    async findAccount(_ctx: unknown, sub: string) {
      const claims = accounts.get(sub);
      if (!claims) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...accounts.get(sub) }) };
    },
  });
  handler = provider.callback();

  return {
    issuer,
    clientId,
    clientSecret,
    addAccount(claims) {
      const subject = `subject-${++accountCounter}-${process.pid}`;
      accounts.set(subject, claims);
      return subject;
    },
    setClaims(subject, claims) {
      accounts.set(subject, claims);
    },
    setDown(value) {
      down = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Follows the provider's redirects like a browser, signs in as `subject` on the development login
 * page, grants consent (or aborts, which makes the provider answer `error=access_denied`), and
 * returns the URL the provider finally redirects to (Quarterdeck's callback), without opening it.
 */
export async function signInAtIdp(
  authorizationUrl: string,
  subject: string,
  callbackPrefix: string,
  options: { abort?: boolean } = {},
): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(authorizationUrl);
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop++) {
    const res = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(body ? { body: body.toString() } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) jar.delete(name);
      else jar.set(name, value);
    }
    body = undefined;
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      await res.arrayBuffer();
      url = new URL(location, url);
      if (url.href.startsWith(callbackPrefix)) return url;
      continue;
    }
    const html = await res.text();
    if (res.status !== 200 || !url.pathname.startsWith('/interaction/')) {
      throw new Error(`provider answered ${res.status} at ${url.pathname}: ${html.slice(0, 500)}`);
    }
    if (options.abort) {
      url = new URL(`${url.pathname}/abort`, url);
    } else if (html.includes('name="prompt" value="login"')) {
      body = new URLSearchParams({ prompt: 'login', login: subject, password: 'any' });
    } else {
      body = new URLSearchParams({ prompt: 'consent' });
    }
  }
  throw new Error('too many redirects at the provider');
}
