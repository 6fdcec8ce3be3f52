/**
 * The cloud bill of the demo organization: a year of FOCUS 1.2 billing from AWS, Microsoft Azure and
 * Google Cloud (billing-generator.ts) for the organization's real teams and services, ending yesterday,
 * written as one FOCUS CSV per month and imported through `importBillingFile` — the path a user's file
 * takes — then allocated by the demo's rules: the tags (service, team, cost center), the test accounts to
 * the platform team, and the shared Kubernetes/networking accounts as a pool split in proportion to
 * each team's own cost.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditActor } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import type { DemoSize, DemoStep, ImportProgress } from '../../platform/modules.js';
import { allTeams, servicesWithOwners } from '../org/org-lookup.service.js';
import { saveAllocationRules } from './allocation-rules.service.js';
import { BillingGenerator, type BillingUnits, writeFocusCsvByMonth } from './billing-generator.js';
import { importBillingFile } from './billing-import.service.js';
import type { AllocationRule, SharedPool } from './metrics/allocation.js';

const DEMO_ACTOR: AuditActor = { userId: null, label: 'demo' };
const DAY_MS = 86_400_000;

/** Billing lines for a year, per demo size (start-up time grows with it; see docs). */
export const DEMO_BILLING_LINES: Record<DemoSize['name'], number> = {
  s: 20_000,
  m: 60_000,
  l: 150_000,
  xl: 300_000,
};

/** The organization's teams and their services (catalog components with an owning team). */
export async function demoBillingUnits(db: Db): Promise<BillingUnits> {
  const teams = await allTeams(db);
  const slugOf = new Map(teams.map((t) => [t.id, t.slug]));
  const services = (await servicesWithOwners(db)).flatMap((s) => {
    const team = s.ownerTeamId === null ? undefined : slugOf.get(s.ownerTeamId);
    return team ? [{ name: s.name, team }] : [];
  });
  // Resources go to the services; the teams alone carry them only when the catalog has no owned service.
  return { teams: teams.map((t) => ({ slug: t.slug, name: t.name })), services };
}

/** The demo's allocation rules for a generated bill's accounts. */
export function demoAllocationRules(
  gen: BillingGenerator,
  units: BillingUnits,
): { rules: AllocationRule[]; pools: SharedPool[] } {
  const subs = gen.plan.subAccounts;
  const platform =
    units.teams.find((t) => /platform|infra|sre/i.test(t.slug))?.slug ?? units.teams[0]?.slug ?? 'platform';
  const accounts: Record<string, string> = {};
  for (const s of subs) if (s.env === 'test') accounts[s.id] = platform;
  return {
    rules: [
      { kind: 'tag', keys: ['service', 'team', 'cost_center'] },
      { kind: 'account', accounts },
    ],
    pools: [
      {
        name: 'platform-shared',
        match: { accounts: subs.filter((s) => s.env === 'shared').map((s) => s.id) },
        split: 'proportional',
      },
    ],
  };
}

/** The first day of the demo year and its length: 365 days ending yesterday (UTC). */
export function demoBillingRange(now = Date.now()): { start: string; days: number } {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  return { start: new Date(today - 365 * DAY_MS).toISOString().slice(0, 10), days: 365 };
}

/** Generates, writes and imports the demo bill, then saves the allocation rules. */
export async function seedBilling(
  db: Db,
  size: DemoSize['name'],
  seed: number,
  onProgress: ImportProgress,
  now = Date.now(),
): Promise<{ counts: Record<string, number> }> {
  const units = await demoBillingUnits(db);
  const options = { units, ...demoBillingRange(now), lines: DEMO_BILLING_LINES[size], seed: seed + 977 };
  const dir = await mkdtemp(join(tmpdir(), 'quarterdeck-demo-bill-'));
  try {
    // Rules first, so that every line's allocation key is decided once, at import.
    const gen = new BillingGenerator(options);
    await saveAllocationRules(db, demoAllocationRules(gen, units), DEMO_ACTOR, 'Demo allocation rules.');
    onProgress(0, options.lines, 'writing the demo bill');
    const { files } = await writeFocusCsvByMonth(dir, options);
    let lines = 0;
    let imported = 0;
    for (const f of files) {
      const r = await importBillingFile(db, f.path, {
        actor: DEMO_ACTOR,
        file: `focus-${f.month}.csv`,
        onProgress: (done) => onProgress(lines + done, options.lines, `importing ${f.month}`),
      });
      lines += f.rows;
      imported += r.rowsImported;
    }
    onProgress(lines, lines, 'bill imported');
    return {
      counts: { billingLines: imported, billingFiles: files.length, anomaliesInjected: gen.anomalies.length },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const billingDemoStep: DemoStep = {
  name: 'cost-billing',
  async run({ db, size, seed, onProgress }) {
    return seedBilling(db, size.name, seed, onProgress);
  },
};
