import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../platform/db/database.js';
import { openTestDatabase } from '../../platform/db/test-db.js';
import {
  CopyWriter,
  LINE_COLUMNS,
  type StoredLine,
  writeLines,
  writeLinesByInsert,
} from './billing-write.repo.js';
import { copyField, copyText } from './billing-write-copy.js';

let handle: DbHandle;
let keyId: number;

async function newImport(): Promise<number> {
  const r = await sql<{ id: number }>`insert into cost_imports (file, format) values ('t.csv', 'focus-csv')
    returning id`.execute(handle.db);
  return r.rows[0]!.id;
}

beforeAll(async () => {
  handle = await openTestDatabase();
  const k = await sql<{
    id: number;
  }>`insert into cost_alloc_keys (fingerprint) values ('k') returning id`.execute(handle.db);
  keyId = k.rows[0]!.id;
});
afterAll(() => handle.close());

function line(n: number, over: Partial<StoredLine> = {}): StoredLine {
  return {
    import_id: 0,
    source_row: n,
    provider: 'AWS',
    billing_account_id: '123456789012',
    billing_period_start: '2026-10-01',
    charge_day: '2026-10-03',
    charge_period_start: '2026-10-03T00:00:00Z',
    charge_period_end: '2026-10-04T00:00:00Z',
    sub_account_id: 'sub',
    sub_account_name: 'Payments production',
    service_name: 'Amazon Elastic Compute Cloud',
    service_category: 'Compute',
    region: 'eu-west-1',
    resource_id: 'i-0abc',
    resource_name: null,
    resource_type: 'Instance',
    sku_id: 'SKU1',
    charge_category: 'Usage',
    charge_frequency: 'Usage-Based',
    charge_description: 'Compute hours',
    pricing_category: 'Standard',
    billed_cost: '12.3456789012345678',
    effective_cost: '-0.00000015',
    list_cost: '100000000000.5',
    contracted_cost: null,
    currency: 'USD',
    consumed_quantity: '0',
    consumed_unit: 'Hours',
    commitment_discount_id: null,
    commitment_discount_category: null,
    commitment_discount_type: null,
    commitment_discount_status: null,
    environment: 'prod',
    alloc_key_id: keyId,
    ...over,
  };
}

const TRICKY: Partial<StoredLine>[] = [
  { charge_description: 'tab\there, newline\nthere, return\rhere' },
  { charge_description: 'back\\slash \\N \\t literally, "quotes", \'single\', comma,semi;' },
  { charge_description: '\\N' },
  { charge_description: '', resource_name: '' },
  { resource_name: 'Ünïcödé — 東京 🚀 e\u0301', sub_account_name: 'NULL' },
  { sub_account_name: 'pay\tments\n', resource_name: 'k\\ey "v"al 🚀' },
  { environment: null, region: null, charge_period_end: null, list_cost: null },
  { billed_cost: '0', effective_cost: '-123456789.123456789', consumed_quantity: null },
  { charge_period_start: '2026-10-03T12:34:56.789Z', charge_day: '2026-10-03' },
];

async function stored(importId: number): Promise<Record<string, unknown>[]> {
  const r = await sql<Record<string, unknown>>`select ${sql.join(
    LINE_COLUMNS.filter((c) => c !== 'import_id').map((c) => sql`${sql.ref(c)}::text as ${sql.ref(c)}`),
  )} from cost_lines where import_id = ${importId} order by cost_lines.source_row`.execute(handle.db);
  return r.rows;
}

describe('COPY text format', () => {
  it('escapes the characters COPY treats specially and writes \\N for null', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyField({ a: 'x\ty' })).toBe('{"a":"x\\\\ty"}');
    expect(copyText([{ a: 1, b: null }], ['a', 'b'])).toBe('1\t\\N\n');
  });
});

