/**
 * Version spread per technology, runtimes against the end-of-life dataset, language shares, and the
 * scan status of each repository.
 */
import type { Db } from '../../platform/db/database.js';
import {
  cycleOf,
  type EolCycle,
  type EolDataset,
  eolStatus,
  mergeEol,
  shippedEolDataset,
} from './eol-dataset.js';
import * as repo from './stack.repo.js';
import { behind, compareVersions, upsert, versionNumbers } from './stack-match.js';
import {
  entryPasses,
  loadStackContext,
  repositoryInfos,
  repositoryScope,
  type StackFilter,
} from './stack-scope.service.js';

/** Each package's versions across repositories (a repository counts once, at the highest version it has). */
export async function stackVersions(db: Db, f: StackFilter & { name?: string | undefined }) {
  const ctx = await loadStackContext(db, f);
  const perPackage = new Map<
    string,
    { ecosystem: string; name: string; entry: string | null; repos: Map<number, number[]> }
  >();
  for (const c of ctx.components) {
    if (!ctx.repositories.has(c.repositoryId) || (f.name && c.name !== f.name)) continue;
    const m = ctx.match(c.ecosystem, c.name);
    if ((f.entry || f.ring) && !(m && entryPasses(m.entry, f))) continue;
    if (!m && !c.direct) continue;
    const v = versionNumbers(c.version ?? c.requirement);
    if (!v) continue;
    const k = `${c.ecosystem}:${c.name}`;
    const p = upsert(perPackage, k, () => ({
      ecosystem: c.ecosystem,
      name: c.name,
      entry: m?.entry.key ?? null,
      repos: new Map(),
    }));
    const had = p.repos.get(c.repositoryId);
    if (!had || compareVersions(v, had) > 0) p.repos.set(c.repositoryId, v);
  }
  const packages = [...perPackage.values()]
    .filter((p) => p.entry !== null || p.repos.size >= 2)
    .map((p) => {
      const counts = new Map<string, { v: number[]; repositories: number }>();
      for (const v of p.repos.values()) {
        const key = v.join('.');
        const c = counts.get(key) ?? { v, repositories: 0 };
        c.repositories++;
        counts.set(key, c);
      }
      const sorted = [...counts.values()].sort((a, b) => compareVersions(b.v, a.v));
      const newest = sorted[0]!.v;
      const versions = sorted.map((c) => ({
        version: c.v.join('.'),
        repositories: c.repositories,
        behind: behind(c.v, newest),
      }));
      const majorsBehind = versions
        .filter((v) => v.behind.unit === 'major')
        .reduce((n, v) => n + v.repositories, 0);
      return {
        ecosystem: p.ecosystem,
        name: p.name,
        entry: p.entry,
        newest: newest.join('.'),
        repositories: p.repos.size,
        distinct: versions.length,
        majorsBehind,
        versions,
      };
    })
    .sort(
      (a, b) =>
        (b.entry ? 1 : 0) - (a.entry ? 1 : 0) || b.distinct - a.distinct || b.repositories - a.repositories,
    )
    .slice(0, 200);
  return { scanned: ctx.repositories.size, packages };
}

const asDate = (d: unknown): string | null =>
  d === null || d === undefined
    ? null
    : typeof d === 'string'
      ? d.slice(0, 10)
      : (d as Date).toISOString().slice(0, 10);

/** The end-of-life dataset in use: shipped snapshot with imported products replacing shipped ones. */
export async function eolDataset(
  db: Db,
): Promise<{ dataset: EolDataset; snapshot: string; imported: string[] }> {
  const shipped = shippedEolDataset();
  const imported: EolDataset = new Map();
  for (const r of await repo.importedEolCycles(db)) {
    const list = imported.get(r.product) ?? [];
    list.push({
      cycle: r.cycle,
      releaseDate: asDate(r.release_date),
      eol: asDate(r.eol),
      ended: r.eol_flag,
      latest: r.latest,
    });
    imported.set(r.product, list);
  }
  return {
    dataset: mergeEol(shipped.dataset, imported),
    snapshot: shipped.source.snapshot,
    imported: [...imported.keys()],
  };
}

