/**
 * The stack explorer in a browser on the demo organization: technologies with their drill-down to file
 * and line (`?entry=`), radar compliance, versions, end of life, languages and scans; filters in the URL,
 * tabs from the keyboard, the mapping editor for leaders only, and no serious axe-core violation in the
 * light or the dark theme.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, hasChromium, loginOf, screenshot, signIn, startE2E } from './harness.js';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousViolations(page: Page, where: string): Promise<string[]> {
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

async function signedIn(browser: Browser, e: E2E, role = 'executive', scheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({
    colorScheme: scheme,
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await signIn(page, e.baseUrl, loginOf(e.demo, role));
  return { page, errors, close: () => context.close() };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() =>
    (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
  );
  await page.waitForTimeout(600);
  await screenshot(page, name);
}

describe.skipIf(!hasChromium)('browser: stack explorer', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  }, 240_000);
  afterAll(async () => e?.close());

  it('shows technologies and drills down to the file and line of each use', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stack' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stack' }).waitFor();
    const table = page.getByRole('table', { name: 'Radar technologies in use' });
    await table.waitFor();
    expect(await table.getByRole('rowheader').count()).toBeGreaterThan(5);
    await page.getByRole('figure', { name: /Repositories using each radar technology/ }).waitFor();
    await shot(page, 'strategy-stack');
    await table.getByRole('link', { name: 'React', exact: true }).click();
    await page.waitForURL((u) => u.searchParams.get('entry') === 'react');
    await page.getByRole('heading', { name: 'Where React is used' }).waitFor();
    const where = page
      .locator('.stack-usages td.stack-mono')
      .filter({ hasText: /package(-lock)?\.json:\d+/ });
    // The heading shows at once; the uses arrive with their own request.
    await where.first().waitFor();
    expect(await where.count()).toBeGreaterThan(0);
    await shot(page, 'strategy-stack-entry');
    expect(await seriousViolations(page, 'technologies light')).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  it('keeps tabs and filters in the URL, usable from the keyboard', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.goto(`${e.baseUrl}/strategy/stack`);
    await page.getByRole('table', { name: 'Radar technologies in use' }).waitFor();
    const tab = page
      .getByRole('navigation', { name: 'Stack views' })
      .getByRole('link', { name: 'Radar compliance' });
    await tab.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('tab') === 'compliance');
    await page.getByRole('heading', { name: 'Hold technologies still in use' }).waitFor();
    await page.getByRole('heading', { name: 'Adopt technologies missing' }).waitFor();
    await shot(page, 'strategy-stack-compliance');
    await page.getByText('Mapping rules: which packages stand for which radar entry').click();
    await page.getByRole('button', { name: 'Save the rules' }).waitFor();
    await page.getByLabel('Radar ring').selectOption('hold');
    await page.waitForURL(
      (u) => u.searchParams.get('ring') === 'hold' && u.searchParams.get('tab') === 'compliance',
    );
    await page.goto(`${e.baseUrl}/strategy/stack?tab=versions&entry=react`);
    await page.getByRole('figure', { name: /Repositories on each version of react/ }).waitFor();
    await page.goto(`${e.baseUrl}/strategy/stack?tab=versions&pkg=npm:typescript`);
    await page.getByRole('figure', { name: /Repositories on each version of typescript/ }).waitFor();
    await shot(page, 'strategy-stack-versions');
    await page.goto(`${e.baseUrl}/strategy/stack?tab=eol`);
    await page.getByRole('table', { name: 'Runtime release cycles in use' }).waitFor();
    expect(await page.getByText('Past end of life').count()).toBeGreaterThan(0);
    await shot(page, 'strategy-stack-eol');
    await page.goto(`${e.baseUrl}/strategy/stack?tab=languages`);
    await page.getByRole('figure', { name: /Share of source code by language/ }).waitFor();
    await shot(page, 'strategy-stack-languages');
    await page.goto(`${e.baseUrl}/strategy/stack?tab=scans`);
    await page.getByRole('button', { name: 'Scan every local clone now' }).waitFor();
    await page.getByRole('table', { name: 'Last scan of each repository' }).waitFor();
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  it('shows members the rules without the editor, and passes axe in the dark theme', async () => {
    const { page, errors, close } = await signedIn(e.browser, e, 'member', 'dark');
    await page.goto(`${e.baseUrl}/strategy/stack?tab=compliance`);
    await page.getByRole('heading', { name: 'Hold technologies still in use' }).waitFor();
    await page.getByText('Mapping rules: which packages stand for which radar entry').click();
    expect(await page.getByRole('button', { name: 'Save the rules' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Scan every local clone now' }).count()).toBe(0);
    expect(await seriousViolations(page, 'compliance dark')).toEqual([]);
    await page.goto(`${e.baseUrl}/strategy/stack?tab=eol`);
    await page.getByRole('table', { name: 'Runtime release cycles in use' }).waitFor();
    expect(await seriousViolations(page, 'end of life dark')).toEqual([]);
    await shot(page, 'strategy-stack-eol-dark');
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});
