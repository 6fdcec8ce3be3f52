/**
 * One Backstage entity (already known to have apiVersion, kind and metadata.name) → a node of the
 * catalog graph: the Quarterdeck input it becomes, the relations it declares and its own problems.
 * Checks that need the whole catalog (targets exist, cycles, duplicates) are in backstage-catalog.ts.
 */
import { canonicalRef, type EntityName, groupSlug, parseEntityRef } from './backstage-refs.js';
import type { YamlDocument, YamlPath } from './backstage-yaml.js';
import type { EntityInput, EntityKind, PersonInput, TeamInput } from './org-input.js';

export type NodeKind = 'user' | 'group' | EntityKind;

export interface Relation {
  /** Where it is written, e.g. `spec.owner`; for relations declared on the other side, that side's field. */
  field: string;
  path: YamlPath;
  /** Canonical reference of the target. */
  target: string;
  /** Whether this entity is invalid when the target is (false for `spec.children` / `spec.members`). */
  cascade: boolean;
  /** For a relation another Group declared (in its spec.children or spec.members): that Group and field. */
  declaredBy?: { ref: string; field: string } | undefined;
}

export interface Problem {
  message: string;
  field?: string | undefined;
  path?: YamlPath | undefined;
}

interface NodeBase extends EntityName {
  ref: string;
  file: string;
  doc: YamlDocument;
  relations: Relation[];
  problems: Problem[];
}

export interface UserNode extends NodeBase {
  kind: 'user';
  /** Teams are added from the `spec.memberOf` relations when the input is built. */
  person: PersonInput;
}

export interface GroupNode extends NodeBase {
  kind: 'group';
  team: TeamInput;
}

export interface EntityNode extends NodeBase {
  kind: EntityKind;
  entity: EntityInput;
}

export type CatalogNode = UserNode | GroupNode | EntityNode;

/** The parts of a document every kind needs. */
export interface Envelope extends EntityName {
  /** metadata.name as written (`name` is lower-cased). */
  writtenName: string;
  file: string;
  doc: YamlDocument;
  metadata: Record<string, unknown>;
  spec: Record<string, unknown>;
}

export const KIND_LABEL: Record<NodeKind, string> = {
  user: 'User',
  group: 'Group',
  component: 'Component',
  system: 'System',
  api: 'API',
  resource: 'Resource',
  domain: 'Domain',
};