/** Runtimes each repository declares, with their cycle's end of life on `today`. */
export async function stackEndOfLife(db: Db, f: StackFilter, today: string) {
  const [scopeIds, infos, { dataset, snapshot, imported }] = await Promise.all([
    repositoryScope(db, f),
    repositoryInfos(db),
    eolDataset(db),
  ]);
  const rows = (await repo.runtimes(db, scopeIds)).filter((r) => !f.ecosystem || r.product === f.ecosystem);
  const byCycle = new Map<
    string,
    { product: string; cycle: string; info: EolCycle | null; repos: Set<number> }
  >();
  const uses = rows.map((r) => {
    const info =
      cycleOf(dataset.get(r.product) ?? [], r.version) ?? cycleOf(dataset.get(r.product) ?? [], r.cycle);
    const cycle = info?.cycle ?? r.cycle;
    const k = `${r.product}@${cycle}`;
    const b = upsert(byCycle, k, () => ({ product: r.product, cycle, info, repos: new Set() }));
    b.repos.add(r.repository_id);
    const i = infos.get(r.repository_id);
    return {
      repository: i?.name ?? String(r.repository_id),
      repositoryId: r.repository_id,
      service: i?.service?.name ?? null,
      team: i?.team?.name ?? null,
      product: r.product,
      cycle,
      version: r.version,
      eol: info?.eol ?? null,
      status: eolStatus(info, today),
      file: r.file,
      line: r.line,
    };
  });
  const order = { ended: 0, ending: 1, unknown: 2, supported: 3 } as const;
  const cycles = [...byCycle.values()]
    .map((b) => ({
      product: b.product,
      cycle: b.cycle,
      eol: b.info?.eol ?? null,
      latest: b.info?.latest ?? null,
      status: eolStatus(b.info, today),
      repositories: b.repos.size,
    }))
    .sort(
      (a, b) =>
        order[a.status] - order[b.status] ||
        a.product.localeCompare(b.product) ||
        b.repositories - a.repositories,
    );
  const past = new Set(uses.filter((u) => u.status === 'ended').map((u) => u.repositoryId));
  uses.sort((a, b) => order[a.status] - order[b.status] || a.repository.localeCompare(b.repository));
  return {
    today,
    dataset: { snapshot, source: 'https://endoflife.date', imported },
    repositoriesPastEol: past.size,
    cycles,
    uses: uses.slice(0, 2000),
  };
}

export async function stackLanguages(db: Db, f: StackFilter) {
  const [scopeIds, infos] = await Promise.all([repositoryScope(db, f), repositoryInfos(db)]);
  const rows = await repo.languages(db, scopeIds);
  const total = new Map<string, { language: string; bytes: number; files: number; repositories: number }>();
  const perRepo = new Map<number, { language: string; bytes: number }[]>();
  for (const r of rows) {
    const t = total.get(r.language) ?? { language: r.language, bytes: 0, files: 0, repositories: 0 };
    t.bytes += r.bytes;
    t.files += r.files;
    t.repositories++;
    total.set(r.language, t);
    const list = perRepo.get(r.repository_id) ?? [];
    list.push({ language: r.language, bytes: r.bytes });
    perRepo.set(r.repository_id, list);
  }
  const all = [...total.values()].sort((a, b) => b.bytes - a.bytes);
  const sum = all.reduce((n, l) => n + l.bytes, 0);
  return {
    bytes: sum,
    languages: all.map((l) => ({ ...l, share: sum ? l.bytes / sum : 0 })),
    repositories: [...perRepo.entries()]
      .map(([id, list]) => {
        const repoSum = list.reduce((n, l) => n + l.bytes, 0);
        const top = list.sort((a, b) => b.bytes - a.bytes)[0]!;
        return {
          id,
          name: infos.get(id)?.name ?? String(id),
          team: infos.get(id)?.team?.name ?? null,
          main: top.language,
          share: repoSum ? top.bytes / repoSum : 0,
          bytes: repoSum,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name))
      .slice(0, 2000),
  };
}

/** Each scanned repository's last scan and the files with problems. */
export async function stackScans(db: Db, f: StackFilter) {
  const [scopeIds, infos, scans] = await Promise.all([
    repositoryScope(db, f),
    repositoryInfos(db),
    repo.listScans(db),
  ]);
  const inScope = scopeIds ? new Set(scopeIds) : null;
  const mine = scans.filter((s) => !inScope || inScope.has(Number(s.repository_id)));
  const warnings = await repo.fileWarnings(db, scopeIds ?? undefined);
  return {
    repositories: mine
      .map((s) => ({
        id: Number(s.repository_id),
        name: infos.get(Number(s.repository_id))?.name ?? String(s.repository_id),
        source: s.source,
        location: s.location,
        files: s.files,
        parsed: s.parsed,
        scannedAt: new Date(s.scanned_at).toISOString(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    warnings: warnings.slice(0, 500).flatMap((w) =>
      w.warnings.map((x) => ({
        repository: infos.get(w.repositoryId)?.name ?? String(w.repositoryId),
        file: w.path,
        line: x.line,
        message: x.message,
      })),
    ),
  };
}
