import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { modules } from '../src/modules.js';
import { loadConfig } from '../src/platform/config.js';
import type { DbHandle } from '../src/platform/db/database.js';
import { openPreparedTestDatabase } from '../src/platform/db/test-db.js';
import { DEMO_PASSWORD, type DemoState, seedDemo } from '../src/platform/demo.js';
import { buildApp } from '../src/platform/http/app.js';
import type { App } from '../src/platform/modules.js';
import { contextFor } from '../src/platform/platform.js';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('e2e/screenshots');

/** Browser tests need Debian's Chromium; CI installs it (.ci/run), a developer may not have it. */
export const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) {
  if (process.env.CI)
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  console.warn(`Browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium).`);
}

export interface E2E {
  baseUrl: string;
  browser: Browser;
  demo: DemoState;
  handle: DbHandle;
  app: App;
  close(): Promise<void>;
}

/** The web app built from the current sources (built once, again only when a source changed). */
export function ensureWebBuild(): void {
  // A production build, as users get it (vitest runs with NODE_ENV=test, which would bundle React's dev build).
  const r = spawnSync(process.execPath, ['scripts/build-web-if-stale.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error('The web app did not build (see the output above).');
}

/** A real Quarterdeck (small demo organization) on a loopback port, and a headless Chromium. */
/** What the demo is made from: the application's sources and the locked dependencies. */
function sourceKey(): string {
  const hash = createHash('sha256');
  const files = fs
    .readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.\w+$/.test(f) && !/\.test\.tsx?$/.test(f))
    .sort();
  for (const f of files) hash.update(f).update(fs.readFileSync(path.join('src', f)));
  return hash.update(fs.readFileSync('package-lock.json')).digest('hex');
}

export async function startE2E(): Promise<E2E> {
  ensureWebBuild();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', QUARTERDECK_DATA_DIR: 'memory://' });
  // The demo is seeded once per day and source tree, then loaded by every browser test file (PGlite).
  const { handle, value: demo } = await openPreparedTestDatabase(
    'demo-s-7',
    `${new Date().toISOString().slice(0, 10)}:${sourceKey()}`,
    (h) => seedDemo(contextFor(h, config, modules), { size: 's', seed: 7 }),
  );
  const ctx = contextFor(handle, config, modules);
  const { app } = await buildApp(ctx, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    demo,
    handle,
    app,
    async close() {
      await browser.close();
      await app.close();
      await handle.close();
    },
  };
}

export function loginOf(demo: DemoState, role: string): { email: string; password: string } {
  const l = demo.logins.find((x) => x.role === role);
  if (!l) throw new Error(`no demo login with role ${role}`);
  return { email: l.email, password: DEMO_PASSWORD };
}

/** Signs in through the login page and waits for the home scorecard. */
export async function signIn(
  page: Page,
  baseUrl: string,
  who: { email: string; password: string },
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
