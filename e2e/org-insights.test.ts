import fs from 'node:fs';
import { createRequire } from 'node:module';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/platform/demo.js';
import { type E2E, hasChromium, screenshot, signIn, startE2E } from './harness.js';

/** An HR export as a real HR system writes it: its own header names, one of them unknown to Quarterdeck. */
function hrCsv(managerEmail: string): string {
  return [
    'Work Email,Full Name,Job Title,Reports To,Squad,Hire Date,Work Arrangement',
    `lin.okoye@acme.example,Lin Okoye,Software Engineer,${managerEmail},Import Squad,2026-10-01,remote`,
    'not-an-email,Broken Row,Software Engineer,,Import Squad,2026-10-01,office',
    `sam.reyes@acme.example,Sam Reyes,Senior Software Engineer,${managerEmail},Import Squad,2026-09-15,hybrid`,
  ].join('\n');
}

const INSIGHTS = [
  { path: '/org/insights/span', heading: 'Span of control', chart: 'Managers by number of direct reports' },
  { path: '/org/insights/roles', heading: 'Roles and work modes', chart: 'Work mode per team' },
  {
    path: '/org/insights/headcount',
    heading: 'Headcount and attrition',
    chart: 'Headcount at the end of each month',
  },
  {
    path: '/org/insights/ownership',
    heading: 'Ownership',
    chart: 'Services with a valid owner, repositories with CODEOWNERS',
  },
];

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The serious and critical axe-core violations of the page as it is now. */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(async () => {
    // Runs in the page: axe-core checks the whole document.
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
        `${where}: ${v.impact} ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')})`,
    );
}

async function newPage(browser: Browser, scheme: 'light' | 'dark'): Promise<Page> {
  // bypassCSP lets the test inject axe-core; the app itself allows only its own scripts.
  const context = await browser.newContext({
    colorScheme: scheme,
    viewport: { width: 1360, height: 900 },
    bypassCSP: true,
  });
  return context.newPage();
}

/** A full-page screenshot from the top (the shell's sticky header would otherwise land mid-page). */
async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.wheel(0, -100_000);
  await screenshot(page, name);
}

/** No error alert (ProblemView, error toasts) on the page. */
async function errorAlerts(page: Page): Promise<number> {
  return page
    .getByRole('alert')
    .filter({ hasText: /went wrong|failed|not allowed|could not/i })
    .count();
}

