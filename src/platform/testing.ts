import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { modules as allModules } from '../modules.js';
import { createUser } from './auth/auth.service.js';
import type { Grant, Role } from './auth/policy.js';
import { type Config, loadConfig } from './config.js';
import type { DbHandle } from './db/database.js';
import { openTestDatabase } from './db/test-db.js';
import { type BuiltApp, buildApp } from './http/app.js';
import type { DomainModule, PlatformContext } from './modules.js';
import { contextFor } from './platform.js';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestPlatform extends BuiltApp {
  handle: DbHandle;
  ctx: PlatformContext;
  config: Config;
  close(): Promise<void>;
  /** Creates an account and signs it in; returns a requester that sends its cookie and CSRF token. */
  signIn(role: Role, grants?: Grant[], extra?: { personId?: number }): Promise<Client>;
  anonymous: Client;
}

export interface Client {
  userId: number | null;
  email: string | null;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

let counter = 0;

/** A full Quarterdeck (every module, real database, HTTP via inject) for one test file. */
export async function startTestPlatform(
  options: { modules?: DomainModule[]; config?: Partial<Config> } = {},
): Promise<TestPlatform> {
  const handle = await openTestDatabase();
  const config = loadConfig(
    { NODE_ENV: 'test', LOG_LEVEL: 'silent', QUARTERDECK_DATA_DIR: 'memory://' },
    options.config,
  );
  const ctx = contextFor(handle, config, options.modules ?? allModules);
  const built = await buildApp(ctx, { logger: process.env.QD_TEST_LOG === '1' });
  const anonymous: Client = { userId: null, email: null, request: (o) => built.app.inject(o) };
  return {
    ...built,
    handle,
    ctx,
    config,
    anonymous,
    async close() {
      await built.app.close();
      await handle.close();
    },
    async signIn(role, grants = [], extra = {}) {
      const email = `${role}-${grants.join('-') || 'plain'}-${++counter}-${process.pid}@example.test`;
      const user = await createUser(
        handle.db,
        { userId: null, label: 'test' },
        {
          email,
          name: `Test ${role}`,
          password: TEST_PASSWORD,
          role,
          grants,
          personId: extra.personId ?? null,
        },
      );
      const res = await built.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: TEST_PASSWORD },
      });
      if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'qd_session')!.value;
      const csrf = (res.json() as { csrfToken: string }).csrfToken;
      return {
        userId: user.id,
        email,
        request: (o) =>
          built.app.inject({
            ...o,
            headers: { ...(o.headers ?? {}), cookie: `qd_session=${cookie}`, 'x-csrf-token': csrf },
          }),
      };
    },
  };
}
