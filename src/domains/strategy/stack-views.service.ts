/**
 * The stack explorer's answers: which radar technologies are used where (repositories, services, teams),
 * the rows behind each (file and line), and radar compliance — hold technologies still in use and adopt
 * technologies missing from repositories of their ecosystem.
 */
import type { Db } from '../../platform/db/database.js';
import type { RadarEntryRef } from './radar.repo.js';
import { upsert } from './stack-match.js';
import {
  entryPasses,
  loadStackContext,
  type RepositoryInfo,
  type StackFilter,
} from './stack-scope.service.js';

/** Ecosystems of code (a repository in one of them could use a library of it); images, actions and providers are not. */
export const LANGUAGE_ECOSYSTEMS = ['npm', 'go', 'pypi', 'cargo', 'maven', 'rubygems', 'composer'];

const entryOut = (e: RadarEntryRef) => ({
  key: e.key,
  name: e.name,
  ring: e.ring,
  stance: e.stance,
  quadrant: e.quadrant,
});
const repoOut = (r: RepositoryInfo) => ({
  id: r.id,
  name: r.name,
  service: r.service?.name ?? null,
  serviceId: r.service?.id ?? null,
  team: r.team?.name ?? null,
  teamId: r.team?.id ?? null,
});

/** Which entries each repository uses (matched components), for the filter's repositories. */
async function usage(db: Db, f: StackFilter) {
  const ctx = await loadStackContext(db, f);
  const byEntry = new Map<string, { entry: RadarEntryRef; repos: Set<number>; packages: Set<string> }>();
  const unmatched = new Map<string, { ecosystem: string; name: string; repos: Set<number> }>();
  for (const c of ctx.components) {
    if (!ctx.repositories.has(c.repositoryId)) continue;
    const m = ctx.match(c.ecosystem, c.name);
    if (!m) {
      if (!c.direct) continue;
      const k = `${c.ecosystem}:${c.name}`;
      const u = upsert(unmatched, k, () => ({ ecosystem: c.ecosystem, name: c.name, repos: new Set() }));
      u.repos.add(c.repositoryId);
      continue;
    }
    const b = upsert(byEntry, m.entry.key, () => ({ entry: m.entry, repos: new Set(), packages: new Set() }));
    b.repos.add(c.repositoryId);
    b.packages.add(`${c.ecosystem}:${c.name}`);
  }
  return { ctx, byEntry, unmatched };
}

export async function stackTechnologies(db: Db, f: StackFilter) {
  const { ctx, byEntry, unmatched } = await usage(db, f);
  const technologies = [...byEntry.values()]
    .filter((b) => entryPasses(b.entry, f))
    .map((b) => {
      const repos = [...b.repos].map((id) => ctx.repositories.get(id)!);
      const services = new Set(repos.flatMap((r) => (r.service ? [r.service.name] : [])));
      const teams = new Set(repos.flatMap((r) => (r.team ? [r.team.name] : [])));
      return {
        ...entryOut(b.entry),
        repositories: repos.length,
        services: [...services].sort(),
        teams: [...teams].sort(),
        packages: [...b.packages].sort(),
      };
    })
    .sort((a, b) => b.repositories - a.repositories || a.name.localeCompare(b.name));
  const notOnRadar =
    f.entry || f.ring
      ? []
      : [...unmatched.values()]
          .map((u) => ({ ecosystem: u.ecosystem, name: u.name, repositories: u.repos.size }))
          .sort((a, b) => b.repositories - a.repositories || a.name.localeCompare(b.name))
          .slice(0, 50);
  return { scanned: ctx.repositories.size, technologies, notOnRadar };
}

/** The rows behind a technology (a radar entry, or one package): repository, service, team, file and line. */
export async function stackUsages(db: Db, f: StackFilter & { name?: string | undefined; limit: number }) {
  const ctx = await loadStackContext(db, f);
  const rows = ctx.components.filter((c) => {
    if (!ctx.repositories.has(c.repositoryId)) return false;
    if (f.name) return c.name === f.name;
    const m = ctx.match(c.ecosystem, c.name);
    return m !== null && entryPasses(m.entry, f) && (!!f.entry || !!f.ring);
  });
  const entry = f.entry ? (ctx.entries.find((e) => e.key === f.entry) ?? null) : null;
  return {
    entry: entry ? entryOut(entry) : null,
    total: rows.length,
    repositories: new Set(rows.map((r) => r.repositoryId)).size,
    rows: rows.slice(0, f.limit).map((c) => ({
      repository: repoOut(ctx.repositories.get(c.repositoryId)!),
      ecosystem: c.ecosystem,
      name: c.name,
      version: c.version,
      direct: c.direct,
      scope: c.scope,
      file: c.file,
      line: c.line,
      source: c.source,
      entry: ctx.match(c.ecosystem, c.name)?.entry.key ?? null,
    })),
  };
}

