/**
 * Test fixtures of the cost analysis: a small organization (two teams, a service, engineers) and a
 * FOCUS 1.0 bill of daily lines with a weekly pattern, a spike, an idle volume, an untagged resource, a
 * savings plan (used and unused) and a staging environment. The tests compute their expectations from
 * `analysisBillRows` themselves, independently of the services under test.
 */

import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { focusCsvText, V10_MANDATORY } from './importers/focus-test-files.js';
import { dateOfDay, dayNumber, weekday } from './metrics/daily-series.js';

export const FIXTURE_FROM = '2026-08-01';
export const FIXTURE_TO = '2026-10-20';
export const SPIKE_DAY = '2026-10-15';

export const EXTRA_COLUMNS = [
  'ResourceId',
  'ResourceName',
  'Tags',
  'ConsumedQuantity',
  'ConsumedUnit',
  'PricingCategory',
  'CommitmentDiscountId',
  'CommitmentDiscountStatus',
  'CommitmentDiscountType',
  'CommitmentDiscountCategory',
] as const;

export interface FixtureRow extends Record<string, string> {
  ChargePeriodStart: string;
  EffectiveCost: string;
  ListCost: string;
}

function row(day: string, r: Record<string, string>): FixtureRow {
  const month = day.slice(0, 7);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  const cost = r.EffectiveCost ?? '0';
  return {
    BillingPeriodStart: `${month}-01T00:00:00Z`,
    BillingPeriodEnd: `${next}-01T00:00:00Z`,
    ChargePeriodStart: `${day}T00:00:00Z`,
    ChargePeriodEnd: `${dateOfDay(dayNumber(day) + 1)}T00:00:00Z`,
    BilledCost: cost,
    ContractedCost: cost,
    ListCost: cost,
    ChargeCategory: 'Usage',
    PricingCategory: 'Standard',
    ConsumedQuantity: '24',
    ConsumedUnit: 'Hours',
    CommitmentDiscountId: 'NULL',
    CommitmentDiscountStatus: 'NULL',
    CommitmentDiscountType: 'NULL',
    CommitmentDiscountCategory: 'NULL',
    ResourceName: 'NULL',
    EffectiveCost: cost,
    ...r,
  };
}

/** Every line of the fixture bill, oldest first. */
export function analysisBillRows(): FixtureRow[] {
  const rows: FixtureRow[] = [];
  for (let d = dayNumber(FIXTURE_FROM); d <= dayNumber(FIXTURE_TO); d++) {
    const day = dateOfDay(d);
    const weekend = weekday(d) >= 5;
    rows.push(
      row(day, {
        ResourceId: 'i-pay-1',
        ServiceCategory: 'Compute',
        ServiceName: 'Virtual Machines',
        Tags: '{"service": "checkout", "env": "prod"}',
        EffectiveCost: weekend ? '40' : '100',
        BilledCost: '0',
        ListCost: weekend ? '52' : '130',
        PricingCategory: 'Committed',
        CommitmentDiscountId: 'sp-1',
        CommitmentDiscountStatus: 'Used',
        CommitmentDiscountType: 'Savings Plan',
        CommitmentDiscountCategory: 'Spend',
      }),
      row(day, {
        ResourceId: 'db-search',
        ServiceCategory: 'Databases',
        ServiceName: 'SQL Database',
        Tags: '{"team": "search", "env": "prod"}',
        EffectiveCost: '50',
      }),
      row(day, {
        ResourceId: 'i-search-od',
        ServiceCategory: 'Compute',
        ServiceName: 'Virtual Machines',
        Tags: '{"team": "search", "env": "prod"}',
        EffectiveCost: '30',
      }),
      row(day, {
        ResourceId: 'vol-idle',
        ServiceCategory: 'Storage',
        ServiceName: 'Block Storage',
        Tags: '{"team": "search", "env": "staging"}',
        EffectiveCost: '5',
        ConsumedQuantity: '0',
      }),
      row(day, {
        ResourceId: 'i-orphan',
        ServiceCategory: 'Compute',
        ServiceName: 'Virtual Machines',
        Tags: '{}',
        EffectiveCost: '7',
      }),
      row(day, {
        ResourceId: 'NULL',
        ServiceCategory: 'Compute',
        ServiceName: 'Savings Plans',
        Tags: '{}',
        EffectiveCost: '10',
        BilledCost: '0',
        PricingCategory: 'Committed',
        ConsumedQuantity: 'NULL',
        CommitmentDiscountId: 'sp-1',
        CommitmentDiscountStatus: 'Unused',
        CommitmentDiscountType: 'Savings Plan',
        CommitmentDiscountCategory: 'Spend',
      }),
    );
    if (day === SPIKE_DAY)
      rows.push(
        row(day, {
          ResourceId: 'i-pay-burst',
          ServiceCategory: 'Compute',
          ServiceName: 'Virtual Machines',
          Tags: '{"team": "payments", "env": "prod"}',
          EffectiveCost: '900',
        }),
      );
  }
  return rows;
}

/** Writes the fixture bill as a FOCUS 1.0 CSV file and returns its path. */
export async function writeAnalysisBill(dir: string, rows = analysisBillRows()): Promise<string> {
  const file = path.join(dir, 'analysis-bill.csv');
  await fs.writeFile(file, focusCsvText([...V10_MANDATORY, ...EXTRA_COLUMNS], rows));
  return file;
}

export interface FixtureOrg {
  engineering: number;
  payments: number;
  search: number;
  checkout: number;
  engineers: number;
}

/** Teams (engineering › payments, search), the checkout service of payments, and four engineers. */
export async function seedAnalysisOrg(db: Db): Promise<FixtureOrg> {
  const team = async (slug: string, name: string, kind: string, parent: number | null) =>
    Number(
      (
        await sql<{ id: number }>`insert into teams (slug, name, kind, parent_id)
          values (${slug}, ${name}, ${kind}, ${parent}) returning id`.execute(db)
      ).rows[0]!.id,
    );
  const engineering = await team('engineering', 'Engineering', 'department', null);
  const payments = await team('payments', 'Payments', 'team', engineering);
  const search = await team('search', 'Search', 'team', engineering);
  const checkout = Number(
    (
      await sql<{ id: number }>`insert into catalog_entities (kind, name, owner_team_id)
        values ('component', 'checkout', ${payments}) returning id`.execute(db)
    ).rows[0]!.id,
  );
  const people: [string, string, number, string | null][] = [
    ['ana', 'engineer', payments, null],
    ['ben', 'engineer', payments, null],
    ['cy', 'tech lead', search, null],
    ['dee', 'product manager', search, null],
    ['eve', 'engineer', search, '2026-09-15'],
  ];
  for (const [name, role, teamId, start] of people) {
    const id = Number(
      (
        await sql<{ id: number }>`insert into people (email, name, role, start_date)
          values (${`${name}@example.test`}, ${name}, ${role}, ${start}) returning id`.execute(db)
      ).rows[0]!.id,
    );
    await sql`insert into team_members (team_id, person_id, is_primary) values (${teamId}, ${id}, true)`.execute(
      db,
    );
  }
  return { engineering, payments, search, checkout, engineers: 4 };
}
