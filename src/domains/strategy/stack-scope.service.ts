/**
 * What every stack view starts from: the repositories in scope (team, service), each with its service
 * and owning team (asked of the org's service functions), the radar entries and the package matcher.
 */
import type { Db } from '../../platform/db/database.js';
import {
  allTeams,
  repositoriesOfServices,
  repositoryRefs,
  servicesOwnedBy,
  servicesWithOwners,
  teamSubtree,
} from '../org/org-lookup.service.js';
import { type RadarEntryRef, radarEntryRefs } from './radar.repo.js';
import * as repo from './stack.repo.js';
import { buildMatcher, type Match } from './stack-match.js';

export interface StackFilter {
  teamId?: number | undefined;
  serviceId?: number | undefined;
  ecosystem?: string | undefined;
  /** A ring name or a stance (adopt, trial, assess, hold). */
  ring?: string | undefined;
  /** A radar entry key. */
  entry?: string | undefined;
}

export interface RepositoryInfo {
  id: number;
  name: string;
  service: { id: number; name: string } | null;
  team: { id: number; name: string } | null;
}

export interface StackContext {
  /** Repositories in scope that were scanned (or had an SBOM imported), by id. */
  repositories: Map<number, RepositoryInfo>;
  /** Repository ids in scope (null: every repository). */
  scopeIds: number[] | null;
  entries: RadarEntryRef[];
  match: (ecosystem: string, name: string) => Match | null;
  components: repo.ComponentRow[];
}

export function entryPasses(entry: RadarEntryRef, f: StackFilter): boolean {
  if (f.entry && entry.key !== f.entry) return false;
  if (f.ring && entry.stance !== f.ring.toLowerCase() && entry.ring.toLowerCase() !== f.ring.toLowerCase())
    return false;
  return true;
}

export async function repositoryScope(db: Db, f: StackFilter): Promise<number[] | null> {
  let ids: number[] | null = null;
  if (f.teamId)
    ids = await repositoriesOfServices(db, await servicesOwnedBy(db, await teamSubtree(db, f.teamId)));
  if (f.serviceId) {
    const own = await repositoriesOfServices(db, [f.serviceId]);
    ids = ids ? ids.filter((x) => own.includes(x)) : own;
  }
  return ids;
}

export async function repositoryInfos(db: Db): Promise<Map<number, RepositoryInfo>> {
  const [refs, services, teams] = await Promise.all([
    repositoryRefs(db),
    servicesWithOwners(db),
    allTeams(db),
  ]);
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const out = new Map<number, RepositoryInfo>();
  for (const r of refs.values()) {
    const s = r.entityId ? serviceById.get(r.entityId) : undefined;
    const t = s?.ownerTeamId ? teamById.get(s.ownerTeamId) : undefined;
    out.set(r.id, {
      id: r.id,
      name: r.name,
      service: s ? { id: s.id, name: s.name } : null,
      team: t ? { id: t.id, name: t.name } : null,
    });
  }
  return out;
}

export async function loadStackContext(db: Db, f: StackFilter, withComponents = true): Promise<StackContext> {
  const scopeIds = await repositoryScope(db, f);
  const [infos, entries, rules, components, scans] = await Promise.all([
    repositoryInfos(db),
    radarEntryRefs(db),
    repo.listMappings(db),
    withComponents ? repo.components(db, scopeIds) : Promise.resolve([]),
    repo.listScans(db),
  ]);
  const inScope = new Set(scopeIds ?? infos.keys());
  const scanned = new Set<number>(scans.map((s) => Number(s.repository_id)));
  for (const c of components) scanned.add(c.repositoryId);
  const repositories = new Map<number, RepositoryInfo>();
  for (const id of scanned) {
    const info = infos.get(id);
    if (info && inScope.has(id)) repositories.set(id, info);
  }
  return {
    repositories,
    scopeIds,
    entries,
    match: buildMatcher(rules, entries),
    components: f.ecosystem ? components.filter((c) => c.ecosystem === f.ecosystem) : components,
  };
}