/** Hold technologies still in use (by repository, service, team) and adopt technologies missing where their ecosystem is used. */
export async function stackCompliance(db: Db, f: StackFilter) {
  const { ctx, byEntry } = await usage(db, f);
  const hold = [...byEntry.values()]
    .filter((b) => b.entry.stance === 'hold' && entryPasses(b.entry, { ...f, ring: undefined }))
    .map((b) => ({
      ...entryOut(b.entry),
      packages: [...b.packages].sort(),
      repositories: [...b.repos]
        .map((id) => repoOut(ctx.repositories.get(id)!))
        .sort((a, c) => a.name.localeCompare(c.name)),
    }))
    .sort((a, b) => b.repositories.length - a.repositories.length || a.name.localeCompare(b.name));
  const holdRepos = new Set(hold.flatMap((h) => h.repositories.map((r) => r.id)));
  const byTeam = new Map<
    string,
    { team: string | null; teamId: number | null; repositories: Set<number>; entries: Set<string> }
  >();
  for (const h of hold) {
    for (const r of h.repositories) {
      const k = String(r.teamId ?? 'none');
      const t = upsert(byTeam, k, () => ({
        team: r.team,
        teamId: r.teamId,
        repositories: new Set(),
        entries: new Set(),
      }));
      t.repositories.add(r.id);
      t.entries.add(h.name);
    }
  }
  // Repositories per ecosystem, and the ecosystems each adopt entry is found in.
  const reposOfEcosystem = new Map<string, Set<number>>();
  const ecosystemsOfEntry = new Map<string, Set<string>>();
  for (const c of ctx.components) {
    if (!ctx.repositories.has(c.repositoryId) || !LANGUAGE_ECOSYSTEMS.includes(c.ecosystem)) continue;
    const s = upsert(reposOfEcosystem, c.ecosystem, () => new Set());
    s.add(c.repositoryId);
    const m = ctx.match(c.ecosystem, c.name);
    if (m?.entry.stance === 'adopt') {
      const e = upsert(ecosystemsOfEntry, m.entry.key, () => new Set());
      e.add(c.ecosystem);
    }
  }
  const adoptMissing = [...byEntry.values()]
    .filter(
      (b) =>
        b.entry.stance === 'adopt' &&
        ecosystemsOfEntry.has(b.entry.key) &&
        entryPasses(b.entry, { ...f, ring: undefined }),
    )
    .map((b) => {
      const ecosystems = [...ecosystemsOfEntry.get(b.entry.key)!].sort();
      const candidates = new Set(ecosystems.flatMap((e) => [...(reposOfEcosystem.get(e) ?? [])]));
      const missing = [...candidates].filter((id) => !b.repos.has(id));
      return {
        ...entryOut(b.entry),
        ecosystems,
        using: candidates.size - missing.length,
        candidates: candidates.size,
        missing: missing
          .map((id) => repoOut(ctx.repositories.get(id)!))
          .sort((a, c) => a.name.localeCompare(c.name)),
      };
    })
    .filter((a) => a.missing.length > 0)
    .sort((a, b) => b.missing.length - a.missing.length || a.name.localeCompare(b.name));
  return {
    scanned: ctx.repositories.size,
    repositoriesOnHold: holdRepos.size,
    shareOnHold: ctx.repositories.size ? holdRepos.size / ctx.repositories.size : null,
    hold,
    holdByTeam: [...byTeam.values()]
      .map((t) => ({
        team: t.team,
        teamId: t.teamId,
        repositories: t.repositories.size,
        technologies: [...t.entries].sort(),
      }))
      .sort((a, b) => b.repositories - a.repositories),
    adoptMissing,
  };
}
