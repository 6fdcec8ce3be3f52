/**
 * Allocation rules: which team or service each billing line's cost goes to. Rules are versioned (every
 * save is a new version) and evaluated per allocation key — one distinct combination of account,
 * service, resource and tags — not per line, so re-applying them touches thousands of keys rather than
 * millions of lines; the daily sums are then rebuilt in one pass. The formula is allocation.ts.
 */

import { type AuditActor, record } from '../../platform/audit/audit.service.js';
import type { Db } from '../../platform/db/database.js';
import { badRequest } from '../../platform/http/problem.js';
import { allTeams, resourcesWithOwners, servicesWithOwners } from '../org/org-lookup.service.js';
import * as repo from './billing.repo.js';
import { type AllocationRule, allocateCosts, type CostLine, unitSlug } from './metrics/allocation.js';

export type { AllocationBody } from './billing.repo.js';

/** Before anyone saves rules: the usual tags (team, service, cost_center, owner), no shared pools. */
export const DEFAULT_ALLOCATION: repo.AllocationBody = { rules: [{ kind: 'tag' }], pools: [] };

/** Annotation keys of catalog resources whose values are cloud resource ids (ARNs, Azure/GCP ids). */
const RESOURCE_ID_ANNOTATION =
  /(^quarterdeck\.io\/cloud-resource-id$|\/arn$|\/resource-id$|\/resource-name$)/;

export async function getAllocationRules(db: Db) {
  const row = await repo.latestRules(db);
  const versions = await repo.ruleVersions(db);
  return {
    version: row?.version ?? 0,
    body: (row?.body as repo.AllocationBody | undefined) ?? DEFAULT_ALLOCATION,
    note: row?.note ?? 'Default rules: the tags team, service, cost_center and owner.',
    savedBy: row?.saved_by ?? null,
    savedAt: row?.saved_at ?? null,
    versions,
  };
}

/** How unit slugs become teams and services: a service's slug first (with its owner), then a team's. */
export interface UnitResolver {
  resolve(unit: string | null): { team_id: number | null; service_id: number | null };
}

export async function unitResolver(db: Db): Promise<UnitResolver> {
  const list = await allTeams(db);
  const teams = new Map(list.map((t) => [unitSlug(t.slug), t.id]));
  for (const t of list) if (!teams.has(unitSlug(t.name))) teams.set(unitSlug(t.name), t.id);
  const services = new Map<string, { id: number; ownerTeamId: number | null }>();
  for (const s of await servicesWithOwners(db)) services.set(unitSlug(s.name), s);
  const find = (unit: string) => {
    const s = services.get(unit);
    if (s) return { team_id: s.ownerTeamId, service_id: s.id };
    const t = teams.get(unit);
    return t === undefined ? null : { team_id: t, service_id: null };
  };
  return {
    resolve(unit) {
      if (!unit) return { team_id: null, service_id: null };
      // `payments-team`, `team-payments`, `payments-squad` and `payments-svc` also name `payments`.
      const bare = unit.replace(/^(team|squad)-|-(team|squad|svc|service)$/g, '');
      return find(unit) ?? (bare !== unit ? find(bare) : null) ?? { team_id: null, service_id: null };
    },
  };
}

/** The rules as allocation.ts takes them: catalog ownership expanded into a resource -> team map. */
async function compiledRules(db: Db, body: repo.AllocationBody): Promise<AllocationRule[]> {
  const out: AllocationRule[] = [];
  for (const rule of body.rules) {
    if (rule.kind === 'ownership' && rule.catalog) {
      const teams = new Map((await allTeams(db)).map((t) => [t.id, t.slug]));
      const owners: Record<string, string> = { ...rule.owners };
      for (const r of await resourcesWithOwners(db)) {
        const team = r.ownerTeamId === null ? undefined : teams.get(r.ownerTeamId);
        if (!team) continue;
        owners[r.name] ??= team;
        for (const [k, v] of Object.entries(r.annotations))
          if (RESOURCE_ID_ANNOTATION.test(k) && typeof v === 'string' && v) owners[v] = team;
      }
      out.push({ kind: 'ownership', owners });
    } else out.push(rule);
  }
  return out;
}

export interface KeyFacts {
  id: number;
  sub_account_id: string | null;
  service_name: string | null;
  resource_id: string | null;
  tags: unknown;
}

/** Evaluates the rules for allocation keys (no money involved: which unit or pool each key goes to). */
export interface KeyAllocator {
  version: number;
  decide(keys: readonly KeyFacts[]): repo.AllocDecision[];
}

export async function keyAllocator(db: Db): Promise<KeyAllocator> {
  const current = await getAllocationRules(db);
  const rules = await compiledRules(db, current.body);
  const resolver = await unitResolver(db);
  return {
    version: current.version,
    decide(keys) {
      const lines: CostLine[] = keys.map((k) => ({
        id: String(k.id),
        cost: '0',
        tags: (k.tags ?? null) as CostLine['tags'],
        accountId: k.sub_account_id,
        resourceId: k.resource_id,
        serviceName: k.service_name,
      }));
      const { assignments } = allocateCosts(lines, rules, current.body.pools);
      return assignments.map((a) => {
        const pool = a.via.startsWith('shared:') ? a.via.slice('shared:'.length) : null;
        return { id: Number(a.id), unit: a.unit, pool, via: a.via, ...resolver.resolve(a.unit) };
      });
    },
  };
}

/** Re-evaluates every key with the current rules and rebuilds the daily sums. */
export async function reapplyAllocation(db: Db): Promise<{ keys: number; version: number }> {
  const allocator = await keyAllocator(db);
  const keys = await repo.allKeys(db);
  const decisions = allocator.decide(keys);
  const run = async (trx: Db) => {
    await repo.updateKeys(trx, decisions, allocator.version);
    await repo.rebuildDaily(trx, null);
  };
  if (db.isTransaction) await run(db);
  else await db.transaction().execute(run);
  return { keys: keys.length, version: allocator.version };
}

function checkBody(body: repo.AllocationBody): void {
  const names = new Set<string>();
  for (const pool of body.pools) {
    if (names.has(pool.name)) throw badRequest(`Two shared pools are called "${pool.name}".`);
    names.add(pool.name);
  }
  body.rules.forEach((rule, i) => {
    if (rule.kind === 'resource-glob' && !unitSlug(rule.unit))
      throw badRequest(`Rule ${i + 1} (resource pattern ${rule.pattern}) names no team or service.`);
  });
}

/** Saves the rules as a new version, re-applies them and records the change. */
export async function saveAllocationRules(
  db: Db,
  body: repo.AllocationBody,
  actor: AuditActor,
  note = '',
): Promise<{ version: number; keys: number }> {
  checkBody(body);
  const run = async (trx: Db) => {
    const version = await repo.insertRules(trx, body, note, actor.label);
    const { keys } = await reapplyAllocation(trx);
    await record(trx, actor, {
      action: 'cost.allocation-rules.save',
      targetType: 'cost_allocation_rules',
      targetId: version,
      details: { note, rules: body.rules.length, pools: body.pools.length, keys },
    });
    return { version, keys };
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}
