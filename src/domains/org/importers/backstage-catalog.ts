/**
 * Backstage catalog (`catalog-info.yaml` and friends) → `OrgInput`.
 *
 * Kinds: User → person, Group → team, Component/System/API/Resource/Domain → entity; Location is
 * followed by `readCatalogFiles` and otherwise skipped; Template and kinds of other API groups
 * (plugins' own kinds) are ignored with a warning; any other kind is an error.
 *
 * References follow Backstage: `[kind:][namespace/]name`, the kind defaulting from the field
 * (spec.owner → group, memberOf/parent/children → group, members → user, system → system,
 * domain/subdomainOf → domain, dependsOn → component, providesApis/consumesApis → api) and the
 * namespace from the entity the reference is written on (`default` for most catalogs).
 * Everything is kept canonical: lower-case `kind:namespace/name`.
 *
 * Validity: an entity with an error is left out of the input, and so is every entity whose
 * relation points at it (owner, system/domain/subdomainOf, dependsOn, APIs, memberOf, parent),
 * transitively, each with an error saying which relation. Reverse declarations (a Group's
 * spec.children and spec.members) are folded into the other side (the child's parent, the user's
 * teams) and do not make the declaring Group invalid.
 */

import {
  asRecord,
  type CatalogNode,
  type Envelope,
  type GroupNode,
  KIND_LABEL,
  type NodeKind,
  type Problem,
  readNode,
  text,
  type UserNode,
} from './backstage-entities.js';
import { readCatalogFiles } from './backstage-read.js';
import { DEFAULT_NAMESPACE, groupSlugOfRef, isValidName, isValidNamespace } from './backstage-refs.js';
import { readYamlDocuments, type YamlDocument } from './backstage-yaml.js';
import type {
  EntityInput,
  EntityKind,
  ImportIssue,
  ParseResult,
  PersonInput,
  TeamInput,
} from './org-input.js';

export { type CatalogReadResult, readCatalogFiles } from './backstage-read.js';

/** A catalog file; `file` is its path relative to the import root, used in messages. */
export interface CatalogFile {
  file: string;
  text: string;
}

export interface BackstageParseOptions {
  /** Canonical references already in Quarterdeck (`group:default/payments`): relations may point at them. */
  known?: Set<string> | undefined;
}

const MAPPED = new Set<string>(['user', 'group', 'component', 'system', 'api', 'resource', 'domain']);
/** Kinds of the Backstage API groups that Quarterdeck has no use for. */
const IGNORED = new Set(['template']);
const ENTITY_ORDER: EntityKind[] = ['domain', 'system', 'component', 'api', 'resource'];

/** Reads a file or folder (following Locations) and parses it; reading issues come first. */
export async function loadBackstageCatalog(
  rootPath: string,
  opts: BackstageParseOptions = {},
): Promise<ParseResult> {
  const read = await readCatalogFiles(rootPath);
  const result = parseBackstageCatalog(read.files, opts);
  return { ...result, issues: [...read.issues, ...result.issues] };
}

export function parseBackstageCatalog(files: CatalogFile[], opts: BackstageParseOptions = {}): ParseResult {
  const known = new Set([...(opts.known ?? [])].map((k) => k.toLowerCase()));
  const issues: ImportIssue[] = [];
  const counts: Record<string, number> = {};
  const nodes = new Map<string, CatalogNode>();

  for (const { file, text: source } of files) {
    const { documents, problems } = readYamlDocuments(source);
    for (const p of problems)
      issues.push({ file, row: p.row, message: sentence(p.message), severity: 'error' });
    for (const doc of documents) {
      const envelope = readEnvelope(file, doc, issues, counts);
      if (!envelope) continue;
      const node = readNode(envelope);
      const first = nodes.get(node.ref);
      if (first) {
        const message = `${KIND_LABEL[node.kind]} ${node.ref} is defined twice: also in ${first.file} (line ${first.doc.row}).`;
        issues.push({ file, row: doc.row, entity: node.ref, message, severity: 'error' });
        continue;
      }
      nodes.set(node.ref, node);
    }
  }

  const all = [...nodes.values()];
  checkUnique(all);
  foldGroupDeclarations(all, nodes, known, issues);
  for (const node of all)
    for (const r of node.relations)
      if (!r.declaredBy && !nodes.has(r.target) && !known.has(r.target))
        node.problems.push({
          message: `${r.field} points to ${r.target}, which is neither in these files nor already in Quarterdeck`,
          field: r.field,
          path: r.path,
        });
  findGroupCycles(all, nodes);
  const invalid = cascadeInvalid(all, nodes);

  for (const node of all) {
    if (node.problems.length === 0) continue;
    const label = `${KIND_LABEL[node.kind]} ${node.ref}`;
    for (const p of node.problems)
      issues.push({
        file: node.file,
        row: (p.path && node.doc.lineOf(p.path)) ?? node.doc.row,
        entity: node.ref,
        field: p.field,
        message: sentence(p.message.startsWith(label) ? p.message : `${label}: ${p.message}`),
        severity: 'error',
      });
  }
  const fileOrder = new Map(files.map((f, i) => [f.file, i]));
  issues.sort(
    (a, b) => (fileOrder.get(a.file) ?? -1) - (fileOrder.get(b.file) ?? -1) || (a.row ?? 0) - (b.row ?? 0),
  );

  const valid = all.filter((n) => !invalid.has(n.ref));
  return { input: buildInput(valid), issues, counts };
}

