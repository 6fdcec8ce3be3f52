import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { type BillingReadResult, type FocusRow, readBillingFile, readCurFile } from './billing-file.js';
import { type FixtureColumn, writeParquetFixture } from './billing-test-files.js';
import { CUR_COLUMNS, CUR_LINES, csvCell, curValue, legacyHeader } from './cur-test-files.js';

const dir = mkdtempSync(path.join(tmpdir(), 'qd-cur-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const n = CUR_LINES.length;
const team = (i: number) => CUR_LINES[i]?.tag_team;

function legacyCsv(): string {
  const header = [...CUR_COLUMNS.map(legacyHeader), 'resourceTags/user:team', 'resourceTags/aws:createdBy'];
  const lines = CUR_LINES.map((_, i) =>
    [...CUR_COLUMNS.map((c) => curValue(i, c)), team(i) ?? '', i === 0 ? 'AROA1:ci' : '']
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

function cur2Csv(): string {
  const header = [...CUR_COLUMNS, 'resource_tags', 'bill_payer_account_name'];
  const lines = CUR_LINES.map((_, i) => {
    const tags: Record<string, string> = {};
    if (team(i)) tags.user_team = team(i) as string;
    if (i === 0) tags.aws_created_by = 'AROA1:ci';
    return [...CUR_COLUMNS.map((c) => curValue(i, c)), JSON.stringify(tags), 'Main'].map(csvCell).join(',');
  });
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

const COSTS = new Set(CUR_COLUMNS.filter((c) => /cost|fee|commitment/.test(c)));
const DATES = new Set(CUR_COLUMNS.filter((c) => c.endsWith('_date')));
function parquetColumns(tagStyle: 'map' | 'columns'): FixtureColumn[] {
  const cols: FixtureColumn[] = CUR_COLUMNS.map((name) => {
    const values = CUR_LINES.map((_, i) => curValue(i, name));
    if (COSTS.has(name))
      return { name, type: 'DOUBLE', data: values.map((v) => (v === '' ? null : Number(v))) };
    if (DATES.has(name)) return { name, type: 'TIMESTAMP', data: values.map((v) => new Date(v)) };
    return { name, type: 'STRING', data: values.map((v) => (v === '' ? null : v)) };
  });
  if (tagStyle === 'map') {
    cols.push({
      name: 'resource_tags',
      type: 'MAP',
      data: CUR_LINES.map((_, i) => ({
        ...(team(i) ? { user_team: team(i) } : {}),
        ...(i === 0 ? { aws_created_by: 'AROA1:ci' } : {}),
      })),
    });
    cols.push({ name: 'bill_payer_account_name', type: 'STRING', data: Array(n).fill('Main') });
  } else {
    cols.push({
      name: 'resource_tags_user_team',
      type: 'STRING',
      data: CUR_LINES.map((_, i) => team(i) ?? null),
    });
    cols.push({
      name: 'resource_tags_aws_created_by',
      type: 'STRING',
      data: CUR_LINES.map((_, i) => (i ? null : 'AROA1:ci')),
    });
  }
  return cols;
}

async function read(file: string): Promise<[BillingReadResult, FocusRow[]]> {
  const rows: FocusRow[] = [];
  const r = await readBillingFile(file, { onRow: (row) => void rows.push(row) });
  return [r, rows];
}

describe('AWS CUR readers', async () => {
  const files = {
    legacyCsv: path.join(dir, 'legacy.csv'),
    cur2Gzip: path.join(dir, 'cur2.csv.gz'),
    cur2Parquet: path.join(dir, 'cur2.parquet'),
    legacyParquet: path.join(dir, 'legacy.parquet'),
  };
  writeFileSync(files.legacyCsv, legacyCsv());
  writeFileSync(files.cur2Gzip, gzipSync(cur2Csv()));
  writeParquetFixture(files.cur2Parquet, parquetColumns('map'), 3);
  writeParquetFixture(files.legacyParquet, parquetColumns('columns'), 5);
  const [legacy, legacyRows] = await read(files.legacyCsv);
  const [cur2, cur2Rows] = await read(files.cur2Gzip);
  const [cur2p, cur2pRows] = await read(files.cur2Parquet);
  const [legacyp, legacypRows] = await read(files.legacyParquet);

  it('detects each layout from its columns and reads every line without errors', () => {
    expect([legacy.format, cur2.format, cur2p.format, legacyp.format]).toEqual([
      'cur-legacy',
      'cur2',
      'cur2',
      'cur-legacy',
    ]);
    for (const r of [legacy, cur2, cur2p, legacyp]) {
      expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect([r.rows, r.version]).toEqual([n, '1.0']);
    }
  });

  it('maps costs after the FOCUS conventions: amortized EffectiveCost, ListCost, categories', () => {
    const pick = (r: FocusRow) => [
      r.x_CurLineItemType,
      r.ChargeCategory,
      r.BilledCost,
      r.EffectiveCost,
      r.ListCost,
    ];
    expect(legacyRows.map(pick)).toEqual([
      ['Usage', 'Usage', '1.25', '1.25', '1.25'],
      ['SavingsPlanCoveredUsage', 'Usage', '2.00', '1.20', '2.00'],
      ['SavingsPlanNegation', 'Adjustment', '-2.00', '0', '0'],
      ['SavingsPlanRecurringFee', 'Purchase', '10.00', '1.2', '0'],
      ['DiscountedUsage', 'Usage', '0', '1.75', '3.00'],
      ['RIFee', 'Purchase', '20.00', '0.75', '0'],
      ['Tax', 'Tax', '4.10', '4.10', '0'],
      ['Credit', 'Credit', '-1.00', '-1.00', '0'],
    ]);
    expect(legacy.totals).toEqual({ USD: { rows: 8, billedCost: '34.35', effectiveCost: '9.25' } });
  });

  it('maps accounts, periods, service, region, commitments and tags', () => {
    expect(legacyRows[0]).toMatchObject({
      BillingAccountId: '111111111111',
      SubAccountId: '222222222222',
      BillingPeriodStart: '2024-09-01T00:00:00Z',
      ChargePeriodEnd: '2024-09-02T01:00:00Z',
      ServiceName: 'Amazon Elastic Compute Cloud',
      ServiceCategory: 'Compute',
      RegionId: 'eu-west-1',
      ResourceId: 'i-0abc',
      ProviderName: 'AWS',
      InvoiceIssuerName: 'Amazon Web Services, Inc.',
      ChargeFrequency: 'Usage-Based',
      PricingCategory: 'Standard',
      ConsumedQuantity: '1',
      Tags: { team: 'Payments-Team', 'aws:createdBy': 'AROA1:ci' },
    });
    expect(legacyRows[1]).toMatchObject({
      CommitmentDiscountId: 'arn:aws:savingsplans::1:savingsplan/sp-1',
      CommitmentDiscountCategory: 'Spend',
      PricingCategory: 'Committed',
    });
    expect(legacyRows[5]).toMatchObject({
      CommitmentDiscountCategory: 'Usage',
      ChargeFrequency: 'Recurring',
    });
    expect(legacyRows[6]).toMatchObject({ ServiceCategory: 'Storage', Tags: null });
    expect(cur2Rows[0]?.Tags).toEqual({ team: 'Payments-Team', aws_created_by: 'AROA1:ci' });
    expect(legacypRows[0]?.Tags).toEqual({ team: 'Payments-Team', aws_created_by: 'AROA1:ci' });
  });

  it('yields the same records from every layout (tags aside, whose AWS keys differ by layout)', () => {
    const costs = (rows: FocusRow[]) =>
      rows.map(({ Tags, BillingAccountName, ...rest }) => ({
        ...rest,
        // Parquet doubles carry no trailing zeros: compare amounts as numbers.
        BilledCost: Number(rest.BilledCost),
        EffectiveCost: Number(rest.EffectiveCost),
        ListCost: Number(rest.ListCost),
        ContractedCost: Number(rest.ContractedCost),
      }));
    expect(costs(cur2Rows)).toEqual(costs(legacyRows));
    expect(costs(cur2pRows)).toEqual(costs(legacyRows));
    expect(costs(legacypRows)).toEqual(costs(legacyRows));
    expect(cur2p.totals).toEqual(legacy.totals);
  });

  it('readCurFile refuses a FOCUS file, naming the CUR columns it lacks', async () => {
    const file = path.join(dir, 'not-cur.csv');
    writeFileSync(file, 'BilledCost,BillingCurrency\n1,USD\n');
    const r = await readCurFile(file);
    expect(r.rows).toBe(0);
    expect(r.issues.map((i) => i.field)).toContain('line_item_unblended_cost');
  });
});
