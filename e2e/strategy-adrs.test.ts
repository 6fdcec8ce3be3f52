import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docShot, seriousViolations, signedIn } from './browser-pages.js';
import { type E2E, hasChromium, startE2E } from './harness.js';

const rows = (page: Page) => page.locator('.decision-table tbody tr');

describe.skipIf(!hasChromium)('browser: decision records', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  }, 240_000);
  afterAll(async () => e?.close());

  it('lists the records with the timeline and the services without decisions, light and dark', {
    timeout: 90_000,
  }, async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, errors, close } = await signedIn(e.browser, e, 'executive', scheme);
      await page.goto(`${e.baseUrl}/strategy/decisions`);
      await expect.poll(() => rows(page).count()).toBe(12);
      await page.getByRole('heading', { name: 'Timeline' }).waitFor();
      await page.getByText(/services have no decision record linked/).waitFor();
      await page.getByRole('link', { name: 'Decisions', exact: true }).first().waitFor();
      expect(await seriousViolations(page, `decisions ${scheme}`)).toEqual([]);
      if (scheme === 'light') await docShot(page, 'strategy-decisions');
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('searches and filters from the keyboard, keeping both in the URL', { timeout: 90_000 }, async () => {
    const { page, errors, close } = await signedIn(e.browser, e, 'member');
    await page.goto(`${e.baseUrl}/strategy/decisions`);
    await expect.poll(() => rows(page).count()).toBe(12);
    await page.getByLabel('Search titles and text').focus();
    await page.keyboard.type('postgresql');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=postgresql/);
    await page
      .getByRole('heading', { name: /matching “postgresql”/ })
      .waitFor({ timeout: 15_000 })
      .catch(async (err) => {
        await page.screenshot({ path: '/tmp/adr-search-failed.png', fullPage: true });
        throw err;
      });
    // The heading follows the URL at once; the matching rows arrive with their own request.
    await expect
      .poll(async () => {
        const n = await rows(page).count();
        return n > 0 && n < 12;
      })
      .toBe(true);
    await expect.poll(() => page.locator('.decision-excerpt mark').count()).toBeGreaterThan(0);

    await page.goto(`${e.baseUrl}/strategy/decisions`);
    await page.getByLabel('Status').selectOption('superseded');
    await page.waitForURL(/status=superseded/);
    await expect
      .poll(() => page.locator('.decision-table tbody .status-badge').allTextContents())
      .toSatisfy((xs: string[]) => xs.length > 0 && xs.every((x) => x.includes('Superseded')));
    // Open the first result from the keyboard.
    const link = page.locator('.decision-table tbody tr a').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/strategy\/decisions\/\d+/);
    await page.getByRole('heading', { name: 'Supersession chain' }).waitFor();
    await expect(page.getByRole('button', { name: 'Edit' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens a record rendered from its markdown and lets a leader edit it', { timeout: 90_000 }, async () => {
    const { page, errors, close } = await signedIn(e.browser, e, 'executive');
    const list = (await page.evaluate(async () =>
      (await fetch('/api/v1/strategy/adrs?status=superseded')).json(),
    )) as {
      items: { number: number; title: string }[];
    };
    const first = list.items[0]!;
    await page.goto(`${e.baseUrl}/strategy/decisions/${first.number}`);
    await page
      .getByRole('heading', {
        level: 1,
        name: new RegExp(first.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      })
      .waitFor();
    await page.locator('.decision-markdown h2', { hasText: 'Context and Problem Statement' }).waitFor();
    await page.getByRole('heading', { name: 'Supersession chain' }).waitFor();
    expect(await seriousViolations(page, 'decision')).toEqual([]);
    await docShot(page, 'strategy-decision');

    const before = await (
      await page.request.get(`${e.baseUrl}/api/v1/strategy/adrs/${first.number}/markdown`)
    ).text();
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.waitForURL(/edit=1/);
    const title = page.getByLabel('Title', { exact: true });
    await title.fill('Retire the old event pipeline');
    expect(await seriousViolations(page, 'decision editor')).toEqual([]);
    await docShot(page, 'strategy-decision-editor');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: /Retire the old event pipeline/ }).waitFor();
    const after = await (
      await page.request.get(`${e.baseUrl}/api/v1/strategy/adrs/${first.number}/markdown`)
    ).text();
    const a = before.split('\n');
    const b = after.split('\n');
    expect(b.length).toBe(a.length);
    expect(a.filter((l, i) => l !== b[i])).toEqual([`# ${first.title}`]);
    expect(errors).toEqual([]);
    await close();
  });

  it('records a new decision', { timeout: 90_000 }, async () => {
    const { page, errors, close } = await signedIn(e.browser, e, 'manager');
    await page.goto(`${e.baseUrl}/strategy/decisions`);
    await page.getByRole('link', { name: 'Record a decision' }).first().click();
    await page.waitForURL(/\/new$/);
    await page.getByRole('heading', { level: 1, name: 'Record a decision' }).waitFor();
    await page.getByLabel('Title', { exact: true }).fill('Adopt OpenTelemetry for tracing');
    await page.getByLabel('Status', { exact: true }).selectOption('accepted');
    await page.getByLabel('Context and problem statement').fill('Traces stop at service boundaries.');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.waitForURL(/\/strategy\/decisions\/\d+$/, { timeout: 10_000 }).catch(async (err) => {
      await page.screenshot({ path: '/tmp/adr-new-failed.png', fullPage: true });
      throw err;
    });
    await page.getByRole('heading', { level: 1, name: /ADR-0013 · Adopt OpenTelemetry/ }).waitFor();
    await page.locator('.decision-markdown', { hasText: 'Traces stop at service boundaries.' }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});