/** Checks apiVersion, kind and metadata.name; returns the entity when Quarterdeck imports its kind. */
function readEnvelope(
  file: string,
  doc: YamlDocument,
  issues: ImportIssue[],
  counts: Record<string, number>,
): Envelope | undefined {
  const value = asRecord(doc.value);
  const metadata = asRecord(value?.metadata);
  const rawKind = text(value?.kind);
  const kind = rawKind?.toLowerCase();
  const name = typeof metadata?.name === 'string' ? metadata.name : undefined;
  const namespace = text(metadata?.namespace) ?? DEFAULT_NAMESPACE;
  const apiVersion = text(value?.apiVersion);
  const ref = kind && name ? `${kind}:${namespace}/${name}`.toLowerCase() : undefined;
  const issue = (message: string, severity: ImportIssue['severity'] = 'error') =>
    issues.push({ file, row: doc.row, entity: ref, message: sentence(message), severity });
  const label = () =>
    `${(kind && KIND_LABEL[kind as NodeKind]) ?? rawKind ?? 'Entity'} ${ref ?? `"${name ?? '?'}"`}`;
  if (!value) {
    issue('This document is not a mapping, so not a Backstage entity');
    return undefined;
  }
  if (kind) counts[kind] = (counts[kind] ?? 0) + 1;
  if (!apiVersion) issue(`${label()} has no apiVersion`);
  if (!kind) issue(`${label()} has no kind`);
  if (!metadata || !name) issue(`${rawKind ?? 'Entity'} entity has no metadata.name`);
  if (!kind || !name || !metadata || !apiVersion) return undefined;
  if (!isValidName(name)) {
    issue(`${label()}: metadata.name "${name}" is not a valid Backstage name`);
    return undefined;
  }
  if (!isValidNamespace(namespace)) {
    issue(`${label()}: metadata.namespace "${namespace}" is not a valid Backstage namespace`);
    return undefined;
  }
  if (kind === 'location') return undefined;
  if (!MAPPED.has(kind)) {
    if (IGNORED.has(kind) || !apiVersion.startsWith('backstage.io/'))
      issue(`Ignored kind ${rawKind}: Quarterdeck does not import it`, 'warning');
    else issue(`Unknown kind "${rawKind}" (${apiVersion} defines no such kind)`);
    return undefined;
  }
  return {
    kind,
    namespace: namespace.toLowerCase(),
    name: name.toLowerCase(),
    writtenName: name,
    file,
    doc,
    metadata,
    spec: asRecord(value.spec) ?? {},
  };
}

/** Two Groups that end up with one slug, or two Users with one e-mail, cannot both be imported. */
function checkUnique(all: CatalogNode[]): void {
  const slugs = new Map<string, string>();
  const emails = new Map<string, string>();
  for (const node of all) {
    const [key, seen, what] =
      node.kind === 'group'
        ? [node.team.slug, slugs, 'team slug']
        : node.kind === 'user'
          ? [node.person.email, emails, 'e-mail']
          : [undefined, slugs, ''];
    if (!key) continue;
    const other = seen.get(key);
    if (other) node.problems.push({ message: `its ${what} "${key}" is already that of ${other}` });
    else seen.set(key, node.ref);
  }
}

function foldGroupDeclarations(
  all: CatalogNode[],
  nodes: Map<string, CatalogNode>,
  known: Set<string>,
  issues: ImportIssue[],
): void {
  const warn = (g: GroupNode, message: string) =>
    issues.push({
      file: g.file,
      row: g.doc.row,
      entity: g.ref,
      message: sentence(message),
      severity: 'warning',
    });
  for (const g of all) {
    if (g.kind !== 'group') continue;
    for (const r of g.relations) {
      const target = nodes.get(r.target);
      if (r.field === 'spec.children') {
        if (target?.kind !== 'group') {
          if (known.has(r.target))
            warn(
              g,
              `spec.children lists ${r.target}, which is not in these files: its parent is left unchanged`,
            );
          continue;
        }
        const parent = target.relations.find((x) => x.field === 'spec.parent');
        if (parent && parent.target !== g.ref) {
          const why = parent.declaredBy
            ? `which ${parent.declaredBy.ref} also lists in spec.children`
            : `whose spec.parent is ${parent.target}`;
          g.problems.push({
            message: `spec.children lists ${r.target}, ${why}`,
            field: r.field,
            path: r.path,
          });
        } else if (!parent) {
          target.relations.push({
            ...r,
            field: 'spec.parent',
            path: ['spec', 'parent'],
            target: g.ref,
            cascade: true,
            declaredBy: { ref: g.ref, field: r.field },
          });
        }
      } else if (r.field === 'spec.members') {
        if (target?.kind !== 'user') {
          if (known.has(r.target))
            warn(
              g,
              `spec.members lists ${r.target}, which is not in these files: that membership is not imported`,
            );
          continue;
        }
        if (!target.relations.some((x) => x.field === 'spec.memberOf' && x.target === g.ref))
          target.relations.push({
            ...r,
            field: 'spec.memberOf',
            path: ['spec', 'memberOf'],
            target: g.ref,
            cascade: true,
            declaredBy: { ref: g.ref, field: r.field },
          });
      }
    }
  }
}

