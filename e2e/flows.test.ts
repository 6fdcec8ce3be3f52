import fs from 'node:fs';
import { createRequire } from 'node:module';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, hasChromium, loginOf, screenshot, signIn, startE2E } from './harness.js';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(async () => {
    // Runs in the page: axe-core checks the whole document.
    const g = globalThis as unknown as {
      axe: { run(ctx: unknown, o: object): Promise<{ violations: unknown[] }> };
      document: unknown;
    };
    return (await g.axe.run(g.document, { resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')})`,
    );
}

/** The side navigation's links, as [name, href]. */
async function navLinks(page: Page): Promise<[string, string][]> {
  const links = page.getByRole('navigation', { name: /main|sections|primary/i }).getByRole('link');
  const out: [string, string][] = [];
  for (const link of await links.all())
    out.push([(await link.innerText()).trim(), (await link.getAttribute('href')) ?? '']);
  return out;
}

describe.skipIf(!hasChromium)('browser: the critical flows', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  }, 180_000);
  afterAll(async () => e?.close());

  it('signs in, shows the scorecard, opens every page in the navigation, signs out', async () => {
    const page = await e.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await signIn(page, e.baseUrl, loginOf(e.demo, 'admin'));
    await page.getByRole('heading', { name: 'Can these numbers be trusted?' }).waitFor();
    await page.getByText('Demo data', { exact: false }).first().waitFor();
    await screenshot(page, 'home-light');

    const links = await navLinks(page);
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const [name, href] of links) {
      await page.goto(`${e.baseUrl}${href}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(
        await page
          .getByRole('alert')
          .filter({ hasText: /went wrong|failed/i })
          .count(),
        `${name} shows an error`,
      ).toBe(0);
      await screenshot(page, `page${href.replaceAll('/', '-')}`);
    }
    expect(errors).toEqual([]);

    await page.goto(`${e.baseUrl}/`);
    const admin = e.demo.logins.find((l) => l.role === 'admin')!;
    await page
      .getByRole('button', { name: new RegExp(admin.email.split('@')[0]!.split('.')[0]!, 'i') })
      .or(page.getByRole('button', { name: /Quarterdeck Admin/ }))
      .first()
      .click();
    await page
      .getByRole('menuitem', { name: 'Sign out' })
      .or(page.getByRole('button', { name: 'Sign out' }))
      .first()
      .click();
    await page.waitForURL((url) => url.pathname.startsWith('/login'));
    await page.close();
  }, 120_000);

  it('shows an error for a failed sign-in and stays on the login page', async () => {
    const page = await e.browser.newPage();
    await page.goto(`${e.baseUrl}/login`);
    await page.getByLabel('Email').fill(loginOf(e.demo, 'member').email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /wrong|not valid|incorrect/i })
      .first()
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.close();
  }, 60_000);

  it('returns to the login page when the session has expired', async () => {
    const page = await e.browser.newPage();
    const who = loginOf(e.demo, 'member');
    await signIn(page, e.baseUrl, who);
    await sql`update sessions set expires_at = now() - interval '1 minute'`.execute(e.handle.db);
    await page.goto(`${e.baseUrl}/org/people`);
    await page.waitForURL((url) => url.pathname.startsWith('/login'));
    await page
      .getByText(/session (has )?ended|sign in again/i)
      .first()
      .waitFor();
    await page.close();
  }, 60_000);

  it('has no serious or critical accessibility violations on the main pages, in both themes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      // bypassCSP lets the test inject axe-core; the app itself allows only its own scripts.
      const context = await e.browser.newContext({
        colorScheme: scheme,
        viewport: { width: 1280, height: 800 },
        bypassCSP: true,
      });
      const page = await context.newPage();
      await page.goto(`${e.baseUrl}/login`);
      await page.getByLabel('Email').waitFor();
      const found: string[] = (await seriousViolations(page)).map((v) => `login (${scheme}): ${v}`);
      await signIn(page, e.baseUrl, loginOf(e.demo, 'executive'));
      for (const path of ['/', '/org/people', '/org/teams']) {
        await page.goto(`${e.baseUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        found.push(...(await seriousViolations(page)).map((v) => `${path} (${scheme}): ${v}`));
        if (path !== '/') await screenshot(page, `${path.replaceAll('/', '-').slice(1)}-${scheme}`);
        else await screenshot(page, `home-${scheme}`);
      }
      expect(found).toEqual([]);
      await context.close();
    }
  }, 120_000);
});