describe('writeLines (COPY)', () => {
  it('stores exactly what INSERT … json_populate_recordset stores', async () => {
    const byCopy = await newImport();
    const byInsert = await newImport();
    const lines = TRICKY.map((over, i) => line(i + 2, over));
    await handle.db.transaction().execute(async (trx) => {
      await writeLines(
        trx,
        lines.map((l) => ({ ...l, import_id: byCopy })),
      );
      await writeLinesByInsert(
        trx,
        lines.map((l) => ({ ...l, import_id: byInsert })),
      );
    });
    const a = await stored(byCopy);
    const b = await stored(byInsert);
    expect(a).toHaveLength(TRICKY.length);
    expect(a).toEqual(b);
    expect(a[0]!.charge_description).toBe('tab\there, newline\nthere, return\rhere');
    expect(a[2]!.charge_description).toBe('\\N');
    expect(a[3]!.resource_name).toBe('');
    expect(a[5]!.sub_account_name).toBe('pay\tments\n');
    expect(a[5]!.resource_name).toBe('k\\ey "v"al 🚀');
    expect(a[6]!.environment).toBeNull();
  });

  it('writes large batches and rolls back with the caller’s transaction', async () => {
    const id = await newImport();
    const many = Array.from({ length: 25_000 }, (_, i) =>
      line(i + 2, { import_id: id, billed_cost: `${i}.01` }),
    );
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await writeLines(trx, many);
        const n = await sql<{
          n: number;
        }>`select count(*)::int as n from cost_lines where import_id = ${id}`.execute(trx);
        expect(n.rows[0]!.n).toBe(25_000);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const after = await sql<{
      n: number;
    }>`select count(*)::int as n from cost_lines where import_id = ${id}`.execute(handle.db);
    expect(after.rows[0]!.n).toBe(0);
    await handle.db.transaction().execute((trx) => writeLines(trx, many));
    const sum = await sql<{
      s: string;
    }>`select sum(billed_cost)::text as s from cost_lines where import_id = ${id}`.execute(handle.db);
    // Σ i for i < 25,000, plus 0.01 each.
    expect(sum.rows[0]!.s).toBe('312487750.00');
  });

  it('fails the statement (and names the problem) when a value does not fit its column', async () => {
    const id = await newImport();
    await expect(
      handle.db
        .transaction()
        .execute((trx) => writeLines(trx, [line(2, { import_id: id, billed_cost: 'abc' })])),
    ).rejects.toThrow(/numeric/);
    // The connection stays usable afterwards.
    await handle.db.transaction().execute((trx) => writeLines(trx, [line(2, { import_id: id })]));
    const n = await sql<{
      n: number;
    }>`select count(*)::int as n from cost_lines where import_id = ${id}`.execute(handle.db);
    expect(n.rows[0]!.n).toBe(1);
  });

  it('writes batches while the caller goes on (CopyWriter), and reports a failed batch at finish', async () => {
    const id = await newImport();
    await handle.db.transaction().execute(async (trx) => {
      const writer = new CopyWriter(trx);
      for (let b = 0; b < 3; b++) {
        const batch = Array.from({ length: 1000 }, (_, i) => line(b * 1000 + i + 2, { import_id: id }));
        writer.queue('cost_lines', LINE_COLUMNS, copyText(batch, LINE_COLUMNS), batch.length);
      }
      await writer.finish();
    });
    const n = await sql<{
      n: number;
    }>`select count(*)::int as n from cost_lines where import_id = ${id}`.execute(handle.db);
    expect(n.rows[0]!.n).toBe(3000);
    const bad = await newImport();
    await expect(
      handle.db.transaction().execute(async (trx) => {
        const writer = new CopyWriter(trx);
        writer.queue(
          'cost_lines',
          LINE_COLUMNS,
          copyText([line(2, { import_id: bad, billed_cost: 'x' })], LINE_COLUMNS),
          1,
        );
        writer.queue('cost_lines', LINE_COLUMNS, copyText([line(3, { import_id: bad })], LINE_COLUMNS), 1);
        await writer.finish();
      }),
    ).rejects.toThrow(/numeric/);
  });
});
