import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docShot, seriousViolations, signedIn } from './browser-pages.js';
import { type E2E, hasChromium, startE2E } from './harness.js';

async function apiGet<T>(page: Page, p: string): Promise<T> {
  return (await page.evaluate(async (u) => (await fetch(u)).json(), p)) as T;
}

describe.skipIf(!hasChromium)('browser: strategy direction pages', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  }, 240_000);
  afterAll(async () => e?.close());

  it('reads the vision with its history, and a leader saves a new version', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.goto(`${e.baseUrl}/strategy`);
    await page.getByRole('heading', { name: 'Technical vision', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /Engineering direction/ }).waitFor();
    expect(await page.locator('.status-badge', { hasText: 'Current' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Bets for this half' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /^Version \d$/ }).count()).toBe(2);
    expect(await seriousViolations(page, 'vision light')).toEqual([]);
    await docShot(page, 'strategy-vision');

    await page.getByRole('link', { name: 'Version 1' }).click();
    await page.getByText('You are reading version 1 of 2').waitFor();
    expect(page.url()).toContain('version=1');

    await page.getByRole('link', { name: 'Read the current version' }).click();
    await page.getByRole('button', { name: 'Edit the vision' }).click();
    expect(page.url()).toContain('edit=1');
    const text = page.getByLabel('Text (markdown)');
    await text.fill(`${await text.inputValue()}\n## Added in the browser\n`);
    await page.getByRole('button', { name: 'Save a new version' }).click();
    await page.getByRole('link', { name: 'Version 3' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Added in the browser' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();

    const member = await signedIn(e.browser, e, 'member', 'dark');
    await member.page.goto(`${e.baseUrl}/strategy`);
    await member.page.getByRole('heading', { name: /Engineering direction/ }).waitFor();
    expect(await member.page.getByRole('button', { name: 'Edit the vision' }).count()).toBe(0);
    expect(await seriousViolations(member.page, 'vision dark')).toEqual([]);
    await member.close();
  });

  it('shows the goals tree with live key results linked to delivery, and checks in', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.goto(`${e.baseUrl}/strategy/goals`);
    await page.getByRole('heading', { name: 'Ship changes safely, many times a day' }).waitFor();
    const live = page.getByRole('link', { name: 'Lead time for changes (median)' }).first();
    expect(await live.getAttribute('href')).toMatch(/^\/delivery\/rows\?metric=lead-time/);
    // team goals roll up under an organization goal
    expect(await page.getByRole('list', { name: /Goals rolling up to/ }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('progressbar').count()).toBeGreaterThan(5);
    expect(await seriousViolations(page, 'goals light')).toEqual([]);
    await docShot(page, 'strategy-goals');

    const kr = page.locator('.direction-kr', { hasText: 'Customer-facing services with SLOs' });
    await kr.getByRole('button', { name: 'Check in' }).click();
    await kr.getByLabel(/Value/).fill('16');
    await kr.getByLabel('Note').fill('Four more this week');
    await kr.getByRole('button', { name: 'Save check-in' }).click();
    await kr.getByText('“Four more this week”').waitFor();
    expect(await kr.textContent()).toContain('16 services');

    await page.getByLabel('Goals of').selectOption('org');
    expect(page.url()).toContain('team=org');
    await page
      .getByRole('list', { name: /Goals rolling up to/ })
      .first()
      .waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { name: 'Ship changes safely, many times a day' }).count()).toBe(
      1,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the portfolio on a timeline, filters it from the URL, and opens the PRs behind an initiative', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    const api = await (async () => {
      await page.goto(`${e.baseUrl}/strategy/initiatives`);
      return apiGet<{
        items: {
          id: number;
          name: string;
          status: string;
          actuals: { pullRequests: number; start: string | null };
        }[];
      }>(page, '/api/v1/strategy/initiatives');
    })();
    await page.getByRole('figure', { name: /Initiatives on a timeline/ }).waitFor();
    const rows = page.locator('a.gantt__row');
    expect(await rows.count()).toBe(api.items.length);
    expect(await page.locator('td .status-badge', { hasText: /^.Late$/ }).count()).toBeGreaterThan(0);
    expect(await page.locator('td .status-badge', { hasText: /^.Over budget$/ }).count()).toBeGreaterThan(0);
    expect(await page.locator('td .status-badge', { hasText: /^.On track$/ }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page, 'initiatives light')).toEqual([]);
    await docShot(page, 'strategy-initiatives');

    await page.getByLabel('Status').selectOption('active');
    expect(page.url()).toContain('status=active');
    const active = api.items.filter((i) => i.status === 'active');
    await expect.poll(() => rows.count()).toBe(active.length);
    await page.reload();
    await page.getByRole('figure', { name: /Initiatives on a timeline/ }).waitFor();
    await expect.poll(() => rows.count()).toBe(active.length);

    // keyboard: a row of the timeline is a link
    const linked = active.find((i) => i.actuals.pullRequests > 0)!;
    await page.locator(`a.gantt__row[href="/strategy/initiatives/${linked.id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/strategy/initiatives/${linked.id}`);
    await page.getByRole('heading', { name: 'Pull requests behind the actuals' }).waitFor();
    const prRows = page.locator('section[aria-labelledby="prs"] tbody tr');
    await prRows.first().waitFor();
    expect(await prRows.count()).toBe(linked.actuals.pullRequests);
    expect(
      (await page.getByText('entered by hand', { exact: false }).count()) +
        (await page.getByText('not entered').count()),
    ).toBeGreaterThan(0);
    expect(await seriousViolations(page, 'initiative light')).toEqual([]);
    await docShot(page, 'strategy-initiatives-detail');
    expect(errors).toEqual([]);
    await close();

    const dark = await signedIn(e.browser, e, 'executive', 'dark');
    await dark.page.goto(`${e.baseUrl}/strategy/initiatives`);
    await dark.page.getByRole('figure', { name: /Initiatives on a timeline/ }).waitFor();
    expect(await seriousViolations(dark.page, 'initiatives dark')).toEqual([]);
    await dark.page.goto(`${e.baseUrl}/strategy/goals`);
    await dark.page.getByRole('heading', { name: 'Ship changes safely, many times a day' }).waitFor();
    expect(await seriousViolations(dark.page, 'goals dark')).toEqual([]);
    await dark.close();
  }, 120_000);
});
