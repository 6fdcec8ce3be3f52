/**
 * Backstage entity references: `[kind:][namespace/]name`, compared case-insensitively.
 * Quarterdeck keeps them canonical: lower-case `kind:namespace/name`.
 */

export const DEFAULT_NAMESPACE = 'default';

export interface EntityName {
  kind: string;
  namespace: string;
  name: string;
}

const REF = /^(?:([^:/]+):)?(?:([^:/]+)\/)?([^:/]+)$/;
/** Backstage's rules for metadata.name and metadata.namespace. */
const NAME = /^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$/;
const NAMESPACE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidName(name: string): boolean {
  return name.length <= 63 && NAME.test(name);
}

export function isValidNamespace(namespace: string): boolean {
  return namespace.length <= 63 && NAMESPACE.test(namespace);
}

/**
 * Parses a reference as Backstage does: the kind defaults from the field it is written in, the
 * namespace from the entity it is written on. Returns an error message when it cannot.
 */
export function parseEntityRef(
  raw: string,
  defaults: { kind?: string | undefined; namespace: string },
): EntityName | string {
  const m = REF.exec(raw.trim());
  if (!m) return `"${raw}" is not a valid entity reference ([kind:][namespace/]name)`;
  const kind = m[1] ?? defaults.kind;
  if (!kind) return `"${raw}" needs a kind, such as component:${raw}`;
  return {
    kind: kind.toLowerCase(),
    namespace: (m[2] ?? defaults.namespace).toLowerCase(),
    name: (m[3] as string).toLowerCase(),
  };
}

export function canonicalRef(e: EntityName): string {
  return `${e.kind}:${e.namespace}/${e.name}`.toLowerCase();
}

/** Splits a canonical reference (or any full `kind:namespace/name`). */
export function splitRef(ref: string): EntityName {
  const parsed = parseEntityRef(ref, { namespace: DEFAULT_NAMESPACE });
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

/**
 * The team slug of a Group: its metadata.name in the default namespace, `${namespace}-${name}`
 * in any other, lower-cased, with `_` and `.` turned into `-` (slugs are letters, digits and dashes).
 */
export function groupSlug(namespace: string, name: string): string {
  const base = namespace.toLowerCase() === DEFAULT_NAMESPACE ? name : `${namespace}-${name}`;
  return base.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

export function groupSlugOfRef(ref: string): string {
  const { namespace, name } = splitRef(ref);
  return groupSlug(namespace, name);
}

/** The shortest way to write `ref` in a field whose kind defaults to `kind`, on an entity of `namespace`. */
export function shortRef(ref: string, kind: string | undefined, namespace: string): string {
  const e = splitRef(ref);
  const k = e.kind === kind ? '' : `${e.kind}:`;
  const ns = e.namespace === namespace ? '' : `${e.namespace}/`;
  return `${k}${ns}${e.name}`;
}
