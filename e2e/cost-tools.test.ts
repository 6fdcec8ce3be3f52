import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docShot, seriousViolations, signedIn } from './browser-pages.js';
import { type E2E, hasChromium, loginOf, startE2E } from './harness.js';

describe.skipIf(!hasChromium)('browser: the tool register', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  }, 240_000);
  afterAll(async () => e?.close());

  it('lists the register with filters in the URL, opens a tool and edits it', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.goto(`${e.baseUrl}/`);
    await page.getByRole('link', { name: 'Tools', exact: true }).click();
    await page.getByRole('heading', { name: 'Tools', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'GitHub Copilot' }).waitFor();
    await expect.poll(() => page.locator('.tools-table tbody tr').count()).toBeGreaterThanOrEqual(25);
    expect(await seriousViolations(page, 'register light')).toEqual([]);
    await docShot(page, 'cost-tools');

    // Filters live in the URL, with the keyboard.
    const category = page.getByLabel('Category');
    await category.focus();
    await category.selectOption('project-tracking');
    await page.waitForURL(/category=project-tracking/);
    await expect.poll(() => page.locator('.tools-table tbody tr').count()).toBe(2);
    await page.getByRole('link', { name: 'Linear', exact: true }).waitFor();
    await page.reload();
    await expect.poll(() => page.locator('.tools-table tbody tr').count()).toBe(2);

    await page.getByRole('link', { name: 'Jira Software' }).click();
    await page.getByRole('heading', { name: 'Atlassian Jira Software', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Seats', exact: true }).waitFor();
    await expect.poll(() => page.locator('table tbody tr').count()).toBeGreaterThan(5);
    await docShot(page, 'cost-tools-detail');

    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Plan').fill('Premium');
    await page.getByLabel('Annual cost').fill('23456.78');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('USD 23,456.78').first().waitFor();
    await page.getByText('Atlassian Jira Software').first().waitFor();
    expect(errors).toEqual([]);
    await close();
  }, 90_000);

  it('shows the renewal calendar with notice deadlines and the .ics feed', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.goto(`${e.baseUrl}/cost/tools/renewals`);
    await page.getByRole('heading', { name: 'Renewal calendar', level: 1 }).waitFor();
    await expect.poll(() => page.locator('.renewal-month').count()).toBe(12);
    await page.locator('.callout--bad', { hasText: 'Notice passed' }).waitFor();
    await page.locator('.callout--watch', { hasText: 'Act within 30 days' }).waitFor();
    expect(await page.locator('.renewal-entry--notice').count()).toBeGreaterThan(10);
    const href = await page.getByRole('link', { name: 'Download calendar (.ics)' }).getAttribute('href');
    const ics = await page.evaluate(async (u) => (await fetch(u!)).text(), href);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('BEGIN:VALARM');
    expect(await seriousViolations(page, 'renewals light')).toEqual([]);
    await docShot(page, 'cost-tools-renewals');

    // Subscribing by address, with the keyboard: the address carries a calendar token and works signed out.
    const subscribe = page.getByRole('button', { name: 'Subscribe…' });
    await subscribe.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Subscribe in a calendar app' }).waitFor();
    await page.getByRole('button', { name: 'Create the address' }).click();
    const address = await page.getByLabel('Feed address (shown once)').inputValue();
    expect(address).toMatch(/\/api\/v1\/cost\/tools\/renewals\.ics\?token=qdt_/);
    expect(await seriousViolations(page, 'renewals subscribe')).toEqual([]);
    const feed = await fetch(address); // no cookie: as a calendar app
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VALARM');
    await page.goto(`${e.baseUrl}/settings/tokens`);
    await page.getByRole('row', { name: /Renewal calendar feed calendar Active/ }).waitFor();
    expect(errors).toEqual([]);
    await close();
  }, 90_000);

  it('shows unused seats and overlaps, light and dark, and keeps members out', async () => {
    const { page, errors, close } = await signedIn(e.browser, e, 'executive', 'dark');
    await page.goto(`${e.baseUrl}/cost/tools/savings`);
    await page.getByRole('heading', { name: 'Unused seats and overlaps', level: 1 }).waitFor();
    await page.getByText(/a year on \d+ unused seats? \(USD\)/).waitFor();
    await page.getByRole('heading', { name: /Project tracking: \d tools/ }).waitFor();
    await page.getByRole('heading', { name: /Observability: \d tools/ }).waitFor();
    expect(await seriousViolations(page, 'savings dark')).toEqual([]);
    await docShot(page, 'cost-tools-savings');
    await page.goto(`${e.baseUrl}/cost/tools`);
    await expect.poll(() => page.locator('.tools-table tbody tr').count()).toBeGreaterThanOrEqual(25);
    expect(await seriousViolations(page, 'register dark')).toEqual([]);
    await page.goto(`${e.baseUrl}/cost/tools/renewals`);
    await expect.poll(() => page.locator('.renewal-month').count()).toBe(12);
    expect(await seriousViolations(page, 'renewals dark')).toEqual([]);
    expect(errors).toEqual([]);
    await close();

    // A member signs in through the API (the login form is tested elsewhere) and sees no Tools.
    const context = await e.browser.newContext({ viewport: { width: 1360, height: 900 } });
    const login = await context.request.post(`${e.baseUrl}/api/v1/auth/login`, {
      data: loginOf(e.demo, 'member'),
    });
    expect(login.status()).toBe(200);
    const memberPage = await context.newPage();
    await memberPage.goto(`${e.baseUrl}/`);
    await memberPage.getByRole('link', { name: 'Scorecard' }).first().waitFor();
    expect(await memberPage.getByRole('link', { name: 'Tools', exact: true }).count()).toBe(0);
    expect((await context.request.get(`${e.baseUrl}/api/v1/cost/tools`)).status()).toBe(403);
    await context.close();
  }, 90_000);
});
