import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFocusCsv } from '../src/domains/cost/billing-generator.js';
import { importBillingFile } from '../src/domains/cost/billing-import.service.js';
import { budgetDemoStep } from '../src/domains/cost/budget.demo.js';
import { allTeams, servicesWithOwners } from '../src/domains/org/org-lookup.service.js';
import { apiCall, docShot, seriousViolations, signedIn } from './browser-pages.js';
import { type E2E, hasChromium, startE2E } from './harness.js';

interface BudgetList {
  asOf: string | null;
  items: { id: number; name: string; current: { status: string } | null }[];
}

/**
 * The pages need a bill. When the demo brings none (its billing step is not there), generate half a year
 * of FOCUS lines for the demo's teams and services, import it, and set the demo budgets from it.
 */
async function ensureBilling(e: E2E) {
  const db = e.handle.db;
  const n = await sql<{ n: number }>`select count(*)::int as n from cost_lines`.execute(db);
  if (n.rows[0]!.n > 0) return;
  const teams = (await allTeams(db)).filter((t) => t.kind === 'team');
  const services = (await servicesWithOwners(db)).map((s) => ({
    name: s.name,
    team: teams.find((t) => t.id === s.ownerTeamId)?.slug ?? teams[0]!.slug,
  }));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cost-analysis-e2e-'));
  const file = path.join(dir, 'bill.csv');
  const start = new Date(Date.now() - 179 * 86_400_000).toISOString().slice(0, 10);
  await writeFocusCsv(file, { units: { teams, services }, start, days: 180, lines: 40_000, seed: 7 });
  await importBillingFile(db, file, { actor: { userId: null, label: 'e2e' } });
  await budgetDemoStep.run({ db, size: { name: 's', people: 60 }, seed: 7, onProgress: () => {} });
  fs.rmSync(dir, { recursive: true, force: true });
}

const WORD: Record<string, string> = { under: 'Under budget', 'at-risk': 'At risk', over: 'Over budget' };

