import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { rebuildDaily } from '../src/domains/cost/billing.repo.js';
import { costSeries } from '../src/domains/cost/billing-query.service.js';
import { type DbHandle, openDatabase, quoteIdent } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';
import { type Benchmark, type Group, median, type Sample, type Variant } from './harness.js';
import { BENCH_DATABASE_URL, postgresVersion } from './machine-info.js';

const LINES = Number(process.env.BENCH_COST_EXPLORER_LINES ?? 10_000_000);
const QUICK_LINES = Number(process.env.BENCH_COST_EXPLORER_LINES ?? 1_000_000);
/** Queries per run; the run reports their median. */
const QUERIES = 20;
const TEAMS = 12;
const SERVICES_PER_TEAM = 5;
/** Allocation keys (distinct account/service/resource/tags); about 27,000 lines each over the year. */
const KEYS = 4000;
const FROM = '2025-10-01';
const TO = '2026-09-30';

/**
 * The fixture, written by the database itself (generate_series) for speed: teams and services, allocation
 * keys pointing at them (a few unallocated, a few in a shared pool), `lines` billing lines spread over the
 * year and the keys, then the daily sums rebuilt by the billing repo — as an import leaves them. Indexes
 * are built after the load (faster than row by row); the schema ends as migrated.
 */
async function loadFixture(handle: DbHandle, lines: number, progress: (m: string) => void): Promise<void> {
  const db = handle.db;
  await sql`insert into teams (slug, name, kind)
    select 'team-' || t, 'Team ' || t, 'team' from generate_series(1, ${sql.lit(TEAMS)}) t`.execute(db);
  await sql`insert into catalog_entities (kind, name, owner_team_id)
    select 'component', 'team-' || t || '-svc-' || s, (select id from teams where slug = 'team-' || t)
    from generate_series(1, ${sql.lit(TEAMS)}) t, generate_series(1, ${sql.lit(SERVICES_PER_TEAM)}) s`.execute(
    db,
  );
  const imp = await sql<{
    id: number;
  }>`insert into cost_imports (file, format) values ('bench.csv', 'focus-csv')
    returning id`.execute(db);
  const importId = imp.rows[0]!.id;
  // Keys: 90% to a service (and its team), 4% to a shared pool, 6% unallocated.
  await sql`insert into cost_alloc_keys (fingerprint, sub_account_id, service_name, resource_id, tags, unit, pool, via,
      team_id, service_id)
    select 'k' || k, 'acct-' || (k % 30), 'Service ' || (k % 25), 'res-' || k, jsonb_build_object('team', 'team-' || (k % ${sql.lit(TEAMS)} + 1)),
      case when k % 100 < 90 then c.name end,
      case when k % 100 between 90 and 93 then 'platform-shared' end,
      case when k % 100 < 90 then 'tag:service' when k % 100 between 90 and 93 then 'shared:platform-shared' else 'no-rule' end,
      case when k % 100 < 90 then c.owner_team_id end,
      case when k % 100 < 90 then c.id end
    from generate_series(1, ${sql.lit(KEYS)}) k
    join lateral (select id, name, owner_team_id from catalog_entities where kind = 'component'
      order by id offset (k % ${sql.lit(TEAMS * SERVICES_PER_TEAM)}) limit 1) c on true`.execute(db);
  await sql`insert into cost_allocation_rules (version, body, note) values (1, ${JSON.stringify({
    rules: [{ kind: 'tag', keys: ['service', 'team'] }],
    pools: [{ name: 'platform-shared', match: { accounts: ['acct-0'] }, split: 'proportional' }],
  })}::jsonb, 'bench')`.execute(db);
  const indexes = await sql<{ name: string; def: string }>`select indexname as name, indexdef as def
    from pg_indexes where tablename = 'cost_lines' and schemaname = current_schema() and indexname not like '%pkey'`.execute(
    db,
  );
  for (const i of indexes.rows) await sql.raw(`drop index ${quoteIdent(i.name)}`).execute(db);
  const keyIds = await sql<{
    lo: number;
    hi: number;
  }>`select min(id) as lo, max(id) as hi from cost_alloc_keys`.execute(db);
  const { lo } = keyIds.rows[0]!;
  const step = 1_000_000;
  for (let done = 0; done < lines; done += step) {
    progress(`writing billing lines: ${done.toLocaleString('en-US')} of ${lines.toLocaleString('en-US')}`);
    const n = Math.min(step, lines - done);
    await sql`insert into cost_lines (import_id, source_row, provider, billing_account_id, billing_period_start,
        charge_day, charge_period_start, charge_period_end, sub_account_id, service_name, service_category, region,
        resource_id, charge_category, charge_frequency, pricing_category, billed_cost, effective_cost, list_cost,
        contracted_cost, currency, consumed_quantity, consumed_unit, environment, alloc_key_id)
      select ${sql.lit(importId)}, g + 1, p.provider, p.account, date_trunc('month', d)::date, d::date, d, d + interval '1 day',
        'acct-' || (k % 30), 'Service ' || (k % 25), (array['Compute','Storage','Databases','Networking'])[k % 4 + 1],
        'eu-west-1', 'res-' || k, 'Usage', 'Usage-Based', 'Standard', c, c, round(c * 1.05, 6), c, 'USD', 24, 'Hours',
        (array['prod','prod','staging','dev'])[k % 4 + 1],
        ${sql.lit(lo)} + k - 1
      from generate_series(${sql.lit(done + 1)}, ${sql.lit(done + n)}) g,
        lateral (select (g % ${sql.lit(KEYS)}) + 1 as k) kk,
        lateral (select ${FROM}::date + ((g::bigint - 1) * 365 / ${sql.lit(lines)})::int as d) dd,
        lateral (select round((1 + (k % 97) / 10.0 + (g % 7) / 100.0)::numeric, 6) as c) cc,
        lateral (select (array['AWS','Microsoft','Google Cloud'])[k % 3 + 1] as provider,
          (array['210987654321','7c3f2a91','01A2B3-C4D5E6'])[k % 3 + 1] as account) p`.execute(db);
  }
  progress('building the indexes of cost_lines');
  for (const i of indexes.rows) await sql.raw(i.def).execute(db);
  progress('summing by day (rebuildDaily)');
  await db.transaction().execute((trx) => rebuildDaily(trx, null));
  await sql`analyze`.execute(db);
}

