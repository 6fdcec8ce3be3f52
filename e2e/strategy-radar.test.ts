import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, docShot, seriousViolations, signedIn } from './browser-pages.js';
import { type E2E, hasChromium, screenshot, startE2E } from './harness.js';

interface Radar {
  entries: { key: string; name: string; ring: string; quadrantId: number; history: unknown[] }[];
  quadrants: { id: number; key: string; name: string }[];
}

describe.skipIf(!hasChromium)('browser: tech radar and watch list', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  }, 240_000);
  afterAll(async () => e?.close());

  it('draws every entry as a numbered blip with a legend; filters live in the URL; keyboard opens an entry', async () => {
    const { page, errors, close } = await signedIn(e.browser, e, 'executive');
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.goto(`${e.baseUrl}/strategy/radar`);
    await page.getByRole('heading', { name: 'Tech radar', level: 1 }).waitFor();
    const radar = (await apiCall<Radar>(page, '/api/v1/strategy/radar')).body;
    await page.locator('.radar-blip').first().waitFor();
    expect(await page.locator('.radar-blip').count()).toBe(radar.entries.length);
    expect(await page.locator('.radar-legend li').count()).toBe(radar.entries.length);
    expect(await page.locator('.radar-blip polygon').count()).toBeGreaterThan(0); // moved in or out
    expect(await seriousViolations(page, 'radar light')).toEqual([]);
    await docShot(page, 'strategy-radar');

    // Hover shows the name and ring.
    const kotlin = page.locator('.radar-blip[data-key="kotlin"]');
    await kotlin.hover();
    await page.locator('.radar-tooltip', { hasText: 'Kotlin · Trial' }).waitFor();

    // Filters: the URL carries them; the legend and the count follow.
    const quadrant = radar.quadrants[0]!;
    await page.getByLabel('Quadrant', { exact: true }).selectOption(quadrant.key);
    await page.waitForURL((u) => u.searchParams.get('quadrant') === quadrant.key);
    // The URL changes first; the picture and the legend follow on the next render.
    const inQuadrant = radar.entries.filter((x) => x.quadrantId === quadrant.id).length;
    expect(inQuadrant).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.radar-legend li').count()).toBe(inQuadrant);
    await expect.poll(() => page.locator('.radar-blip--dim').count()).toBe(radar.entries.length - inQuadrant);
    await page.reload();
    await page.locator('.radar-blip').first().waitFor();
    expect(await page.getByLabel('Quadrant', { exact: true }).inputValue()).toBe(quadrant.key);

    // Keyboard: focus a blip and press Enter.
    await page.goto(`${e.baseUrl}/strategy/radar`);
    await kotlin.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/strategy\/radar\/kotlin$/);
    await page.getByRole('heading', { name: 'Kotlin', level: 1 }).waitFor();

    // Print: the picture and the legend, without the app's navigation.
    await page.goto(`${e.baseUrl}/strategy/radar`);
    await page.locator('.radar-blip').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.side-nav').isVisible()).toBe(false);
    expect(await page.locator('.radar-chart').isVisible()).toBe(true);
    expect(await page.locator('.radar-legend').first().isVisible()).toBe(true);
    await screenshot(page, 'strategy-radar-print');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  it('shows an entry with its history and links; a leader moves it to another ring', async () => {
    const { page, errors, close } = await signedIn(e.browser, e, 'executive');
    await page.goto(`${e.baseUrl}/strategy/radar/kotlin`);
    await page.getByRole('heading', { name: 'History' }).waitFor();
    expect(await page.locator('.radar-history li').count()).toBe(2);
    expect(await page.getByRole('link', { name: 'Where the code uses it' }).getAttribute('href')).toBe(
      '/strategy/stack?entry=kotlin',
    );
    expect(await page.getByRole('link', { name: 'Decision records about it' }).getAttribute('href')).toBe(
      '/strategy/decisions?radar=kotlin',
    );
    expect(await seriousViolations(page, 'entry light')).toEqual([]);
    await docShot(page, 'strategy-radar-entry');

    await page.getByLabel('To ring').selectOption({ label: 'Adopt' });
    await page.getByLabel('Note').fill('Three services run it in production');
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    await page.locator('.radar-history li', { hasText: 'Three services run it in production' }).waitFor();
    expect(await page.locator('.radar-history li').count()).toBe(3);
    const kotlin = (
      await apiCall<{ ring: string; moved: number }>(page, '/api/v1/strategy/radar/entries/kotlin')
    ).body;
    expect(kotlin).toMatchObject({ ring: 'Adopt', moved: 1 });
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  it('reads well in the dark theme', async () => {
    const { page, errors, close } = await signedIn(e.browser, e, 'member', 'dark');
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.goto(`${e.baseUrl}/strategy/radar`);
    await page.locator('.radar-blip').first().waitFor();
    expect(await page.getByRole('button', { name: 'Add an entry' }).count()).toBe(0);
    expect(await seriousViolations(page, 'radar dark')).toEqual([]);
    await docShot(page, 'strategy-radar-dark');
    await page.goto(`${e.baseUrl}/strategy/radar/llm-code-review`);
    await page.getByRole('heading', { name: 'History' }).waitFor();
    expect(await seriousViolations(page, 'entry dark')).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  it('lists the watch list for everyone; a leader adds a technology', async () => {
    const member = await signedIn(e.browser, e, 'member');
    await member.page.goto(`${e.baseUrl}/strategy/radar/watch`);
    await member.page.getByRole('heading', { name: 'Watch list', level: 1 }).waitFor();
    await member.page.getByRole('heading', { name: 'Coding agents' }).waitFor();
    expect(await member.page.getByRole('button', { name: 'Add a technology' }).count()).toBe(0);
    expect(await seriousViolations(member.page, 'watch light')).toEqual([]);
    await docShot(member.page, 'strategy-radar-watch');
    await member.page.getByLabel('Status').selectOption('decided');
    await member.page.waitForURL((u) => u.searchParams.get('status') === 'decided');
    await member.page.waitForFunction(() => {
      const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } })
        .document;
      return doc.querySelectorAll('.watch-item').length === 1;
    });
    await member.page.getByRole('heading', { name: 'GitHub Copilot for every engineer' }).waitFor();
    await member.close();

    const { page, errors, close } = await signedIn(e.browser, e, 'executive', 'dark');
    await page.goto(`${e.baseUrl}/strategy/radar/watch`);
    await page.getByRole('button', { name: 'Add a technology' }).click();
    const form = page.getByRole('form', { name: 'Add to the watch list' });
    await form.getByLabel('Technology').fill('Model Context Protocol');
    await form.getByLabel('Category').fill('AI tooling');
    await form.getByLabel('Assessment notes').fill('Agents reach **internal** tools.');
    await form.getByLabel('Radar entry').selectOption('llm-code-review');
    await form.getByLabel('Status').selectOption('decided');
    await form.getByLabel('Decision', { exact: true }).fill('Allow it for internal tools only');
    await form.getByLabel('Decision record').fill('adr-3');
    await form.getByRole('button', { name: 'Add to the watch list' }).click();
    await page.getByRole('heading', { name: 'Model Context Protocol' }).waitFor();
    expect(await page.locator('.watch-item strong', { hasText: 'internal' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'ADR-0003' }).getAttribute('href')).toBe(
      '/strategy/decisions/3',
    );
    expect(await seriousViolations(page, 'watch dark')).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});
