/**
 * The billing pages of the cost domain in a browser, on the demo organization with the real FOCUS
 * sample imported: the overview (spend, change, unallocated share linked to its lines, last import,
 * coverage), the explorer (grouping, step, metric and filters in the URL; every figure opens its billing
 * lines, each naming its file and row; CSV of the table), the import history with its validation
 * report, the upload of a bad file (refused, naming file, row and column), the allocation rules (a
 * leader saves a version and sees the unallocated cost after; a manager reads them; a member is kept
 * out), and no serious axe-core violation in the light or the dark theme.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBillingFile } from '../src/domains/cost/billing-import.service.js';
import { focusCsvText, V10_MANDATORY } from '../src/domains/cost/importers/focus-test-files.js';
import { apiCall, docShot, seriousViolations, signedIn } from './browser-pages.js';
import { type E2E, hasChromium, startE2E } from './harness.js';

const SAMPLE = path.resolve('../shared/data/focus/focus_sample.csv');

interface Summary {
  from: string;
  to: string;
  currency: string | null;
  total: string;
  unallocated: string;
  coverage: { first: string | null; last: string | null; lastImportAt: string | null };
}
interface Series {
  currency: string | null;
  buckets: string[];
  groups: { key: string; label: string; kind: string; total: string }[];
  total: string;
}
interface Lines {
  total: number;
  items: { file: string; sourceRow: number; account: string | null; effectiveCost: string }[];
}

/** The number in a text like "1,000 billing lines; 1–50 shown". */
const leadingCount = (text: string | null) => Number((text ?? '').replace(/,/g, '').match(/\d+/)?.[0] ?? NaN);

