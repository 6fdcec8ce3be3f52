import type { ImportIssue } from '../../platform/imports/import-report.js';
import type { PersonInput } from './importers/org-input.js';

export type Counter = Record<string, number>;

export const bump = (c: Counter, k: string, n = 1): void => {
  if (n) c[k] = (c[k] ?? 0) + n;
};

/** Where an input row came from, as an issue's location. */
export const where = (origin: PersonInput['origin']): Pick<ImportIssue, 'file' | 'row' | 'entity'> => ({
  file: origin?.file ?? 'input',
  ...(origin?.row !== undefined ? { row: origin.row } : {}),
  ...(origin?.entity ? { entity: origin.entity } : {}),
});

/** People as the rest of an import finds them. */
export interface PeopleIndex {
  byEmail: Map<string, number>;
  byCatalogName: Map<string, number>;
  byGithub: Map<string, number>;
}

/** `group:default/payments` → the team slug (other namespaces: `ns-name`), as the catalog parser makes them. */
export { groupSlugOfRef as teamSlugOfRef } from './importers/backstage-refs.js';

/** `user:default/jdoe` → `jdoe` (the person's catalog name, lower case). */
export function userNameOfRef(ref: string): string {
  const m = /^(?:user:)?(?:([^/]+)\/)?(.+)$/.exec(ref)!;
  return m[2]!.toLowerCase();
}

/** `component:default/checkout` → `{ kind, namespace, name }`. */
export function parseRef(ref: string): { kind: string; namespace: string; name: string } {
  const m = /^([^:]+):(?:([^/]+)\/)?(.+)$/.exec(ref);
  if (!m) return { kind: '', namespace: 'default', name: ref };
  return { kind: m[1]!, namespace: m[2] ?? 'default', name: m[3]! };
}
