import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, hasChromium, loginOf, screenshot, signIn, startE2E } from './harness.js';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type ChartRow = [number, string, string | null, number | null, number | null, string];
interface ChartAnswer {
  rows: ChartRow[];
  teams: { id: number; name: string }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
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
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)})`);
}

async function signedInPage(browser: Browser, e: E2E, scheme: 'light' | 'dark', role = 'executive') {
  const context = await browser.newContext({
    colorScheme: scheme,
    viewport: { width: 1360, height: 860 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await signIn(page, e.baseUrl, loginOf(e.demo, role));
  return { context, page, errors };
}

/** The chart's own answer, read through the signed-in page (same cookies). */
async function chartData(page: Page): Promise<ChartAnswer> {
  return (await page.evaluate(async () => (await fetch('/api/v1/org/chart')).json())) as ChartAnswer;
}

/** The page's window, as much of it as these tests use (the test files are compiled without DOM types). */
interface PageWindow {
  __frames: number[];
  __stop: boolean;
  requestAnimationFrame(callback: (time: number) => void): number;
}

/** Frame times (ms) while `work` runs, from requestAnimationFrame in the page. */
async function frameTimes(page: Page, work: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    w.__frames = [];
    w.__stop = false;
    let last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (!w.__stop) w.requestAnimationFrame(tick);
    };
    w.requestAnimationFrame(tick);
  });
  await work();
  return page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    w.__stop = true;
    return w.__frames.slice(1);
  });
}

const quantile = (values: number[], q: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? 0;
};

/** A 5,000-person organization in the chart's row format: CTO, head, 110 directors, managers, engineers. */
function bigChart(): ChartAnswer {
  const rows: ChartRow[] = [
    [1, 'Avery Chief', 'CTO', null, 1, 'cto'],
    [2, 'Blake Head', 'Head of Engineering', 1, 1, 'head of engineering'],
  ];
  let id = 3;
  while (rows.length < 5000) {
    const dir = id++;
    rows.push([dir, `Director ${dir}`, 'Director of Engineering', 2, 1, 'engineering director']);
    for (let m = 0; m < 6 && rows.length < 5000; m++) {
      const mgr = id++;
      rows.push([mgr, `Manager ${mgr}`, 'Engineering Manager', dir, 1, 'engineering manager']);
      for (let k = 0; k < 6 && rows.length < 5000; k++) {
        rows.push([id, `Engineer ${id}`, 'Software Engineer', mgr, 1, 'engineer']);
        id++;
      }
    }
  }
  return { rows, teams: [{ id: 1, name: 'Engineering' }] };
}

describe.skipIf(!hasChromium)('browser: org chart, people, teams and services', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  }, 180_000);
  afterAll(async () => e?.close());

  it('finds a person on the org chart, opens them, their team and a service', async () => {
    const { context, page, errors } = await signedInPage(e.browser, e, 'light');
    await page.goto(`${e.baseUrl}/org/chart`);
    await page.getByRole('heading', { name: 'Org chart', level: 1 }).waitFor();
    await page.locator('.oc-node').first().waitFor();
    // A branch closes and opens from its button, which says what it does (the top person is in view).
    const toggle = page
      .locator('.oc-node')
      .first()
      .getByRole('button', { name: /^(Show|Hide) the \d+ direct reports? of / });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');

    const chart = await chartData(page);
    const ids = new Set(chart.rows.map((r) => r[0]));
    const managers = new Set(chart.rows.map((r) => r[3]));
    // Someone deep in the tree (a manager above them), who has no reports: hidden until searched.
    const target = chart.rows.find((r) => r[3] !== null && ids.has(r[3]) && !managers.has(r[0]))!;
    expect(target).toBeTruthy();
    const name = target[1];

    await page.getByRole('combobox', { name: 'Find a person' }).fill(name.split(' ')[0]!);
    await page
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .click();
    const found = page.locator('.oc-node--selected');
    await found.waitFor();
    expect(await found.locator('.oc-node__name').innerText()).toContain(name);
    expect(new URL(page.url()).searchParams.get('focus')).toBe(String(target[0]));
    await page.waitForTimeout(500);
    await screenshot(page, 'org-pages-chart-light');

    await found.getByRole('link', { name: new RegExp(name) }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Management chain' }).waitFor();
    await page.getByRole('heading', { name: /^Direct reports/ }).waitFor();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await page.getByRole('heading', { name: /^Identities/ }).waitFor();
    await screenshot(page, 'org-pages-person-light');

    const teamLink = page
      .getByRole('region', { name: /^Teams/ })
      .getByRole('link')
      .first();
    const teamName = (await teamLink.innerText()).trim();
    await teamLink.click();
    await page.getByRole('heading', { name: teamName, level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Breadcrumb' }).waitFor();
    await page.getByRole('heading', { name: /^People \(\d+\)/ }).waitFor();
    await screenshot(page, 'org-pages-team-light');

    await page.goto(`${e.baseUrl}/org/services?kind=component`);
    await page.getByRole('heading', { name: 'Services', level: 1 }).waitFor();
    const first = page
      .getByRole('table', { name: 'Services' })
      .getByRole('rowheader')
      .first()
      .getByRole('link');
    await first.waitFor();
    await screenshot(page, 'org-pages-services-light');
    const service = (await first.innerText()).trim();
    await first.click();
    await page.getByRole('heading', { name: service, level: 1 }).waitFor();
    await page.getByRole('heading', { name: /^Relations/ }).waitFor();
    await page.getByRole('heading', { name: /^Repositories and CODEOWNERS/ }).waitFor();
    await screenshot(page, 'org-pages-service-light');

    await page.goto(`${e.baseUrl}/org/teams`);
    await page.getByRole('heading', { name: 'Teams', level: 1 }).waitFor();
    await screenshot(page, 'org-pages-teams-light');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('works from the keyboard: the list view is a tree, and “as of” goes into the URL', async () => {
    const { context, page, errors } = await signedInPage(e.browser, e, 'light');
    await page.goto(`${e.baseUrl}/org/chart?view=list`);
    const tree = page.getByRole('tree');
    await tree.waitFor();
    const first = page.getByRole('treeitem').first();
    await first.focus();
    const level1 = await first.getAttribute('aria-level');
    expect(level1).toBe('1');
    const focused = page.locator('[role="treeitem"]:focus');
    // Down moves to the next row, Home back to the first.
    await page.keyboard.press('ArrowDown');
    expect(await focused.getAttribute('aria-level')).toBe('2');
    await page.keyboard.press('Home');
    expect(await focused.getAttribute('aria-level')).toBe('1');
    // Left on an open row closes it; Right opens it, and Right again goes to its first report.
    expect(await focused.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    expect(await focused.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowRight');
    expect(await focused.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await focused.getAttribute('aria-level')).toBe('2');
    // Left on a closed row goes up to the manager.
    if ((await focused.getAttribute('aria-expanded')) === 'true') await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focused.getAttribute('aria-level')).toBe('1');
    await screenshot(page, 'org-pages-chart-list-light');
    // Enter opens the person.
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/org\/people\/\d+$/);

    await page.goto(`${e.baseUrl}/org/chart`);
    const date = page.getByLabel('As of');
    await date.fill('2025-01-15');
    await page.waitForURL(/asOf=2025-01-15/);
    await page
      .getByText(/as the organization was on|Nobody in the organization on/)
      .first()
      .waitFor();
    // The chart viewport pans and zooms from the keyboard.
    if (await page.locator('.oc-chart__viewport').count()) {
      await page.locator('.oc-chart__viewport').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('-');
      await page.keyboard.press('0');
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('stays smooth with 5,000 people: few boxes in the DOM, short frames while panning', async () => {
    const { context, page, errors } = await signedInPage(e.browser, e, 'light');
    const big = bigChart();
    expect(big.rows.length).toBe(5000);
    await page.route('**/api/v1/org/chart*', (route) =>
      route.fulfill({
        json: { asOf: null, columns: ['id', 'name', 'title', 'managerId', 'teamId', 'role'], ...big },
      }),
    );
    const started = Date.now();
    await page.goto(`${e.baseUrl}/org/chart`);
    await page.locator('.oc-node').first().waitFor();
    const firstView = Date.now() - started;
    await page.getByText('5,000 people').first().waitFor();

    const openStarted = Date.now();
    await page.getByRole('button', { name: 'Open all' }).click();
    await page.evaluate(
      () =>
        new Promise((done) => {
          const w = globalThis as unknown as PageWindow;
          w.requestAnimationFrame(() => w.requestAnimationFrame(done));
        }),
    );
    const openAll = Date.now() - openStarted;
    const boxes = await page.locator('.oc-node').count();

    const viewport = (await page.locator('.oc-chart__viewport').boundingBox())!;
    const cx = viewport.x + viewport.width / 2;
    const cy = viewport.y + viewport.height / 2;
    const pan = await frameTimes(page, async () => {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let i = 0; i < 40; i++) await page.mouse.move(cx - i * 10, cy - i * 6);
      await page.mouse.up();
    });
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    // Fitting the whole organization switches the chart from DOM boxes to the canvas once the zoom has
    // settled; under load that can take more than one frame, so wait for it rather than sleep.
    await expect.poll(() => page.locator('.oc-node').count(), { timeout: 10_000 }).toBe(0);
    const painted = await page.locator('.oc-node').count();
    const panOut = await frameTimes(page, async () => {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let i = 0; i < 40; i++) await page.mouse.move(cx + i * 6, cy + i * 4);
      await page.mouse.up();
    });
    console.log(
      `org chart, 5,000 people: first view ${firstView} ms; open all ${openAll} ms; ${boxes} boxes in the DOM; ` +
        `pan p95 ${quantile(pan, 0.95).toFixed(1)} ms (zoomed in), ${quantile(panOut, 0.95).toFixed(1)} ms (whole org painted, ${painted} DOM boxes)`,
    );
    expect(boxes).toBeLessThan(1000);
    expect(painted).toBe(0);
    expect(openAll).toBeLessThan(3000);
    expect(quantile(pan, 0.95)).toBeLessThan(100);
    expect(quantile(panOut, 0.95)).toBeLessThan(100);

    await page.getByRole('combobox', { name: 'Find a person' }).fill('Engineer 4999');
    await page.keyboard.press('Enter');
    await page.locator('.oc-node--selected').waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, 'org-pages-chart-5000-light');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('looks right and has no serious accessibility violations in the dark theme (and light)', async () => {
    for (const scheme of ['dark', 'light'] as const) {
      const { context, page } = await signedInPage(e.browser, e, scheme);
      const chart = await chartData(page);
      const person = chart.rows.find((r) => r[3] !== null)!;
      const found: string[] = [];
      const paths: [string, string][] = [
        ['chart', '/org/chart'],
        ['chart-list', '/org/chart?view=list'],
        ['person', `/org/people/${person[0]}`],
        ['teams', '/org/teams'],
        ['services', '/org/services'],
      ];
      const teams = (await page.evaluate(async () => (await fetch('/api/v1/org/teams')).json())) as {
        items: { id: number; members: number }[];
      };
      const team = teams.items.find((t) => t.members > 0);
      if (team) paths.push(['team', `/org/teams/${team.id}`]);
      const entities = (await page.evaluate(async () =>
        (await fetch('/api/v1/org/entities?limit=1&kind=component')).json(),
      )) as {
        items: { id: number }[];
      };
      if (entities.items[0]) paths.push(['service', `/org/services/${entities.items[0].id}`]);
      for (const [name, path] of paths) {
        await page.goto(`${e.baseUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        found.push(...(await seriousViolations(page)).map((v) => `${path} (${scheme}): ${v}`));
        if (scheme === 'dark') await screenshot(page, `org-pages-${name}-dark`);
      }
      expect(found).toEqual([]);
      await context.close();
    }
  }, 180_000);
});