describe.skipIf(!hasChromium)('browser: cloud cost overview, explorer, imports and allocation', () => {
  let e: E2E;
  let range: { from: string; to: string };
  beforeAll(async () => {
    e = await startE2E();
    await importBillingFile(e.handle.db, SAMPLE, { actor: { userId: null, label: 'e2e' } });
    // The sample is from September 2024 (the demo may add a year of bills of its own): show Sep–Oct 2024.
    range = { from: '2024-09-01', to: '2024-10-31' };
  }, 300_000);
  afterAll(async () => e?.close());

  it('shows the overview: spend against the range before, unallocated share linked to its lines, last import, coverage', async () => {
    const { page, errors, close } = await signedIn(e.browser, e, 'executive');
    const q = `from=${range.from}&to=${range.to}`;
    const summary = (await apiCall<Summary>(page, `/api/v1/cost/summary?${q}`)).body;
    expect(summary.coverage.lastImportAt).not.toBeNull();
    expect(summary.unallocated).not.toBe('0');
    await page.goto(`${e.baseUrl}/cost?${q}`);
    await page.getByRole('heading', { level: 1, name: 'Cloud cost' }).waitFor();
    const figures = page.getByLabel('Cloud cost in this range');
    await figures.getByText('Unallocated', { exact: true }).waitFor();
    await figures.getByText(/of the spend has no team or service/).waitFor();
    await figures.getByText(/previous period/).waitFor();
    await figures.getByRole('link', { name: 'Import history' }).waitFor();
    await page.getByRole('figure', { name: /Amortized cost per month by provider/ }).waitFor();
    await page.getByRole('heading', { name: 'Top teams' }).waitFor();
    expect(await seriousViolations(page, 'overview light')).toEqual([]);

    // The breakdown switch lives in the URL.
    await page.getByLabel('Break down by').selectOption('team');
    await page.waitForURL((u) => u.searchParams.get('by') === 'team');
    await page.getByRole('figure', { name: /Amortized cost per month by team/ }).waitFor();

    // Unallocated is always shown, and leads to its lines.
    await figures.getByRole('link', { name: 'The unallocated lines' }).click();
    await page.waitForURL(
      (u) => u.pathname === '/cost/explorer' && u.searchParams.get('lines') === 'unallocated',
    );
    const lines = (
      await apiCall<Lines>(page, `/api/v1/cost/lines?${q}&groupBy=team&group=unallocated&limit=1`)
    ).body;
    const status = page.getByRole('region', { name: /^Billing lines: Unallocated/ }).getByRole('status');
    await expect.poll(async () => leadingCount(await status.textContent())).toBe(lines.total);

    // The tabs from the keyboard: arrows move between them, Enter opens one; the range goes along.
    const tabs = page.getByRole('navigation', { name: 'Cloud cost pages' });
    expect(await tabs.getByRole('link', { name: 'Explorer' }).getAttribute('aria-current')).toBe('page');
    await tabs.getByRole('link', { name: 'Explorer' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/cost' && u.searchParams.get('from') === range.from);
    await expect
      .poll(() => tabs.getByRole('link', { name: 'Overview' }).getAttribute('aria-current'))
      .toBe('page');
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  it('keeps grouping, step, metric and filters in the URL; a figure opens its lines with file and row; CSV', async () => {
    const { page, errors, close } = await signedIn(e.browser, e, 'executive');
    const q = `from=${range.from}&to=${range.to}`;
    await page.goto(`${e.baseUrl}/cost/explorer?${q}`);
    await page.getByRole('heading', { level: 1, name: 'Cost explorer' }).waitFor();
    await page.getByLabel('Group by').selectOption('provider');
    await page.waitForURL((u) => u.searchParams.get('group') === 'provider');
    await page.getByRole('region', { name: 'View' }).getByLabel('Cost').selectOption('billed');
    await page.waitForURL((u) => u.searchParams.get('metric') === 'billed');
    await page.getByLabel('Category', { exact: true }).selectOption('Compute');
    await page.waitForURL((u) => u.searchParams.get('category') === 'Compute');
    await page.getByLabel('Step').selectOption('day');
    await page.waitForURL((u) => u.searchParams.get('step') === 'day');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Cost explorer' }).waitFor();
    expect(await page.getByLabel('Group by').inputValue()).toBe('provider');
    expect(await page.getByLabel('Step').inputValue()).toBe('day');
    expect(await page.getByRole('region', { name: 'View' }).getByLabel('Cost').inputValue()).toBe('billed');
    expect(await page.getByLabel('Category', { exact: true }).inputValue()).toBe('Compute');
    await page.getByLabel('Step').selectOption('month');
    await page.waitForURL((u) => u.searchParams.get('step') === 'month');

    const api = `/api/v1/cost/series?${q}&groupBy=provider&step=month&metric=billed&category=Compute`;
    const series = (await apiCall<Series>(page, api)).body;
    expect(series.groups.length).toBeGreaterThan(0);
    const table = page.getByRole('table', { name: /Cost by provider and period/ });
    // Header, one row per provider, totals.
    await expect.poll(() => table.getByRole('row').count()).toBe(series.groups.length + 2);

    // A group's total opens the billing lines behind it, each with its file and row.
    const top = series.groups[0]!;
    await table
      .getByRole('link', { name: new RegExp(`: ${top.label}, whole range, the billing lines$`) })
      .click();
    await page.waitForURL((u) => u.searchParams.get('lines') === top.key);
    const lines = (
      await apiCall<Lines>(
        page,
        `/api/v1/cost/lines?${q}&groupBy=provider&group=${encodeURIComponent(top.key)}&category=Compute&limit=1`,
      )
    ).body;
    const region = page.getByRole('region', { name: new RegExp(`^Billing lines: ${top.label}`) });
    await expect
      .poll(async () => leadingCount(await region.getByRole('status').textContent()))
      .toBe(lines.total);
    const first = lines.items[0]!;
    await region
      .getByRole('row')
      .filter({ hasText: `${first.file}, row ${first.sourceRow.toLocaleString('en-US')}` })
      .first()
      .waitFor();

    // In the file's order: the first line is the lowest row of the file.
    await region.getByLabel('Order').selectOption('row');
    await page.waitForURL((u) => u.searchParams.get('sort') === 'row');
    const byRow = (
      await apiCall<Lines>(
        page,
        `/api/v1/cost/lines?${q}&groupBy=provider&group=${encodeURIComponent(top.key)}&category=Compute&limit=1&sort=row`,
      )
    ).body.items[0]!;
    await expect
      .poll(() => region.getByRole('row').nth(1).textContent())
      .toContain(`${byRow.file}, row ${byRow.sourceRow.toLocaleString('en-US')}`);

    // A month's cell: the lines of that month only.
    const month = series.buckets[0]!;
    await page.goto(
      `${e.baseUrl}/cost/explorer?${q}&group=provider&metric=billed&category=Compute&lines=all&bucket=${month}`,
    );
    await page.getByRole('region', { name: /^Billing lines: Every provider/ }).waitFor();

    // The table as CSV, with the exact amounts.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = fs.readFileSync((await download.path()) as string, 'utf8');
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toBe(['Provider', ...series.buckets, 'Total', 'Currency'].join(','));
    expect(rows).toHaveLength(series.groups.length + 2);
    expect(rows.at(-1)?.endsWith(`,${series.total},${series.currency}`)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  it('lists imports with their validation report, and refuses a bad upload naming file, row and column', async () => {
    const { page, errors, close } = await signedIn(e.browser, e, 'executive');
    await page.goto(`${e.baseUrl}/cost/imports`);
    await page.getByRole('heading', { level: 1, name: 'Cost imports' }).waitFor();
    const history = page.getByRole('list', { name: 'Imports, newest first' });
    await history.getByText('focus_sample.csv').first().click();
    await page.waitForURL((u) => u.searchParams.has('import'));
    const warnings = page.getByRole('table', { name: /Warnings per column/ });
    await warnings.getByRole('row').filter({ hasText: 'BillingPeriodStart' }).first().waitFor();
    await page
      .getByRole('table', { name: /Billing periods this import owns/ })
      .first()
      .waitFor();
    await page.getByRole('table', { name: 'Totals per currency' }).first().waitFor();
    expect(await seriousViolations(page, 'imports light')).toEqual([]);

    // A file with a non-numeric cost in row 3: the check names file, row and column; nothing is imported.
    const before = (await apiCall<{ items: unknown[] }>(page, '/api/v1/cost/imports')).body.items.length;
    const bad = focusCsvText(V10_MANDATORY, [{}, { BilledCost: 'twelve' }]);
    await page
      .getByLabel('Bill file')
      .setInputFiles({ name: 'bad-bill.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    const issue = page
      .getByRole('table', { name: 'Problems found in the file' })
      .getByRole('row')
      .filter({ hasText: 'bad-bill.csv' });
    await issue.filter({ hasText: 'BilledCost' }).filter({ hasText: '3' }).waitFor();
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await docShot(page, 'cost-billing-imports');
    expect((await apiCall<{ items: unknown[] }>(page, '/api/v1/cost/imports')).body.items.length).toBe(
      before,
    );
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  it('lets a leader save allocation rules as a new version and shows the unallocated cost after; others read or are kept out', async () => {
    const { page, errors, close } = await signedIn(e.browser, e, 'executive');
    const rulesBefore = (await apiCall<{ version: number }>(page, '/api/v1/cost/allocation-rules')).body;
    const summaryBefore = (await apiCall<Summary>(page, '/api/v1/cost/summary')).body;
    const q = `from=${summaryBefore.from}&to=${summaryBefore.to}`;
    const line = (
      await apiCall<Lines>(page, `/api/v1/cost/lines?${q}&groupBy=team&group=unallocated&limit=1&sort=cost`)
    ).body.items[0]!;
    const teams = (await apiCall<{ items: { slug: string; kind: string }[] }>(page, '/api/v1/org/teams')).body
      .items;
    const team = teams.find((t) => t.kind === 'team') ?? teams[0]!;
    expect(line.account).not.toBeNull();

    await page.goto(`${e.baseUrl}/cost/allocation`);
    await page.getByRole('heading', { level: 1, name: 'Cost allocation' }).waitFor();
    const unallocated = page.getByRole('region', { name: /Unallocated in the last twelve months/ });
    await unallocated.locator('strong', { hasText: / of / }).waitFor();
    await page.getByLabel('Kind of rule to add').selectOption('account');
    const rule = page.getByRole('listitem', { name: /Account map$/ }).last();
    await rule.getByLabel('Accounts').fill(`${line.account} = ${team.slug}`);
    await rule.getByRole('button', { name: /Move rule \d+ up/ }).click();
    await page.getByLabel('What changed').fill('The largest unallocated account belongs to a team');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByRole('heading', { name: `Rules, version ${rulesBefore.version + 1}` }).waitFor();
    await unallocated.getByText(/before the last save/).waitFor();
    const summaryAfter = (await apiCall<Summary>(page, '/api/v1/cost/summary')).body;
    expect(Number(summaryAfter.unallocated)).toBeLessThan(Number(summaryBefore.unallocated));
    await page
      .getByRole('table', { name: /Versions of the allocation rules/ })
      .getByText('The largest unallocated account')
      .waitFor();
    expect(await seriousViolations(page, 'allocation light')).toEqual([]);
    await docShot(page, 'cost-billing-allocation');
    // The overview once a team has cost (the documentation's picture).
    await page.goto(`${e.baseUrl}/cost?${q}&by=team`);
    await page.getByRole('table', { name: 'Teams with the largest cloud cost' }).waitFor();
    await page.getByRole('figure', { name: /Amortized cost per month by team/ }).waitFor();
    await docShot(page, 'cost-overview');
    // The explorer on a year of the demo's bills, by service; then the lines behind the largest one.
    await page.goto(`${e.baseUrl}/cost/explorer?${q}&group=service`);
    const table = page.getByRole('table', { name: /Cost by service and period/ });
    await table.getByRole('row').nth(1).waitFor();
    await page.getByRole('figure', { name: /Amortized cost per month by service/ }).waitFor();
    await docShot(page, 'cost-explorer');
    await table.getByRole('row').nth(1).getByRole('link').last().click();
    await page
      .getByRole('region', { name: /^Billing lines: / })
      .getByRole('status')
      .waitFor();
    await docShot(page, 'cost-explorer-lines');
    expect(errors).toEqual([]);
    await close();

    // A manager reads the rules; the editor is disabled and has no save button.
    const manager = await signedIn(e.browser, e, 'manager' as 'executive');
    await manager.page.goto(`${e.baseUrl}/cost/allocation`);
    await manager.page.getByText('Read-only: admins and executives change the allocation rules.').waitFor();
    expect(await manager.page.getByRole('button', { name: 'Save as a new version' }).count()).toBe(0);
    expect(await manager.page.getByLabel('Accounts').first().isDisabled()).toBe(true);
    expect(await manager.page.getByRole('heading', { name: 'Upload a bill' }).count()).toBe(0);
    await manager.close();

    // A member has no cost pages.
    const member = await signedIn(e.browser, e, 'member');
    await member.page.goto(`${e.baseUrl}/cost`);
    await member.page.getByText('Not allowed').waitFor();
    const nav = member.page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Cloud cost' }).count()).toBe(0);
    await member.close();
  }, 150_000);

  it('has no serious accessibility violations in the dark theme', async () => {
    const { page, errors, close } = await signedIn(e.browser, e, 'executive', 'dark');
    const q = `from=${range.from}&to=${range.to}`;
    const pages = [
      { url: `/cost?${q}`, ready: page.getByRole('figure', { name: /Amortized cost per month/ }) },
      { url: `/cost/explorer?${q}&lines=all`, ready: page.getByRole('region', { name: /^Billing lines: / }) },
      { url: '/cost/imports', ready: page.getByRole('list', { name: 'Imports, newest first' }) },
      { url: '/cost/allocation', ready: page.getByRole('heading', { name: /^Rules, version/ }) },
    ];
    for (const p of pages) {
      await page.goto(`${e.baseUrl}${p.url}`);
      await p.ready.waitFor();
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page, `${p.url} dark`)).toEqual([]);
    }
    // The documentation's dark picture: the demo's year of bills (the range the API picks without one).
    const year = (await apiCall<Summary>(page, '/api/v1/cost/summary')).body;
    await page.goto(`${e.baseUrl}/cost?from=${year.from}&to=${year.to}&by=team`);
    await page.getByRole('figure', { name: /Amortized cost per month by team/ }).waitFor();
    await docShot(page, 'cost-overview-dark');
    expect(errors).toEqual([]);
    await close();
  }, 150_000);
});