/** Runs `query` QUERIES times; value = 1000 / median ms (queries/s at the median latency). */
function latencyVariant(label: string, query: () => Promise<unknown>): Variant {
  return {
    label,
    async run(): Promise<Sample> {
      const ms: number[] = [];
      for (let i = 0; i < QUERIES; i++) {
        const started = performance.now();
        await query();
        ms.push(performance.now() - started);
      }
      const m = median(ms);
      return { value: 1000 / m, metrics: { medianMs: m, maxMs: Math.max(...ms) } };
    },
  };
}

export const costExplorerBenchmark: Benchmark = {
  name: 'cost-explorer',
  title: `cost explorer over ${LINES.toLocaleString('en-US')} billing lines (--quick: ${QUICK_LINES.toLocaleString('en-US')})`,
  measures:
    `The explorer's query — one year, grouped by team and month, shared pool split in proportion, unallocated apart — ` +
    `through \`costSeries\` on PostgreSQL, over a year of billing lines on ${KEYS.toLocaleString('en-US')} allocation keys ` +
    `(${sql.lit(TEAMS)} teams, ${sql.lit(TEAMS * SERVICES_PER_TEAM)} services) rolled up into cost_daily by the import's own rebuild. Each run makes ` +
    `${QUERIES} queries and reports their median. Baseline: the bare SQL aggregate it rests on (cost_daily summed by ` +
    'team and month). Figure: queries/s at the median latency; median and slowest query in ms. Target: median under 500 ms.',
  unit: 'queries/s',
  metrics: [
    { key: 'medianMs', label: 'median', unit: 'ms' },
    { key: 'maxMs', label: 'slowest', unit: 'ms' },
  ],
  async open(options, progress) {
    const lines = options.quick ? QUICK_LINES : LINES;
    const version = await postgresVersion(BENCH_DATABASE_URL);
    if (version.startsWith('unreachable'))
      return {
        groups: [{ label: 'PostgreSQL server', skipped: `${BENCH_DATABASE_URL} is ${version}` }],
        notes: [],
        close: async () => {},
      };
    const schema = `qd_bench_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: BENCH_DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema ${quoteIdent(schema)}`);
    const handle = await openDatabase({ databaseUrl: BENCH_DATABASE_URL, schema, poolSize: 4 });
    const close = async () => {
      await handle.close();
      await admin.query(`drop schema ${quoteIdent(schema)} cascade`);
      await admin.end();
    };
    try {
      await migrate(handle);
      const started = performance.now();
      await loadFixture(handle, lines, progress);
      const seconds = (performance.now() - started) / 1000;
      const daily = await sql<{ n: number }>`select count(*)::int as n from cost_daily`.execute(handle.db);
      const query = { from: FROM, to: TO, step: 'month' as const, groupBy: 'team' as const };
      const check = await costSeries(handle.db, query);
      if (check.buckets.length !== 12 || check.groups.length < TEAMS)
        throw new Error(
          `unexpected explorer answer: ${check.buckets.length} months, ${check.groups.length} groups`,
        );
      const groups: Group[] = [
        {
          label: `PostgreSQL ${version}`,
          baseline: latencyVariant('SQL: cost_daily summed by team and month', () =>
            sql`select team_id, date_trunc('month', charge_day) as month, currency, sum(effective_cost)
              from cost_daily where charge_day between ${FROM} and ${TO} group by 1, 2, 3`.execute(handle.db),
          ),
          variants: [
            latencyVariant('costSeries: one year by team and month', () => costSeries(handle.db, query)),
          ],
        },
      ];
      const notes = [
        `${lines.toLocaleString('en-US')} lines written with generate_series and the daily sums rebuilt in ${seconds.toFixed(0)} s (outside the timing): ${daily.rows[0]!.n.toLocaleString('en-US')} rows in cost_daily.`,
        `Throw-away schema ${schema}, dropped afterwards.`,
      ];
      return { groups, notes, close };
    } catch (err) {
      await close();
      throw err;
    }
  },
};
