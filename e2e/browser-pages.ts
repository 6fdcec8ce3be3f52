import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type E2E, loginOf, screenshot, signIn } from './harness.js';

/** Helpers of the browser tests: a signed-in page, axe-core, screenshots, API calls through the page. */

const DOCS_SHOTS = path.resolve('docs/screenshots');
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The serious and critical axe-core violations of the page as it is now. */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(async () => {
    const g = globalThis as unknown as {
      axe: { run(ctx: unknown, o: object): Promise<{ violations: unknown[] }> };
      document: unknown;
    };
    return (await g.axe.run(g.document, { resultTypes: ['violations'] })).violations;
  })) as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)})`,
    );
}

export async function signedIn(
  browser: Browser,
  e: E2E,
  role = 'executive',
  scheme: 'light' | 'dark' = 'light',
) {
  // bypassCSP lets the test inject axe-core; the app itself allows only its own scripts.
  const context = await browser.newContext({
    colorScheme: scheme,
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await signIn(page, e.baseUrl, loginOf(e.demo, role));
  // A context that hangs while closing (a busy machine) must not hold the test up.
  const close = () => Promise.race([context.close(), new Promise((r) => setTimeout(r, 5_000))]);
  return { page, errors, close };
}

/** A full-page screenshot from the top, once the charts are drawn. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600);
  await page.mouse.wheel(0, -100_000);
  await screenshot(page, name);
}

/** A full-page screenshot for the docs (docs/screenshots), from the top, once the page has settled. */
export async function docShot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.evaluate(() =>
    (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
  );
  fs.mkdirSync(DOCS_SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(DOCS_SHOTS, `${name}.png`), fullPage: true });
}

/** An API call through the signed-in page (same cookies; the CSRF token for changes). */
export async function apiCall<T>(page: Page, path: string, method = 'GET', body?: unknown) {
  return (await page.evaluate(
    async ({ p, m, b }) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken?: string | null };
      const r = await fetch(p, {
        method: m,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken ?? '' },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return { status: r.status, body: await r.json().catch(() => null) };
    },
    { p: path, m: method, b: body },
  )) as { status: number; body: T };
}
