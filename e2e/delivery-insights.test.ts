import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordDelivery } from '../src/domains/delivery/delivery.repo.js';
import { DEFAULT_DAYS, daysBefore, todayUtc } from '../src/web/scope/scope.js';
import { formatDuration } from '../src/web/ui/format/format.js';
import { apiCall, seriousViolations, shot, signedIn } from './browser-pages.js';
import { seedDelivery } from './delivery-seed.js';
import { type E2E, hasChromium, startE2E } from './harness.js';

const apiGet = async <T>(page: Page, path: string): Promise<T> => (await apiCall<T>(page, path)).body;

const today = todayUtc();
const RANGE = `from=${daysBefore(today, DEFAULT_DAYS)}&to=${today}`;
const en = (n: number) => n.toLocaleString('en-US');
/** As the pages write a share (delivery-data.ts `percent`), in the browser's en-US. */
const percent = (x: number | null) =>
  x === null ? '—' : `${(x * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`;
const CATEGORY: Record<string, string> = {
  new: 'New capabilities',
  maintenance: 'Maintenance',
  bug: 'Bugs',
  toil: 'Toil',
  unclassified: 'Unclassified',
};
/** Counts the quality answer gives as context, not as gaps. */
const CONTEXT = ['commits', 'authorIdentitiesWithoutPerson'];

type Investment = {
  rulesAreDefault: boolean;
  categories: { category: string; count: number; share: number }[];
};
const countOf = (i: Investment, c: string) => i.categories.find((x) => x.category === c)?.count ?? 0;

/** Each category row of the page shows the API's count and share. */
async function expectShares(page: Page, inv: Investment) {
  const table = page.getByRole('table', { name: 'Categories' });
  for (const c of inv.categories) {
    const row = table.getByRole('row').filter({
      has: page.getByRole('link', { name: CATEGORY[c.category] ?? c.category, exact: true }),
    });
    await expect.poll(() => row.innerText()).toContain(en(c.count));
    expect(await row.innerText()).toContain(percent(c.share));
  }
}

async function checkStatus(page: Page, id: string): Promise<string | undefined> {
  const card = await apiGet<{ groups: { checks: { id: string; status: string }[] }[] }>(
    page,
    '/api/v1/scorecard',
  );
  return card.groups.flatMap((g) => g.checks).find((c) => c.id === id)?.status;
}

