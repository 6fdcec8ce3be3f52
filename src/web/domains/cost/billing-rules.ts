import type { AllocationBody, AllocationRule, SharedPool } from './cost-api';

/**
 * The allocation rules as the editor holds them: text the person types (lists separated by commas,
 * maps one `key = value` per line), turned into the API's body, with an error per field, on save.
 */

export type RuleDraft =
  | { uid: number; kind: 'tag'; keys: string }
  | { uid: number; kind: 'account'; map: string }
  | { uid: number; kind: 'resource-glob'; pattern: string; unit: string }
  | { uid: number; kind: 'ownership'; catalog: boolean; map: string };

export interface PoolDraft {
  uid: number;
  name: string;
  accounts: string;
  services: string;
  resourceGlobs: string;
  tagKey: string;
  tagValue: string;
  split: SharedPool['split'];
  units: string;
  headcount: string;
}

export const RULE_KINDS: readonly { id: RuleDraft['kind']; label: string; hint: string }[] = [
  { id: 'tag', label: 'Tag keys', hint: 'The first of these tags a line carries names its team or service.' },
  {
    id: 'account',
    label: 'Account map',
    hint: 'Cloud account, subscription or project id → team or service.',
  },
  {
    id: 'resource-glob',
    label: 'Resource pattern',
    hint: 'Resource ids matching a glob (* any run, ? one character).',
  },
  {
    id: 'ownership',
    label: 'Catalog ownership',
    hint: 'Resource id → owner, and the owners of catalog Resources.',
  },
];

export const SPLITS: readonly { id: SharedPool['split']; label: string }[] = [
  { id: 'even', label: 'Evenly' },
  { id: 'headcount', label: 'By headcount' },
  { id: 'proportional', label: 'In proportion to direct cost' },
];

let nextUid = 1;
export const uid = () => nextUid++;

const list = (text: string) =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

const mapText = (map: Readonly<Record<string, string | number>> | undefined) =>
  Object.entries(map ?? {})
    .map(([k, v]) => `${k} = ${v}`)
    .join('\n');

/** `key = value` lines (also `key: value`); the line numbers of the lines that are neither. */
export function parseMap(text: string): { map: Record<string, string>; bad: number[] } {
  const map: Record<string, string> = {};
  const bad: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const m = /^\s*(.+?)\s*[=:]\s*(.+?)\s*$/.exec(line);
    if (m?.[1] && m[2]) map[m[1]] = m[2];
    else bad.push(i + 1);
  });
  return { map, bad };
}

export function ruleDraft(rule: AllocationRule): RuleDraft {
  switch (rule.kind) {
    case 'tag':
      return { uid: uid(), kind: 'tag', keys: (rule.keys ?? []).join(', ') };
    case 'account':
      return { uid: uid(), kind: 'account', map: mapText(rule.accounts) };
    case 'resource-glob':
      return { uid: uid(), kind: 'resource-glob', pattern: rule.pattern, unit: rule.unit };
    case 'ownership':
      return { uid: uid(), kind: 'ownership', catalog: rule.catalog ?? false, map: mapText(rule.owners) };
  }
}

export function emptyRule(kind: RuleDraft['kind']): RuleDraft {
  if (kind === 'tag') return { uid: uid(), kind, keys: '' };
  if (kind === 'resource-glob') return { uid: uid(), kind, pattern: '', unit: '' };
  if (kind === 'ownership') return { uid: uid(), kind, catalog: true, map: '' };
  return { uid: uid(), kind, map: '' };
}

export function poolDraft(pool?: SharedPool): PoolDraft {
  return {
    uid: uid(),
    name: pool?.name ?? '',
    accounts: (pool?.match.accounts ?? []).join(', '),
    services: (pool?.match.services ?? []).join(', '),
    resourceGlobs: (pool?.match.resourceGlobs ?? []).join(', '),
    tagKey: pool?.match.tag?.key ?? '',
    tagValue: pool?.match.tag?.value ?? '',
    split: pool?.split ?? 'even',
    units: (pool?.units ?? []).join(', '),
    headcount: mapText(pool?.headcount),
  };
}