describe.skipIf(!hasChromium)('browser: cost analysis pages', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    await ensureBilling(e);
  }, 300_000);
  afterAll(async () => e?.close());

  it('lists budgets with burn bars and statuses, opens the burn-up with its forecast band, and sets a budget', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.goto(`${e.baseUrl}/cost/budgets`);
    await page.getByRole('heading', { name: 'Budgets', level: 1 }).waitFor();
    const api = (await apiCall<BudgetList>(page, '/api/v1/cost/budgets')).body;
    if (api.items.length) {
      await page.getByRole('list', { name: 'Budgets' }).waitFor();
      expect(await page.locator('.budget-card').count()).toBe(api.items.length);
      for (const status of new Set(api.items.flatMap((b) => (b.current ? [b.current.status] : []))))
        expect(
          await page.locator('.budget-card .status-badge', { hasText: WORD[status]! }).count(),
        ).toBeGreaterThan(0);
      expect(await page.getByRole('img', { name: /of the budget spent/ }).count()).toBe(
        api.items.filter((b) => b.current).length,
      );
    } else await page.getByRole('heading', { name: 'No budgets yet' }).waitFor();
    expect(await seriousViolations(page, 'budgets light')).toEqual([]);
    await docShot(page, 'cost-budgets');

    if (api.items.length) {
      const first = api.items.find((b) => b.current?.status === 'over') ?? api.items[0]!;
      await page.getByRole('link', { name: first.name, exact: true }).click();
      await page.getByRole('heading', { name: first.name, level: 1 }).waitFor();
      await page.getByRole('figure', { name: /Cumulative cost in/ }).waitFor();
      await page.getByText('Forecast error on past data').waitFor();
      expect(
        await page.getByRole('link', { name: 'Billing lines behind the cost to date' }).getAttribute('href'),
      ).toMatch(/^\/cost\/explorer\?/);
      expect(await seriousViolations(page, 'budget detail light')).toEqual([]);
      await docShot(page, 'cost-budgets-detail');
      await page.getByRole('button', { name: 'Show as table' }).click();
      await page.getByRole('table', { name: /Cumulative cost in/ }).waitFor();
      await page.goto(`${e.baseUrl}/cost/budgets`);
    }

    await page.getByRole('button', { name: 'Set a budget' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Whole organization, yearly');
    await page.getByLabel('For', { exact: true }).selectOption('organization');
    await page.getByLabel('Period', { exact: true }).selectOption('year');
    await page.getByLabel('Amount', { exact: true }).fill('2500000');
    await page.locator('form').getByRole('button', { name: 'Set budget' }).click();
    await page.getByRole('link', { name: 'Whole organization, yearly' }).waitFor();
    await expect
      .poll(async () => (await apiCall<BudgetList>(page, '/api/v1/cost/budgets')).body.items.length)
      .toBe(api.items.length + 1);
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  it('shows anomalies with the expected band and the lines that explain them', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.goto(`${e.baseUrl}/cost/anomalies`);
    await page.getByRole('heading', { name: 'Anomalies', level: 1 }).waitFor();
    const api = (
      await apiCall<{ items: { id: string; date: string; unit: { label: string } }[] }>(
        page,
        '/api/v1/cost/anomalies',
      )
    ).body;
    if (api.items.length) {
      await page.getByRole('heading', { name: `${api.items.length} anomalies`, exact: false }).waitFor();
      expect(await page.locator('tbody tr.anomaly-row--selected').count()).toBe(1);
      await page.getByRole('figure', { name: /with its expected band/ }).waitFor();
      await page.getByRole('heading', { name: 'What explains it' }).waitFor();
      expect(await seriousViolations(page, 'anomalies light')).toEqual([]);
      await docShot(page, 'cost-anomalies');
      const last = api.items.at(-1)!;
      await page.getByRole('link', { name: last.date }).last().click();
      await expect.poll(() => page.url()).toContain(`anomaly=${encodeURIComponent(last.id)}`);
      await page.getByRole('heading', { name: `${last.unit.label} on ${last.date}` }).waitFor();
      expect(await seriousViolations(page, 'anomaly selected light')).toEqual([]);
    } else {
      await page.getByRole('heading', { name: 'No anomalies' }).waitFor();
      expect(await seriousViolations(page, 'anomalies light')).toEqual([]);
      await docShot(page, 'cost-anomalies');
    }
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  it('lists savings opportunities with annual amounts, and unit-cost trends', async () => {
    const { page, errors, close } = await signedIn(e.browser, e);
    await page.goto(`${e.baseUrl}/cost/savings`);
    await page.getByRole('heading', { name: 'Savings', level: 1 }).waitFor();
    await page.getByRole('list', { name: 'Savings opportunities' }).waitFor();
    expect(await page.locator('.savings-card').count()).toBe(5);
    for (const title of [
      'Unused SaaS seats',
      'Idle resources',
      'Unallocated resources',
      'Unused commitments',
      'Non-production environments',
    ])
      expect(await page.locator('.savings-card h2', { hasText: title }).count(), title).toBe(1);
    expect(await seriousViolations(page, 'savings light')).toEqual([]);
    await docShot(page, 'cost-savings');

    await page.goto(`${e.baseUrl}/cost/unit-costs`);
    await page.getByRole('heading', { name: 'Unit costs', level: 1 }).waitFor();
    const api = (await apiCall<{ months: unknown[] }>(page, '/api/v1/cost/unit-costs')).body;
    if (api.months.length) {
      await page.getByRole('heading', { name: 'Month by month' }).waitFor();
      expect(await page.locator('section[aria-labelledby="unit-months"] tbody tr').count()).toBe(
        api.months.length,
      );
      await page.getByRole('figure', { name: /Cost per engineer/ }).waitFor();
    }
    expect(await seriousViolations(page, 'unit costs light')).toEqual([]);
    await docShot(page, 'cost-unit-costs');
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  it('passes axe in the dark theme, and keeps members out', async () => {
    const { page, errors, close } = await signedIn(e.browser, e, 'executive', 'dark');
    for (const [url, heading] of [
      ['/cost/budgets', 'Budgets'],
      ['/cost/anomalies', 'Anomalies'],
      ['/cost/savings', 'Savings'],
      ['/cost/unit-costs', 'Unit costs'],
    ] as const) {
      await page.goto(`${e.baseUrl}${url}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page, `${url} dark`)).toEqual([]);
      if (url === '/cost/budgets') await docShot(page, 'cost-budgets-dark');
    }
    expect(errors).toEqual([]);
    await close();

    const member = await signedIn(e.browser, e, 'member');
    expect((await apiCall(member.page, '/api/v1/cost/budgets')).status).toBe(403);
    expect(await member.page.getByRole('link', { name: 'Budgets' }).count()).toBe(0);
    await member.close();
  }, 120_000);
});
