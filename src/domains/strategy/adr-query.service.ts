/**
 * Reading decision records: the filtered and full-text searched list, one record with its supersession
 * chain and status history, the timeline by month, and the services no decision is linked to.
 * Every signed-in account reads decisions.
 */

import type { Db } from '../../platform/db/database.js';
import { notFound } from '../../platform/http/problem.js';
import { displayNames, servicesWithOwners, teamNames, teamSubtree } from '../org/org-lookup.service.js';
import * as repo from './adr.repo.js';
import { describeSource } from './adr-files.service.js';
import type { AdrStatus } from './importers/madr-parse.js';
import { radarEntryRefs } from './radar.repo.js';

export interface AdrListQuery {
  status?: AdrStatus | undefined;
  /** A service id or name. */
  service?: string | undefined;
  /** A radar entry key. */
  radar?: string | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

async function linkNames(db: Db, rows: repo.AdrRow[]) {
  const ids = rows.map((r) => r.id);
  const [services, radar, refs, numbers] = await Promise.all([
    repo.serviceLinks(db, ids),
    repo.radarLinks(db, ids),
    radarEntryRefs(db),
    repo.supersessionPairs(db),
  ]);
  const names = await displayNames(db, { serviceIds: services.map((s) => s.service_id) });
  const byRadarId = new Map(refs.map((r) => [r.id, r]));
  const byId = new Map(numbers.map((n) => [n.id, n]));
  return (r: repo.AdrRow) => ({
    services: services
      .filter((s) => s.adr_id === r.id)
      .map((s) => ({ id: s.service_id, name: names.services.get(s.service_id) ?? `#${s.service_id}` }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    radar: radar
      .filter((x) => x.adr_id === r.id)
      .map((x) => byRadarId.get(x.entry_id))
      .filter((x) => x !== undefined)
      .map((x) => ({ key: x.key, name: x.name, ring: x.ring }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    supersededBy: r.superseded_by_id ? (byId.get(r.superseded_by_id)?.number ?? null) : null,
  });
}

function summary(r: repo.AdrRow) {
  return {
    number: r.number,
    fileName: r.file_name,
    title: r.title,
    status: r.status,
    date: r.decided_on,
    deciders: r.deciders,
    source: {
      kind: r.source_kind,
      repository: r.source_repository,
      path: r.source_path,
      sha: r.source_sha,
      removed: r.source_removed_at !== null,
      label: describeSource(r),
    },
    edited: r.edited_at !== null && r.source_kind !== 'manual',
    updatedAt: r.updated_at.toISOString(),
  };
}

/** Records matching status, service, radar entry and free text; unknown service or entry match nothing. */
export async function listAdrs(db: Db, q: AdrListQuery) {
  let serviceId: number | undefined;
  if (q.service) {
    const services = await servicesWithOwners(db);
    const s = services.find(
      (x) => String(x.id) === q.service || x.name.toLowerCase() === q.service!.toLowerCase(),
    );
    serviceId = s?.id ?? -1;
  }
  let radarEntryId: number | undefined;
  if (q.radar) {
    const e = (await radarEntryRefs(db)).find((x) => x.key.toLowerCase() === q.radar!.toLowerCase());
    radarEntryId = e?.id ?? -1;
  }
  const { rows, total } = await repo.searchAdrs(db, { ...q, serviceId, radarEntryId });
  const links = await linkNames(db, rows);
  return {
    total,
    items: rows.map((r) => ({ ...summary(r), ...links(r), excerpt: r.excerpt ?? null })),
  };
}

export async function getAdrRow(db: Db, number: number): Promise<repo.AdrRow> {
  const row = await repo.findAdrByNumber(db, number);
  if (!row) throw notFound(`Decision record ${number}`);
  return row;
}

/** One record: its fields, markdown, links, status history and the chain of records it replaced or was replaced by. */
export async function getAdr(db: Db, number: number) {
  const row = await getAdrRow(db, number);
  const links = await linkNames(db, [row]);
  const pairs = await repo.supersessionPairs(db);
  const byId = new Map(pairs.map((p) => [p.id, p]));
  const chain: {
    number: number;
    title: string;
    status: AdrStatus;
    relation: 'supersedes' | 'this' | 'superseded-by';
  }[] = [];
  // Back along the records this one replaced (the first only, per step), then forward.
  const back: typeof pairs = [];
  let cur = pairs.find((p) => p.superseded_by_id === row.id);
  const seen = new Set<number>([row.id]);
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    back.unshift(cur);
    const id = cur.id;
    cur = pairs.find((p) => p.superseded_by_id === id);
  }
  for (const p of back)
    chain.push({ number: p.number, title: p.title, status: p.status, relation: 'supersedes' });
  chain.push({ number: row.number, title: row.title, status: row.status, relation: 'this' });
  let next = row.superseded_by_id ? byId.get(row.superseded_by_id) : undefined;
  while (next && !seen.has(next.id)) {
    seen.add(next.id);
    chain.push({ number: next.number, title: next.title, status: next.status, relation: 'superseded-by' });
    next = next.superseded_by_id ? byId.get(next.superseded_by_id) : undefined;
  }
  const history = await repo.statusChanges(db, [row.id]);
  return {
    ...summary(row),
    ...links(row),
    consulted: row.consulted,
    informed: row.informed,
    sections: {
      context: row.context,
      options: row.considered_options,
      outcome: row.decision_outcome,
      consequences: row.consequences,
      prosCons: row.pros_and_cons,
    },
    markdown: row.markdown,
    chain,
    history: history.map((h) => ({ status: h.status, on: h.changed_on, actor: h.actor })),
  };
}

/** Records by month (of their date, else when they were recorded) with the status changes dated in it. */
export async function adrTimeline(db: Db, range: { from?: string | undefined; to?: string | undefined }) {
  const [rows, changes] = await Promise.all([repo.allAdrs(db), repo.statusChanges(db)]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const months = new Map<
    string,
    {
      month: string;
      records: { number: number; title: string; status: AdrStatus }[];
      changes: { number: number; title: string; status: AdrStatus; on: string }[];
    }
  >();
  const inRange = (day: string) => (!range.from || day >= range.from) && (!range.to || day < range.to);
  const month = (m: string) => {
    let v = months.get(m);
    if (!v) {
      v = { month: m, records: [], changes: [] };
      months.set(m, v);
    }
    return v;
  };
  for (const r of rows) {
    const day = r.decided_on ?? r.created_at.toISOString().slice(0, 10);
    if (inRange(day))
      month(day.slice(0, 7)).records.push({ number: r.number, title: r.title, status: r.status });
  }
  for (const c of changes) {
    const r = byId.get(c.adr_id);
    if (!r || !inRange(c.changed_on)) continue;
    month(c.changed_on.slice(0, 7)).changes.push({
      number: r.number,
      title: r.title,
      status: c.status,
      on: c.changed_on,
    });
  }
  return { months: [...months.values()].sort((a, b) => b.month.localeCompare(a.month)) };
}

/** Services (catalog components) that no decision record is linked to, with their owning team. */
export async function missingDecisions(db: Db, teamId: number | null = null) {
  const [services, links, teams] = await Promise.all([
    servicesWithOwners(db),
    repo.allServiceLinks(db),
    teamNames(db),
  ]);
  const scope = teamId === null ? null : new Set(await teamSubtree(db, teamId));
  const inScope = services.filter(
    (s) => scope === null || (s.ownerTeamId !== null && scope.has(s.ownerTeamId)),
  );
  const linked = new Set(links.map((l) => l.service_id));
  const missing = inScope.filter((s) => !linked.has(s.id));
  return {
    services: inScope.length,
    items: missing.map((s) => ({
      id: s.id,
      name: s.name,
      team: s.ownerTeamId ? { id: s.ownerTeamId, name: teams.get(s.ownerTeamId)?.name ?? '' } : null,
    })),
  };
}