/** Every Group in a parent cycle gets an error naming the whole cycle. */
function findGroupCycles(all: CatalogNode[], nodes: Map<string, CatalogNode>): void {
  const parentOf = (g: CatalogNode): GroupNode | undefined => {
    const r = g.relations.find((x) => x.field === 'spec.parent');
    const p = r && nodes.get(r.target);
    return p?.kind === 'group' ? p : undefined;
  };
  const state = new Map<string, 'walking' | 'done'>();
  for (const start of all) {
    if (start.kind !== 'group' || state.has(start.ref)) continue;
    const path: GroupNode[] = [];
    let g: GroupNode | undefined = start;
    while (g && !state.has(g.ref)) {
      state.set(g.ref, 'walking');
      path.push(g);
      g = parentOf(g);
    }
    if (g && state.get(g.ref) === 'walking') {
      const cycle = path.slice(path.indexOf(g));
      const names = [...cycle, g].map((c) => c.ref).join(' → ');
      for (const c of cycle)
        c.problems.push({
          message: `spec.parent makes a cycle: ${names}`,
          field: 'spec.parent',
          path: ['spec', 'parent'],
        });
    }
    for (const p of path) state.set(p.ref, 'done');
  }
}

/** Marks entities with errors invalid, then everything that depends on them, transitively. */
function cascadeInvalid(all: CatalogNode[], nodes: Map<string, CatalogNode>): Set<string> {
  const invalid = new Set(all.filter((n) => n.problems.length > 0).map((n) => n.ref));
  if (invalid.size === 0) return invalid;
  const dependents = new Map<string, { node: CatalogNode; relation: CatalogNode['relations'][number] }[]>();
  for (const node of all)
    for (const relation of node.relations) {
      if (!relation.cascade || !nodes.has(relation.target)) continue;
      const list = dependents.get(relation.target) ?? [];
      list.push({ node, relation });
      dependents.set(relation.target, list);
    }
  const queue = [...invalid];
  for (let ref = queue.shift(); ref !== undefined; ref = queue.shift()) {
    for (const { node, relation } of dependents.get(ref) ?? []) {
      if (invalid.has(node.ref)) continue;
      invalid.add(node.ref);
      queue.push(node.ref);
      const by = relation.declaredBy;
      const problem: Problem = by
        ? { message: `${ref} lists it in ${by.field} but is invalid (see its errors)`, field: relation.field }
        : {
            message: `${relation.field} points to ${ref}, which is invalid (see its errors)`,
            field: relation.field,
            path: relation.path,
          };
      node.problems.push(problem);
    }
  }
  return invalid;
}

function buildInput(valid: CatalogNode[]): ParseResult['input'] {
  const slugs = new Map<string, string>();
  const slugOf = (ref: string): string => {
    let slug = slugs.get(ref);
    if (slug === undefined) {
      slug = groupSlugOfRef(ref);
      slugs.set(ref, slug);
    }
    return slug;
  };
  const teams: TeamInput[] = [];
  const people: PersonInput[] = [];
  const entities: EntityInput[] = [];
  const validGroups = new Map(valid.filter((n): n is GroupNode => n.kind === 'group').map((g) => [g.ref, g]));
  const placed = new Set<string>();
  const place = (g: GroupNode): void => {
    if (placed.has(g.ref)) return;
    placed.add(g.ref);
    const parent = g.relations.find((r) => r.field === 'spec.parent')?.target;
    const parentNode = parent ? validGroups.get(parent) : undefined;
    if (parentNode) place(parentNode);
    teams.push({ ...g.team, parent: parent ? slugOf(parent) : null });
  };
  for (const node of valid) {
    if (node.kind === 'group') place(node);
    else if (node.kind === 'user') people.push(personOf(node, slugOf));
  }
  const byKind = new Map<EntityKind, EntityInput[]>(ENTITY_ORDER.map((k) => [k, []]));
  for (const node of valid)
    if (node.kind !== 'group' && node.kind !== 'user') byKind.get(node.kind)?.push(node.entity);
  for (const list of byKind.values()) entities.push(...list);
  return { source: 'backstage', teams, people, entities };
}

function sentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

function personOf(node: UserNode, slugOf: (ref: string) => string): PersonInput {
  const teams: string[] = [];
  for (const r of node.relations)
    if (r.field === 'spec.memberOf') {
      const slug = slugOf(r.target);
      if (!teams.includes(slug)) teams.push(slug);
    }
  return { ...node.person, teams };
}
