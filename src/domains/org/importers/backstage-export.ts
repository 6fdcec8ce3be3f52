/**
 * Quarterdeck's org → a Backstage catalog: one multi-document YAML file with every Group, User,
 * Domain, System, Component, API and Resource, in that order (apiVersion backstage.io/v1alpha1).
 *
 * Groups and Users are written in the default namespace (teams have a slug, not a namespace), so a
 * reference to a group or user of another namespace is rewritten to the exported one
 * (`group:ops/sre` → `group:default/ops-sre`, the slug `parseBackstageCatalog` gave it).
 * Fields Backstage requires but Quarterdeck does not hold are filled so Backstage accepts the file:
 * `type`/`lifecycle` `unknown` on Components and APIs, `type` `unknown` on Resources, and a
 * placeholder API `definition`.
 */
import { stringify } from 'yaml';
import { groupSlug, shortRef, splitRef } from './backstage-refs.js';
import type { EntityInput, EntityKind, PersonInput, TeamInput } from './org-input.js';

export type SnapshotTeam = Pick<TeamInput, 'slug' | 'name' | 'kind' | 'parent' | 'description' | 'email'>;
export type SnapshotPerson = Pick<PersonInput, 'email' | 'name' | 'catalogName' | 'teams' | 'githubLogin'>;
export type SnapshotEntity = Omit<EntityInput, 'origin'>;

/** What the catalog is written from: the shape of `OrgInput` (a parse result's input fits as is). */
export interface BackstageSnapshot {
  teams?: SnapshotTeam[] | undefined;
  people?: SnapshotPerson[] | undefined;
  entities?: SnapshotEntity[] | undefined;
}

const API_VERSION = 'backstage.io/v1alpha1';
const ENTITY_ORDER: EntityKind[] = ['domain', 'system', 'component', 'api', 'resource'];
const KIND_NAME: Record<EntityKind, string> = {
  domain: 'Domain',
  system: 'System',
  component: 'Component',
  api: 'API',
  resource: 'Resource',
};
const LABEL_VALUE = /^[A-Za-z0-9](?:[-_.A-Za-z0-9]{0,61}[A-Za-z0-9])?$/;
const NOT_EXPORTED_DEFINITION = 'Quarterdeck does not keep API definitions; see the API source.';

type Doc = Record<string, unknown>;

export function exportBackstageCatalog(snapshot: BackstageSnapshot): string {
  const docs: Doc[] = [];
  for (const team of snapshot.teams ?? []) docs.push(groupDoc(team));
  const userNames = new Set<string>();
  for (const person of snapshot.people ?? []) docs.push(userDoc(person, userNames));
  const entities = snapshot.entities ?? [];
  for (const kind of ENTITY_ORDER) for (const e of entities) if (e.kind === kind) docs.push(entityDoc(e));
  const header = '# Backstage catalog exported by Quarterdeck\n';
  return header + docs.map((d) => `---\n${stringify(d, { lineWidth: 0 })}`).join('');
}

function groupDoc(team: SnapshotTeam): Doc {
  return {
    apiVersion: API_VERSION,
    kind: 'Group',
    metadata: compact({ name: team.slug, description: team.description }),
    spec: compact({
      type: team.kind,
      profile: compact({ displayName: team.name, email: team.email }),
      parent: team.parent,
      children: [],
    }),
  };
}

function userDoc(person: SnapshotPerson, taken: Set<string>): Doc {
  const base = person.catalogName ?? backstageName(person.email.split('@')[0] ?? 'user');
  let name = base;
  for (let n = 2; !person.catalogName && taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  const annotations = person.githubLogin ? { 'github.com/user-login': person.githubLogin } : undefined;
  return {
    apiVersion: API_VERSION,
    kind: 'User',
    metadata: compact({ name, annotations }),
    spec: {
      profile: compact({ displayName: person.name, email: person.email }),
      memberOf: person.teams ?? [],
    },
  };
}

function entityDoc(e: SnapshotEntity): Doc {
  const ns = e.namespace;
  const annotations: Record<string, string> = { ...(e.annotations ?? {}) };
  if (e.repository && !annotations['github.com/project-slug'] && !annotations['backstage.io/source-location'])
    annotations['github.com/project-slug'] = e.repository;
  let labels: Record<string, string> | undefined;
  let specTier: string | undefined;
  if (e.tier && annotations['quarterdeck.io/tier'] !== e.tier) {
    if (LABEL_VALUE.test(e.tier)) labels = { tier: e.tier };
    else specTier = e.tier;
  }
  const parentField = e.kind === 'system' ? 'domain' : e.kind === 'domain' ? 'subdomainOf' : 'system';
  const parentKind = e.kind === 'system' || e.kind === 'domain' ? 'domain' : 'system';
  const required = e.kind === 'component' || e.kind === 'api';
  const refs = (list: string[] | undefined, kind: string) => list?.map((r) => shortRef(r, kind, ns));
  return {
    apiVersion: API_VERSION,
    kind: KIND_NAME[e.kind],
    metadata: compact({
      name: e.name,
      namespace: ns === 'default' ? undefined : ns,
      title: e.title,
      description: e.description,
      labels,
      annotations,
      tags: e.tags,
      links: e.links,
    }),
    spec: compact({
      type: e.type ?? (required || e.kind === 'resource' ? 'unknown' : undefined),
      lifecycle: e.lifecycle ?? (required ? 'unknown' : undefined),
      tier: specTier,
      owner: e.owner ? shortRef(exportedOwner(e.owner), 'group', ns) : undefined,
      [parentField]: e.parent ? shortRef(e.parent, parentKind, ns) : undefined,
      dependsOn: refs(e.dependsOn, 'component'),
      providesApis: refs(e.providesApis, 'api'),
      consumesApis: refs(e.consumesApis, 'api'),
      definition: e.kind === 'api' ? NOT_EXPORTED_DEFINITION : undefined,
    }),
  };
}

/** Groups and users are exported in the default namespace; point the owner at the exported one. */
function exportedOwner(ref: string): string {
  const { kind, namespace, name } = splitRef(ref);
  if (namespace === 'default') return ref;
  if (kind === 'group') return `group:default/${groupSlug(namespace, name)}`;
  return kind === 'user' ? `user:default/${name}` : ref;
}

/** A valid Backstage name made of whatever `raw` holds. */
function backstageName(raw: string): string {
  const name = raw
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/[-_.]{2,}/g, '-')
    .replace(/^[-_.]+|[-_.]+$/g, '')
    .slice(0, 60);
  return name || 'user';
}

/** Drops absent values, empty lists and empty objects (but keeps `children: []`, which Backstage requires). */
function compact(o: Record<string, unknown>): Doc {
  const out: Doc = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v) && v.length === 0 && k !== 'children') continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out;
}
