import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docShot, seriousViolations, signedIn } from './browser-pages.js';
import { type E2E, hasChromium, startE2E } from './harness.js';

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
    await docShot(page, 'strategy-stack');
    await table.getByRole('link', { name: 'React', exact: true }).click();
    await page.waitForURL((u) => u.searchParams.get('entry') === 'react');
    await page.getByRole('heading', { name: 'Where React is used' }).waitFor();
    const where = page
      .locator('.stack-usages td.stack-mono')
      .filter({ hasText: /package(-lock)?\.json:\d+/ });
    // The heading shows at once; the uses arrive with their own request.
    await where.first().waitFor();
    expect(await where.count()).toBeGreaterThan(0);
    await docShot(page, 'strategy-stack-entry');
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
    await docShot(page, 'strategy-stack-compliance');
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
    await docShot(page, 'strategy-stack-versions');
    await page.goto(`${e.baseUrl}/strategy/stack?tab=eol`);
    await page.getByRole('table', { name: 'Runtime release cycles in use' }).waitFor();
    expect(await page.getByText('Past end of life').count()).toBeGreaterThan(0);
    await docShot(page, 'strategy-stack-eol');
    await page.goto(`${e.baseUrl}/strategy/stack?tab=languages`);
    await page.getByRole('figure', { name: /Share of source code by language/ }).waitFor();
    await docShot(page, 'strategy-stack-languages');
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
    await docShot(page, 'strategy-stack-eol-dark');
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});