describe.skipIf(!hasChromium)('browser: delivery insights, definitions and targets', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    await seedDelivery(e.handle.db);
    // A webhook delivery with a wrong signature, as the GitHub route records it, and an applied one.
    for (const outcome of ['rejected', 'applied'] as const) {
      await recordDelivery(e.handle.db, {
        source: 'github',
        delivery_id: `e2e-${outcome}`,
        event: 'pull_request',
        outcome,
        summary: outcome === 'rejected' ? 'X-Hub-Signature-256 missing or wrong' : 'applied',
      });
    }
  }, 180_000);
  afterAll(async () => e?.close());

  it('lists the data gaps with the counts of the API, and what was collected', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    // The DORA page's empty state links to the data-quality page.
    await page.goto(`${e.baseUrl}/delivery?from=2019-01-01&to=2019-03-31`);
    await page
      .getByRole('region', { name: 'No production deployments in this range' })
      .getByRole('link', { name: 'Data quality', exact: true })
      .click();
    await page.waitForURL((u) => u.pathname === '/delivery/quality');
    await page.getByRole('heading', { level: 1, name: 'Delivery data quality' }).waitFor();
    const q = await apiGet<{
      gaps: Record<string, number>;
      repositories: unknown[];
      sources: { source: string; count: number }[];
    }>(page, '/api/v1/delivery/quality?days=90');
    const gaps = Object.entries(q.gaps).filter(([key]) => !CONTEXT.includes(key));
    expect(gaps.length).toBeGreaterThanOrEqual(10);
    for (const [key, count] of gaps) {
      const item = page.locator(`li[data-gap="${key}"]`);
      await item.waitFor();
      expect(await item.locator('.quality-gap__count').innerText()).toBe(en(count));
      expect(await item.locator('.status-badge').innerText()).toContain(count ? 'Missing' : 'OK');
      // The item is named by its count and what is missing.
      expect(await item.getAttribute('aria-labelledby')).toBeTruthy();
    }
    // Gaps found come first.
    const order = await page.locator('li[data-gap]').evaluateAll((lis) => lis.map((l) => l.dataset.gap));
    const found = gaps.filter(([, c]) => c > 0).map(([k]) => k);
    expect(new Set(order.slice(0, found.length))).toEqual(new Set(found));
    // What was collected: every repository, each source, and the rejected webhook as a warning.
    await page.getByText(new RegExp(`^Rows 1–\\d+ of ${en(q.repositories.length)}$`)).waitFor();
    const sources = page.getByRole('table', { name: 'Per source' });
    for (const s of q.sources) await sources.getByRole('rowheader', { name: s.source }).first().waitFor();
    await page.getByText('1 webhook delivery rejected.').waitFor();
    const hooks = page.getByRole('table', { name: /Webhook deliveries/ });
    await hooks.getByText('Rejected').waitFor();
    await hooks.getByText('Applied').waitFor();
    await shot(page, 'delivery-quality-light');
    // Another range, kept in the URL.
    await page.getByRole('combobox', { name: 'Gaps over the last' }).selectOption('7');
    await page.waitForURL(/days=7/);
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  it('shows investment shares as the API counts them; an executive edits the rules, then restores them', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.goto(`${e.baseUrl}/delivery/investment`);
    await page.getByRole('heading', { level: 1, name: 'Investment allocation' }).waitFor();
    const before = await apiGet<Investment>(page, `/api/v1/delivery/investment?${RANGE}&limit=1`);
    expect(before.rulesAreDefault).toBe(true);
    await expectShares(page, before);
    await page.getByRole('figure', { name: 'Share of the items per category (%)' }).waitFor();
    await shot(page, 'delivery-investment-light');
    // A category lists its items.
    await page.getByRole('link', { name: 'Bugs', exact: true }).click();
    await page.waitForURL(/category=bug/);
    const items = page.getByRole('table', { name: 'Classified pull requests and commits' });
    await page
      .getByText(`of ${en(countOf(before, 'bug'))}`, { exact: false })
      .first()
      .waitFor();
    expect(new Set(await items.locator('tbody td:nth-child(4)').allInnerTexts())).toEqual(new Set(['Bugs']));
    // Weighed by lines changed: the shares of the API for that weight.
    await page.getByRole('combobox', { name: 'Weigh by' }).selectOption('lines');
    await page.waitForURL(/weight=lines/);
    await page.getByRole('columnheader', { name: 'Lines changed' }).waitFor();
    await expectShares(page, await apiGet(page, `/api/v1/delivery/investment?${RANGE}&weight=lines&limit=1`));

    // Commit type `feat` now counts as toil, and a last rule puts whatever is left in maintenance.
    await page.goto(`${e.baseUrl}/delivery/investment`);
    await page.getByRole('table', { name: 'Classification rules' }).waitFor();
    const ruleRows = page.locator('.investment-rules tbody tr');
    let n = 0;
    for (let i = 0; i < (await ruleRows.count()) && n === 0; i++) {
      const row = ruleRows.nth(i);
      const kind = await row.locator('select').first().inputValue();
      if (kind === 'commit-type' && (await row.locator('input').inputValue()) === 'feat') n = i + 1;
    }
    expect(n).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: `Rule ${n}: category` }).selectOption('toil');
    const total = await page.getByRole('textbox', { name: /^Rule \d+: pattern$/ }).count();
    await page.getByRole('button', { name: 'Add a rule' }).click();
    const last = total + 1;
    // The new rule's pattern has the focus; saving it empty is refused, with the reason at the field.
    const pattern = page.getByRole('textbox', { name: `Rule ${last}: pattern` });
    expect(await pattern.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Save rules' }).click();
    await page.getByText('Enter a pattern, e.g. bug or feat*').waitFor();
    await page.getByRole('combobox', { name: `Rule ${last}: what it looks at` }).selectOption('title');
    await page.getByRole('textbox', { name: `Rule ${last}: pattern` }).fill('*');
    await page.getByRole('combobox', { name: `Rule ${last}: category` }).selectOption('maintenance');
    await page.getByRole('button', { name: 'Save rules' }).click();
    const badge = page.locator('.investment-rules-panel__head .status-badge');
    await expect.poll(() => badge.innerText()).toContain('Edited rules');
    const after = await apiGet<Investment>(page, `/api/v1/delivery/investment?${RANGE}&limit=1`);
    expect(after.rulesAreDefault).toBe(false);
    expect(countOf(after, 'new')).toBeLessThan(countOf(before, 'new'));
    expect(countOf(after, 'toil')).toBeGreaterThan(countOf(before, 'toil'));
    expect(countOf(after, 'unclassified')).toBe(0);
    await expectShares(page, after);
    // Back to the defaults: the same classification as before.
    await page.getByRole('button', { name: 'Restore the default rules' }).click();
    await page.getByRole('button', { name: 'Yes, restore' }).click();
    await expect.poll(() => badge.innerText()).toContain('Default rules');
    const restored = await apiGet<Investment>(page, `/api/v1/delivery/investment?${RANGE}&limit=1`);
    expect(restored.rulesAreDefault).toBe(true);
    expect(restored.categories).toEqual(before.categories);
    await expectShares(page, restored);
    expect(errors).toEqual([]);
    await close();
  }, 150_000);

  it('shows a member the rules and targets read-only; the API refuses their changes', async () => {
    const { page, errors, close } = await signedIn(e.browser, e, 'member');
    await page.goto(`${e.baseUrl}/delivery/investment`);
    await page.getByRole('table', { name: 'Classification rules' }).getByRole('row').nth(1).waitFor();
    await page.getByText('Only executives and admins can change the rules.').waitFor();
    expect(await page.getByRole('button', { name: 'Save rules' }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: /^Rule \d+: pattern$/ }).count()).toBe(0);
    const rules = { rules: [{ category: 'bug', kind: 'label', pattern: 'x', position: 1 }] };
    expect((await apiCall(page, '/api/v1/delivery/investment-rules', 'PUT', rules)).status).toBe(403);
    await page.goto(`${e.baseUrl}/delivery`);
    await page.getByText('Executives and admins set them.').waitFor();
    expect(await page.getByRole('button', { name: 'Save targets' }).count()).toBe(0);
    const targets = await apiGet<object>(page, '/api/v1/delivery/targets');
    expect((await apiCall(page, '/api/v1/delivery/targets', 'PUT', targets)).status).toBe(403);
    expect(errors).toEqual([]);
    await close();
  }, 90_000);

  it('compares AI-assisted work with the rest, with the numbers of the API', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.goto(`${e.baseUrl}/delivery`);
    await page
      .getByRole('navigation', { name: 'Delivery pages' })
      .getByRole('link', { name: 'AI-assisted' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'AI-assisted work' }).waitFor();
    const ai = await apiGet<{
      changes: { share: number | null };
      leadTime: {
        ai: { count: number; medianMs: number | null };
        other: { count: number; medianMs: number | null };
      };
      pullRequests: { ai: { merged: number; reviewCoverage: number | null }; other: { merged: number } };
    }>(page, `/api/v1/delivery/ai?${RANGE}`);
    const table = page.getByRole('table', { name: 'AI-assisted work compared with the rest' });
    const cells = async (label: string) =>
      table.getByRole('row').filter({ hasText: label }).first().locator('td').allInnerTexts();
    await table.waitFor();
    expect(await cells('Changes shipped')).toEqual([en(ai.leadTime.ai.count), en(ai.leadTime.other.count)]);
    expect(await cells('Lead time for changes, median')).toEqual([
      formatDuration(ai.leadTime.ai.medianMs),
      formatDuration(ai.leadTime.other.medianMs),
    ]);
    expect(await cells('Merged pull requests')).toEqual([
      en(ai.pullRequests.ai.merged),
      en(ai.pullRequests.other.merged),
    ]);
    expect((await cells('Review coverage'))[0]).toBe(percent(ai.pullRequests.ai.reviewCoverage));
    await page.getByText(percent(ai.changes.share), { exact: true }).first().waitFor();
    await page.getByRole('figure', { name: /^Medians, AI-assisted and the rest/ }).waitFor();
    const definition = page.getByRole('link', { name: 'How AI assistance is recognized' });
    expect(await definition.getAttribute('href')).toBe('/help/metrics#ai-assisted-work');
    await shot(page, 'delivery-ai-light');
    expect(errors).toEqual([]);
    await close();
  }, 90_000);

  it('saves targets in people’s units, refuses impossible ones, and the scorecard follows them', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.goto(`${e.baseUrl}/delivery`);
    const panel = page.getByRole('region', { name: 'Targets' });
    await panel.getByRole('button', { name: 'Save targets' }).waitFor();
    const defaults = await apiGet<Record<string, number>>(page, '/api/v1/delivery/targets');
    const save = async (lead: string, unit: 'hours' | 'days', perWeek: string) => {
      await panel.getByLabel('Median lead time at most').fill(lead);
      await panel.getByLabel('Unit').selectOption(unit);
      await panel.getByLabel('Deployments per week, at least').fill(perWeek);
      await panel.getByRole('button', { name: 'Save targets' }).click();
      await page.getByText('Targets saved', { exact: false }).first().waitFor();
    };
    // Out of reach: a lead time within the hour and 500 deployments a week.
    await save('1', 'hours', '500');
    await expect.poll(() => checkStatus(page, 'delivery.on-time')).toBe('bad');
    // A share above 100 % is refused at the field, and nothing is saved.
    await panel.getByLabel('Change failure rate at most (%)').fill('150');
    await panel.getByRole('button', { name: 'Save targets' }).click();
    await panel.getByText('Enter a percentage from 0 to 100').waitFor();
    expect(
      (await apiGet<{ changeFailureRate: number }>(page, '/api/v1/delivery/targets')).changeFailureRate,
    ).toBe(defaults.changeFailureRate);
    await panel.getByLabel('Change failure rate at most (%)').fill('15');
    // Within reach: a lead time within a year, a deployment every ten weeks.
    await save('365', 'days', '0.1');
    const saved = await apiGet<Record<string, number>>(page, '/api/v1/delivery/targets');
    expect(saved).toMatchObject({
      leadTimeHours: 365 * 24,
      deploymentsPerWeek: 0.1,
      changeFailureRate: 0.15,
    });
    await expect.poll(() => checkStatus(page, 'delivery.on-time')).toBe('good');
    expect((await apiCall(page, '/api/v1/delivery/targets', 'PUT', defaults)).status).toBe(200);
    expect(errors).toEqual([]);
    await close();
  }, 90_000);

  it('opens the metric definitions at the anchor a tile, the scorecard or an org page links to', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    const atTop = (name: string) =>
      page.getByRole('heading', { name, exact: true }).evaluate((el) => {
        const r = el.getBoundingClientRect();
        const view = el.ownerDocument.defaultView;
        return view !== null && view.scrollY > 0 && r.top >= 0 && r.top < view.innerHeight / 2;
      });
    await page.goto(`${e.baseUrl}/delivery`);
    const tile = page.getByRole('article', { name: 'Lead time for changes', exact: true });
    await tile.locator('summary', { hasText: 'Definition' }).click();
    await tile.getByRole('link', { name: /Lead time for changes.*metric definitions/ }).click();
    await page.waitForURL((u) => u.pathname === '/help/metrics' && u.hash === '#lead-time-for-changes');
    await page.getByRole('heading', { level: 1, name: 'Metric definitions' }).waitFor();
    await expect.poll(() => atTop('Lead time for changes')).toBe(true);
    await shot(page, 'help-metrics-light');
    // Loaded afresh at an anchor, and from the side navigation.
    await page.goto(`${e.baseUrl}/help/metrics#span-of-control`);
    await expect.poll(() => atTop('Span of control')).toBe(true);
    await page.goto(`${e.baseUrl}/`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Metric definitions' })
      .click();
    await page.waitForURL((u) => u.pathname === '/help/metrics');
    // The scorecard's explanations link to the definitions they name.
    await page.goto(`${e.baseUrl}/`);
    const check = page.getByRole('article', { name: 'Are deliveries coming out on time?' });
    await check.locator('summary', { hasText: 'How it is measured' }).click();
    const links = check.locator('.metric-tile__explanation a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/help/metrics#lead-time-for-changes',
      '/help/metrics#deployment-frequency',
    ]);
    // An org insight page's definition too.
    await page.goto(`${e.baseUrl}/org/insights/span`);
    const how = page.locator('.how-measured');
    await how.locator('summary', { hasText: 'How this is measured' }).click();
    await how.getByRole('link', { name: 'Span of control', exact: true }).click();
    await page.waitForURL((u) => u.hash === '#span-of-control');
    expect(errors).toEqual([]);
    await close();
  }, 90_000);

  it('has no serious accessibility violations on the new pages, in the light and the dark theme', async () => {
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const { page, close } = await signedIn(e.browser, e, 'executive', scheme);
      for (const path of [
        '/delivery/quality',
        '/delivery/investment',
        '/delivery/ai',
        '/delivery',
        '/help/metrics',
      ]) {
        await page.goto(`${e.baseUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        found.push(...(await seriousViolations(page, `${path} (${scheme})`)));
      }
      await close();
    }
    expect(found).toEqual([]);
  }, 150_000);
});
