/**
 * The stack part of the demo: for every demo repository (the delivery demo creates them), manifest texts
 * written in memory (stack-demo-manifests.ts), stored through the same parse-and-store path as a scan;
 * and the mapping rules from the demo technologies' packages to their radar entries.
 */
import type { DemoStep } from '../../platform/modules.js';
import { seededRandom } from '../../platform/seeded-random.js';
import { repositoryRefs } from '../org/org-lookup.service.js';
import * as repo from './stack.repo.js';
import { demoManifests } from './stack-demo-manifests.js';
import { blobHash } from './stack-scan.service.js';
import { addReports, emptyReport, type RepositorySnapshot, storeSnapshots } from './stack-store.service.js';
import { DEMO_TECHNOLOGIES } from './strategy-demo-tech.js';

const CHUNK = 400;

/** One mapping rule per demo package (ecosystem + exact name -> the technology's radar entry). */
export function demoMappings(): repo.MappingRow[] {
  const rows: repo.MappingRow[] = [];
  for (const t of DEMO_TECHNOLOGIES) {
    for (const p of t.packages)
      rows.push({ ecosystem: p.ecosystem, pattern: p.name, entryKey: t.key, position: rows.length });
  }
  return rows;
}

export const stackDemoStep: DemoStep = {
  name: 'stack inventory',
  async run({ db, seed, onProgress }) {
    if ((await repo.listMappings(db)).length === 0) await repo.replaceMappings(db, demoMappings());
    const refs = [...(await repositoryRefs(db)).values()].sort((a, b) => a.id - b.id);
    const rand = seededRandom(seed ^ 0x5eed57ac);
    let report = emptyReport();
    for (let i = 0; i < refs.length; i += CHUNK) {
      const snapshots: RepositorySnapshot[] = refs.slice(i, i + CHUNK).map((r) => {
        const m = demoManifests(rand, r.name, r.entityId === null);
        const files = [
          ...[...m.files].map(([path, text]) => {
            const buf = Buffer.from(text);
            return { path, hash: blobHash(buf), size: buf.length };
          }),
          ...m.code.map((c) => ({ ...c, hash: '' })),
        ];
        return {
          repositoryId: r.id,
          repository: r.name,
          source: 'demo',
          location: null,
          treeHash: null,
          files,
          read: async (wanted) => new Map(wanted.map((f) => [f.path, m.files.get(f.path) ?? ''])),
        };
      });
      report = addReports(report, await storeSnapshots(db, snapshots));
      onProgress(Math.min(i + CHUNK, refs.length), refs.length, 'stack inventory');
    }
    return {
      counts: {
        'repositories scanned': report.repositories,
        'manifest files': report.files,
        components: report.components,
        runtimes: report.runtimes,
      },
    };
  },
};
