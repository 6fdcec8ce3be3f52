import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DAYS, daysBefore, todayUtc } from '../src/web/scope/scope.js';
import { type DeliverySeed, seedDelivery } from './delivery-seed.js';
import { type E2E, hasChromium, loginOf, screenshot, signIn, startE2E } from './harness.js';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const TILES = [
  'Deployment frequency',
  'Lead time for changes',
  'Change failure rate',
  'Failed deployment recovery time',
  'Deployment rework rate',
];

/** The serious and critical axe-core violations of the page as it is now. */
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

async function signedIn(browser: Browser, e: E2E, scheme: 'light' | 'dark' = 'light') {
  // bypassCSP lets the test inject axe-core; the app itself allows only its own scripts.
  const context = await browser.newContext({
    colorScheme: scheme,
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await signIn(page, e.baseUrl, loginOf(e.demo, 'executive'));
  return { page, errors, close: () => context.close() };
}

/** A full-page screenshot from the top, once the charts are drawn. */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600);
  await page.mouse.wheel(0, -100_000);
  await screenshot(page, name);
}

/** An API answer read through the signed-in page (same cookies). */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  return (await page.evaluate(async (p) => (await fetch(p)).json(), path)) as T;
}

/** The range the pages show without one in the URL (the scope bar's last 90 days), for the API calls. */
const today = todayUtc();
const RANGE = `from=${daysBefore(today, DEFAULT_DAYS)}&to=${today}`;

const tile = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });

describe.skipIf(!hasChromium)('browser: delivery pages', () => {
  let e: E2E;
  let seed: DeliverySeed;
  beforeAll(async () => {
    e = await startE2E();
    seed = await seedDelivery(e.handle.db);
  }, 180_000);
  afterAll(async () => e?.close());

  it('shows the DORA metrics with levels, definitions, trends and the teams compared', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'DORA and flow' }).click();
    await page.getByRole('heading', { level: 1, name: 'DORA metrics' }).waitFor();
    const dora = await apiGet<{
      deploymentFrequency: { count: number };
      levels: { url: string; year: number };
    }>(page, `/api/v1/delivery/dora?${RANGE}`);
    for (const name of TILES) await tile(page, name).waitFor();
    // Each DORA key metric has its level in words; the rework rate says it has none.
    for (const name of TILES.slice(0, 4)) {
      expect(await tile(page, name).locator('.status-badge').innerText()).toMatch(/Elite|High|Medium|Low/);
    }
    await tile(page, 'Deployment rework rate').getByText('No DORA level').waitFor();
    expect(await tile(page, 'Deployment frequency').innerText()).toContain(
      `${dora.deploymentFrequency.count} deployments`,
    );
    const levels = page.getByRole('link', { name: `DORA ${dora.levels.year} report` });
    expect(await levels.getAttribute('href')).toBe(dora.levels.url);
    for (const chart of [
      'Deployments per week',
      /^Lead time, median per week/,
      'Change failure rate per week (%)',
      /^Recovery time, median per week/,
    ]) {
      await page.getByRole('figure', { name: chart }).first().waitFor();
    }
    await page.locator('.chart__canvas svg, .chart__canvas canvas').first().waitFor();
    // One row per team of the demo, each linking to that team's own DORA page.
    const compare = page.getByRole('table', { name: 'Teams compared' });
    await compare.waitFor();
    const teamLinks = compare.getByRole('rowheader').getByRole('link');
    expect(await teamLinks.count()).toBe(new Set(seed.services.map((s) => s.teamId)).size);
    await shot(page, 'delivery-dora-light');
    // The definition links to its section of the metric definitions (docs/metrics.md in the app).
    await tile(page, 'Lead time for changes').locator('summary', { hasText: 'Definition' }).click();
    const definition = tile(page, 'Lead time for changes').getByRole('link', { name: /metric definitions/ });
    expect(await definition.getAttribute('href')).toBe('/help/metrics#lead-time-for-changes');
    await teamLinks.first().click();
    await page.waitForURL(/\/delivery\?.*team=\d+/);
    await page
      .getByText(/and the teams below it/)
      .first()
      .waitFor();
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  it('keeps scope, service and trend step in the URL, from the keyboard', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    const team = seed.services[0]!.teamId;
    // The team's and the service's pages of the organization link to their delivery figures.
    await page.goto(`${e.baseUrl}/org/services/${seed.services[0]!.id}`);
    await page.getByRole('link', { name: 'Delivery metrics' }).click();
    await page.waitForURL(
      (u) => u.pathname === '/delivery' && u.searchParams.get('service') === String(seed.services[0]!.id),
    );
    await page.getByText(`the service ${seed.services[0]!.label}`).first().waitFor();
    await page.goto(`${e.baseUrl}/org/teams/${team}`);
    await page.getByRole('link', { name: 'Delivery metrics' }).click();
    await page.waitForURL((u) => u.pathname === '/delivery' && u.searchParams.get('team') === String(team));
    await page.getByRole('heading', { level: 1, name: 'DORA metrics' }).waitFor();
    // Trend by month: a keyboard choice in the toolbar, kept in the URL.
    await page.getByRole('combobox', { name: 'Trend by' }).selectOption('month');
    await page.waitForURL(/bucket=month/);
    await page.getByRole('figure', { name: 'Deployments per month' }).waitFor();
    // A service replaces the team; the description says so.
    const service = seed.services[1]!;
    await page.getByRole('combobox', { name: 'Service' }).selectOption(String(service.id));
    await page.waitForURL(
      (u) => u.searchParams.get('service') === String(service.id) && !u.searchParams.has('team'),
    );
    await page.getByText(`the service ${service.label}`).first().waitFor();
    expect(await page.getByRole('table', { name: /compared/ }).count()).toBe(0);
    // Reload: the same view.
    await page.reload();
    await page.getByText(`the service ${service.label}`).first().waitFor();
    expect(await page.getByRole('combobox', { name: 'Trend by' }).inputValue()).toBe('month');
    // Choosing a team in the scope bar replaces the service.
    await page.getByRole('combobox', { name: 'Team' }).selectOption(String(team));
    await page.waitForURL(
      (u) => u.searchParams.get('team') === String(team) && !u.searchParams.has('service'),
    );
    // Tab to a drill-down link and open it with Enter; the scope goes along.
    const link = tile(page, 'Lead time for changes').getByRole('link', { name: /The changes/ });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/delivery\/rows\?.*metric=lead-time/);
    const url = new URL(page.url());
    expect(url.searchParams.get('team')).toBe(String(team));
    expect(url.searchParams.get('bucket')).toBe('month');
    // The tabs keep the scope too.
    await page.goto(`${e.baseUrl}/delivery?team=${team}&bucket=month`);
    await page
      .getByRole('navigation', { name: 'Delivery pages' })
      .getByRole('link', { name: 'Pull-request flow' })
      .click();
    await page.waitForURL(/\/delivery\/flow\?.*team=\d+.*bucket=month/);
    expect(errors).toEqual([]);
    await close();
  }, 90_000);

  it('drills down to the exact commits, deployments and incidents behind a figure', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.goto(`${e.baseUrl}/delivery/rows?metric=lead-time`);
    await page.getByRole('heading', { level: 1, name: 'Lead time for changes: the rows' }).waitFor();
    const rows = await apiGet<{ total: number; commits: { sha: string }[] }>(
      page,
      `/api/v1/delivery/dora/rows?metric=lead-time&limit=50&${RANGE}`,
    );
    const table = page.getByRole('table', { name: /Lead time for changes/ });
    await table.getByRole('row').nth(1).waitFor();
    expect(await table.getByRole('row').count()).toBe(Math.min(50, rows.total) + 1);
    // Short shas, the full one in the title.
    const sha = table.locator('code.delivery-sha').first();
    expect(await sha.getAttribute('title')).toBe(rows.commits[0]!.sha);
    expect((await sha.locator('[aria-hidden="true"]').innerText()).trim()).toBe(
      rows.commits[0]!.sha.slice(0, 7),
    );
    await page
      .getByText(`${rows.total.toLocaleString('en-US')} rows`)
      .first()
      .waitFor();
    if (rows.total > 50) {
      await page.getByRole('button', { name: /Next/ }).click();
      await page.waitForURL(/offset=50/);
      await table.getByRole('row').nth(1).waitFor();
    }

    // Change failure rate: the failed deployments (linking to their source) and their incidents.
    await page.getByRole('combobox', { name: 'Figure' }).selectOption('change-failure-rate');
    await page.waitForURL(
      (u) => u.searchParams.get('metric') === 'change-failure-rate' && !u.searchParams.has('offset'),
    );
    const deployments = page.getByRole('table', { name: /Change failure rate/ });
    await deployments.getByRole('row').nth(1).waitFor();
    // A deployment whose source gave a link opens it (the seeded ones point at the CI).
    expect(await deployments.locator('tbody a[href^="https://"]').count()).toBeGreaterThan(0);
    await page.getByRole('heading', { name: /^Their incidents \(\d+\)$/ }).waitFor();
    await shot(page, 'delivery-rows-light');
    expect(errors).toEqual([]);
    await close();
  }, 90_000);

  it('shows the pull-request flow: phases, size, review, work in progress, each with its rows', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.goto(`${e.baseUrl}/delivery/flow`);
    await page.getByRole('heading', { level: 1, name: 'Pull-request flow' }).waitFor();
    const flow = await apiGet<{ merged: number; workInProgress: { openAtEnd: number } }>(
      page,
      `/api/v1/delivery/flow?${RANGE}`,
    );
    for (const name of [
      'Cycle time',
      'Time to first review',
      'Review coverage',
      'Work in progress',
      'Pull-request size',
    ])
      await tile(page, name).waitFor();
    await page.getByRole('figure', { name: /^Cycle time split in its phases/ }).waitFor();
    await page.getByRole('figure', { name: 'Merged pull requests by size (lines changed)' }).waitFor();
    await page.getByRole('link', { name: /pull requests? behind the Pickup phase/ }).waitFor();
    expect(await tile(page, 'Cycle time').innerText()).toContain(`${flow.merged} merged pull requests`);
    await shot(page, 'delivery-flow-light');
    await tile(page, 'Work in progress')
      .getByRole('link', { name: /The open pull requests/ })
      .click();
    await page.waitForURL(/metric=work-in-progress/);
    const prs = page.getByRole('table', { name: /Work in progress/ });
    await prs.getByRole('row').nth(1).waitFor();
    expect(await prs.getByRole('row').count()).toBe(flow.workInProgress.openAtEnd + 1);
    expect(errors).toEqual([]);
    await close();
  }, 90_000);

  it('explores deployments, pull requests and incidents with filters and pages', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.goto(`${e.baseUrl}/delivery/explore`);
    await page.waitForURL(/\/delivery\/explore\/deployments/);
    await page.getByRole('heading', { level: 1, name: 'Explore delivery data' }).waitFor();
    const table = page.getByRole('table', { name: 'Deployments' });
    await table.getByRole('row').nth(1).waitFor();
    await page.getByRole('combobox', { name: 'Environment' }).selectOption('staging');
    await page.waitForURL(/environment=staging/);
    // The list loads again with the filter: every deployment shown went to staging.
    await expect
      .poll(async () => {
        const envs = await table.locator('tbody tr td:nth-child(3)').allInnerTexts();
        return envs.length > 0 && envs.every((t) => t === 'staging');
      })
      .toBe(true);
    await shot(page, 'delivery-explore-light');
    await page.getByRole('navigation', { name: 'Explore' }).getByRole('link', { name: 'Incidents' }).click();
    await page.waitForURL(
      (u) => u.pathname === '/delivery/explore/incidents' && !u.searchParams.has('environment'),
    );
    await page.getByRole('combobox', { name: 'Status' }).selectOption('open');
    await page.waitForURL(/status=open/);
    const incidents = page.getByRole('table', { name: 'Incidents' });
    // The list loads again with the filter: every incident shown is open.
    await expect
      .poll(async () => {
        const statuses = await incidents.locator('tbody .status-badge').allInnerTexts();
        return statuses.length > 0 && statuses.every((t) => t.endsWith('Open'));
      })
      .toBe(true);
    await page
      .getByRole('navigation', { name: 'Explore' })
      .getByRole('link', { name: 'Pull requests' })
      .click();
    await page.getByRole('table', { name: 'Pull requests' }).getByRole('row').nth(1).waitFor();
    expect(errors).toEqual([]);
    await close();
  }, 90_000);

  it('says how to bring data in when a range is empty, and shows API errors as problems', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.goto(`${e.baseUrl}/delivery?from=2019-01-01&to=2019-03-31`);
    await page.getByRole('heading', { name: 'No production deployments in this range' }).waitFor();
    await page.getByText('quarterdeck import git <path>').waitFor();
    await page.getByText('The generic import').waitFor();
    await page.getByText('The GitHub sync').waitFor();
    await page.goto(`${e.baseUrl}/delivery/flow?from=2019-01-01&to=2019-03-31`);
    await page.getByRole('heading', { name: 'No pull requests in this range' }).waitFor();
    await page.route('**/api/v1/delivery/dora?*', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Database unavailable',
          status: 503,
          detail: 'Try later.',
        }),
      }),
    );
    await page.goto(`${e.baseUrl}/delivery`);
    await page.getByRole('alert').getByText('Database unavailable').waitFor();
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    expect(errors).toEqual([]);
    await close();
  }, 60_000);

  it('has no serious accessibility violations, in the light and the dark theme', async () => {
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const { page, close } = await signedIn(e.browser, e, scheme);
      for (const path of [
        '/delivery',
        '/delivery/flow',
        '/delivery/rows?metric=recovery-time',
        '/delivery/explore/pull-requests',
      ]) {
        await page.goto(`${e.baseUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        found.push(...(await seriousViolations(page, `${path} (${scheme})`)));
        if (scheme === 'dark' && path === '/delivery') await shot(page, 'delivery-dora-dark');
      }
      await close();
    }
    expect(found).toEqual([]);
  }, 120_000);
});