/** A field's error: `rule-2-pattern`, `pool-1-name`… → message. */
export type DraftErrors = Record<string, string>;

/** The drafts as the API's body, or the errors that keep it from being saved. */
export function draftBody(
  rules: readonly RuleDraft[],
  pools: readonly PoolDraft[],
): { body: AllocationBody; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const out: AllocationRule[] = [];
  rules.forEach((r, i) => {
    const at = `rule-${i + 1}`;
    if (r.kind === 'tag') {
      const keys = list(r.keys);
      out.push(keys.length > 0 ? { kind: 'tag', keys } : { kind: 'tag' });
    } else if (r.kind === 'account') {
      const { map, bad } = parseMap(r.map);
      if (bad.length > 0) errors[`${at}-map`] = `Line ${bad.join(', ')}: write “account = team or service”.`;
      else if (Object.keys(map).length === 0) errors[`${at}-map`] = 'Map at least one account.';
      out.push({ kind: 'account', accounts: map });
    } else if (r.kind === 'resource-glob') {
      if (!r.pattern.trim()) errors[`${at}-pattern`] = 'Write a pattern, e.g. arn:aws:s3:::payments-*.';
      if (!r.unit.trim()) errors[`${at}-unit`] = 'Name the team or service.';
      out.push({ kind: 'resource-glob', pattern: r.pattern.trim(), unit: r.unit.trim() });
    } else {
      const { map, bad } = parseMap(r.map);
      if (bad.length > 0) errors[`${at}-map`] = `Line ${bad.join(', ')}: write “resource id = owner”.`;
      if (!r.catalog && Object.keys(map).length === 0 && bad.length === 0)
        errors[`${at}-map`] = 'Map a resource, or use the catalog’s owners.';
      out.push({ kind: 'ownership', owners: map, ...(r.catalog ? { catalog: true } : {}) });
    }
  });
  const names = new Set<string>();
  const outPools: SharedPool[] = pools.map((p, i) => {
    const at = `pool-${i + 1}`;
    const name = p.name.trim();
    if (!name) errors[`${at}-name`] = 'Name the pool.';
    else if (names.has(name)) errors[`${at}-name`] = 'Another pool has this name.';
    names.add(name);
    const tag =
      p.tagKey.trim() && p.tagValue.trim() ? { key: p.tagKey.trim(), value: p.tagValue.trim() } : undefined;
    if ((p.tagKey.trim() === '') !== (p.tagValue.trim() === ''))
      errors[`${at}-tag`] = 'Give both the tag key and value.';
    const match: SharedPool['match'] = {
      ...(list(p.accounts).length ? { accounts: list(p.accounts) } : {}),
      ...(list(p.services).length ? { services: list(p.services) } : {}),
      ...(list(p.resourceGlobs).length ? { resourceGlobs: list(p.resourceGlobs) } : {}),
      ...(tag ? { tag } : {}),
    };
    if (Object.keys(match).length === 0 && !errors[`${at}-tag`])
      errors[`${at}-match`] = 'Say which lines the pool takes: accounts, cloud services, resources or a tag.';
    const headcount: Record<string, number> = {};
    if (p.split === 'headcount') {
      const { map, bad } = parseMap(p.headcount);
      const wrong = Object.entries(map).filter(([, v]) => !/^\d+$/.test(v));
      if (bad.length > 0 || wrong.length > 0)
        errors[`${at}-headcount`] = 'One “team = number of people” per line, whole numbers.';
      for (const [k, v] of Object.entries(map)) headcount[k] = Number(v);
    }
    const units = list(p.units);
    return {
      name,
      match,
      split: p.split,
      ...(units.length ? { units } : {}),
      ...(p.split === 'headcount' && Object.keys(headcount).length ? { headcount } : {}),
    };
  });
  return { body: { rules: out, pools: outPools }, errors };
}