describe.skipIf(!hasChromium)('browser: org insights, import and identities', () => {
  let e: E2E;
  let cto: { email: string; password: string; name: string };
  beforeAll(async () => {
    e = await startE2E();
    const login = e.demo.logins.find((l) => l.who === 'CTO');
    if (!login) throw new Error('the demo has no CTO login');
    const person = await e.handle.db
      .selectFrom('people')
      .select('name')
      .where('email', '=', login.email)
      .executeTakeFirstOrThrow();
    cto = { email: login.email, password: DEMO_PASSWORD, name: person.name };
  }, 180_000);
  afterAll(async () => e?.close());

  it('shows every insight page with its charts, in the light and the dark theme', async () => {
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const page = await newPage(e.browser, scheme);
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      await signIn(page, e.baseUrl, cto);
      for (const insight of INSIGHTS) {
        await page.goto(`${e.baseUrl}${insight.path}`);
        await page.getByRole('heading', { level: 1, name: insight.heading }).waitFor();
        await page.getByRole('figure', { name: insight.chart }).waitFor();
        // The chart is drawn (ECharts loads with the first chart), not left on its placeholder.
        await page.locator('.chart__canvas svg').first().waitFor();
        await page.getByText('How this is measured').waitFor();
        expect(await errorAlerts(page), `${insight.path} shows an error`).toBe(0);
        await page.waitForLoadState('networkidle');
        found.push(...(await seriousViolations(page, `${insight.path} (${scheme})`)));
        await shot(
          page,
          `org-insights${insight.path.replace('/org/insights', '').replaceAll('/', '-')}-${scheme}`,
        );
      }
      // The span table drills down to the people behind the numbers.
      await page.goto(`${e.baseUrl}/org/insights/span`);
      const firstManager = page
        .getByRole('table', { name: /Managers and their span/ })
        .getByRole('link')
        .first();
      await firstManager.waitFor();
      expect(await firstManager.getAttribute('href')).toMatch(/^\/org\/people\/\d+$/);
      expect(errors).toEqual([]);
      await page.context().close();
    }
    expect(found).toEqual([]);
  }, 180_000);

  it('imports an HR CSV: maps a header, previews the issues, imports the valid rows and links the job', async () => {
    const page = await newPage(e.browser, 'light');
    await signIn(page, e.baseUrl, cto);
    await page.goto(`${e.baseUrl}/org/import`);
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    await page.getByRole('radio', { name: /hr-csv/ }).check();
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'people-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(hrCsv(cto.email)),
    });

    // The mapping step comes pre-filled with what Quarterdeck recognized; "Reports To" needs a hand.
    await page.getByRole('heading', { name: 'Match your columns' }).waitFor();
    expect(await page.getByLabel('Column for email').inputValue()).toBe('Work Email');
    expect(await page.getByLabel('Column for name', { exact: true }).inputValue()).toBe('Full Name');
    expect(await page.getByLabel('Column for team', { exact: true }).inputValue()).toBe('Squad');
    expect(await page.getByLabel('Column for work_mode').inputValue()).toBe('Work Arrangement');
    expect(await page.getByLabel('Column for manager_email').inputValue()).toBe('');
    await page.getByLabel('Column for manager_email').selectOption('Reports To');
    await shot(page, 'org-import-mapping-light');

    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const summary = page.locator('.import-summary').first();
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(/^Preview \(nothing written\): /);
    const issues = page.getByRole('table', { name: 'Problems found in the file' });
    await issues.waitFor();
    const issueRow = issues.getByRole('row').filter({ hasText: 'not-an-email' });
    await expect(issueRow.getByRole('cell').nth(1).innerText()).resolves.toBe('people-export.csv');
    await expect(issueRow.getByRole('cell').nth(2).innerText()).resolves.toBe('3');
    await expect(issueRow.getByRole('cell').nth(3).innerText()).resolves.toBe('Work Email');
    await page.getByText(/1 error in 1 row/).waitFor();
    expect(await seriousViolations(page, 'import preview')).toEqual([]);
    await shot(page, 'org-import-preview-light');

    // All or nothing: with an error the import waits for "skip invalid rows".
    const importButton = page.getByRole('button', { name: /^Import/ });
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByLabel(/Skip invalid rows/).check();
    await page.getByRole('button', { name: 'Import, skipping 1 invalid row' }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    const jobLink = page.getByRole('link', { name: /^Open job \d+$/ });
    expect(await jobLink.getAttribute('href')).toMatch(/^\/admin\/jobs\/\d+$/);
    await shot(page, 'org-import-result-light');

    const imported = await e.handle.db
      .selectFrom('people')
      .select(['email', 'name', 'work_mode'])
      .where('email', 'in', ['lin.okoye@acme.example', 'sam.reyes@acme.example', 'not-an-email'])
      .orderBy('email')
      .execute();
    expect(imported).toEqual([
      { email: 'lin.okoye@acme.example', name: 'Lin Okoye', work_mode: 'remote' },
      { email: 'sam.reyes@acme.example', name: 'Sam Reyes', work_mode: 'hybrid' },
    ]);

    await jobLink.click();
    await page.getByRole('heading', { level: 1, name: /^Job \d+: import\.hr-csv/ }).waitFor();
    await page.context().close();
  }, 120_000);

  it('assigns an identity from the review queue to a person and undoes it', async () => {
    const page = await newPage(e.browser, 'light');
    await signIn(page, e.baseUrl, cto);
    await page.goto(`${e.baseUrl}/org/identities`);
    await page.getByRole('heading', { level: 1, name: 'Identities' }).waitFor();
    const queue = page.getByRole('table', { name: 'Identities: To review' });
    const assignButton = queue.getByRole('button', { name: /^Assign / }).first();
    await assignButton.waitFor();
    const value = ((await assignButton.getAttribute('aria-label')) ?? '').replace(/^Assign /, '');
    expect(value).not.toBe('');

    await assignButton.click();
    const picker = page.getByRole('combobox', { name: 'Person' });
    await picker.fill(cto.name);
    await page
      .getByRole('option', { name: new RegExp(cto.name) })
      .first()
      .click();
    await page.getByRole('button', { name: `Assign to ${cto.name}` }).click();
    const done = page.locator('.identity-last').filter({ hasText: `Assigned ${value} to ${cto.name}` });
    await done.waitFor();
    await page.getByRole('status').filter({ hasText: /Undo/ }).first().waitFor();
    await page.getByRole('table', { name: 'Recent identity changes' }).getByText(value).waitFor();
    await shot(page, 'org-identities-assigned-light');
    const assigned = await sql<{ person_id: number | null }>`
      select i.person_id from identities i join people p on p.id = i.person_id
      where i.value = ${value} and p.email = ${cto.email}`.execute(e.handle.db);
    expect(assigned.rows).toHaveLength(1);

    await done.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByText(`Undone: Assigned ${value} to ${cto.name}`).first().waitFor();
    await page
      .getByRole('table', { name: 'Recent identity changes' })
      .getByText(/^Undone /)
      .first()
      .waitFor();
    await queue.getByText(value, { exact: true }).waitFor();
    const after = await sql<{ person_id: number | null }>`
      select person_id from identities where value = ${value}`.execute(e.handle.db);
    expect(after.rows[0]?.person_id ?? null).toBeNull();
    await page.context().close();

    const dark = await newPage(e.browser, 'dark');
    await signIn(dark, e.baseUrl, cto);
    for (const path of ['/org/identities', '/org/import?kind=hr-csv']) {
      await dark.goto(`${e.baseUrl}${path}`);
      await dark.getByRole('heading', { level: 1 }).first().waitFor();
      await dark.waitForLoadState('networkidle');
      expect(await errorAlerts(dark)).toBe(0);
      expect(await seriousViolations(dark, `${path} (dark)`)).toEqual([]);
      await shot(dark, `org${path.split('?')[0]?.replaceAll('/', '-').replace('-org', '')}-dark`);
    }
    await dark.context().close();
  }, 120_000);

  it('keeps the pages out of reach and out of the navigation of those who cannot use them', async () => {
    const member = e.demo.logins.find((l) => l.role === 'member');
    if (!member) throw new Error('the demo has no member login');
    const page = await newPage(e.browser, 'light');
    await signIn(page, e.baseUrl, { email: member.email, password: DEMO_PASSWORD });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'People' }).waitFor();
    for (const name of ['Insights', 'Import', 'Identities'])
      expect(await nav.getByRole('link', { name, exact: true }).count()).toBe(0);
    await page.goto(`${e.baseUrl}/org/import`);
    await page.getByRole('heading', { name: 'Not allowed' }).waitFor();
    await page.context().close();
  }, 60_000);
});
