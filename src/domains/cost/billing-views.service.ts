/** What the cost API answers: ranges defaulted from the data, queries turned into the API's shapes. */

import type { z } from 'zod';
import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import { allTeams, servicesWithOwners } from '../org/org-lookup.service.js';
import type { getAllocationRules } from './allocation-rules.service.js';
import * as repo from './billing.repo.js';
import type {
  CostFilterQuery,
  CostLinesQuery,
  CostSeriesQuery,
  ExchangeRatesInput,
} from './billing.schemas.js';
import { keysWithTags } from './billing-query.repo.js';
import {
  type CostFilters,
  costCoverage,
  costFacets,
  costLines,
  costSeries,
  decimalUnits,
  fmt,
  getImport,
  keysByTagValue,
  lineGroup,
  listImports,
} from './billing-query.service.js';
import { normalizeTagKey } from './metrics/allocation.js';

type Filters = z.infer<typeof CostFilterQuery>;

function iso(d: Date | string | null): string | null {
  if (d === null) return null;
  return typeof d === 'string' ? d : d.toISOString();
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The range asked, or by default the 12 months up to the last day with billing data (today when there
 * is none): whole months, so monthly buckets are complete.
 */
export async function resolveRange(db: Db, f: { from?: string | undefined; to?: string | undefined }) {
  const to = f.to ?? (await costCoverage(db)).last ?? new Date().toISOString().slice(0, 10);
  if (f.from) return { from: f.from, to };
  const y = Number(to.slice(0, 4));
  const m = Number(to.slice(5, 7));
  const start = new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 10);
  return { from: start, to };
}

export function filtersOf(f: Filters): CostFilters {
  return {
    teamId: f.team,
    serviceId: f.service,
    provider: f.provider,
    serviceCategory: f.category,
    serviceName: f.serviceName,
    account: f.account,
    environment: f.environment,
    chargeCategory: f.chargeCategory,
  };
}

export async function series(db: Db, query: z.infer<typeof CostSeriesQuery>) {
  const range = await resolveRange(db, query);
  const s = await costSeries(db, {
    ...range,
    step: query.step,
    groupBy: query.groupBy,
    tagKey: query.tagKey,
    metric: query.metric,
    filters: filtersOf(query),
  });
  return { ...range, ...s };
}

/** The lines of a group key; for a tag value, the allocation keys carrying it. */
async function groupOf(db: Db, query: z.infer<typeof CostLinesQuery>) {
  if (query.groupBy !== 'tag' || !query.group?.startsWith('value:'))
    return lineGroup(query.group, query.groupBy);
  const value = query.group.slice('value:'.length);
  const byValue = await keysByTagValue(db, query.tagKey ?? 'team');
  if (value === '') return { kind: 'keys' as const, ids: [...byValue.values()].flat(), except: true };
  return { kind: 'keys' as const, ids: byValue.get(value) ?? [], except: false };
}

export async function lines(db: Db, query: z.infer<typeof CostLinesQuery>) {
  const range = await resolveRange(db, query);
  const r = await costLines(db, {
    ...range,
    filters: filtersOf(query),
    group: await groupOf(db, query),
    limit: query.limit,
    offset: query.offset,
    sort: query.sort,
    metric: query.metric,
  });
  return {
    total: r.total,
    items: r.rows.map((l) => ({
      id: l.id,
      importId: l.import_id,
      file: l.file,
      sourceRow: l.source_row,
      chargeDay: l.charge_day,
      provider: l.provider,
      billingAccountId: l.billing_account_id,
      account: l.sub_account_id,
      serviceName: l.service_name,
      serviceCategory: l.service_category,
      region: l.region,
      resourceId: l.resource_id,
      chargeCategory: l.charge_category,
      environment: l.environment,
      tags: l.tags,
      billedCost: l.billed_cost,
      effectiveCost: l.effective_cost,
      currency: l.currency,
      unit: l.unit,
      pool: l.pool,
      via: l.via,
      teamId: l.team_id,
      serviceId: l.service_id,
    })),
  };
}