export function asRecord(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

/** A scalar as text (numbers and booleans too); undefined when absent or empty. */
export function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

const GROUP_KIND: Record<string, TeamInput['kind']> = {
  department: 'department',
  'business-unit': 'department',
  organization: 'department',
  root: 'department',
  group: 'group',
  'product-area': 'group',
  'sub-department': 'group',
  division: 'group',
  tribe: 'group',
};

const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function readNode(env: Envelope): CatalogNode {
  const ref = canonicalRef(env);
  const base = {
    kind: env.kind,
    namespace: env.namespace,
    name: env.name,
    ref,
    file: env.file,
    doc: env.doc,
    relations: [] as Relation[],
    problems: [] as Problem[],
  };
  const origin = { file: env.file, row: env.doc.row, entity: ref };
  const rel = new RelationReader(env, base.relations, base.problems);
  const meta = env.metadata;
  const spec = env.spec;
  const profile = asRecord(spec.profile) ?? {};
  const label = `${KIND_LABEL[env.kind as NodeKind]} ${ref}`;

  if (env.kind === 'user') {
    const email = text(profile.email)?.toLowerCase();
    if (!email)
      base.problems.push(problem(`${label} has no spec.profile.email`, ['spec', 'profile', 'email']));
    else if (!EMAIL.test(email))
      base.problems.push(
        problem(`${label}: "${email}" is not an e-mail address`, ['spec', 'profile', 'email']),
      );
    rel.many('memberOf', 'group', ['group']);
    const person: PersonInput = {
      email: email ?? '',
      name: text(profile.displayName) ?? text(meta.title) ?? env.writtenName,
      catalogName: env.writtenName,
      githubLogin: stringAnnotations(meta)['github.com/user-login'] ?? null,
      teams: [],
      origin,
    };
    return { ...base, kind: 'user', person };
  }

  if (env.kind === 'group') {
    const type = text(spec.type)?.toLowerCase();
    const email = text(profile.email)?.toLowerCase() ?? null;
    if (email && !EMAIL.test(email))
      base.problems.push(
        problem(`${label}: "${email}" is not an e-mail address`, ['spec', 'profile', 'email']),
      );
    rel.one('parent', 'group', ['group']);
    rel.many('children', 'group', ['group'], false);
    rel.many('members', 'user', ['user'], false);
    const team: TeamInput = {
      slug: groupSlug(env.namespace, env.name),
      name: text(profile.displayName) ?? text(meta.title) ?? env.writtenName,
      kind: (type && GROUP_KIND[type]) || 'team',
      parent: null,
      description: text(meta.description) ?? null,
      email,
      origin,
    };
    return { ...base, kind: 'group', team };
  }

  const kind = env.kind as EntityKind;
  const annotations = stringAnnotations(meta);
  const owner = rel.one('owner', 'group', ['group', 'user']);
  if (spec.owner === undefined || spec.owner === null)
    base.problems.push(problem(`${label} is missing spec.owner`, ['spec', 'owner']));
  const parentField = kind === 'system' ? 'domain' : kind === 'domain' ? 'subdomainOf' : 'system';
  const parentKind = kind === 'system' || kind === 'domain' ? 'domain' : 'system';
  const entity: EntityInput = {
    kind,
    namespace: env.namespace,
    name: env.name,
    title: text(meta.title) ?? null,
    description: text(meta.description) ?? null,
    type: text(spec.type) ?? null,
    lifecycle: text(spec.lifecycle) ?? null,
    tier: text(asRecord(meta.labels)?.tier) ?? annotations['quarterdeck.io/tier'] ?? text(spec.tier) ?? null,
    owner: owner ?? null,
    parent: rel.one(parentField, parentKind, [parentKind]) ?? null,
    dependsOn: rel.many('dependsOn', 'component', ['component', 'resource', 'api', 'system']),
    providesApis: rel.many('providesApis', 'api', ['api']),
    consumesApis: rel.many('consumesApis', 'api', ['api']),
    tags: Array.isArray(meta.tags) ? meta.tags.filter((t): t is string => typeof t === 'string') : [],
    annotations,
    links: readLinks(meta.links),
    repository: repositoryOf(annotations),
    origin,
  };
  return { ...base, kind, entity };
}

function problem(message: string, path: YamlPath): Problem {
  return { message, path, field: path.join('.') };
}

/** Reads `spec.<key>` references, records them as relations and returns their canonical form. */
class RelationReader {
  constructor(
    private readonly env: Envelope,
    private readonly relations: Relation[],
    private readonly problems: Problem[],
  ) {}

  one(key: string, kind: string, allowed: string[]): string | undefined {
    const v = this.env.spec[key];
    if (v === undefined || v === null) return undefined;
    return this.read(v, key, ['spec', key], kind, allowed, true);
  }

  many(key: string, kind: string, allowed: string[], cascade = true): string[] {
    const v = this.env.spec[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.problems.push(problem(`spec.${key} must be a list of entity references`, ['spec', key]));
      return [];
    }
    const out: string[] = [];
    v.forEach((item, i) => {
      const ref = this.read(item, `${key}[${i}]`, ['spec', key, i], kind, allowed, cascade);
      if (ref && !out.includes(ref)) out.push(ref);
    });
    return out;
  }

  private read(
    v: unknown,
    label: string,
    path: YamlPath,
    kind: string,
    allowed: string[],
    cascade: boolean,
  ): string | undefined {
    const field = `spec.${label.replace(/\[\d+\]$/, '')}`;
    if (typeof v !== 'string') {
      this.problems.push({ message: `spec.${label} must be an entity reference`, field, path });
      return undefined;
    }
    const parsed = parseEntityRef(v, { kind, namespace: this.env.namespace });
    if (typeof parsed === 'string') {
      this.problems.push({ message: `spec.${label}: ${parsed}`, field, path });
      return undefined;
    }
    const target = canonicalRef(parsed);
    if (!allowed.includes(parsed.kind)) {
      const kinds = allowed.map((k) => KIND_LABEL[k as NodeKind] ?? k).join(' or ');
      const article = kinds.startsWith('A') ? 'an' : 'a';
      this.problems.push({ message: `spec.${label} "${v}" must refer to ${article} ${kinds}`, field, path });
      return undefined;
    }
    this.relations.push({ field, path, target, cascade });
    return target;
  }
}

export function stringAnnotations(meta: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(asRecord(meta.annotations) ?? {}))
    if (typeof v === 'string') out[k] = v;
  return out;
}

function readLinks(v: unknown): { url: string; title?: string | undefined }[] {
  if (!Array.isArray(v)) return [];
  const links: { url: string; title?: string | undefined }[] = [];
  for (const item of v) {
    const link = asRecord(item);
    const url = text(link?.url);
    if (!url) continue;
    const title = text(link?.title);
    links.push(title ? { url, title } : { url });
  }
  return links;
}

const SOURCE_LOCATION = /^url:https?:\/\/(?:www\.)?github\.com\/([^/\s#?]+)\/([^/\s#?]+)/i;
const SLUG = /^[\w.-]+\/[\w.-]+$/;

/** `owner/name` from `github.com/project-slug`, else from a GitHub `backstage.io/source-location`. */
export function repositoryOf(annotations: Record<string, string>): string | null {
  const slug = annotations['github.com/project-slug']?.trim();
  if (slug && SLUG.test(slug)) return slug;
  const m = SOURCE_LOCATION.exec(annotations['backstage.io/source-location']?.trim() ?? '');
  if (m) return `${m[1]}/${(m[2] as string).replace(/\.git$/, '')}`;
  return null;
}