export async function facets(db: Db, f: { from?: string | undefined; to?: string | undefined }) {
  const range = await resolveRange(db, f);
  const rows = await costFacets(db, range.from, range.to);
  const of = (dim: string) =>
    rows
      .filter((r) => r.dim === dim && r.value !== null)
      .map((r) => r.value as string)
      .sort((a, b) => a.localeCompare(b));
  const teamIds = new Set(of('team').map(Number));
  const serviceIds = new Set(of('service').map(Number));
  return {
    providers: of('provider'),
    categories: of('service_category'),
    serviceNames: of('service_name'),
    accounts: of('account'),
    environments: of('environment'),
    chargeCategories: of('charge_category'),
    currencies: of('currency'),
    tagKeys: await tagKeys(db),
    teams: (await allTeams(db)).filter((t) => teamIds.has(t.id)).map((t) => ({ id: t.id, name: t.name })),
    services: (await servicesWithOwners(db))
      .filter((s) => serviceIds.has(s.id))
      .map((s) => ({ id: s.id, name: s.name })),
  };
}

async function tagKeys(db: Db): Promise<string[]> {
  const keys = new Set<string>();
  for (const k of await keysWithTags(db))
    for (const tag of Object.keys(k.tags)) keys.add(normalizeTagKey(tag));
  return [...keys].sort();
}

export async function summary(db: Db, f: Filters) {
  const range = await resolveRange(db, f);
  const filters = filtersOf(f);
  const days = Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000) + 1;
  const base = { step: 'month' as const, metric: f.metric, filters };
  const [byTeam, byProvider, previous, cov] = await Promise.all([
    costSeries(db, { ...range, ...base, groupBy: 'team' }),
    costSeries(db, { ...range, ...base, groupBy: 'provider' }),
    costSeries(db, {
      from: addDays(range.from, -days),
      to: addDays(range.from, -1),
      ...base,
      groupBy: 'none',
    }),
    costCoverage(db),
  ]);
  const total = decimalUnits(byTeam.total);
  return {
    ...range,
    currency: byTeam.currency,
    total: byTeam.total,
    previousTotal: previous.total,
    unallocated: byTeam.unallocated,
    unallocatedShare:
      total === 0n ? null : Number((decimalUnits(byTeam.unallocated) * 1_000_000n) / total) / 1_000_000,
    byProvider: byProvider.groups.map((g) => ({ key: g.key, label: g.label, total: g.total })),
    topTeams: byTeam.groups
      .filter((g) => g.kind === 'team')
      .slice(0, 10)
      .map((g) => ({ key: g.key, label: g.label, id: g.id, total: g.total })),
    coverage: { first: cov.first, last: cov.last, lastImportAt: iso(cov.imported) },
    otherCurrencies: byTeam.otherCurrencies,
  };
}

type ImportRow = NonNullable<Awaited<ReturnType<typeof getImport>>>;

function importOutput(r: ImportRow) {
  return {
    id: r.id,
    file: r.file,
    format: r.format,
    focusVersion: r.focus_version,
    rowsRead: r.rows_read,
    rowsImported: r.rows_imported,
    rowsReplaced: r.rows_replaced,
    linesCurrent: r.linesCurrent,
    periods: r.periods as never,
    totals: r.totals as never,
    warnings: r.warnings as never,
    importedBy: r.imported_by,
    importedAt: iso(r.imported_at) as string,
    durationMs: r.duration_ms,
  };
}

export async function imports(db: Db) {
  return (await listImports(db)).map(importOutput);
}

export async function importById(db: Db, id: number) {
  const r = await getImport(db, id);
  return r ? importOutput(r) : undefined;
}

export function rules(r: Awaited<ReturnType<typeof getAllocationRules>>) {
  return {
    version: r.version,
    body: r.body as never,
    note: r.note,
    savedBy: r.savedBy,
    savedAt: iso(r.savedAt),
    versions: r.versions.map((v) => ({
      version: v.version,
      note: v.note,
      savedBy: v.saved_by,
      savedAt: iso(v.saved_at) as string,
    })),
  };
}

export async function rates(db: Db) {
  return (await repo.exchangeRates(db)).map((r) => ({
    month: String(r.month).slice(0, 7),
    currency: r.currency,
    toCurrency: r.to_currency,
    rate: fmt(decimalUnits(String(r.rate))),
  }));
}

export async function saveRates(
  db: Db,
  actor: AuditActor,
  list: z.infer<typeof ExchangeRatesInput>['rates'],
) {
  await db.transaction().execute(async (trx) => {
    await repo.upsertRates(
      trx,
      list.map((r) => ({
        month: `${r.month}-01`,
        currency: r.currency,
        to_currency: r.toCurrency,
        rate: r.rate,
      })),
    );
    await record(trx, actor, { action: 'cost.exchange-rates.save', details: { rates: list.length } });
  });
}
